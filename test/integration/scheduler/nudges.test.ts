/**
 * Termijnen and nudges through the whole bot: a controlled clock, scheduler ticks, real database,
 * the real Bolt app's Web API client against a fake Slack. The morning digest, the one ping at
 * due and the case thread's overdue summary each go out exactly once, in working hours.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isWithinWorkingHours } from "../../../src/flows/calendar/index.ts";
import { DEFAULT_NUDGE_SETTINGS } from "../../../src/flows/deadlines/settings.ts";
import { registerParticipant } from "../../../src/services/participant-service.ts";
import { logSignal } from "../../../src/services/signal-service.ts";
import { TEST_DATABASE_KINDS } from "../../helpers/databases.ts";
import type { SlackCall } from "../../helpers/fake-slack.ts";
import { fileNoiseComplaint, registerWorldParticipant } from "../../helpers/procedure.ts";
import { type SlackHarness, startSlackHarness } from "../../helpers/slack-harness.ts";

const HOUR = 3600_000;
const ITEM = "Signaal van (dreigende) overlast: ontvangst bevestigen (binnen 48 uur)";

/** The nudge messages: digests, pings and overdue summaries (each names the item). */
function nudgeCalls(calls: SlackCall[]): SlackCall[] {
  return calls.filter(
    (call) =>
      call.method === "chat.postMessage" &&
      /Vandaag voor jou|Nu aan de beurt|Over de termijn/.test(JSON.stringify(call.body)),
  );
}
const channels = (calls: SlackCall[]) => calls.map((call) => String(call.body.channel)).sort();

describe.each(TEST_DATABASE_KINDS)("deadline nudges on %s", (kind) => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness(kind);
  });
  afterAll(() => h.stop());

  it("Signalering 48 uur: the digest on the day it is due, one ping at due, the next morning overdue — each exactly once", async () => {
    const { runtime } = h.nabuur;
    const { world } = h;
    // Monday 23 November 2026 10:00 Amsterdam: the signal is due Wednesday 10:00.
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
    const since = (from: number) => nudgeCalls(h.slack.calls).slice(from);

    // Right after the signal and on Tuesday: no nudge about it (the signal card already says it).
    h.clock.advance(23 * HOUR);
    await h.tick();
    expect(since(start).filter((call) => JSON.stringify(call.body).includes(ITEM))).toEqual([]);

    // Wednesday 08:30: the support worker's digest names the signal, due today.
    h.clock.advance(HOUR * 22.5 - 23 * HOUR + 24 * HOUR);
    await h.tick();
    await h.slack.waitFor((calls) =>
      nudgeCalls(calls).some((call) => JSON.stringify(call.body).includes(ITEM)),
    );
    const digest = since(start).find((call) => JSON.stringify(call.body).includes(ITEM))!;
    expect(digest.body.channel).toBe("DUWORKER");
    expect(JSON.stringify(digest.body)).toContain("Vandaag voor jou");

    // More ticks the same morning send nothing again.
    const afterDigest = nudgeCalls(h.slack.calls).length;
    await h.tick();
    h.clock.advance(30 * 60_000);
    await h.tick();
    expect(nudgeCalls(h.slack.calls).length).toBe(afterDigest);

    // Wednesday 10:00: one ping of its own, to the worker only.
    h.clock.advance(HOUR);
    await h.tick();
    await h.slack.waitFor((calls) => nudgeCalls(calls).length > afterDigest);
    const ping = since(afterDigest);
    expect(channels(ping)).toEqual(["DUWORKER"]);
    expect(JSON.stringify(ping[0]!.body)).toContain("Nu aan de beurt");

    // Thursday 08:30: overdue — one summary in the signal's thread, and each person's digest:
    // the worker's own, the coordinator's and the landlord contact's escalation.
    const beforeOverdue = nudgeCalls(h.slack.calls).length;
    h.clock.advance(22.5 * HOUR);
    await h.tick();
    await h.slack.waitFor((calls) => nudgeCalls(calls).length >= beforeOverdue + 4);
    const overdue = since(beforeOverdue);
    expect(channels(overdue)).toEqual(["CSHARED", "DUCOORD", "DULANDLORD", "DUWORKER"]);
    expect(overdue.find((call) => call.body.channel === "CSHARED")?.body.thread_ts).toBeTruthy();
    const coordinator = JSON.stringify(overdue.find((call) => call.body.channel === "DUCOORD")!.body);
    expect(coordinator).toContain("Te laat bij anderen");
    expect(coordinator).not.toContain("nabuur.deadline.done");
    expect(JSON.stringify(overdue.find((call) => call.body.channel === "DULANDLORD")!.body)).not.toContain(
      "nabuur.deadline",
    );

    // A week of hourly ticks: at most one digest per person per working day, nothing outside working
    // hours, and no second summary in the thread.
    const weekStart = nudgeCalls(h.slack.calls).length;
    const sentAt: { channel: string; at: Date }[] = [];
    for (let hour = 0; hour < 7 * 24; hour++) {
      h.clock.advance(HOUR);
      const before = nudgeCalls(h.slack.calls).length;
      await h.tick();
      for (const call of nudgeCalls(h.slack.calls).slice(before)) {
        sentAt.push({ channel: String(call.body.channel), at: h.clock.now() });
      }
    }
    for (const { at } of sentAt)
      expect(isWithinWorkingHours(at, DEFAULT_NUDGE_SETTINGS.workingHours)).toBe(true);
    const perPersonDay = new Map<string, number>();
    for (const { channel, at } of sentAt) {
      const key = `${channel} ${at.toISOString().slice(0, 10)}`;
      perPersonDay.set(key, (perPersonDay.get(key) ?? 0) + 1);
    }
    expect(Math.max(0, ...perPersonDay.values())).toBeLessThanOrEqual(1);
    expect(sentAt.filter(({ channel }) => channel === "CSHARED")).toEqual([]);
    expect(nudgeCalls(h.slack.calls).length).toBeGreaterThan(weekStart);
  });

  it("Termijnen: the morning after Actie 1's start deadline passed, the case card marks it overdue (edited in place)", async () => {
    const { runtime } = h.nabuur;
    const participantId = await registerWorldParticipant(runtime, h.world, "HF-202");
    const opened = await fileNoiseComplaint(runtime, h.world, participantId);
    await h.tick();
    const cardUpdates = () =>
      h.slack.calls.filter(
        (call) =>
          (call.method === "chat.update" || call.method === "chat.postMessage") &&
          call.body.channel === h.world.channels.shared &&
          !call.body.thread_ts &&
          JSON.stringify(call.body).includes(`HF-202`),
      );
    const before = cardUpdates().length;
    expect(JSON.stringify(cardUpdates().at(-1)?.body)).not.toContain("te laat");
    // One working day to start; the morning after it passed (a weekend may lie between), the card
    // is edited to mark it.
    for (let hour = 0; hour < 5 * 24 && cardUpdates().length === before; hour++) {
      h.clock.advance(HOUR);
      await h.tick();
    }
    await h.slack.waitFor(() => cardUpdates().length > before);
    const card = cardUpdates().at(-1)!;
    expect(card.method).toBe("chat.update");
    expect(JSON.stringify(card.body)).toContain("⚠️ te laat");
    expect(opened.number).toBeTruthy();
  });
});
