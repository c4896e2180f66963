/**
 * The outbox survives a Slack outage: a committed decision reaches the channel once Slack is back,
 * retries back off and honour Retry-After, a case's messages keep their order, and a message that
 * cannot be delivered is parked with an alert — never dropped. Cards wait in the outbox with
 * neutral member references; each platform's mention is rendered as the message goes out.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_ATTEMPTS } from "../../../src/bot/delivery/deliver-outbox.ts";
import { registerParticipant } from "../../../src/services/participant-service.ts";
import { TEST_DATABASE_KINDS } from "../../helpers/databases.ts";
import { type SlackHarness, startSlackHarness } from "../../helpers/slack-harness.ts";

describe.each(TEST_DATABASE_KINDS)("outbox delivery on %s", (kind) => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness(kind);
  });
  afterAll(() => h.stop());

  async function register(reference: string) {
    const { world } = h;
    return registerParticipant(h.nabuur.runtime, world.actor(world.worker), {
      reference,
      careProviderId: world.careProvider.id,
      landlordId: world.landlord.id,
      dwelling: "Lange Nieuwstraat 3",
      leaseType: "own",
      supportWorkerId: world.worker.id,
      landlordContactId: world.landlordStaff.id,
      coordinatorId: null,
    });
  }

  const outbox = (subject: string) =>
    h.nabuur.database.prisma.outboxMessage.findMany({
      where: { orderingKey: subject },
      orderBy: { seq: "asc" },
    });

  it("Slack down (HTTP 500): the decision is kept and delivered, in order, when Slack is back", async () => {
    h.slack.failNext("chat.postMessage", { kind: "http", status: 500 }, 3);
    const participant = await register("HF-301");
    const subject = `participant:${participant.participantId}`;
    await h.tick();
    const pending = await outbox(subject);
    expect(pending.every((message) => message.status === "pending")).toBe(true);
    expect(pending[0]!.attempts).toBeGreaterThan(0);
    expect(pending.slice(1).every((message) => message.attempts === 0)).toBe(true);

    for (let round = 0; round < 6; round++) {
      h.clock.advance(10 * 60_000);
      await h.tick();
    }
    const delivered = await outbox(subject);
    expect(delivered.map((message) => message.status)).toEqual(delivered.map(() => "sent"));
    const sentAt = delivered.map((message) => message.sentAt!.getTime());
    expect([...sentAt].sort((a, b) => a - b)).toEqual(sentAt);
    const posts = h.slack
      .callsTo("chat.postMessage")
      .filter((call) => JSON.stringify(call.body).includes("HF-301"));
    expect(posts.filter((call) => call.body.channel === "CSHARED")).toHaveLength(1);
  });

  it("HTTP 429: waits at least Retry-After before trying again", async () => {
    h.slack.failNext("chat.postMessage", { kind: "rateLimited", retryAfterSeconds: 600 });
    const participant = await register("HF-302");
    await h.tick();
    const [head] = await outbox(`participant:${participant.participantId}`);
    expect(head!.status).toBe("pending");
    expect(head!.nextAttemptAt.getTime() - h.clock.now().getTime()).toBeGreaterThanOrEqual(600_000);
    h.clock.advance(11 * 60_000);
    await h.tick();
    expect((await outbox(`participant:${participant.participantId}`)).every((m) => m.status === "sent")).toBe(
      true,
    );
  });

  it("a message Slack keeps refusing is parked after the last attempt, with the error kept", async () => {
    h.slack.failNext("chat.postMessage", { kind: "http", status: 503 }, MAX_ATTEMPTS);
    const participant = await register("HF-303");
    const subject = `participant:${participant.participantId}`;
    for (let round = 0; round < MAX_ATTEMPTS + 2; round++) {
      await h.tick();
      h.clock.advance(60 * 60_000);
    }
    const [head] = await outbox(subject);
    expect(head!.status).toBe("parked");
    expect(head!.attempts).toBe(MAX_ATTEMPTS);
    expect(head!.lastError).toBeTruthy();
  });

  it("the outbox keeps neutral member references; delivery gives Slack the member's own mention", async () => {
    const { world } = h;
    const participant = await register("HF-304");
    const subject = `participant:${participant.participantId}`;
    const stored = JSON.stringify((await outbox(subject)).map((message) => message.card));
    expect(stored).toContain(`<@${world.worker.id}>`);
    expect(stored).not.toContain("<@UWORKER>");
    await h.tick();
    expect((await outbox(subject)).every((message) => message.status === "sent")).toBe(true);
    const posts = h.slack
      .callsTo("chat.postMessage")
      .filter((call) => JSON.stringify(call.body).includes("HF-304"));
    expect(posts.length).toBeGreaterThan(0);
    const delivered = JSON.stringify(posts.map((call) => call.body));
    expect(delivered).toContain("<@UWORKER>");
    expect(delivered).not.toContain(`<@${world.worker.id}>`);
  });
});
