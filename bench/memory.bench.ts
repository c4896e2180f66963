/**
 * Idle memory: the resident set (VmRSS) of a Nabuur process with both platforms (Slack over HTTP,
 * Teams in emulator mode) and the scheduler, next to what the two SDKs cost on their own — a bare
 * Bolt process (bench/processes/bare-bolt.ts) plus a bare Teams AI process
 * (bench/processes/bare-teams.ts). Same machine, same run, each a separate child process started
 * the way `npm start` starts Nabuur (node with the tsx loader), nothing reachable but 127.0.0.1:
 * Slack's Web API is a local server below that answers `ok` (Bolt calls auth.test at start-up).
 *
 * Each process is started, waited for until it is ready (Nabuur: GET /readyz answers 200; a bare
 * process: it printed its URL and answers HTTP; the database alone: it printed `ready`), left idle
 * for IDLE_MS, and then sampled SAMPLES times from /proc/<pid>/status; its figure is the median of
 * those samples, as it is, without a forced garbage collection. The rounds alternate the processes; the figure reported is the
 * median over the rounds. Nabuur runs on the embedded database (PGlite, in the process) in a
 * temporary DATA_DIR that an unmeasured first start migrated, so every measured start is a restart
 * on an empty, migrated database. For context, the same database is also measured on its own
 * (bench/processes/embedded-database.ts): it is part of Nabuur's figure and of neither SDK's; with
 * DATABASE_URL (PostgreSQL) it is not in the process at all.
 *
 * The benchmarks proper time a restart: spawn until ready, then SIGTERM until the process exited.
 * The memory figures and the time to ready of the measured rounds are printed at the end.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, bench, describe } from "vitest";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const ROUNDS = 3;
const IDLE_MS = 5_000;
const SAMPLES = 5;
const SAMPLE_INTERVAL_MS = 1_000;
const READY_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 15_000;

type Kind = "nabuur" | "bolt" | "teams" | "database";
/** The comparison, and the embedded database alone: it is part of Nabuur's figure, not of the SDKs'. */
const KINDS: Kind[] = ["nabuur", "bolt", "teams", "database"];
const LABEL: Record<Kind, string> = {
  nabuur: "Nabuur (Slack HTTP + Teams + scheduler, embedded database)",
  bolt: "bare Bolt (ExpressReceiver, ack only)",
  teams: "bare Teams AI (Application on TeamsAdapter, no handlers)",
  database: "embedded database alone (PGlite + Prisma, no HTTP, no chat SDK)",
};
const SCRIPT: Record<Kind, string> = {
  nabuur: join(ROOT, "src/main.ts"),
  bolt: join(ROOT, "bench/processes/bare-bolt.ts"),
  teams: join(ROOT, "bench/processes/bare-teams.ts"),
  database: join(ROOT, "bench/processes/embedded-database.ts"),
};

/** Every child still alive, so that nothing outlives the benchmark, whatever fails. */
const running = new Set<ChildProcess>();
process.on("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

// --- The local Slack Web API: `ok` to every method, with the identity auth.test returns. ---------

const slackCalls = new Map<string, number>();
const slackApi: Server = createServer((req, res) => {
  const method = (req.url ?? "").replace(/^\/api\//, "").split("?")[0] ?? "";
  slackCalls.set(method, (slackCalls.get(method) ?? 0) + 1);
  req.resume();
  req.on("end", () => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(
      JSON.stringify(
        method === "auth.test"
          ? { ok: true, user_id: "UBOT", bot_id: "BBOT", team_id: "T1", team: "Bench", user: "nabuur" }
          : { ok: true },
      ),
    );
  });
});

let slackApiUrl = "";
let dataDir = "";

function environment(kind: Kind): NodeJS.ProcessEnv {
  // A clean environment: nothing of the benchmark runner's own variables reaches the children.
  const base: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME };
  if (process.env.TMPDIR) base.TMPDIR = process.env.TMPDIR;
  const slack = {
    SLACK_BOT_TOKEN: "xoxb-bench-token",
    SLACK_SIGNING_SECRET: "bench-signing-secret",
    SLACK_API_URL: slackApiUrl,
  };
  switch (kind) {
    case "nabuur":
      return { ...base, ...slack, TEAMS_ENABLED: "true", DATA_DIR: dataDir, PORT: "0", HOST: "127.0.0.1" };
    case "bolt":
      return { ...base, ...slack };
    case "teams":
      return base;
    case "database":
      return { ...base, DATA_DIR: dataDir };
  }
}

