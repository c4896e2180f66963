/**
 * The landlord's own actions, through both apps (the real Bolt app over signed HTTP, the real
 * Teams AI app over /api/messages): when Actie 3 is taken, the waarschuwingsbrief and the advice to
 * the complainant to go to the police are on the case card in the shared channel, where landlord
 * staff accept, finish or skip them with a reason. A support worker pressing those buttons (or the
 * care team's own buttons pointed at them) is told who may; the care team's card lists them without buttons and keeps its care-only actions, which
 * never reach the shared channel. Every decision is in the case timeline.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CASE_BUTTON_IDS, CASE_FORM_IDS } from "../../src/flows/cases/buttons.ts";
import type { CaseState } from "../../src/flows/cases/state.ts";
import { actionLabel } from "../../src/flows/cases/texts.ts";
import { explainDenial } from "../../src/flows/policy/permissions.ts";
import { fileNoiseComplaint, registerWorldParticipant, takeLadderStep } from "../helpers/procedure.ts";
import { type ChatDriver, DRIVERS } from "./drivers.ts";

describe.each(["slack", "teams"] as const)("Acties van de verhuurder on %s", (name) => {
  let d: ChatDriver;
  let caseId: string;
  beforeAll(async () => {
    d = await DRIVERS[name]();
    const participantId = await registerWorldParticipant(d.runtime, d.world, "HF-V01");
    caseId = (await fileNoiseComplaint(d.runtime, d.world, participantId)).id;
    await d.tick();
    // Actie 3 is taken (landlord and team decided together).
    await takeLadderStep(d.runtime, d.world, caseId, "actie3");
    await d.tick();
  });
  afterAll(() => d?.stop());

  const stateOf = async (): Promise<CaseState> =>
    (await d.prisma.case.findUniqueOrThrow({ where: { id: caseId } })).state as unknown as CaseState;
  const actionOf = async (code: string) => (await stateOf()).actions.find((a) => a.code === code)!;
  /** The newest button with this id for this action in a place. */
  const button = (place: "shared" | "careTeam", actionId: string, id: string) =>
    d.buttons(place).find((candidate) => candidate.actionId === actionId && candidate.value.includes(id));

  it("Actie 3: landlord staff accept and finish the waarschuwingsbrief on the shared case card; a support worker is told who may", async () => {
    const { world } = d;
    const letter = await actionOf("warningLetter");
    expect(letter).toMatchObject({ status: "proposed", ownerRole: "landlordStaff", audience: "shared" });

    // The care team's card lists it, but the landlord decides: no buttons for it there.
    expect(d.buttons("careTeam").filter((candidate) => candidate.value.includes(letter.id))).toEqual([]);
    expect(d.delivered("careTeam")).toContain("de verhuurder beslist op de zaakkaart");

    // A support worker pressing the landlord's button is told who may; nothing is decided.
    const accept = button("shared", CASE_BUTTON_IDS.landlordAcceptAction, letter.id);
    expect(accept).toBeDefined();
    await d.press(world.worker, accept!);
    const whoMay = explainDenial(
      { reason: "roleNotAllowed", action: "decideLandlordAction", role: "careTeamMember" },
      "nl",
    );
    expect(whoMay).toMatch(/^Alleen de medewerker van de verhuurder kan /);
    expect(d.toldOnly(world.worker)).toContain(whoMay);
    expect((await actionOf("warningLetter")).status).toBe("proposed");

    // The care team's own accept and done buttons pointed at the landlord's action (an old card, a
    // changed value): the route lets the care team decide actions, so the case service refuses it.
    const times = () => d.toldOnly(world.worker).split(whoMay).length - 1;
    for (const actionId of [CASE_BUTTON_IDS.acceptAction, CASE_BUTTON_IDS.doneAction]) {
      const before = times();
      // Same place, other button id (Slack names the button in where it is, Teams in the verb).
      await d.press(world.worker, {
        ...accept!,
        actionId,
        at: accept!.at.replace(accept!.actionId, actionId),
      });
      expect(times(), actionId).toBe(before + 1);
      expect((await actionOf("warningLetter")).status).toBe("proposed");
    }

    // Landlord staff accept it on the shared card, then finish it there.
    await d.press(world.landlordStaff, accept!);
    await d.tick();
    expect((await actionOf("warningLetter")).status).toBe("accepted");
    const done = button("shared", CASE_BUTTON_IDS.landlordDoneAction, letter.id);
    expect(done).toBeDefined();
    await d.press(world.landlordStaff, done!);
    await d.tick();
    expect((await actionOf("warningLetter")).status).toBe("done");

    // Every decision in the case timeline, by landlord staff, visible where the action is.
    const entries = await d.prisma.timelineEntry.findMany({
      where: { subject: `case:${caseId}`, event: { in: ["action.accepted", "action.done"] } },
      orderBy: { seq: "asc" },
    });
    expect(
      entries
        .filter((entry) => JSON.stringify(entry.details).includes(letter.id))
        .map((entry) => [entry.event, entry.actorId, entry.step, entry.visibility]),
    ).toEqual([
      ["action.accepted", world.landlordStaff.id, "actie3", "shared"],
      ["action.done", world.landlordStaff.id, "actie3", "shared"],
    ]);
  });

  it("Actie 3: landlord staff skip the advice to the complainant with a reason; care-only actions never reach the shared channel", async () => {
    const { world } = d;
    const police = await actionOf("adviseComplainantPolice");
    expect(police.ownerRole).toBe("landlordStaff");
    const skip = button("shared", CASE_BUTTON_IDS.landlordSkipAction, police.id);
    expect(skip).toBeDefined();
    await d.press(world.landlordStaff, skip!);
    await d.submitForm(world.landlordStaff, CASE_FORM_IDS.landlordSkipAction, {
      reason: "REDEN-V01: de klager belt zelf al de politie",
    });
    await d.tick();
    expect(await actionOf("adviseComplainantPolice")).toMatchObject({
      status: "skipped",
      skipReason: "REDEN-V01: de klager belt zelf al de politie",
    });
    const skipped = await d.prisma.timelineEntry.findMany({
      where: { subject: `case:${caseId}`, event: "action.skipped" },
    });
    expect(skipped.map((entry) => [entry.actorId, entry.visibility])).toEqual([
      [world.landlordStaff.id, "shared"],
    ]);
    expect(JSON.stringify(skipped[0]!.details)).toContain("REDEN-V01");

    // The care-only action of Actie 3 stays on the care team's card, with its buttons.
    const care = await actionOf("considerInterventions");
    expect(care.audience).toBe("careTeam");
    expect(button("careTeam", CASE_BUTTON_IDS.acceptAction, care.id)).toBeDefined();
    expect(d.buttons("shared").filter((candidate) => candidate.value.includes(care.id))).toEqual([]);
    expect(d.delivered("shared")).not.toContain(actionLabel(care.code, care.text, "nl"));
    // The team's own shared actions are not the landlord's to decide.
    const team = await actionOf("discussLetterWithParticipant");
    expect(d.buttons("shared").filter((candidate) => candidate.value.includes(team.id))).toEqual([]);
  });
});
