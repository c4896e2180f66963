/**
 * Termijnen through both apps (the real Bolt app over signed HTTP, the real Teams AI app over
 * /api/messages): the due ping in a person's direct messages offers Afgerond / Meer tijd /
 * Overdragen. Once one is used, the ping says what was done and by whom, without buttons — the
 * message itself (Slack and Teams alike) and, on Teams, the answer to the click, which is the card
 * as it is after the action (the driver checks the answer against the message), not as it was
 * posted.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEADLINE_BUTTON_IDS } from "../../src/flows/deadlines/buttons.ts";
import { registerWorldParticipant } from "../helpers/procedure.ts";
import { type ChatDriver, DRIVERS } from "./drivers.ts";

const MINUTE = 60_000;

describe.each(["slack", "teams"] as const)("the due ping's buttons on %s", (name) => {
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

    const after = d.watch({ dm: world.worker });
    await d.press(world.worker, done!);
    await d.tick();
    const resolved = `Afgerond gemeld door ${world.worker.displayName}`;
    const edited = after().updated.filter((text) => text.includes(resolved));
    expect(edited).toHaveLength(1);
    expect(edited[0]).not.toContain(DEADLINE_BUTTON_IDS.done);
    expect(edited[0]).not.toContain(DEADLINE_BUTTON_IDS.extend);
    if (name === "teams") {
      // The answer to the click is the card after the action (checked against the message).
      expect(d.toldOnly(world.worker)).toContain(resolved);
      expect(d.answersChecked()).toBeGreaterThan(0);
    }
  });
});
