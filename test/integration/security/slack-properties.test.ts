/**
 * Property: whatever a Slack workspace sends — correctly signed, so it passes the signature check —
 * the bot never fails: 10,000 generated slash commands, block_actions and view_submissions with
 * random, missing and mutated fields (ids of the wrong shape, megabyte texts, NUL characters,
 * nested junk in a modal's state, forged button values and form metadata naming nothing that
 * exists) all get a 2xx/4xx from the real Bolt app, nothing is logged as an error, and the
 * database is exactly as before. The people sending are registered members of every role and an
 * unknown user; no payload names a real case, so none of it may be recorded.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config.ts";
import { CASE_BUTTON_IDS, CASE_FORM_IDS } from "../../../src/flows/cases/buttons.ts";
import { DEADLINE_BUTTON_IDS, DEADLINE_FORM_IDS } from "../../../src/flows/deadlines/buttons.ts";
import { PARTICIPANT_BUTTON_IDS, PARTICIPANT_FORM_IDS } from "../../../src/flows/participants/buttons.ts";
import { SIGNAL_BUTTON_IDS, SIGNAL_FORM_IDS } from "../../../src/flows/signals/buttons.ts";
import { createLogger } from "../../../src/logger.ts";
import { type Nabuur, startNabuur } from "../../../src/server.ts";
import { ManualClock } from "../../../src/services/clock.ts";
import { registerParticipant } from "../../../src/services/participant-service.ts";
import { createPostgresDatabase } from "../../helpers/databases.ts";
import { FakeSlack } from "../../helpers/fake-slack.ts";
import { MONDAY_MORNING } from "../../helpers/runtime.ts";
import { interactionBody, postSigned, slashCommandBody } from "../../helpers/slack-requests.ts";
import { createWorld, SLACK_TEAM } from "../../helpers/world.ts";
import { databaseFingerprint, ErrorLog, inPool, preview } from "./fuzz-support.ts";

const SECRET = "fuzz-signing-secret";
const RUNS = 10_000;
const CONCURRENCY = 8;
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);

const BUTTON_IDS = [
  ...Object.values(CASE_BUTTON_IDS),
  ...Object.values(PARTICIPANT_BUTTON_IDS),
  ...Object.values(SIGNAL_BUTTON_IDS),
  ...Object.values(DEADLINE_BUTTON_IDS),
];
const FORM_IDS = [
  ...Object.values(CASE_FORM_IDS),
  ...Object.values(PARTICIPANT_FORM_IDS),
  ...Object.values(SIGNAL_FORM_IDS),
  ...Object.values(DEADLINE_FORM_IDS),
];
const USERS = ["UWORKER", "UCOORD", "ULANDLORD", "UPOLICE", "UADMIN", "UOTHER", "UNOBODY"];

/** Text as people (and attackers) type it: words, unicode, control characters, huge. */
const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  {
    weight: 3,
    arbitrary: fc
      .array(
        fc.constantFrom(
          "zaak",
          "mijn",
          "help",
          "hulp",
          "rapport",
          "deelnemer",
          "overlast",
          "signaal",
          "lid",
          "kanaal",
          "@",
          "<@UWORKER|Sanne>",
          "<@U>",
          "1",
          "#2",
          "-1",
          "99999999999999999999",
          "\u0000",
          "\u202e",
          "<!channel>",
          "*vet*",
        ),
        { maxLength: 6 },
      )
      .map((words) => words.join(" ")),
  },
  { weight: 1, arbitrary: fc.constantFrom("x".repeat(5000), "é".repeat(20_000), "\u0000".repeat(10)) },
);
const idLike = fc.oneof(fc.constantFrom(...USERS), fc.string({ maxLength: 70 }), fc.constant(""));
const junk = fc.anything({ maxDepth: 3, maxKeys: 5 });

/** A button value: JSON naming random (never real) cases, participants, signals or deadlines. */
const buttonValue = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc
    .record(
      {
        c: fc.oneof(fc.uuid(), fc.string({ maxLength: 120 }), junk),
        p: fc.oneof(fc.uuid(), junk),
        s: fc.oneof(fc.uuid(), fc.constantFrom("actie3", "actie4", "actie9"), junk),
        d: fc.oneof(fc.uuid(), junk),
        a: fc.oneof(fc.uuid(), junk),
        i: fc.oneof(fc.constantFrom("matching", "roleAgreements", "nope"), junk),
        q: fc.oneof(fc.constantFrom("behaviour", "justifiedByWorker"), junk),
        v: fc.oneof(fc.boolean(), fc.constantFrom("conscious"), junk),
        k: fc.oneof(fc.constantFrom("fourWeeks"), junk),
      },
      { requiredKeys: [] },
    )
    .map((value) => JSON.stringify(value)),
  fc.constant("x".repeat(3000)),
);

