/**
 * Slack ack latency: how long Slack waits for Nabuur's HTTP 200 on a slash command and on a
 * button click, next to a bare Bolt app that only acks — same machine, same run, same signed
 * requests over 127.0.0.1. Slack gives up after 3 s; the target is p99 ≤ 1.3× the bare app.
 * Nabuur acks first and does the work (database, outbox) after the answer. The p50/p99 printed
 * at the end are of the acks alone; vitest's own table times each iteration (a request to Nabuur
 * until its work is done, then the same request to the bare app).
 */
import { execFileSync, spawn } from "node:child_process";
import * as diagnostics from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { App, ExpressReceiver, LogLevel } from "@slack/bolt";
import { pino } from "pino";
import { bench, describe } from "vitest";
import { CASE_BUTTON_IDS } from "../src/flows/cases/buttons.ts";
import { createLogger } from "../src/logger.ts";
import { fileNoiseComplaint, registerWorldParticipant } from "../test/helpers/procedure.ts";
import { SIGNING_SECRET, startSlackHarness } from "../test/helpers/slack-harness.ts";
import { blockActionPayload, interactionBody, slashCommandBody } from "../test/helpers/slack-requests.ts";
import { SLACK_TEAM } from "../test/helpers/world.ts";

const CLIENT = join(dirname(fileURLToPath(import.meta.url)), "processes/slack-client.mjs");
// A benchmark, not a test run: nothing goes to the test suite's privacy ledger.
delete process.env.NABUUR_PRIVACY_LEDGER;
// Logging as in production: JSON lines at info (LOG_LEVEL's default), written synchronously like
// pino's stdout, here to /dev/null so the figures are not printed between them.
const logger = createLogger("info", pino.destination({ dest: "/dev/null", sync: true }));
// One member clicking hundreds of times a minute is what the chat rate limit stops: raised here.
const h = await startSlackHarness("pglite", { CHAT_RATE_LIMIT_PER_MINUTE: "100000" }, { logger });

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
const answers = [CASE_BUTTON_IDS.answerConscious, CASE_BUTTON_IDS.answerUnconscious].map((actionId) =>
  interactionBody(
    blockActionPayload(worker, "CCARE", "1700000000.000100", {
      action_id: actionId,
      value: JSON.stringify({
        c: opened.id,
        q: "behaviour",
        v: actionId === CASE_BUTTON_IDS.answerConscious ? "conscious" : "unconscious",
      }),
    }),
  ),
);

const samples = new Map<string, number[]>();

/**
 * Slack is another machine: the requests come from a process of their own
 * (bench/processes/slack-client.mjs). Where the machine has two cores or more and `taskset` is
 * there, the client gets a core to itself and this process (Nabuur, the bare app, the fake Web API)
 * the others, as if they were two machines: Nabuur's work after an ack cannot then take the CPU
 * the client needs to read the next answer — on a real deployment it never could. Both apps run
 * in this one process, so whatever the pinning costs, it costs both.
 */
const cores = availableParallelism();
const pinned = cores >= 2 && taskset(["-a", "-p", "-c", `0-${cores - 2}`, String(process.pid)]);
const client = spawn(
  pinned ? "taskset" : process.execPath,
  [...(pinned ? ["-c", String(cores - 1), process.execPath] : []), CLIENT],
  { stdio: ["ignore", "inherit", "inherit", "ipc"] },
);
process.on("exit", () => client.kill("SIGKILL"));
// Whatever fails, the client does not keep this process alive.
client.unref();
client.channel?.unref();
await new Promise<void>((resolve, reject) => {
  client.once("message", () => resolve());
  client.once("error", reject);
});
let requestId = 0;
interface Answer {
  status: number;
  elapsed: number;
  /** The client's fetch failed (status 0). */
  error?: string;
}
const pending = new Map<number, (answer: Answer) => void>();
client.on("message", (answer: Answer & { id: number }) => {
  pending.get(answer.id)?.(answer);
  pending.delete(answer.id);
});

