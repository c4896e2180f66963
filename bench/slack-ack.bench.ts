/**
 * Slack ack latency: how long Slack waits for Nabuur's HTTP 200 on a slash command and on a
 * button click, next to a bare Bolt app that only acks — same machine, same run, same signed
 * requests over 127.0.0.1. Slack gives up after 3 s; the target is p99 ≤ 1.3× the bare app.
 * Nabuur acks first and does the work (database, outbox) after the answer. The p50/p99 printed
 * at the end are of the acks alone; vitest's own table times each request until its work is done.
 */
import type { AddressInfo } from "node:net";
import { Worker } from "node:worker_threads";
import { App, ExpressReceiver, LogLevel } from "@slack/bolt";
import { bench, describe } from "vitest";
import { CASE_ACTION_IDS } from "../src/flows/cases/actions.ts";
import { fileNoiseComplaint, registerWorldParticipant } from "../test/helpers/procedure.ts";
import { SIGNING_SECRET, startSlackHarness } from "../test/helpers/slack-harness.ts";
import { blockActionPayload, interactionBody, slashCommandBody } from "../test/helpers/slack-requests.ts";
import { SLACK_TEAM } from "../test/helpers/world.ts";

// Production logs at info: no debug log file (the test suite's log scan) in the way of the timing.
delete process.env.NABUUR_PRIVACY_LEDGER;
// One member clicking hundreds of times a minute is what the chat rate limit stops: raised here.
const h = await startSlackHarness("pglite", { CHAT_RATE_LIMIT_PER_MINUTE: "100000" });

// A case with its assessment buttons in the care team's thread.
const participantId = await registerWorldParticipant(h.nabuur.runtime, h.world, "HF-BENCH");
const opened = await fileNoiseComplaint(h.nabuur.runtime, h.world, participantId, "Harde muziek");
await h.tick();

// The bare app: the same receiver Nabuur uses over HTTP, listeners that only ack.
const receiver = new ExpressReceiver({
  signingSecret: SIGNING_SECRET,
  endpoints: "/slack/events",
  processBeforeResponse: false,
  logLevel: LogLevel.ERROR,
});
const bare = new App({
  token: "xoxb-test-token",
  receiver,
  clientOptions: { slackApiUrl: h.slack.url },
  logLevel: LogLevel.ERROR,
});
bare.command(/.*/, async ({ ack }) => {
  await ack();
});
bare.action(/.*/, async ({ ack }) => {
  await ack();
});
const bareServer = await new Promise<import("node:http").Server>((resolve) => {
  const server = receiver.app.listen(0, "127.0.0.1", () => resolve(server));
});
const bareEvents = `http://127.0.0.1:${(bareServer.address() as AddressInfo).port}/slack/events`;

const worker = { id: "UWORKER", teamId: SLACK_TEAM };
const command = slashCommandBody("/nabuur", "help", worker, "CSHARED");
// Alternating answers: each click is a real transition (recorded, card updated), not a refusal.
const answers = [CASE_ACTION_IDS.answerConscious, CASE_ACTION_IDS.answerUnconscious].map((actionId) =>
  interactionBody(
    blockActionPayload(worker, "CCARE", "1700000000.000100", {
      action_id: actionId,
      value: JSON.stringify({
        c: opened.id,
        q: "behaviour",
        v: actionId === CASE_ACTION_IDS.answerConscious ? "conscious" : "unconscious",
      }),
    }),
  ),
);

const samples = new Map<string, number[]>();

/**
 * Slack is another machine: the requests come from a worker thread with its own event loop, so
 * that Nabuur's work after the ack cannot delay the client's reading of the answer.
 */
