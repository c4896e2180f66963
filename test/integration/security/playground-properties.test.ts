/**
 * Property: the playground's page API (src/playground/page-api.ts, under /play) takes whatever a
 * browser — or anything else that reaches the page — sends: 10,000 generated requests to every
 * route, with bodies of the right shape and random content, of the wrong shape, not JSON at all or
 * too large, as demo people and as nobody. None gets a 5xx, nothing is logged as an error, and the
 * database (the demo's cases, timeline, members) is exactly as before. Commands that write by
 * design (a language, a channel, a member) are not generated; the clock only moves with a valid step,
 * which is not generated either.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config.ts";
import { createLogger } from "../../../src/logger.ts";
import { DEMO_CHANNELS, DEMO_PEOPLE } from "../../../src/playground/demo-data.ts";
import { type Playground, startPlayground } from "../../../src/playground/playground.ts";
import { MONDAY_MORNING } from "../../helpers/runtime.ts";
import { databaseFingerprint, ErrorLog, inPool, preview } from "./fuzz-support.ts";

const RUNS = 10_000;
const CONCURRENCY = 8;
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);

const people = Object.values(DEMO_PEOPLE).map((person) => person.userId);
const channels = Object.values(DEMO_CHANNELS).map((channel) => channel.id);
const junk = fc.anything({ maxDepth: 3, maxKeys: 5 });
const as = fc.oneof(
  fc.constantFrom(...people),
  fc.constantFrom("U0NOBODY01", "", "u0sanne001"),
  fc.string({ maxLength: 40 }),
  junk,
);
const channel = fc.oneof(fc.constantFrom(...channels), fc.string({ maxLength: 45 }), junk);
const locale = fc.oneof(fc.constantFrom("nl", "en", undefined), junk);
const words = fc
  .array(
    fc.constantFrom(
      "/nabuur",
      "/overlast",
      "/signaal",
      "/onbekend",
      "help",
      "mijn",
      "deelnemer",
      "rapport",
      "hallo",
      "@Sanne de Wit",
      "<script>",
      "\u0000",
      "*",
    ),
    {
      maxLength: 5,
    },
  )
  .map((list) => list.join(" "));
const message = fc.oneof(
  words,
  fc.string({ maxLength: 60 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.constant("z".repeat(5000)),
  junk,
);

const bodies: Record<string, fc.Arbitrary<unknown>> = {
  send: fc.record(
    {
      as,
      channel,
      text: message,
      threadTs: fc.oneof(fc.string({ maxLength: 50 }), fc.constant(null), junk),
      locale,
    },
    { requiredKeys: [] },
  ),
  action: fc.record(
    {
      as,
      channel,
      ts: fc.oneof(fc.string({ maxLength: 45 }), junk),
      viewId: fc.oneof(fc.string({ maxLength: 45 }), junk),
      action: fc.oneof(
        fc.record({
          type: fc.constantFrom("button", "static_select", "overflow"),
          action_id: fc.oneof(
            fc.constantFrom("nabuur.case.summary", "nabuur.participant.item.done"),
            fc.string({ maxLength: 260 }),
          ),
          block_id: fc.string({ maxLength: 20 }),
          value: fc.string({ maxLength: 80 }),
        }),
        junk,
      ),
      locale,
    },
    { requiredKeys: [] },
  ),
  submit: fc.record(
    {
      as,
      viewId: fc.oneof(fc.string({ maxLength: 45 }), junk),
      values: fc.oneof(fc.dictionary(fc.string(), junk, { maxKeys: 3 }), junk),
      locale,
    },
    { requiredKeys: [] },
  ),
  close: fc.record({ as, viewId: fc.oneof(fc.string({ maxLength: 45 }), junk) }, { requiredKeys: [] }),
  home: fc.record(
    { as, tab: fc.oneof(fc.constantFrom("home", "messages", "other"), junk) },
    { requiredKeys: [] },
  ),
  // Valid steps move the clock (and run the nudges): only wrong ones are generated.
  clock: fc.record({ step: fc.oneof(fc.constantFrom("year", "", "HOUR"), junk) }, { requiredKeys: [] }),
  seed: fc.oneof(fc.constant({}), junk),
};

interface PageRequest {
  method: "GET" | "POST";
  path: string;
  body?: string;
  contentType?: string;
}

const pageRequest: fc.Arbitrary<PageRequest> = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.constantFrom(...Object.keys(bodies)).chain((route) =>
      bodies[route]!.map((body) => ({
        method: "POST" as const,
        path: `/play/${route}`,
        body: JSON.stringify(body) ?? "null",
      })),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      method: fc.constant("POST" as const),
      path: fc.constantFrom("/play/send", "/play/submit", "/play/action", "/play/nope"),
      body: fc.oneof(fc.string({ maxLength: 100 }), fc.constant(`{"as":"${"x".repeat(300_000)}"}`)),
      contentType: fc.constantFrom("application/json", "text/plain", "application/x-www-form-urlencoded"),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.oneof(as, fc.string()).map((who) => ({
      method: "GET" as const,
      path: `/play/state?as=${encodeURIComponent(typeof who === "string" ? who : (JSON.stringify(who) ?? ""))}`,
    })),
  },
);

describe("the playground's page API: generated requests", () => {
  const log = new ErrorLog();
  let playground: Playground;

  beforeAll(async () => {
    playground = await startPlayground({
      config: loadConfig({ PORT: "0", DATA_DIR: "memory://", CHAT_RATE_LIMIT_PER_MINUTE: "100000" }),
      logger: createLogger("error", log),
      startAt: MONDAY_MORNING,
      schedulerCron: null,
    });
    // The demo's own cards are delivered before the run starts.
    await playground.advance(0);
  }, 180_000);
  afterAll(() => playground?.stop());

  it(`${RUNS} generated requests: never a 5xx, nothing logged as an error, nothing recorded`, {
    timeout: 300_000,
  }, async () => {
    const requests = fc.sample(pageRequest, { numRuns: RUNS, seed: SEED });
    const prisma = playground.nabuur.database.prisma;
    const before = await databaseFingerprint(prisma);
    const started = Date.now();
    const cpu = process.cpuUsage();
    const statuses: Record<number, number> = {};
    const failures: string[] = [];
    await inPool(requests, CONCURRENCY, async (request) => {
      const response = await fetch(`${playground.url}${request.path}`, {
        method: request.method,
        ...(request.body === undefined
          ? {}
          : { body: request.body, headers: { "content-type": request.contentType ?? "application/json" } }),
      });
      await response.arrayBuffer();
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      if (response.status >= 500 && failures.length < 5)
        failures.push(`${response.status}: ${preview(request)}`);
    });
    // Commands are answered after Bolt's ack: let the last ones finish.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const seconds = (Date.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    console.log(
      `playground page API properties: ${requests.length} requests in ${seconds.toFixed(1)} s (${cpuSeconds.toFixed(1)} s CPU, seed ${SEED}); statuses ${JSON.stringify(statuses)}`,
    );
    expect(failures).toEqual([]);
    expect(log.errors.slice(0, 5).map((entry) => preview(entry))).toEqual([]);
    expect(await databaseFingerprint(prisma)).toEqual(before);
  });
});
