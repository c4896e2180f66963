/**
 * Termijnen and nudges through the whole bot: a controlled clock, scheduler ticks, real database,
 * the real Bolt app's Web API client against a fake Slack. Each nudge goes out exactly once.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerParticipant } from "../../../src/services/participant-service.ts";
import { logSignal } from "../../../src/services/signal-service.ts";
import { TEST_DATABASE_KINDS } from "../../helpers/databases.ts";
import type { SlackCall } from "../../helpers/fake-slack.ts";
import { type SlackHarness, startSlackHarness } from "../../helpers/slack-harness.ts";

const HOUR = 3600_000;

function nudgeCalls(calls: SlackCall[]): SlackCall[] {
  return calls.filter(
    (call) =>
      call.method === "chat.postMessage" && JSON.stringify(call.body).includes("nabuur.deadline.done"),
  );
}

describe.each(TEST_DATABASE_KINDS)("deadline nudges on %s", (kind) => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness(kind);
  });
  afterAll(() => h.stop());

  it("Signalering 48 uur: heads-up a day before, overdue escalation at due — each exactly once", async () => {
    const { runtime } = h.nabuur;
    const { world } = h;
    // Monday 23 November 2026 10:00 Amsterdam.
    const participant = await registerParticipant(runtime, world.actor(world.worker), {
      reference: "HF-201",
      careProviderId: world.careProvider.id,
      landlordId: world.landlord.id,
      dwelling: "Oudegracht 2",
      leaseType: "intermediary",
      supportWorkerId: world.worker.id,
      landlordContactId: world.landlordStaff.id,
      coordinatorId: world.coordinator.id,
    });
    await logSignal(runtime, world.actor(world.landlordStaff), {
      participantId: participant.participantId,
      kind: "nuisanceSign",
      source: "landlord",
      description: "Geluid in de nacht.",
      observedAt: h.clock.now(),
      followUpOwner: null,
    });
    await h.tick();
    const start = nudgeCalls(h.slack.calls).length;

    // Tuesday 09:59: nothing yet.
    h.clock.advance(24 * HOUR - 60_000);
    await h.tick();
    expect(nudgeCalls(h.slack.calls).length).toBe(start);

    // Tuesday 10:00: the heads-up — in the signal's thread and by DM to the support worker.
    h.clock.advance(60_000);
    await h.tick();
    await h.slack.waitFor((calls) => nudgeCalls(calls).length >= start + 2);
    const headsUp = nudgeCalls(h.slack.calls).slice(start);
    expect(headsUp.map((call) => call.body.channel).sort()).toEqual(["CSHARED", "DUWORKER"]);
    expect(headsUp.find((call) => call.body.channel === "CSHARED")?.body.thread_ts).toBeTruthy();

    // More ticks at the same moment send nothing again.
    await h.tick();
    await h.tick();
    expect(nudgeCalls(h.slack.calls).length).toBe(start + 2);

    // Wednesday 10:00: due — the overdue escalation reaches owner, coordinator and landlord contact.
    h.clock.advance(24 * HOUR);
    await h.tick();
    await h.slack.waitFor((calls) => nudgeCalls(calls).length >= start + 6);
    const escalation = nudgeCalls(h.slack.calls).slice(start + 2);
    expect(escalation.map((call) => call.body.channel).sort()).toEqual([
      "CSHARED",
      "DUCOORD",
      "DULANDLORD",
      "DUWORKER",
    ]);

    // A week of ticks later nothing more is sent for this deadline.
    const total = nudgeCalls(h.slack.calls).length;
    for (let day = 0; day < 7; day++) {
      h.clock.advance(24 * HOUR);
      await h.tick();
    }
    expect(nudgeCalls(h.slack.calls).length).toBe(total);
  });
});
