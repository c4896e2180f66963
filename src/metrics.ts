/**
 * GET /metrics in Prometheus' text format, behind METRICS_TOKEN (without a token the route does not
 * exist: 404). What the process counts itself (HTTP requests, chat API calls, nudges, the
 * scheduler's last good tick) lives in its own registry; what the database holds (the outbox, the
 * open and overdue deadlines) is counted at each scrape, so every instance reports the same.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { NextFunction, Request, Response, Router } from "express";
import { Counter, Gauge, Histogram, Registry } from "prom-client";
import type { Clock } from "./services/clock.ts";
import type { ChatPlatform } from "./services/interactions/chat-port.ts";
import type { PrismaClient } from "./store/db-types.ts";
import { countOpenDeadlines } from "./store/deadlines/deadline-repository.ts";
import { countOutboxByPlatformAndStatus } from "./store/outbox/outbox-repository.ts";

/** What a chat API call came to: ok, rate_limited (HTTP 429), or error. */
type ChatCallOutcome = "ok" | "rate_limited" | "error";

export interface Metrics {
  readonly registry: Registry;
  chatCall(platform: ChatPlatform, method: string, outcome: ChatCallOutcome): void;
  /** Nudges that went out, by stage (the sweep's stages, and "digest" for the morning digest). */
  nudgesSent(stage: string, count: number): void;
  /** A scheduler tick in which every part succeeded. */
  tickSucceeded(at: Date): void;
  /** Counts every HTTP request (route, method, status) and its latency. */
  httpMiddleware(): (req: Request, res: Response, next: NextFunction) => void;
}

const PLATFORMS: ChatPlatform[] = ["slack", "teams"];
const OUTBOX_STATUSES = ["pending", "parked", "sent"] as const;
/** The chat platforms' endpoints: their latency is the ack the platform waits for. */
const CHAT_ROUTES: Record<string, ChatPlatform> = { "/slack/events": "slack", "/api/messages": "teams" };

/** The route of a request without ids, so the label set stays small. */
function routeOf(path: string): string {
  if (path in CHAT_ROUTES || path === "/healthz" || path === "/readyz" || path === "/metrics") return path;
  if (path.startsWith("/api/v1/")) {
    return path
      .split("/")
      .map((part, index) => (index > 3 && /\d|[-_]/.test(part) ? ":id" : part))
      .join("/");
  }
  return "other";
}

export function createMetrics(prisma: PrismaClient, clock: Clock): Metrics {
  const registry = new Registry();
  const registers = [registry];

  const chatCalls = new Counter({
    name: "nabuur_chat_api_calls_total",
    help: "Calls to the chat platforms' APIs, by platform, method and outcome (rate_limited: HTTP 429).",
    labelNames: ["platform", "method", "outcome"],
    registers,
  });
  const nudges = new Counter({
    name: "nabuur_nudges_sent_total",
    help: "Deadline nudges sent, by stage (digest: the morning digest).",
    labelNames: ["stage"],
    registers,
  });
  const lastTick = new Gauge({
    name: "nabuur_scheduler_last_success_timestamp_seconds",
    help: "When the scheduler last completed a tick without errors (Unix time; 0: not yet).",
    registers,
  });
  lastTick.set(0);
  const httpDuration = new Histogram({
    name: "nabuur_http_request_duration_seconds",
    help: "HTTP requests by route, method and status, and how long the answer took.",
    labelNames: ["route", "method", "status"],
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10],
    registers,
  });
  const ackDuration = new Histogram({
    name: "nabuur_chat_ack_duration_seconds",
    help: "How long a chat platform waited for the answer to an event (Slack expects it within 3 s).",
    labelNames: ["platform"],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10],
    registers,
  });

  new Gauge({
    name: "nabuur_outbox_messages",
    help: "Messages in the outbox, by platform and status (parked: waiting for a channel to be bound).",
    labelNames: ["platform", "status"],
    registers,
    async collect() {
      const rows = await countOutboxByPlatformAndStatus(prisma);
      for (const platform of PLATFORMS) {
        for (const status of OUTBOX_STATUSES) {
          const row = rows.find((r) => r.platform === platform && r.status === status);
          this.set({ platform, status }, row?.count ?? 0);
        }
      }
    },
  });
  new Gauge({
    name: "nabuur_deadlines",
    help: "Open deadlines, and of those the overdue ones (due date passed).",
    labelNames: ["state"],
    registers,
    async collect() {
      const { open, overdue } = await countOpenDeadlines(prisma, clock.now());
      this.set({ state: "open" }, open);
      this.set({ state: "overdue" }, overdue);
    },
  });

  return {
    registry,
    chatCall: (platform, method, outcome) => chatCalls.inc({ platform, method, outcome }),
    nudgesSent: (stage, count) => {
      if (count > 0) nudges.inc({ stage }, count);
    },
    tickSucceeded: (at) => lastTick.set(at.getTime() / 1000),
    httpMiddleware: () => (req, res, next) => {
      const started = process.hrtime.bigint();
      res.once("finish", () => {
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        const route = routeOf(req.path);
        httpDuration.observe({ route, method: req.method, status: String(res.statusCode) }, seconds);
        const platform = CHAT_ROUTES[route];
        if (platform) ackDuration.observe({ platform }, seconds);
      });
      next();
    },
  };
}

function digest(value: string): Buffer {
  return createHash("sha256").update(value).digest();
}

/** GET /metrics with `Authorization: Bearer <token>`; without a token configured, no route at all. */
export function registerMetricsRoute(router: Router, metrics: Metrics, token: string | undefined): void {
  if (!token) return;
  const expected = digest(token);
  router.get("/metrics", async (req, res) => {
    const given = /^Bearer (.+)$/.exec(req.get("authorization") ?? "")?.[1] ?? "";
    if (!timingSafeEqual(digest(given), expected)) {
      res.status(401).set("www-authenticate", 'Bearer realm="metrics"').end();
      return;
    }
    res.set("content-type", metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}