const slashCommand = fc
  .record(
    {
      command: fc.constantFrom("/overlast", "/signaal", "/nabuur"),
      text,
      user_id: idLike,
      team_id: fc.oneof(fc.constant(SLACK_TEAM), fc.string({ maxLength: 70 })),
      channel_id: fc.oneof(fc.constantFrom("CSHARED", "CCARE", "DXYZ"), fc.string({ maxLength: 70 })),
      trigger_id: fc.oneof(fc.constant("trigger-1"), fc.string({ maxLength: 300 })),
      extra: fc.dictionary(fc.string({ maxLength: 10 }), fc.string({ maxLength: 20 }), { maxKeys: 3 }),
    },
    { requiredKeys: ["command"] },
  )
  .map(({ command, extra, ...fields }) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(extra ?? {})) if (key !== "command") params.append(key, value);
    for (const [key, value] of Object.entries(fields))
      if (typeof value === "string") params.append(key, value);
    params.set("command", command);
    return { kind: "command", body: params.toString() };
  });

const person = fc.oneof(
  fc.record({ id: idLike, team_id: fc.oneof(fc.constant(SLACK_TEAM), fc.string({ maxLength: 5 })) }),
  fc.record({ id: idLike }),
  junk,
);

const blockActions = fc
  .record(
    {
      type: fc.constant("block_actions"),
      user: person,
      team: fc.oneof(
        fc.record({ id: fc.oneof(fc.constant(SLACK_TEAM), fc.string()) }),
        fc.constant(null),
        junk,
      ),
      trigger_id: fc.oneof(fc.constant("trigger-1"), fc.string({ maxLength: 300 }), junk),
      channel: fc.oneof(fc.record({ id: fc.oneof(fc.constantFrom("CSHARED", "CCARE"), fc.string()) }), junk),
      container: fc.oneof(fc.record({ channel_id: fc.string(), message_ts: fc.string() }), junk),
      actions: fc.array(
        fc.record(
          {
            action_id: fc.oneof(
              { weight: 5, arbitrary: fc.constantFrom(...BUTTON_IDS) },
              { weight: 1, arbitrary: fc.string({ maxLength: 300 }).map((tail) => `nabuur.${tail}`) },
            ),
            value: fc.oneof(buttonValue, junk),
            type: fc.constantFrom("button", "static_select", "overflow"),
            block_id: fc.string({ maxLength: 10 }),
          },
          { requiredKeys: ["action_id"] },
        ),
        { minLength: 1, maxLength: 3 },
      ),
    },
    { requiredKeys: ["type", "actions"] },
  )
  .map((payload) => ({ kind: "block_actions", body: interactionBody(payload) }));

const input = fc.oneof(
  fc.record({ type: fc.constant("plain_text_input"), value: fc.oneof(text, junk) }),
  fc.record({
    type: fc.constant("static_select"),
    selected_option: fc.oneof(fc.record({ value: fc.oneof(text, junk) }), junk),
  }),
  fc.record({
    type: fc.constant("datetimepicker"),
    selected_date_time: fc.oneof(fc.integer(), fc.double(), junk),
  }),
  fc.record({
    type: fc.constant("checkboxes"),
    selected_options: fc.oneof(fc.array(junk, { maxLength: 2 }), junk),
  }),
  junk,
);
const fieldIds = fc.constantFrom(
  "description",
  "participant",
  "text",
  "reason",
  "note",
  "notes",
  "heldAt",
  "dueAt",
  "reference",
  "careProviderId",
  "toMemberId",
  "__proto__",
  "constructor",
);

const viewSubmission = fc
  .record(
    {
      type: fc.constant("view_submission"),
      user: person,
      team: fc.oneof(fc.record({ id: fc.constant(SLACK_TEAM) }), fc.constant(null), junk),
      view: fc.record(
        {
          id: fc.string({ maxLength: 10 }),
          callback_id: fc.oneof(
            { weight: 5, arbitrary: fc.constantFrom(...FORM_IDS) },
            { weight: 1, arbitrary: fc.string({ maxLength: 300 }).map((tail) => `nabuur.${tail}`) },
          ),
          private_metadata: fc.oneof(
            buttonValue,
            buttonValue.map((m) => JSON.stringify({ m, ch: "CSHARED" })),
            fc.string({ maxLength: 16 }).map((id) => `@${id.padEnd(16, "A").slice(0, 16)}|{"c":"nope"}`),
            fc.string({ maxLength: 4000 }),
            junk,
          ),
          state: fc.oneof(
            fc.record({
              values: fc.dictionary(fieldIds, fc.dictionary(fieldIds, input, { maxKeys: 2 }), { maxKeys: 4 }),
            }),
            fc.record({ values: junk }),
            junk,
          ),
        },
        { requiredKeys: ["callback_id"] },
      ),
    },
    { requiredKeys: ["type", "view"] },
  )
  .map((payload) => ({ kind: "view_submission", body: interactionBody(payload) }));