// --- Child processes ----------------------------------------------------------------------------

interface Started {
  kind: Kind;
  child: ChildProcess;
  pid: number;
  /** Where it answers HTTP; null for the database alone, which has no HTTP server. */
  url: string | null;
  /** Milliseconds from spawn until ready. */
  readyMs: number;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

/** SIGTERM (Nabuur shuts down cleanly), SIGKILL when it has not exited after STOP_TIMEOUT_MS. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), STOP_TIMEOUT_MS);
  });
  if ((await Promise.race([exited(child), timeout])) === "timeout") {
    child.kill("SIGKILL");
    await exited(child);
  }
  clearTimeout(timer);
}

/**
 * What the process announces once it listens: Nabuur its "Nabuur is listening" log line, a bare
 * process `ready <url>`, the database alone `ready` (url null). Undefined: not this line.
 */
function announced(kind: Kind, line: string): { url: string | null } | undefined {
  if (kind === "database") return line === "ready" ? { url: null } : undefined;
  if (kind !== "nabuur") {
    const url = /^ready (\S+)/.exec(line)?.[1];
    return url ? { url } : undefined;
  }
  try {
    const entry = JSON.parse(line) as { msg?: string; url?: string };
    return entry.msg === "Nabuur is listening" && entry.url ? { url: entry.url } : undefined;
  } catch {
    return undefined;
  }
}

/** True once the process answers: Nabuur's /readyz with 200, a bare process with any HTTP status. */
async function answers(kind: Kind, url: string): Promise<boolean> {
  try {
    const response = await fetch(kind === "nabuur" ? `${url}/readyz` : url);
    await response.arrayBuffer();
    return kind === "nabuur" ? response.status === 200 : true;
  } catch {
    return false;
  }
}

async function start(kind: Kind): Promise<Started> {
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", SCRIPT[kind]], {
    cwd: ROOT,
    env: environment(kind),
    stdio: ["ignore", "pipe", "pipe"],
  });
  running.add(child);
  child.once("exit", () => running.delete(child));
  const output: string[] = [];
  const keep = (line: string) => {
    output.push(line);
    if (output.length > 20) output.shift();
  };
  createInterface({ input: child.stderr! }).on("line", keep);
  try {
    const { url } = await new Promise<{ url: string | null }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("not ready in time")), READY_TIMEOUT_MS);
      createInterface({ input: child.stdout! }).on("line", (line) => {
        keep(line);
        const found = announced(kind, line);
        if (found) {
          clearTimeout(timer);
          resolve(found);
        }
      });
      child.once("exit", (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`exited before it was ready (${signal ?? `exit code ${code}`})`));
      });
      child.once("error", (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
    while (url !== null && !(await answers(kind, url))) {
      if (performance.now() - started > READY_TIMEOUT_MS) throw new Error(`${url} did not answer in time`);
      if (child.exitCode !== null || child.signalCode !== null) throw new Error("exited before it was ready");
      await sleep(100);
    }
    return { kind, child, pid: child.pid!, url, readyMs: performance.now() - started };
  } catch (error) {
    await stop(child);
    throw new Error(`${LABEL[kind]}: ${(error as Error).message}\n${output.join("\n")}`);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// --- Measuring ----------------------------------------------------------------------------------

/** VmRSS and VmHWM (peak resident set) of a process, in KiB. */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const field = (name: string) => {
    const value = new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1];
    if (value === undefined) throw new Error(`no ${name} in /proc/${pid}/status`);
    return Number(value);
  };
  return { rss: field("VmRSS"), peak: field("VmHWM") };
}

/**
 * Child processes of a process, with their command and resident set (KiB). None are expected
 * (PGlite and the SDKs run inside the process); one that shows up is reported, not hidden.
 */