/** CPU affinity with util-linux's taskset; false where it is missing or refused. */
function taskset(args: string[]): boolean {
  try {
    execFileSync("taskset", args, { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

function send(url: string, body: string): Promise<Answer> {
  const id = ++requestId;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    client.send({ id, url, body, secret: SIGNING_SECRET });
  });
}

/**
 * One request, timed by the client until its HTTP answer (the ack). Then, outside the
 * measurement, wait until the process has finished the work the request started (`settled`,
 * then nothing new reaches Slack for a while), so that each request meets an idle process — the
 * ack latency of one click, not of a flood of them.
 */
async function timed(name: string, url: string, body: string, settled?: () => boolean): Promise<void> {
  lastInServer = Number.NaN;
  const { status, elapsed, error } = await send(url, body);
  if (status !== 200) throw new Error(`${name}: ${error ?? `HTTP ${status}`}`);
  record(name, elapsed);
  record(`${name} in server`, lastInServer);
  if (settled) await h.slack.waitFor(settled);
  await idle();
}

function record(name: string, value: number): void {
  const list = samples.get(name) ?? [];
  list.push(value);
  samples.set(name, list);
}

/**
 * The same ack timed inside this process, from the request's headers being read to the last byte
 * of the answer handed to the socket (Node's `http.server.*` diagnostics channels): what the app
 * itself takes, without the client's side of the connection.
 */
let lastInServer = Number.NaN;
const arrivals = new WeakMap<object, number>();
const onSlackEvents = (message: unknown) =>
  (message as { request: IncomingMessage }).request.url === "/slack/events";
diagnostics.subscribe("http.server.request.start", (message) => {
  if (onSlackEvents(message)) arrivals.set((message as { response: object }).response, performance.now());
});
diagnostics.subscribe("http.server.response.finish", (message) => {
  const arrived = arrivals.get((message as { response: object }).response);
  if (onSlackEvents(message) && arrived !== undefined) lastInServer = performance.now() - arrived;
});

/** Nothing new reaches Slack for IDLE_MS: the request's work (if any) is done. */
async function idle(): Promise<void> {
  for (let round = 0; round < 100; round++) {
    const calls = h.slack.calls.length;
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
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
/**
 * Each iteration sends one request to Nabuur and then the same request to the bare app, so both
 * series see the same moments of the machine (another process, a garbage collection, the CPU's
 * clock): the two p99s compare the apps, not two stretches of time. Same number of samples each.
 */
const WARM_UP = 5;
const options = { time: 0, iterations: 2_000, warmupIterations: WARM_UP };
/** The quiet time that tells a request's work is done (see `idle`). */
const IDLE_MS = 25;

describe("Slack ack latency (one request to Nabuur, then the same to a bare Bolt app)", () => {
  bench(
    "slash command /nabuur help (Nabuur until its answer is posted, then the bare app)",
    async () => {
      await timed("command nabuur", h.events, command, oneMore("chat.postEphemeral"));
      await timed("command bare", bareEvents, command);
    },
    options,
  );
  // The last benchmark: once it has run, the figures are printed and everything is stopped.
  bench(
    "button click, Actie 2 answer (Nabuur until the card is updated, then the bare app)",
    async () => {
      const body = answers[click++ % 2]!;
      await timed("click nabuur", h.events, body, oneMore("chat.update"));
      await timed("click bare", bareEvents, body);
    },
    {
      ...options,
      teardown: async (_task, mode) => {
        if (mode === "run") await finish();
      },
    },
  );
});

async function finish(): Promise<void> {
  const rows: string[] = [];
  const p = (name: string) => {
    // The warm-up iterations (JIT, caches) are not counted.
    const sorted = (samples.get(name) ?? []).slice(WARM_UP).sort((a, b) => a - b);
    return { n: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
  };
  for (const kind of ["command", "click"]) {
    for (const [where, suffix] of [
      ["at the client", ""],
      ["in the server", " in server"],
    ] as const) {
      const nabuur = p(`${kind} nabuur${suffix}`);
      const plain = p(`${kind} bare${suffix}`);
      rows.push(
        `${kind}, ${where}: Nabuur p50 ${nabuur.p50.toFixed(2)} ms, p99 ${nabuur.p99.toFixed(2)} ms (n=${nabuur.n}); ` +
          `bare p50 ${plain.p50.toFixed(2)} ms, p99 ${plain.p99.toFixed(2)} ms (n=${plain.n}); ` +
          `p99 ratio ${(nabuur.p99 / plain.p99).toFixed(2)}${suffix ? "" : " (target ≤ 1.3)"}`,
      );
    }
  }
  const where = pinned
    ? `client on core ${cores - 1}, Nabuur and the bare app on ${cores === 2 ? "core 0" : `cores 0-${cores - 2}`}`
    : "client and apps share the cores (no taskset, or one core)";
  process.stdout.write(`\nSlack ack latency (${where})\n${rows.join("\n")}\n\n`);
  client.disconnect();
  // This process may run another benchmark file next: every core again.
  if (pinned) taskset(["-a", "-p", "-c", `0-${cores - 1}`, String(process.pid)]);
  await new Promise<void>((resolve) => bareServer.close(() => resolve()));
  bareServer.closeAllConnections();
  await h.stop();
}