/** Signed, but the payload is not JSON Bolt can read (refused with 400 before any listener). */
const unreadable = fc
  .string({ maxLength: 200 })
  .map((raw) => ({ kind: "unreadable", body: `payload=${encodeURIComponent(`{:${raw}`)}` }));

const slackRequest = fc.oneof(
  { weight: 3, arbitrary: slashCommand },
  { weight: 4, arbitrary: blockActions },
  { weight: 4, arbitrary: viewSubmission },
  { weight: 1, arbitrary: unreadable },
);

describe("Slack entrance: signed but malformed requests", () => {
  const slack = new FakeSlack();
  const log = new ErrorLog();
  let nabuur: Nabuur;
  let drop: (() => Promise<void>) | null = null;

  beforeAll(async () => {
    const apiUrl = await slack.start();
    const postgres = process.env.TEST_DATABASE_URL ? await createPostgresDatabase() : null;
    drop = postgres?.drop ?? null;
    nabuur = await startNabuur({
      config: loadConfig({
        PORT: "0",
        DATA_DIR: "memory://",
        ...(postgres ? { DATABASE_URL: postgres.url } : {}),
        SLACK_BOT_TOKEN: "xoxb-fuzz",
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: apiUrl,
        CHAT_RATE_LIMIT_PER_MINUTE: "100000",
      }),
      logger: createLogger("error", log),
      clock: new ManualClock(MONDAY_MORNING),
      slackRetries: 0,
      schedulerCron: null,
    });
    const world = await createWorld(nabuur.database.prisma);
    await registerParticipant(nabuur.runtime, world.actor(world.worker), {
      reference: "HF-F01",
      careProviderId: world.careProvider.id,
      landlordId: world.landlord.id,
      dwelling: "Fuzzstraat 1",
      leaseType: "own",
      supportWorkerId: world.worker.id,
      landlordContactId: world.landlordStaff.id,
      coordinatorId: world.coordinator.id,
    });
    await nabuur.scheduler.tick();
  }, 180_000);

  afterAll(async () => {
    await nabuur?.stop();
    await slack.stop();
    await drop?.();
  });

  /** A signed POST; a keep-alive connection the server just closed is tried once more. */
  async function sendOnce(body: string): Promise<Response> {
    const post = async () => {
      const response = await postSigned(`${nabuur.url}/slack/events`, body, { secret: SECRET });
      await response.arrayBuffer();
      return response;
    };
    return post().catch(post);
  }

  it(`${RUNS} generated requests: never a 5xx, nothing logged as an error, nothing recorded`, {
    timeout: 300_000,
  }, async () => {
    const requests = fc.sample(slackRequest, { numRuns: RUNS, seed: SEED });
    const before = await databaseFingerprint(nabuur.database.prisma);
    const started = Date.now();
    const cpu = process.cpuUsage();
    const statuses: Record<string, number> = {};
    const failures: string[] = [];
    await inPool(requests, CONCURRENCY, async (request) => {
      const response = await sendOnce(request.body);
      const key = `${request.kind} ${response.status}`;
      statuses[key] = (statuses[key] ?? 0) + 1;
      if (response.status >= 500 && failures.length < 5)
        failures.push(`${response.status}: ${preview(request.body)}`);
    });
    // Listeners run on after the ack: let them finish before comparing.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const seconds = (Date.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    console.log(
      `Slack entrance properties: ${requests.length} signed malformed requests in ${seconds.toFixed(1)} s (${cpuSeconds.toFixed(1)} s CPU, seed ${SEED}); ${JSON.stringify(statuses)}`,
    );
    expect(failures).toEqual([]);
    expect(log.errors.map((entry) => preview(entry))).toEqual([]);
    expect(await databaseFingerprint(nabuur.database.prisma)).toEqual(before);
    // Bigger than Bolt reads (4 MB, before the signature is even checked): refused whole.
    const oversized = await postSigned(
      `${nabuur.url}/slack/events`,
      interactionBody({
        type: "view_submission",
        view: { callback_id: "nabuur.x", state: { values: { x: "y".repeat(5_000_000) } } },
      }),
      { secret: SECRET },
    ).catch(() => null);
    if (oversized) expect(oversized.status).toBe(413);
    // Still answering: a plain command after all of it.
    const alive = await postSigned(
      `${nabuur.url}/slack/events`,
      slashCommandBody("/nabuur", "help", { id: "UWORKER", teamId: SLACK_TEAM }, "CSHARED"),
      { secret: SECRET },
    );
    expect(alive.status).toBe(200);
  });
});