const client = new Worker(
  `
  const { parentPort } = require("node:worker_threads");
  const { createHmac } = require("node:crypto");
  parentPort.on("message", async ({ id, url, body, secret }) => {
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = "v0=" + createHmac("sha256", secret).update("v0:" + timestamp + ":" + body).digest("hex");
    const started = performance.now();
    const response = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "x-slack-request-timestamp": String(timestamp),
        "x-slack-signature": signature,
      },
      body,
    });
    await response.arrayBuffer();
    parentPort.postMessage({ id, status: response.status, elapsed: performance.now() - started });
  });
  `,
  { eval: true },
);
client.unref();
let requestId = 0;
const pending = new Map<number, (answer: { status: number; elapsed: number }) => void>();
client.on("message", (answer: { id: number; status: number; elapsed: number }) => {
  pending.get(answer.id)?.(answer);
  pending.delete(answer.id);
});

function send(url: string, body: string): Promise<{ status: number; elapsed: number }> {
  const id = ++requestId;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    client.postMessage({ id, url, body, secret: SIGNING_SECRET });
  });
}

/**
 * One request, timed by the client until its HTTP answer (the ack). Then, outside the
 * measurement, wait until Nabuur has finished the work the request started (`settled`), so that
 * each request meets an idle process — the ack latency of one click, not of a flood of them.
 */
async function timed(name: string, url: string, body: string, settled?: () => boolean): Promise<void> {
  const { status, elapsed } = await send(url, body);
  if (status !== 200) throw new Error(`${name}: HTTP ${status}`);
  const list = samples.get(name) ?? [];
  list.push(elapsed);
  samples.set(name, list);
  if (settled) {
    await h.slack.waitFor(settled);
    await idle();
  }
}

/** Nabuur has finished the request's work: nothing new reaches Slack for 100 ms. */
async function idle(): Promise<void> {
  for (let round = 0; round < 20; round++) {
    const calls = h.slack.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (h.slack.calls.length === calls) return;
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** True once Slack received one more call of `method` than when this was called. */
function oneMore(method: string): () => boolean {
  const before = h.slack.callsTo(method).length;
  return () => h.slack.callsTo(method).length > before;
}

let click = 0;
const WARM_UP = 3;
const options = { time: 4_000, warmupIterations: WARM_UP };

describe("Slack ack latency", () => {
  describe("slash command", () => {
    bench(
      "Nabuur: /nabuur help (until the answer is posted)",
      () => timed("command nabuur", h.events, command, oneMore("chat.postEphemeral")),
      options,
    );
    bench("bare Bolt app: ack only", () => timed("command bare", bareEvents, command), options);
  });

  describe("button click (Actie 2 answer)", () => {
    bench(
      "Nabuur: assessment answer (until the card is updated)",
      () => timed("click nabuur", h.events, answers[click++ % 2]!, oneMore("chat.update")),
      options,
    );
    // The last benchmark: once it has run, the figures are printed and everything is stopped.
    bench("bare Bolt app: ack only", () => timed("click bare", bareEvents, answers[0]!), {
      ...options,
      teardown: async (_task, mode) => {
        if (mode === "run") await finish();
      },
    });
  });
});

async function finish(): Promise<void> {
  const rows: string[] = [];
  const p = (name: string) => {
    // The first requests of each series warm up the JIT and the caches: not counted.
    const sorted = (samples.get(name) ?? []).slice(WARM_UP).sort((a, b) => a - b);
    return { n: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
  };
  for (const kind of ["command", "click"]) {
    const nabuur = p(`${kind} nabuur`);
    const plain = p(`${kind} bare`);
    rows.push(
      `${kind}: Nabuur p50 ${nabuur.p50.toFixed(2)} ms, p99 ${nabuur.p99.toFixed(2)} ms (n=${nabuur.n}); ` +
        `bare p50 ${plain.p50.toFixed(2)} ms, p99 ${plain.p99.toFixed(2)} ms (n=${plain.n}); ` +
        `p99 ratio ${(nabuur.p99 / plain.p99).toFixed(2)} (target ≤ 1.3)`,
    );
  }
  process.stdout.write(`\nSlack ack latency\n${rows.join("\n")}\n\n`);
  await client.terminate();
  await new Promise<void>((resolve) => bareServer.close(() => resolve()));
  bareServer.closeAllConnections();
  await h.stop();
}
