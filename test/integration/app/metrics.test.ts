/**
 * GET /metrics (src/metrics.ts) on the real Bolt app against the fake Slack Web API: a scripted
 * case — slash commands, a complaint, a Slack rate limit, three days on and the scheduler's ticks —
 * and then the scrape, whose counts must be exactly what the script did: the chat API calls the fake
 * Slack received, by method (and the one answered with 429), the HTTP requests and their acks, the
 * outbox and the deadlines as the database holds them, the nudges by stage as the timeline records
 * them, and the scheduler's last good tick. Without METRICS_TOKEN the route does not exist.
 */
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMetrics, registerMetricsRoute } from "../../../src/metrics.ts";
import { systemClock } from "../../../src/services/clock.ts";
import { TEST_DATABASE_KINDS } from "../../helpers/databases.ts";
import { fileNoiseComplaint, registerWorldParticipant } from "../../helpers/procedure.ts";
import { type SlackHarness, startSlackHarness } from "../../helpers/slack-harness.ts";

const TOKEN = "metrics-token-for-the-test";
const HOUR = 3600_000;

/** The samples of a Prometheus text exposition: `name{labels}` → value. */
function parse(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  for (const line of text.split("\n")) {
    if (!line || line.startsWith("#")) continue;
    const at = line.lastIndexOf(" ");
    samples.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return samples;
}

/** Sums the samples of `name` whose labels include every one of `labels`. */
function sum(samples: Map<string, number>, name: string, labels: Record<string, string> = {}): number {
  let total = 0;
  for (const [key, value] of samples) {
    const match = /^([^{]+)(?:\{(.*)\})?$/.exec(key);
    if (match?.[1] !== name) continue;
    const own = new Map([...(match[2] ?? "").matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
    if (Object.entries(labels).every(([label, value]) => own.get(label) === value)) total += value;
  }
  return total;
}

describe("without METRICS_TOKEN", () => {
  it("has no /metrics route", async () => {
    const app = express();
    const router = express.Router();
    registerMetricsRoute(router, createMetrics({} as never, systemClock), undefined);
    app.use(router);
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    try {
      const { port } = server.address() as { port: number };
      expect((await fetch(`http://127.0.0.1:${port}/metrics`)).status).toBe(404);
    } finally {
      server.close();
    }
  });
});

describe.each(TEST_DATABASE_KINDS)("GET /metrics after a scripted case (%s)", (kind) => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness(kind, { METRICS_TOKEN: TOKEN });
  }, 120_000);
  afterAll(() => h?.stop());

  const scrape = async (token = TOKEN) => {
    const response = await fetch(`${h.nabuur.url}/metrics`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return { status: response.status, samples: parse(await response.text()) };
  };

  it("refuses a wrong token", async () => {
    expect((await scrape("not-the-metrics-token")).status).toBe(401);
  });

  it("counts exactly what the script did", async () => {
    const prisma = h.nabuur.database.prisma;
    const before = await scrape();
    expect(before.status).toBe(200);
    expect(sum(before.samples, "nabuur_scheduler_last_success_timestamp_seconds")).toBe(0);

    // Three slash commands; Slack answers the second one's ephemeral message with HTTP 429.
    for (let i = 0; i < 3; i++) {
      if (i === 1) h.slack.failNext("chat.postEphemeral", { kind: "rateLimited", retryAfterSeconds: 1 });
      expect((await h.command(h.user("UWORKER"), "/nabuur", "help")).status).toBe(200);
    }
    // Actie 1: a complaint opens a case (messages in the outbox, deadlines), then three days on.
    const participant = await registerWorldParticipant(h.nabuur.runtime, h.world, "HF-501");
    await fileNoiseComplaint(h.nabuur.runtime, h.world, participant);
    await h.tick();
    h.clock.advance(3 * 24 * HOUR);
    await h.tick();
    await h.tick();
    // Bolt answers commands after it acked them: wait until every answer came back (each call is
    // counted when its answer arrives, after the fake Slack recorded it).
    for (;;) {
      const { samples } = await scrape();
      const settled =
        sum(samples, "nabuur_chat_api_calls_total", { outcome: "ok" }) === h.slack.calls.length &&
        sum(samples, "nabuur_chat_api_calls_total", { outcome: "rate_limited" }) === 1 &&
        h.slack.callsTo("chat.postEphemeral").length >= 2;
      if (settled) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    const { samples } = await scrape();
    // Chat API calls: what the fake Slack received, by method, plus the one rate-limited call.
    const received = new Map<string, number>();
    for (const call of h.slack.calls) received.set(call.method, (received.get(call.method) ?? 0) + 1);
    for (const [method, count] of received) {
      expect(
        sum(samples, "nabuur_chat_api_calls_total", { platform: "slack", method, outcome: "ok" }),
        method,
      ).toBe(count);
    }
    expect(sum(samples, "nabuur_chat_api_calls_total", { outcome: "ok" })).toBe(h.slack.calls.length);
    expect(
      sum(samples, "nabuur_chat_api_calls_total", { method: "chat.postEphemeral", outcome: "rate_limited" }),
    ).toBe(1);
    expect(sum(samples, "nabuur_chat_api_calls_total", { outcome: "error" })).toBe(0);

    // HTTP: the three commands, each acknowledged.
    const slackEvents = { route: "/slack/events", method: "POST", status: "200" };
    expect(sum(samples, "nabuur_http_request_duration_seconds_count", slackEvents)).toBe(3);
    expect(sum(samples, "nabuur_chat_ack_duration_seconds_count", { platform: "slack" })).toBe(3);
    expect(
      sum(samples, "nabuur_http_request_duration_seconds_count", { route: "/metrics", status: "401" }),
    ).toBe(1);

    // Outbox and deadlines: as the database holds them now.
    for (const status of ["pending", "parked", "sent"] as const) {
      const held = await prisma.outboxMessage.count({ where: { platform: "slack", status } });
      expect(sum(samples, "nabuur_outbox_messages", { platform: "slack", status }), status).toBe(held);
    }
    expect(sum(samples, "nabuur_outbox_messages", { status: "sent" })).toBeGreaterThan(0);
    const now = h.clock.now();
    const open = await prisma.deadline.count({ where: { state: "open" } });
    const overdue = await prisma.deadline.count({ where: { state: "open", dueAt: { lt: now } } });
    expect(open).toBeGreaterThan(0);
    expect(overdue).toBeGreaterThan(0);
    expect(sum(samples, "nabuur_deadlines", { state: "open" })).toBe(open);
    expect(sum(samples, "nabuur_deadlines", { state: "overdue" })).toBe(overdue);

    // Nudges by stage: as the timeline records them.
    const nudgeEntries = await prisma.timelineEntry.findMany({
      where: { event: { startsWith: "deadline.nudge." } },
      select: { event: true },
    });
    expect(nudgeEntries.length).toBeGreaterThan(0);
    const byStage = new Map<string, number>();
    for (const { event } of nudgeEntries) {
      const stage = event.replace("deadline.nudge.", "");
      byStage.set(stage, (byStage.get(stage) ?? 0) + 1);
    }
    for (const [stage, count] of byStage)
      expect(sum(samples, "nabuur_nudges_sent_total", { stage }), stage).toBe(count);

    // The last tick succeeded, at the (manual) clock's time.
    expect(sum(samples, "nabuur_scheduler_last_success_timestamp_seconds")).toBe(now.getTime() / 1000);
  }, 120_000);
});
