/**
 * A new complaint on an open case that is already at Actie 3 or later, through both apps (the real
 * Bolt app over signed HTTP, the real Teams AI app over /api/messages): the landlord files it with
 * the form and it is added to that case (Actie 3: a second similar justified complaint, and so on).
 * The shared channel hears it under the case's current step, the landlord is told it was added, a
 * new assessment is posted in the care team's case thread (the earlier one is history: it says which
 * assessment replaced it and loses its buttons) and the support worker gets a personal message with
 * the button to start assessing it. A button of the earlier card, pressed where it is still shown,
 * is refused with both complaints named and never answers the new assessment.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CASE_BUTTON_IDS, CASE_FORM_IDS } from "../../src/flows/cases/buttons.ts";
import type { CaseState } from "../../src/flows/cases/state.ts";
import { handleCaseEvent } from "../../src/services/case-service.ts";
import { ASSESSMENT_ROWS, fileNoiseComplaint, registerWorldParticipant } from "../helpers/procedure.ts";
import { type ChatDriver, DRIVERS } from "./drivers.ts";

const HOUR = 3600_000;
const DAY = 24 * HOUR;

describe.each(["slack", "teams"] as const)("a new complaint at Actie 3 or later on %s", (name) => {
  let d: ChatDriver;
  beforeAll(async () => {
    d = await DRIVERS[name]();
  });
  afterAll(() => d?.stop());

  async function stateOf(caseId: string): Promise<CaseState> {
    return (await d.prisma.case.findUniqueOrThrow({ where: { id: caseId } })).state as unknown as CaseState;
  }

  function button(actionId: string, caseId: string) {
    const found = d
      .buttons("careTeam")
      .find((candidate) => candidate.actionId === actionId && candidate.value.includes(caseId));
    if (!found) throw new Error(`${name}: no ${actionId} button for case ${caseId}`);
    return found;
  }

  let caseId = "";

  it("Actie 3: the complaint is added to the open case, announced under its current step, assessed anew, and the worker is told", async () => {
    const { world } = d;
    const participantId = await registerWorldParticipant(d.runtime, world, "HF-N01");
    await d.tick();
    const opened = await fileNoiseComplaint(d.runtime, world, participantId);
    await d.tick();
    caseId = opened.id;
    // Actie 2: the worker assesses the first complaint (conscious, justified) with the buttons.
    for (const answer of ASSESSMENT_ROWS[0].answers)
      await d.press(world.worker, button(CASE_BUTTON_IDS[answer], caseId));
    await d.press(world.worker, button(CASE_BUTTON_IDS.confirmAssessment, caseId));
    // Actie 3 taken (landlord and team decided together).
    await handleCaseEvent(d.runtime, caseId, {
      type: "ladderStepTaken",
      actor: world.actor(world.landlordStaff),
      step: "actie3",
      situation: null,
    });
    await d.tick();
    // A month later the landlord passes on a new complaint.
    d.clock.advance(30 * DAY);
    await d.tick();
    const shared = d.watch("shared");
    const careTeam = d.watch("careTeam");
    const workerDm = d.watch({ dm: world.worker });
    await d.command(world.landlordStaff, "overlast", "HF-N01");
    await d.submitForm(world.landlordStaff, CASE_FORM_IDS.intake, {
      participant: { option: participantId },
      type: { option: "noise" },
      description: "Weer harde muziek na middernacht.",
      occurredAt: new Date(d.clock.now().getTime() - 20 * HOUR),
      afterTen: true,
      receivedByLandlordAt: new Date(d.clock.now().getTime() - 2 * HOUR),
      complainantAnonymous: true,
    });
    await d.tick();

    // Added to the open case: no new case.
    expect(await d.prisma.case.count({ where: { participantId } })).toBe(1);
    const state = await stateOf(caseId);
    expect(state.complaints).toHaveLength(2);
    expect(state.step).toBe("actie3");
    const added = state.complaints[1]!;

    // The landlord is told the complaint was added to the case, not that a case was received.
    const told = await d.told(world.landlordStaff, `Klacht toegevoegd aan zaak ${opened.number}.`);
    expect(told).not.toContain(`Zaak ${opened.number} is ontvangen.`);

    // The shared channel hears it under the case's current step.
    const announced = shared().posted.filter((text) => text.includes("Nieuwe klacht toegevoegd"));
    expect(announced).toHaveLength(1);
    expect(announced[0]).toContain("Actie 3: waarschuwingsbrief");
    expect(announced[0]).not.toContain("Actie 1: contact binnen 1 werkdag");

    // Actie 2 again: a new assessment is posted in the care team's case thread, naming the case and
    // the complaint by its number; the earlier one is history: it says which assessment replaced
    // it, and keeps no buttons.
    const care = careTeam();
    const assessments = care.posted.filter(
      (text) => text.includes(CASE_BUTTON_IDS.answerConscious) && text.includes(caseId),
    );
    expect(assessments).toHaveLength(1);
    expect(assessments[0]).toContain(`Zaak ${opened.number} (HF-N01)`);
    expect(assessments[0]).toContain("klacht 2: Geluidsoverlast");
    expect(care.updated.filter((text) => text.includes(CASE_BUTTON_IDS.answerConscious))).toEqual([]);
    const replaced = care.updated.filter((text) =>
      text.includes("Deze beoordeling hoort bij klacht 1 en is vervangen door de beoordeling van klacht 2"),
    );
    expect(replaced).toHaveLength(1);
    expect(replaced[0]).not.toContain(CASE_BUTTON_IDS.confirmAssessment);
    expect(state.assessmentDraft?.complaintIds).toEqual([added.id]);
    expect(state.assessments).toHaveLength(1);

    // The support worker's personal message names the case and the new complaint, with the button
    // to start assessing it (the hearing).
    const personal = workerDm().posted.filter((text) =>
      text.includes(`Nieuwe klacht bij zaak ${opened.number}`),
    );
    expect(personal).toHaveLength(1);
    expect(personal[0]).toContain("HF-N01");
    expect(personal[0]).toContain("Geluidsoverlast");
    expect(personal[0]).toContain(CASE_BUTTON_IDS.hearing);

    // The timeline has it under Actie 3.
    const entries = await d.prisma.timelineEntry.findMany({
      where: { subject: `case:${caseId}`, event: "complaint.added" },
    });
    expect(entries.map((entry) => entry.step)).toEqual(["actie3"]);
  });

  it("Actie 2 again: a button of the earlier assessment card is refused, naming both complaints, and never answers the new assessment", async () => {
    const { world } = d;
    const before = await stateOf(caseId);
    const answerButtons = d
      .buttons("careTeam")
      .filter(
        (candidate) =>
          candidate.actionId === CASE_BUTTON_IDS.answerUnconscious && candidate.value.includes(caseId),
      );
    // The earlier card's button (the oldest), where a client still shows it.
    const old = answerButtons.at(-1);
    expect(old).toBeDefined();
    await d.press(world.worker, old!);
    await d.told(
      world.worker,
      `Deze beoordeling hoort bij klacht 1 van zaak ${before.number} en is vervangen door de beoordeling van klacht 2.`,
    );
    const after = await stateOf(caseId);
    expect(after.assessmentDraft).toEqual(before.assessmentDraft);
    expect(after.assessments).toEqual(before.assessments);

    // The new card's buttons answer the new assessment.
    const current = answerButtons[0];
    expect(current).toBeDefined();
    expect(current!.value).not.toEqual(old!.value);
    await d.press(world.worker, current!);
    expect((await stateOf(caseId)).assessmentDraft?.answers.behaviour).toBe("unconscious");
  });
});
