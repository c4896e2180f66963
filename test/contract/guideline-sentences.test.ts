/**
 * Sentences of the guideline, each carried out through the chat on Slack and Teams (and the
 * in-memory port): Omgaan met overlast 1 (the landlord informs the neighbourhood, the team discusses
 * the approach), Termijnen (progress the complainants can notice), Interventie 2 (the return home
 * after a time-out) and Nieuwe kansen (advocacy for alternative housing after an eviction). Each
 * test's name quotes the sentence it proves; docs/guideline.md lists it with its step.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CASE_BUTTON_IDS, CASE_FORM_IDS } from "../../src/flows/cases/buttons.ts";
import { caseSummarySpec } from "../../src/flows/cases/card-specs.ts";
import { COMPLAINANT_UPDATE_KEY } from "../../src/flows/cases/handlers/complainants.ts";
import type { CaseState } from "../../src/flows/cases/state.ts";
import { DEADLINE_BUTTON_IDS } from "../../src/flows/deadlines/buttons.ts";
import { handleCaseEvent } from "../../src/services/case-service.ts";
import { guidelineReport } from "../../src/services/reports/guideline-report.ts";
import { ASSESSMENT_ROWS, fileNoiseComplaint, registerWorldParticipant } from "../helpers/procedure.ts";
import { type ChatDriver, DRIVERS } from "./drivers.ts";

const HOUR = 3600_000;
const DAY = 24 * HOUR;

describe.each(Object.keys(DRIVERS) as (keyof typeof DRIVERS)[])("guideline sentences on %s", (name) => {
  let d: ChatDriver;
  beforeAll(async () => {
    d = await DRIVERS[name]();
    // The landlord contact has used the bot once (Teams: the bot has a personal chat with them).
    await d.command(d.world.landlordStaff, "nabuur", "help");
  });
  afterAll(() => d?.stop());

  async function openCase(reference: string): Promise<string> {
    const participantId = await registerWorldParticipant(d.runtime, d.world, reference);
    await d.tick();
    const state = await fileNoiseComplaint(d.runtime, d.world, participantId);
    await d.tick();
    return state.id;
  }

  async function stateOf(caseId: string): Promise<CaseState> {
    return (await d.prisma.case.findUniqueOrThrow({ where: { id: caseId } })).state as unknown as CaseState;
  }

  /** The newest button with this action id whose value names this case (and this action, if given). */
  function button(place: Parameters<ChatDriver["buttons"]>[0], actionId: string, ...parts: string[]) {
    const found = d
      .buttons(place)
      .find(
        (candidate) =>
          candidate.actionId === actionId && parts.every((part) => candidate.value.includes(part)),
      );
    if (!found) throw new Error(`${name}: no ${actionId} button with ${parts.join(", ")}`);
    return found;
  }

  async function timeline(caseId: string) {
    return d.prisma.timelineEntry.findMany({ where: { subject: `case:${caseId}` }, orderBy: { seq: "asc" } });
  }

  /** A whole minute: every platform's date-time picker can give it exactly. */
  const minute = (time: number) => new Date(Math.floor(time / 60_000) * 60_000);

  async function assessed(reference: string): Promise<string> {
    const caseId = await openCase(reference);
    for (const answer of ASSESSMENT_ROWS[0].answers)
      await d.press(d.world.worker, button("careTeam", CASE_BUTTON_IDS[answer], caseId));
    await d.press(d.world.worker, button("careTeam", CASE_BUTTON_IDS.confirmAssessment, caseId));
    return caseId;
  }

  it('Omgaan met overlast 1: "De verhuurder heeft regie op het informeren van de buurt en het team bespreekt de aanpak met de deelnemer."', async () => {
    const { world } = d;
    const caseId = await openCase("HF-G01");
    const { actions } = await stateOf(caseId);
    const neighbourhood = actions.find((action) => action.code === "informNeighbourhood")!;
    const approach = actions.find((action) => action.code === "discussApproachWithParticipant")!;
    // Proposed at the first complaint: to the landlord, and (care-only) to the care team.
    expect(neighbourhood).toMatchObject({ status: "proposed", ownerRole: "landlordStaff", step: "actie1" });
    expect(approach).toMatchObject({ status: "proposed", ownerRole: "careTeamMember", audience: "careTeam" });

    // The landlord's personal message names the case and the action, with the buttons of a proposal.
    const landlordDm = { dm: world.landlordStaff };
    expect(d.delivered(landlordDm)).toContain("Buurt informeren");
    expect(d.delivered(landlordDm)).toContain("HF-G01");
    const offered = d
      .buttons(landlordDm)
      .filter((candidate) => candidate.value.includes(neighbourhood.id))
      .map((candidate) => candidate.actionId);
    expect(new Set(offered)).toEqual(
      new Set([
        CASE_BUTTON_IDS.acceptAction,
        CASE_BUTTON_IDS.recordAction,
        CASE_BUTTON_IDS.changeAction,
        CASE_BUTTON_IDS.skipAction,
      ]),
    );

    // The landlord decides how, and records it.
    await d.press(world.landlordStaff, button(landlordDm, CASE_BUTTON_IDS.recordAction, neighbourhood.id));
    await d.submitForm(world.landlordStaff, CASE_FORM_IDS.recordAction, {
      note: "BUURT-G01: bewonersbrief in het portiek, zonder namen",
    });
    await d.tick();

    // The support worker discusses the approach with the participant and records it (care thread).
    await d.press(world.worker, button("careTeam", CASE_BUTTON_IDS.acceptAction, caseId, approach.id));
    await d.press(world.worker, button("careTeam", CASE_BUTTON_IDS.doneAction, caseId, approach.id));
    await d.tick();

    const after = await stateOf(caseId);
    expect(after.actions.find((action) => action.id === neighbourhood.id)?.status).toBe("done");
    expect(after.actions.find((action) => action.id === approach.id)?.status).toBe("done");
    const entries = await timeline(caseId);
    const done = entries.filter((entry) => entry.event === "action.done");
    expect(done.map((entry) => [entry.step, entry.visibility, entry.actorId])).toEqual(
      expect.arrayContaining([
        ["actie1", "shared", world.landlordStaff.id],
        ["actie1", "careTeam", world.worker.id],
      ]),
    );
    expect(JSON.stringify(done)).toContain("BUURT-G01");
    expect(entries.filter((entry) => entry.event === "action.proposed")).toHaveLength(2);
    // The care team's part stays care-only.
    expect(d.delivered("shared")).not.toContain("Aanpak bespreken met de deelnemer");
    expect(d.delivered(landlordDm)).not.toContain("Aanpak bespreken met de deelnemer");
  });

  it('Termijnen: "Het moet duidelijk merkbaar zijn, ook voor de klagers, dat wordt gewerkt aan vermindering van de overlast. Regelmatig contact tussen partijen en met de buren is gewenst."', async () => {
    const { world } = d;
    const caseId = await openCase("HF-G02");
    const first = await d.prisma.deadline.findFirstOrThrow({
      where: { subject: `case:${caseId}`, key: COMPLAINANT_UPDATE_KEY, state: "open" },
    });
    expect(first.rule).toBe("team.complainant.update");
    expect(first.ownerMemberId).toBe(world.landlordStaff.id);

    // The rhythm nudges the landlord contact through the digest once it is due.
    const landlordDm = { dm: world.landlordStaff };
    const item = "De klagers bijpraten";
    while (d.clock.now().getTime() < first.dueAt.getTime() + DAY) {
      d.clock.advance(6 * HOUR);
      await d.tick();
    }
    expect(d.delivered(landlordDm)).toMatch(/Vandaag voor jou[\s\S]*De klagers bijpraten/);
    expect(d.delivered(landlordDm)).toContain("HF-G02");
    expect(d.delivered({ dm: world.worker })).not.toContain(item);

    // "Klaar" opens the record: when, how, and a note for landlord staff only.
    await d.press(world.landlordStaff, button(landlordDm, DEADLINE_BUTTON_IDS.done, first.id));
    const at = minute(d.clock.now().getTime() - 2 * HOUR);
    await d.submitForm(world.landlordStaff, CASE_FORM_IDS.complainantUpdate, {
      at,
      how: { option: "phone" },
      note: "KLAGER-G02 mevrouw Pietersen gebeld",
    });
    await d.tick();

    const state = await stateOf(caseId);
    expect(state.complainantUpdates).toEqual([
      {
        at: at.toISOString(),
        by: world.landlordStaff.id,
        how: "phone",
        note: "KLAGER-G02 mevrouw Pietersen gebeld",
      },
    ]);
    // Done, and the next one is due a period later.
    const next = await d.prisma.deadline.findFirstOrThrow({
      where: { subject: `case:${caseId}`, key: COMPLAINANT_UPDATE_KEY, state: "open" },
    });
    expect(next.dueAt.getTime()).toBeGreaterThan(d.clock.now().getTime());
    expect(next.dueAt.getTime()).toBeGreaterThan(first.dueAt.getTime());

    // The team can see it happened; the complainant's name never leaves landlord staff.
    expect(d.delivered("shared")).toMatch(/klagers op de hoogte gebracht/);
    expect(d.delivered("shared")).not.toContain("KLAGER-G02");
    expect(d.delivered("careTeam")).not.toContain("KLAGER-G02");
    const entries = (await timeline(caseId)).filter((entry) => entry.event === "complainants.updated");
    expect(entries.map((entry) => entry.visibility).sort()).toEqual(["landlord", "shared"]);
    expect(JSON.stringify(entries.find((entry) => entry.visibility === "shared"))).not.toContain(
      "KLAGER-G02",
    );

    // Its place in the reports and the case summary.
    const report = await guidelineReport(d.runtime, [world.landlord.id], null);
    expect(report.complainantsUpdated).toBeGreaterThanOrEqual(1);
    expect(caseSummarySpec(state, "shared").complainantUpdates).toEqual({
      count: 1,
      lastAt: at.toISOString(),
    });
  });

  it('Interventie 2: "Nadien kan de deelnemer terugkeren naar de eigen woning."', async () => {
    const { world } = d;
    const caseId = await assessed("HF-G03");
    await handleCaseEvent(d.runtime, caseId, {
      type: "interventionOffered",
      actor: world.actor(world.worker),
      detail: { kind: "timeOut", reason: "coolingOff" },
      note: null,
    });
    await d.tick();
    const timeOut = (await stateOf(caseId)).ladder.interventions[0]!;

    // The support worker is asked to plan the return, by a personal message naming case and step.
    const workerDm = { dm: world.worker };
    expect(d.delivered(workerDm)).toContain("Terugkeer naar de eigen woning");
    expect(d.delivered(workerDm)).toContain("HF-G03");
    const running = await d.prisma.deadline.findFirstOrThrow({
      where: { subject: `case:${caseId}`, rule: "team.timeOut.return", state: "open" },
    });
    expect(running.ownerMemberId).toBe(world.worker.id);

    const planned = minute(d.clock.now().getTime() + 3 * DAY);
    await d.press(world.worker, button(workerDm, CASE_BUTTON_IDS.planReturn, caseId));
    await d.submitForm(world.worker, CASE_FORM_IDS.planReturn, {
      interventionId: { option: timeOut.id },
      at: planned,
      note: "ZORG-G03: eerst twee nachten proefwonen",
    });
    await d.tick();
    expect(
      (await d.prisma.deadline.findFirstOrThrow({ where: { id: running.id } })).dueAt.toISOString(),
    ).toBe(planned.toISOString());

    d.clock.advance(4 * DAY);
    await d.tick();
    await d.press(world.worker, button(workerDm, CASE_BUTTON_IDS.recordReturn, caseId));
    await d.submitForm(world.worker, CASE_FORM_IDS.recordReturn, {
      interventionId: { option: timeOut.id },
      at: planned,
      note: "ZORG-G03: terug en rustig",
    });
    await d.tick();

    const state = await stateOf(caseId);
    expect(state.ladder.interventions[0]?.returnHome).toMatchObject({
      plannedAt: planned.toISOString(),
      returnedAt: planned.toISOString(),
    });
    expect((await d.prisma.deadline.findUniqueOrThrow({ where: { id: running.id } })).state).toBe("done");
    const entries = (await timeline(caseId)).filter((entry) => entry.event.startsWith("return."));
    expect(entries.map((entry) => [entry.event, entry.visibility, entry.actorId])).toEqual([
      ["return.planned", "careTeam", world.worker.id],
      ["return.recorded", "careTeam", world.worker.id],
    ]);
    // In the care summary; nowhere the landlord or the shared channel reads.
    expect(caseSummarySpec(state, "careTeam").care?.interventions[0]?.returnHome?.returnedAt).toBe(
      planned.toISOString(),
    );
    expect(caseSummarySpec(state, "landlord").care).toBeNull();
    expect(d.delivered("shared")).not.toContain("ZORG-G03");
    expect(d.delivered({ dm: world.landlordStaff })).not.toContain("ZORG-G03");
    expect(d.delivered({ dm: world.landlordStaff })).not.toContain("Terugkeer naar de eigen woning");
  });

  it('Nieuwe kansen: "Het team zal optreden als pleitbezorger voor fatsoenlijke, alternatieve huisvesting en het voorkomen van terugval in dakloosheid."', async () => {
    const { world } = d;
    const caseId = await assessed("HF-G04");
    await handleCaseEvent(d.runtime, caseId, {
      type: "ladderStepTaken",
      actor: world.actor(world.landlordStaff),
      step: "actie6",
      situation: null,
    });
    await d.tick();
    const past = minute(d.clock.now().getTime() - HOUR);
    await d.press(world.landlordStaff, button("shared", CASE_BUTTON_IDS.eviction, caseId));
    await d.submitForm(world.landlordStaff, CASE_FORM_IDS.eviction, { at: past });
    await d.tick();

    // Proposed to the care team after the eviction, by a personal message to the support worker.
    const advocacy = (await stateOf(caseId)).actions.find((action) => action.code === "advocateHousing")!;
    expect(advocacy).toMatchObject({ status: "proposed", ownerRole: "careTeamMember", audience: "careTeam" });
    const workerDm = { dm: world.worker };
    expect(d.delivered(workerDm)).toContain("Pleitbezorging alternatieve huisvesting");
    expect(d.delivered(workerDm)).toContain("HF-G04");

    await d.press(world.worker, button(workerDm, CASE_BUTTON_IDS.acceptAction, advocacy.id));
    await d.tick();
    const accepted = (await stateOf(caseId)).actions.find((action) => action.id === advocacy.id)!;
    expect(accepted.status).toBe("accepted");
    expect(accepted.deadlineRule).toBe("team.advocacy.housing");
    const due = await d.prisma.deadline.findFirstOrThrow({
      where: { subject: `case:${caseId}`, rule: "team.advocacy.housing", state: "open" },
    });
    expect(due.ownerMemberId).toBe(world.worker.id);

    d.clock.advance(2 * DAY);
    await d.press(world.worker, button(workerDm, CASE_BUTTON_IDS.advocacyStep, caseId));
    await d.submitForm(world.worker, CASE_FORM_IDS.advocacyStep, {
      contacted: "PLEIT-G04 urgentiecommissie gemeente",
      outcome: "PLEIT-G04 aanvraag urgentie ingediend",
    });
    await d.tick();

    const state = await stateOf(caseId);
    expect(state.ladder.advocacy).toEqual([
      {
        at: d.clock.now().toISOString(),
        by: world.worker.id,
        contacted: "PLEIT-G04 urgentiecommissie gemeente",
        outcome: "PLEIT-G04 aanvraag urgentie ingediend",
      },
    ]);
    // Each step moves the deadline on.
    const moved = await d.prisma.deadline.findFirstOrThrow({ where: { id: due.id } });
    expect(moved.dueAt.getTime()).toBeGreaterThan(due.dueAt.getTime());
    const entries = (await timeline(caseId)).filter((entry) => entry.event === "advocacy.stepRecorded");
    expect(entries.map((entry) => [entry.step, entry.visibility, entry.actorId])).toEqual([
      ["afterEviction", "careTeam", world.worker.id],
    ]);
    // Care-only: never in the shared channel or with the landlord.
    expect(d.delivered("shared")).not.toContain("PLEIT-G04");
    expect(d.delivered("shared")).not.toContain("Pleitbezorging");
    expect(d.delivered({ dm: world.landlordStaff })).not.toContain("PLEIT-G04");
  });
});
