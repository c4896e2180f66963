/**
 * Property: whatever arrives at POST /api/messages — random activities and valid ones with fields
 * removed, retyped or replaced by junk (messages, Action.Execute invokes for buttons and forms,
 * conversation updates) — the Teams entrance answers with a 2xx/4xx, never a 5xx, logs nothing as
 * an error, and records nothing: 10,000 generated activities against the real core in emulator
 * mode, with a fake Bot Connector on 127.0.0.1 for the answers. No activity names a real case.
 * (The conversation references Teams keeps of whoever writes are not procedure data: excluded.)
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeFormEnvelope } from "../../../src/bot/teams/form-envelope.ts";
import { loadConfig } from "../../../src/config.ts";
import { CASE_BUTTON_IDS, CASE_FORM_IDS } from "../../../src/flows/cases/buttons.ts";
import { DEADLINE_BUTTON_IDS } from "../../../src/flows/deadlines/buttons.ts";
import { PARTICIPANT_BUTTON_IDS, PARTICIPANT_FORM_IDS } from "../../../src/flows/participants/buttons.ts";
import { SIGNAL_BUTTON_IDS, SIGNAL_FORM_IDS } from "../../../src/flows/signals/buttons.ts";
import { createLogger } from "../../../src/logger.ts";
import { type Nabuur, startNabuur } from "../../../src/server.ts";
import { ManualClock } from "../../../src/services/clock.ts";
import { createPostgresDatabase } from "../../helpers/databases.ts";
import { FakeBotConnector } from "../../helpers/fake-bot-connector.ts";
import { MONDAY_MORNING } from "../../helpers/runtime.ts";
import { createWorld } from "../../helpers/world.ts";
import { databaseFingerprint, ErrorLog, inPool, preview } from "./fuzz-support.ts";

const RUNS = 10_000;
const CONCURRENCY = 8;
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const TENANT = "tenant-1";
const BOT = { id: "28:nabuur", name: "Nabuur" };
const PEOPLE = ["aad-worker", "aad-landlord", "aad-police", "aad-admin", "aad-nobody"];

const junk = fc.anything({ maxDepth: 3, maxKeys: 5 });
const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc
    .array(
      fc.constantFrom(
        "zaak",
        "mijn",
        "help",
        "overlast",
        "signaal",
        "deelnemer",
        "rapport",
        "lid",
        "@",
        "<at>x</at>",
        "1",
        "\u0000",
        "&amp;",
        "&nbsp;",
      ),
      {
        maxLength: 6,
      },
    )
    .map((words) => words.join(" ")),
  fc.constant("y".repeat(5000)),
);
const uuidOrJunk = fc.oneof(fc.uuid(), fc.string({ maxLength: 80 }), junk);

/** The outside of every activity: who, where, and where the answer goes (the fake connector). */
function envelope(serviceUrl: string) {
  return fc.record({
    id: fc.string({ maxLength: 20 }),
    channelId: fc.constant("msteams"),
    serviceUrl: fc.constant(serviceUrl),
    timestamp: fc.constantFrom(new Date().toISOString(), "not a date"),
    from: fc.record({
      id: fc.string({ maxLength: 20 }).map((id) => `29:${id}`),
      name: fc.string({ maxLength: 20 }),
      aadObjectId: fc.constantFrom(...PEOPLE),
    }),
    recipient: fc.constant(BOT),
    conversation: fc.oneof(
      fc.constant({ id: "a:personal", conversationType: "personal", tenantId: TENANT }),
      fc.constant({
        id: "19:shared@thread.tacv2;messageid=1700000000000",
        conversationType: "channel",
        isGroup: true,
        tenantId: TENANT,
      }),
    ),
    channelData: fc.constant({ tenant: { id: TENANT } }),
    locale: fc.constantFrom("nl-NL", "en-US"),
  });
}

function valueFor(): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc
      .record(
        {
          c: uuidOrJunk,
          p: uuidOrJunk,
          s: uuidOrJunk,
          d: uuidOrJunk,
          a: uuidOrJunk,
          i: junk,
          q: junk,
          v: junk,
        },
        { requiredKeys: [] },
      )
      .map((value) => JSON.stringify(value)),
    junk,
  );
}

