/**
 * Personal messages with buttons, through both apps (the real Bolt app over signed HTTP, the real
 * Teams AI app over /api/messages). Once a button on one is used, the message shows what was done —
 * the message itself (Slack and Teams alike) and, on Teams, the answer to the click, which is the
 * card as it is after the action (the driver checks the answer against the message), not as it was
 * posted:
 * - Termijnen: the due ping (Afgerond / Meer tijd / Overdragen) says who did what, without buttons,
 *   also for an agreed action's deadline (Afgerond finishes the action through the case);
 * - Actie 1: the support worker's "Nieuwe zaak" message says when the case started and keeps only
 *   the hearing button.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CASE_BUTTON_IDS, CASE_FORM_IDS } from "../../src/flows/cases/buttons.ts";
import { DEADLINE_BUTTON_IDS } from "../../src/flows/deadlines/buttons.ts";
import {
  assessConsciousJustified,
  fileNoiseComplaint,
  registerWorldParticipant,
} from "../helpers/procedure.ts";
import { type ChatDriver, DRIVERS } from "./drivers.ts";

const MINUTE = 60_000;

describe.each(["slack", "teams"] as const)("personal messages with buttons on %s", (name) => {
  let d: ChatDriver;
  beforeAll(async () => {
    d = await DRIVERS[name]();
  });
  afterAll(() => d?.stop());

  it("Termijnen: Afgerond on the due ping turns it into who reported it done, without buttons", async () => {
    const { world } = d;
    const participantId = await registerWorldParticipant(d.runtime, world, "HF-T01");
    await d.tick();
    // The startlijst's first item owned by the worker.
    const first = await d.prisma.deadline.findFirstOrThrow({
      where: { subject: `participant:${participantId}`, ownerMemberId: world.worker.id, state: "open" },
      orderBy: { dueAt: "asc" },
    });
    // The morning digest first (an hour before), then the ping at the due time.
    d.clock.advance(first.dueAt.getTime() - 60 * MINUTE - d.clock.now().getTime());
    await d.tick();
    d.clock.advance(61 * MINUTE);
    const dm = d.watch({ dm: world.worker });
    await d.tick();
    const pinged = dm().posted;
    expect(pinged).toHaveLength(1);
    const done = d
      .buttons({ dm: world.worker })
      .find((button) => button.actionId === DEADLINE_BUTTON_IDS.done);
    expect(done).toBeDefined();
    expect(pinged[0]).toContain(done!.value.replaceAll('"', '\\"'));

    const later = d.watch({ dm: world.worker });
    await d.press(world.worker, done!);
    await d.tick();
    const resolved = `Afgerond gemeld door ${world.worker.displayName}`;
    const edited = later().updated.filter((text) => text.includes(resolved));
    expect(edited).toHaveLength(1);
    expect(edited[0]).not.toContain(DEADLINE_BUTTON_IDS.done);
    expect(edited[0]).not.toContain(DEADLINE_BUTTON_IDS.extend);
    if (name === "teams") {
      // The answer to the click is the card after the action (checked against the message).
      expect(d.toldOnly(world.worker)).toContain(resolved);
      expect(d.answersChecked()).toBeGreaterThan(0);
    }
  });

  it("Actie 1: starting the case from the worker's message turns it into when it started, with only the hearing button", async () => {
    const { world } = d;
    const participantId = await registerWorldParticipant(d.runtime, world, "HF-T02");
    await d.tick();
    const { id: caseId } = await fileNoiseComplaint(d.runtime, world, participantId);
    await d.tick();
    const start = d
      .buttons({ dm: world.worker })
      .find((button) => button.actionId === CASE_BUTTON_IDS.start && button.value.includes(caseId));
    expect(start).toBeDefined();
    const checked = d.answersChecked();
    const later = d.watch({ dm: world.worker });
    await d.press(world.worker, start!);
    await d.submitForm(world.worker, CASE_FORM_IDS.start, { approach: "Gesprek met de deelnemer morgen." });
    await d.tick();
    const edited = later().updated.filter((text) => text.includes(caseId) && text.includes("Gestart op"));
    expect(edited).toHaveLength(1);
    expect(edited[0]).not.toContain(CASE_BUTTON_IDS.start);
    expect(edited[0]).toContain(CASE_BUTTON_IDS.hearing);
    if (name === "teams") {
      expect(d.toldOnly(world.worker)).toContain("Gestart op");
      expect(d.answersChecked()).toBe(checked + 1);
    }
  });

  it("Termijnen: Afgerond on the due ping of an agreed action finishes the action and turns the ping into who did it", async () => {
    const { world } = d;
    const participantId = await registerWorldParticipant(d.runtime, world, "HF-T03");
    await d.tick();
    const { id: caseId } = await fileNoiseComplaint(d.runtime, world, participantId);
    await assessConsciousJustified(d.runtime, caseId, world.actor(world.worker));
    await d.tick();
    const first = await d.prisma.deadline.findFirstOrThrow({
      where: {
        subject: `case:${caseId}`,
        ownerMemberId: world.worker.id,
        state: "open",
        key: { startsWith: "action:" },
      },
      orderBy: { dueAt: "asc" },
    });
    d.clock.advance(first.dueAt.getTime() - 60 * MINUTE - d.clock.now().getTime());
    await d.tick();
    d.clock.advance(61 * MINUTE);
    await d.tick();
    const actionDeadlines = await d.prisma.deadline.findMany({
      where: { subject: `case:${caseId}`, key: { startsWith: "action:" }, dueAt: first.dueAt },
    });
    const done = d
      .buttons({ dm: world.worker })
      .find(
        (button) =>
          button.actionId === DEADLINE_BUTTON_IDS.done &&
          actionDeadlines.some((deadline) => button.value.includes(deadline.id)),
      );
    expect(done).toBeDefined();
    const deadline = actionDeadlines.find((candidate) => done!.value.includes(candidate.id))!;

    const later = d.watch({ dm: world.worker });
    await d.press(world.worker, done!);
    await d.tick();
    const state = (await d.prisma.case.findUniqueOrThrow({ where: { id: caseId } })).state as {
      actions: { id: string; status: string }[];
    };
    expect(state.actions.find((action) => `action:${action.id}` === deadline.key)?.status).toBe("done");
    const resolved = `Afgerond gemeld door ${world.worker.displayName}`;
    const edited = later().updated.filter((text) => text.includes(resolved));
    expect(edited.length).toBeGreaterThan(0);
    if (name === "teams") expect(d.toldOnly(world.worker)).toContain(resolved);
  });
});