function childrenOf(pid: number): { command: string; rss: number }[] {
  return readdirSync(`/proc/${pid}/task`)
    .flatMap((task) => readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").split(" "))
    .filter(Boolean)
    .flatMap((child) => {
      try {
        const command = readFileSync(`/proc/${child}/cmdline`, "utf8").split("\0").join(" ").trim();
        return [{ command: command.slice(0, 120), rss: memoryOf(Number(child)).rss }];
      } catch {
        return []; // it exited meanwhile
      }
    });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

interface Round {
  rss: number;
  peak: number;
  readyMs: number;
  children: { command: string; rss: number }[];
}

const rounds: Record<Kind, Round[]> = { nabuur: [], bolt: [], teams: [], database: [] };
let firstStartMs = Number.NaN;

/** One measured round of one process: start, idle, sample, stop. */
async function measure(kind: Kind): Promise<void> {
  const started = await start(kind);
  try {
    await sleep(IDLE_MS);
    const rss: number[] = [];
    for (let sample = 0; sample < SAMPLES; sample++) {
      if (sample > 0) await sleep(SAMPLE_INTERVAL_MS);
      rss.push(memoryOf(started.pid).rss);
    }
    rounds[kind].push({
      rss: median(rss),
      peak: memoryOf(started.pid).peak,
      readyMs: started.readyMs,
      children: childrenOf(started.pid),
    });
  } finally {
    await stop(started.child);
  }
}

/** A restart, timed by the benchmarks: spawn until ready, then SIGTERM until it exited. */
async function restart(kind: Kind): Promise<void> {
  const started = await start(kind);
  await stop(started.child);
}

beforeAll(async () => {
  await new Promise<void>((resolve) => slackApi.listen(0, "127.0.0.1", () => resolve()));
  slackApiUrl = `http://127.0.0.1:${(slackApi.address() as AddressInfo).port}/api/`;
  dataDir = mkdtempSync(join(tmpdir(), "nabuur-bench-memory-"));
  // Unmeasured warm-up: the first start migrates the empty database; every process is started once
  // so that the loader's transform cache and the file cache are warm for all of them alike.
  for (const kind of KINDS) {
    const started = await start(kind);
    if (kind === "nabuur") firstStartMs = started.readyMs;
    await stop(started.child);
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const kind of KINDS) await measure(kind);
  }
}, 900_000);

const options = { time: 0, iterations: 3, warmupTime: 0, warmupIterations: 0 };

describe("restart: spawn until ready, then SIGTERM until exit", () => {
  // Async functions: tinybench then times every call, without an extra untimed probe call.
  bench(
    "Nabuur: Slack HTTP + Teams + scheduler (GET /readyz 200)",
    async () => {
      await restart("nabuur");
    },
    options,
  );
  bench(
    "bare Bolt: ExpressReceiver, ack only",
    async () => {
      await restart("bolt");
    },
    options,
  );
  bench(
    "bare Teams AI: Application on TeamsAdapter",
    async () => {
      await restart("teams");
    },
    options,
  );
});

afterAll(async () => {
  try {
    const mib = (kib: number) => `${(kib / 1024).toFixed(1)} MiB`;
    const figure = (kind: Kind) => median(rounds[kind].map((round) => round.rss));
    if (KINDS.every((kind) => rounds[kind].length > 0)) {
      const line = (kind: Kind) => {
        const list = rounds[kind];
        return (
          `${LABEL[kind]}: ${mib(figure(kind))} ` +
          `(rounds ${list.map((round) => (round.rss / 1024).toFixed(1)).join(", ")} MiB; ` +
          `peak VmHWM ${mib(median(list.map((round) => round.peak)))}; ` +
          `ready after ${(median(list.map((round) => round.readyMs)) / 1000).toFixed(2)} s)` +
          list
            .flatMap((round, index) =>
              round.children.map(
                (child) => `\n  round ${index + 1}: child process ${child.command} (${mib(child.rss)})`,
              ),
            )
            .join("")
        );
      };
      const bare = figure("bolt") + figure("teams");
      console.log(
        `\nIdle RSS (VmRSS after ${IDLE_MS / 1000} s idle, median of ${SAMPLES} samples, median of ${ROUNDS} rounds)\n` +
          `${line("nabuur")}\n${line("bolt")}\n${line("teams")}\n` +
          `bare Bolt + bare Teams AI: ${mib(bare)}\n` +
          `Nabuur / (bare Bolt + bare Teams AI): ${(figure("nabuur") / bare).toFixed(2)}\n` +
          `For context, part of Nabuur's figure: ${line("database")}\n` +
          `Nabuur's first start (migrations on an empty DATA_DIR): ready after ${(firstStartMs / 1000).toFixed(2)} s\n` +
          `Slack Web API calls answered: ${[...slackCalls].map(([method, count]) => `${method} ×${count}`).join(", ")}\n`,
      );
    } else {
      console.log("\nIdle RSS: not measured (a process did not start; see the error above)\n");
    }
  } finally {
    await Promise.all([...running].map((child) => stop(child)));
    await new Promise<void>((resolve) => slackApi.close(() => resolve()));
    slackApi.closeAllConnections();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}, 60_000);