function activities(serviceUrl: string) {
  const base = envelope(serviceUrl);
  const message = fc
    .tuple(base, text, fc.option(fc.array(junk, { maxLength: 2 })))
    .map(([outside, words, entities]) => ({
      ...outside,
      type: "message",
      text: words,
      ...(entities ? { entities } : {}),
    }));
  const button = fc
    .tuple(
      base,
      fc.oneof(
        fc.constantFrom(
          ...Object.values(CASE_BUTTON_IDS),
          ...Object.values(PARTICIPANT_BUTTON_IDS),
          ...Object.values(SIGNAL_BUTTON_IDS),
          ...Object.values(DEADLINE_BUTTON_IDS),
        ),
        fc.string().map((tail) => `nabuur.${tail}`),
      ),
      valueFor(),
    )
    .map(([outside, verb, value]) => ({
      ...outside,
      type: "invoke",
      name: "adaptiveCard/action",
      replyToId: "1700000000000",
      value: { action: { type: "Action.Execute", verb, data: { value } }, trigger: "manual" },
    }));
  const formId = fc.constantFrom(
    ...Object.values(CASE_FORM_IDS),
    ...Object.values(PARTICIPANT_FORM_IDS),
    ...Object.values(SIGNAL_FORM_IDS),
  );
  const field = fc.record({
    id: fc.constantFrom(
      "description",
      "participant",
      "text",
      "reason",
      "note",
      "heldAt",
      "nabuurForm",
      "__proto__",
    ),
    label: fc.string({ maxLength: 10 }),
    kind: fc.constantFrom("text", "textarea", "select", "datetime", "checkbox"),
    required: fc.boolean(),
  });
  const form = fc
    .tuple(
      base,
      formId,
      fc.array(field, { maxLength: 4 }),
      fc.string({ maxLength: 60 }),
      fc.dictionary(fc.string({ maxLength: 12 }), fc.oneof(text, junk), { maxKeys: 4 }),
    )
    .map(([outside, verb, fields, metadata, inputs]) => ({
      ...outside,
      type: "invoke",
      name: "adaptiveCard/action",
      value: {
        action: {
          type: "Action.Execute",
          verb,
          data: {
            ...inputs,
            nabuurForm: encodeFormEnvelope(
              { formId: verb, title: "t", submitLabel: "s", metadata, fields },
              null,
            ),
          },
        },
      },
    }));
  const forgedEnvelope = fc.tuple(base, formId, junk).map(([outside, verb, nabuurForm]) => ({
    ...outside,
    type: "invoke",
    name: "adaptiveCard/action",
    value: { action: { type: "Action.Execute", verb, data: { nabuurForm } } },
  }));
  const update = base.map((outside) => ({
    ...outside,
    type: "conversationUpdate",
    membersAdded: [{ id: BOT.id }],
  }));
  const otherInvoke = fc.tuple(base, fc.string({ maxLength: 30 }), junk).map(([outside, name, value]) => ({
    ...outside,
    type: "invoke",
    name,
    value,
  }));
  const valid = fc.oneof(
    { weight: 3, arbitrary: message },
    { weight: 4, arbitrary: button },
    { weight: 3, arbitrary: form },
    { weight: 1, arbitrary: forgedEnvelope },
    { weight: 1, arbitrary: update },
    { weight: 1, arbitrary: otherInvoke },
  );
  /** A valid activity with one field removed or replaced by junk (never the answer's address). */
  const mutated = fc
    .tuple(
      valid,
      fc.constantFrom(
        "type",
        "from",
        "conversation",
        "recipient",
        "channelData",
        "value",
        "text",
        "id",
        "timestamp",
        "name",
        "channelId",
        "entities",
        "replyToId",
      ),
      fc.option(junk),
    )
    .map(([activity, key, replacement]) => {
      const copy: Record<string, unknown> = { ...activity };
      if (replacement === null) delete copy[key];
      else copy[key] = replacement;
      return copy;
    });
  /** Not even the outside of an activity: the envelope is missing, retyped or points nowhere. */
  const broken = fc
    .tuple(
      valid,
      fc.constantFrom("type", "from", "conversation", "recipient", "channelId", "serviceUrl", "timestamp"),
      fc.oneof(fc.constant(undefined), junk, fc.constantFrom("", "not a url", "javascript:alert(1)")),
    )
    .map(([activity, key, replacement]) => {
      const copy: Record<string, unknown> = { ...activity };
      if (replacement === undefined) delete copy[key];
      else copy[key] = replacement;
      return copy;
    });
  return fc.oneof(
    { weight: 2, arbitrary: valid },
    { weight: 2, arbitrary: mutated },
    { weight: 5, arbitrary: broken },
    { weight: 1, arbitrary: fc.oneof(junk, fc.jsonValue()) },
  );
}

describe("Teams entrance: random and mutated activities", () => {
  const connector = new FakeBotConnector();
  const log = new ErrorLog();
  let serviceUrl: string;
  let nabuur: Nabuur;
  let drop: (() => Promise<void>) | null = null;

  beforeAll(async () => {
    serviceUrl = await connector.start();
    const postgres = process.env.TEST_DATABASE_URL ? await createPostgresDatabase() : null;
    drop = postgres?.drop ?? null;
    nabuur = await startNabuur({
      config: loadConfig({
        PORT: "0",
        DATA_DIR: "memory://",
        ...(postgres ? { DATABASE_URL: postgres.url } : {}),
        TEAMS_ENABLED: "true",
        CHAT_RATE_LIMIT_PER_MINUTE: "100000",
      }),
      logger: createLogger("error", log),
      clock: new ManualClock(MONDAY_MORNING),
      schedulerCron: null,
    });
    const world = await createWorld(nabuur.database.prisma, { bindChannels: false });
    const prisma = nabuur.database.prisma;
    for (const [member, id] of [
      [world.worker, "aad-worker"],
      [world.landlordStaff, "aad-landlord"],
      [world.policeOfficer, "aad-police"],
      [world.careAdmin, "aad-admin"],
    ] as const) {
      await prisma.member.update({ where: { id: member.id }, data: { teamsUserId: id } });
    }
  }, 180_000);

  afterAll(async () => {
    await nabuur?.stop();
    await connector.stop();
    await drop?.();
  });

  it(`${RUNS} generated activities: never a 5xx, nothing logged as an error, nothing recorded`, {
    timeout: 300_000,
  }, async () => {
    const generated = fc.sample(activities(serviceUrl), { numRuns: RUNS, seed: SEED });
    const before = await databaseFingerprint(nabuur.database.prisma);
    const started = Date.now();
    const cpu = process.cpuUsage();
    const statuses: Record<number, number> = {};
    const failures: string[] = [];
    await inPool(generated, CONCURRENCY, async (activity) => {
      const response = await fetch(`${nabuur.url}/api/messages`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(activity),
      });
      await response.arrayBuffer();
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      if (response.status >= 500 && failures.length < 5)
        failures.push(`${response.status}: ${preview(activity)}`);
    });
    const seconds = (Date.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    console.log(
      `Teams entrance properties: ${generated.length} activities in ${seconds.toFixed(1)} s (${cpuSeconds.toFixed(1)} s CPU, seed ${SEED}); statuses ${JSON.stringify(statuses)}`,
    );
    expect(failures).toEqual([]);
    expect(log.errors.slice(0, 5).map((entry) => preview(entry))).toEqual([]);
    expect(await databaseFingerprint(nabuur.database.prisma)).toEqual(before);

    // Larger than an activity may be: refused whole.
    const huge = await fetch(`${nabuur.url}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ type: "message", text: "z".repeat(2_000_000) }),
    });
    expect(huge.status).toBe(413);
    // A command longer than Slack allows is no command: not answered, nothing sent.
    const sent = connector.requests.length;
    const long = await fetch(`${nabuur.url}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        type: "message",
        id: "long-1",
        channelId: "msteams",
        serviceUrl,
        from: { id: "29:w", name: "W", aadObjectId: "aad-worker" },
        recipient: BOT,
        conversation: { id: "a:personal", conversationType: "personal", tenantId: TENANT },
        text: `zaak ${"1".repeat(4001)}`,
      }),
    });
    expect(long.status).toBe(200);
    expect(connector.requests.length).toBe(sent);
  });
});
