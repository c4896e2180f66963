/**
 * The runtime as production runs it: Nabuur compiled (`npm run build`, into a temporary folder) and
 * started with plain node, side by side in one run with what the two SDKs cost on their own — a
 * bare Bolt process (bench/processes/bare-bolt.mjs) and a bare Teams AI process
 * (bench/processes/bare-teams.mjs), plain node too. Nothing reachable but 127.0.0.1: Slack's Web
 * API is a local server below that answers `ok` (Bolt calls auth.test at start-up).
 *
 * Nabuur runs in three configurations: Slack (HTTP) and Teams (emulator mode) on the embedded
 * database (PGlite, in the process) in a temporary DATA_DIR; the same on PostgreSQL; and Slack alone
 * on PostgreSQL. PostgreSQL is the server of TEST_DATABASE_URL (a database of its own is created and
 * dropped); without TEST_DATABASE_URL those two are left out and the output says so. For context the
 * embedded database is also measured on its own (bench/processes/embedded-database.mjs): the part of
 * the embedded figure that no SDK has.
 *
 * Measured:
 * - idle memory: each process is started, waited for until ready (Nabuur: GET /readyz answers 200;
 *   a bare process: it printed its URL and answers HTTP; the database alone: it printed `ready`),
 *   left idle for IDLE_MS, then the resident set (VmRSS) of its whole process tree (it and every
 *   descendant) is sampled SAMPLES times; the figure is the median of the samples, as it is, without
 *   a forced garbage collection. The rounds alternate the processes; the median over the rounds is
 *   reported. In the last round each process is sampled once more after SETTLED_MS idle.
 * - warm restart: spawn until ready, then SIGTERM until exit, on a database an earlier start
 *   migrated (the benchmarks proper; the time to ready of every start is printed at the end).
 * - first start: the same on an empty DATA_DIR or an empty PostgreSQL database (migrations).
 * - one admin command (`admin org list`, compiled, plain node) with the bot stopped, until it exited.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, bench, describe } from "vitest";
import { buildCompiled, removeCompiled } from "../test/helpers/entry-point.ts";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const ROUNDS = 3;
const IDLE_MS = 5_000;
const SAMPLES = 5;
const SAMPLE_INTERVAL_MS = 1_000;
/**
 * The last round also samples after this long idle: V8 gives the heap's start-up headroom back to
 * the system only after some idle time (its memory reducer), so the first samples show the start-up
 * headroom and this one what the process settles to.
 */
const SETTLED_MS = 30_000;
const READY_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 15_000;
const POSTGRES = process.env.TEST_DATABASE_URL;
/** The node options `npm start` gives the bot (package.json), so that it runs here as it runs there. */
const START_FLAGS = (() => {
  const { scripts } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
    scripts: { start: string };
  };
  const flags = /^exec node (.*?)\s*dist\/main\.js$/.exec(scripts.start)?.[1];
  if (flags === undefined) throw new Error(`npm start is not "exec node … dist/main.js": ${scripts.start}`);
  return flags.split(/\s+/).filter(Boolean);
})();

type Kind = "embeddedBoth" | "postgresBoth" | "postgresSlack" | "bolt" | "boltStore" | "teams" | "database";
type NabuurKind = Extract<Kind, "embeddedBoth" | "postgresBoth" | "postgresSlack">;
const NABUUR: NabuurKind[] = ["embeddedBoth", "postgresBoth", "postgresSlack"];
/** What runs here: the PostgreSQL configurations only with a server to use. */
const KINDS: Kind[] = (
  ["embeddedBoth", "postgresBoth", "postgresSlack", "bolt", "boltStore", "teams", "database"] as const
).filter((kind) => POSTGRES || !(kind.startsWith("postgres") || kind === "boltStore"));
const LABEL: Record<Kind, string> = {
  embeddedBoth: "Nabuur, embedded database: Slack HTTP + Teams + scheduler",
  postgresBoth: "Nabuur, PostgreSQL: Slack HTTP + Teams + scheduler",
  postgresSlack: "Nabuur, PostgreSQL: Slack HTTP + scheduler",
  bolt: "bare Bolt (ExpressReceiver, ack only)",
  boltStore: "bare Bolt + Nabuur's store on PostgreSQL (Prisma client, pg pool; no procedure)",
  teams: "bare Teams AI (Application on TeamsAdapter, no handlers)",
  database: "embedded database alone (PGlite + Prisma, no HTTP, no chat SDK)",
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
let dist = "";
/** The migrated embedded database of the warm starts. */
let dataDir = "";
/** The migrated PostgreSQL database of the warm starts. */
let postgresUrl = "";
/** PostgreSQL databases this run created, dropped at the end. */
const createdDatabases: string[] = [];
/** Temporary data directories of first starts, removed at the end. */
const createdDirs: string[] = [];

function databaseUrl(name: string): string {
  const url = new URL(POSTGRES!);
  url.pathname = `/${name}`;
  return url.toString();
}

async function createDatabase(): Promise<string> {
  const name = `nabuur_bench_${process.pid}_${createdDatabases.length}`;
  const client = new pg.Client({ connectionString: POSTGRES });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  createdDatabases.push(name);
  return databaseUrl(name);
}

async function dropDatabases(): Promise<void> {
  if (!POSTGRES || createdDatabases.length === 0) return;
  const client = new pg.Client({ connectionString: POSTGRES });
  await client.connect();
  try {
    for (const name of createdDatabases) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

interface Where {
  dataDir?: string;
  databaseUrl?: string;
}

function environment(kind: Kind, where: Where): NodeJS.ProcessEnv {
  // A clean environment: nothing of the benchmark runner's own variables reaches the children.
  const base: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME };
  if (process.env.TMPDIR) base.TMPDIR = process.env.TMPDIR;
  const slack = {
    SLACK_BOT_TOKEN: "xoxb-bench-token",
    SLACK_SIGNING_SECRET: "bench-signing-secret",
    SLACK_API_URL: slackApiUrl,
  };
  const nabuur = { ...base, ...slack, PORT: "0", HOST: "127.0.0.1" };
  switch (kind) {
    case "embeddedBoth":
      return { ...nabuur, TEAMS_ENABLED: "true", DATA_DIR: where.dataDir ?? dataDir };
    case "postgresBoth":
      return { ...nabuur, TEAMS_ENABLED: "true", DATABASE_URL: where.databaseUrl ?? postgresUrl };
    case "postgresSlack":
      return { ...nabuur, DATABASE_URL: where.databaseUrl ?? postgresUrl };
    case "bolt":
      return { ...base, ...slack };
    case "boltStore":
      return { ...base, ...slack, DATABASE_URL: postgresUrl, NABUUR_DIST: dist };
    case "teams":
      return base;
    case "database":
      return { ...base, DATA_DIR: dataDir, NABUUR_DIST: dist };
  }
}

function script(kind: Kind): string {
  switch (kind) {
    case "bolt":
      return join(ROOT, "bench/processes/bare-bolt.mjs");
    case "boltStore":
      return join(ROOT, "bench/processes/bolt-with-store.mjs");
    case "teams":
      return join(ROOT, "bench/processes/bare-teams.mjs");
    case "database":
      return join(ROOT, "bench/processes/embedded-database.mjs");
    default:
      return join(dist, "main.js");
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

const isNabuur = (kind: Kind): kind is NabuurKind => (NABUUR as Kind[]).includes(kind);

/**
 * What the process announces once it listens: Nabuur its "Nabuur is listening" log line, a bare
 * process `ready <url>`, the database alone `ready` (url null). Undefined: not this line.
 */
function announced(kind: Kind, line: string): { url: string | null } | undefined {
  if (kind === "database") return line === "ready" ? { url: null } : undefined;
  if (!isNabuur(kind)) {
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
    const response = await fetch(isNabuur(kind) ? `${url}/readyz` : url);
    await response.arrayBuffer();
    return isNabuur(kind) ? response.status === 200 : true;
  } catch {
    return false;
  }
}

async function start(kind: Kind, where: Where = {}): Promise<Started> {
  const started = performance.now();
  const child = spawn(process.execPath, [...(isNabuur(kind) ? START_FLAGS : []), script(kind)], {
    cwd: ROOT,
    env: environment(kind, where),
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
      await sleep(50);
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

/** Every descendant of a process, with its command and resident set (KiB). */
function descendantsOf(pid: number): { command: string; rss: number }[] {
  let children: string[];
  try {
    children = readdirSync(`/proc/${pid}/task`)
      .flatMap((task) => readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").split(" "))
      .filter(Boolean);
  } catch {
    return []; // it exited meanwhile
  }
  return children.flatMap((child) => {
    try {
      const command = readFileSync(`/proc/${child}/cmdline`, "utf8").split("\0").join(" ").trim();
      return [
        { command: command.slice(0, 120), rss: memoryOf(Number(child)).rss },
        ...descendantsOf(Number(child)),
      ];
    } catch {
      return [];
    }
  });
}

/** The resident set of the whole process tree (the process and every descendant), in KiB. */
function treeRss(pid: number): number {
  return memoryOf(pid).rss + descendantsOf(pid).reduce((sum, child) => sum + child.rss, 0);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

interface Round {
  rss: number;
  /** The resident set after SETTLED_MS idle (the last round only). */
  settled?: number;
  peak: number;
  children: { command: string; rss: number }[];
}

const rounds = Object.fromEntries(KINDS.map((kind) => [kind, [] as Round[]])) as Record<Kind, Round[]>;
/** Time to ready of every warm start after the warm-up (measured rounds and timed restarts). */
const readyTimes = Object.fromEntries(KINDS.map((kind) => [kind, [] as number[]])) as Record<Kind, number[]>;
const firstStarts: Partial<Record<NabuurKind, number[]>> = {};
const cliTimes: Partial<Record<NabuurKind, number[]>> = {};

/** One measured round of one process: start, idle, sample (and settle, when asked), stop. */
async function measure(kind: Kind, settle: boolean): Promise<void> {
  const started = await start(kind);
  readyTimes[kind].push(started.readyMs);
  try {
    await sleep(IDLE_MS);
    const rss: number[] = [];
    for (let sample = 0; sample < SAMPLES; sample++) {
      if (sample > 0) await sleep(SAMPLE_INTERVAL_MS);
      rss.push(treeRss(started.pid));
    }
    const round: Round = {
      rss: median(rss),
      peak: memoryOf(started.pid).peak,
      children: descendantsOf(started.pid),
    };
    if (settle) {
      await sleep(SETTLED_MS - IDLE_MS - (SAMPLES - 1) * SAMPLE_INTERVAL_MS);
      round.settled = treeRss(started.pid);
    }
    rounds[kind].push(round);
  } finally {
    await stop(started.child);
  }
}

/** A warm restart, timed by the benchmarks: spawn until ready, then SIGTERM until it exited. */
async function restart(kind: Kind): Promise<void> {
  const started = await start(kind);
  readyTimes[kind].push(started.readyMs);
  await stop(started.child);
}

/** A first start on an empty database of its own: spawn until ready, then SIGTERM until exit. */
async function firstStart(kind: "embeddedBoth" | "postgresBoth"): Promise<void> {
  const where: Where = {};
  if (kind === "embeddedBoth") {
    where.dataDir = mkdtempSync(join(tmpdir(), "nabuur-bench-first-"));
    createdDirs.push(where.dataDir);
  } else {
    where.databaseUrl = await createDatabase();
  }
  const started = await start(kind, where);
  firstStarts[kind] = [...(firstStarts[kind] ?? []), started.readyMs];
  await stop(started.child);
}

const run = promisify(execFile);

/** `npm run admin -- org list` as it runs compiled, on the warm database, the bot stopped. */
async function adminCall(kind: "embeddedBoth" | "postgresBoth"): Promise<void> {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: "silent" };
  if (kind === "embeddedBoth") env.DATA_DIR = dataDir;
  else env.DATABASE_URL = postgresUrl;
  const started = performance.now();
  await run(process.execPath, [join(dist, "admin-cli.js"), "org", "list"], { cwd: ROOT, env });
  const times = cliTimes[kind] ?? [];
  times.push(performance.now() - started);
  cliTimes[kind] = times;
}

beforeAll(async () => {
  await new Promise<void>((resolve) => slackApi.listen(0, "127.0.0.1", () => resolve()));
  slackApiUrl = `http://127.0.0.1:${(slackApi.address() as AddressInfo).port}/api/`;
  dist = await buildCompiled();
  dataDir = mkdtempSync(join(tmpdir(), "nabuur-bench-runtime-"));
  if (POSTGRES) postgresUrl = await createDatabase();
  // Unmeasured warm-up: the first start migrates the empty databases; every process is started
  // once so that the file cache is warm for all of them alike.
  for (const kind of KINDS) await stop((await start(kind)).child);
  for (let round = 0; round < ROUNDS; round++) {
    for (const kind of KINDS) await measure(kind, round === ROUNDS - 1);
  }
}, 1_800_000);

const options = { time: 0, iterations: 3, warmupTime: 0, warmupIterations: 0 };

// Async functions: tinybench then times every call, without an extra untimed probe call.
describe("warm restart: spawn until ready, then SIGTERM until exit", () => {
  for (const kind of KINDS.filter((kind) => kind !== "database" && kind !== "boltStore")) {
    bench(
      LABEL[kind],
      async () => {
        await restart(kind);
      },
      options,
    );
  }
});

describe("first start on an empty database (migrations), then SIGTERM until exit", () => {
  for (const kind of ["embeddedBoth", "postgresBoth"] as const) {
    if (!KINDS.includes(kind)) continue;
    bench(
      LABEL[kind],
      async () => {
        await firstStart(kind);
      },
      { ...options, iterations: 2 },
    );
  }
});

describe("one admin command (admin org list), the bot stopped", () => {
  for (const kind of ["embeddedBoth", "postgresBoth"] as const) {
    if (!KINDS.includes(kind)) continue;
    bench(
      kind === "embeddedBoth" ? "admin org list, embedded database" : "admin org list, PostgreSQL",
      async () => {
        await adminCall(kind);
      },
      { ...options, iterations: 5 },
    );
  }
});

afterAll(async () => {
  try {
    const mib = (kib: number) => `${(kib / 1024).toFixed(1)} MiB`;
    const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    const figure = (kind: Kind) => median(rounds[kind].map((round) => round.rss));
    const ready = (kind: Kind) => median(readyTimes[kind]);
    const lines: string[] = [];
    if (KINDS.every((kind) => rounds[kind].length > 0)) {
      lines.push(
        `Idle RSS of the process tree (after ${IDLE_MS / 1000} s idle, median of ${SAMPLES} samples, median of ${ROUNDS} rounds)`,
      );
      for (const kind of KINDS) {
        const list = rounds[kind];
        lines.push(
          `${LABEL[kind]}: ${mib(figure(kind))} (rounds ${list.map((round) => (round.rss / 1024).toFixed(1)).join(", ")} MiB; ` +
            `peak VmHWM ${mib(median(list.map((round) => round.peak)))})` +
            list
              .flatMap((round, index) =>
                round.children.map(
                  (child) => `\n  round ${index + 1}: child process ${child.command} (${mib(child.rss)})`,
                ),
              )
              .join(""),
        );
      }
      const bare = figure("bolt") + figure("teams");
      lines.push(`bare Bolt + bare Teams AI: ${mib(bare)}`);
      const settled = (kind: Kind) => rounds[kind].at(-1)?.settled ?? Number.NaN;
      lines.push(`After ${SETTLED_MS / 1000} s idle (last round):`);
      for (const kind of KINDS) lines.push(`  ${LABEL[kind]}: ${mib(settled(kind))}`);
      if (POSTGRES) {
        lines.push(
          `  PostgreSQL, both / (bare Bolt + bare Teams AI): ${(settled("postgresBoth") / (settled("bolt") + settled("teams"))).toFixed(2)}; ` +
            `Slack alone / bare Bolt: ${(settled("postgresSlack") / settled("bolt")).toFixed(2)}; ` +
            `bare Bolt + the store / bare Bolt: ${(settled("boltStore") / settled("bolt")).toFixed(2)}`,
        );
      }
      lines.push(
        `embedded, both / (bare Bolt + bare Teams AI): ${(figure("embeddedBoth") / bare).toFixed(2)}; ` +
          `without the database alone: ${mib(figure("embeddedBoth") - figure("database"))}`,
      );
      if (POSTGRES) {
        lines.push(
          `PostgreSQL, both / (bare Bolt + bare Teams AI): ${(figure("postgresBoth") / bare).toFixed(2)} (target ≤ 1.3)`,
        );
        lines.push(
          `PostgreSQL, Slack alone / bare Bolt: ${(figure("postgresSlack") / figure("bolt")).toFixed(2)} (target ≤ 1.5)`,
        );
        lines.push(
          `bare Bolt + the store / bare Bolt: ${(figure("boltStore") / figure("bolt")).toFixed(2)} ` +
            `(the fixed choices alone); Slack alone over that: ${mib(figure("postgresSlack") - figure("boltStore"))}`,
        );
      }
    } else {
      lines.push("Idle RSS: not measured (a process did not start; see the error above)");
    }
    if (KINDS.every((kind) => readyTimes[kind].length > 0)) {
      lines.push("", "Warm start until ready (median of every measured start)");
      for (const kind of KINDS) {
        lines.push(`${LABEL[kind]}: ${seconds(ready(kind))} (${readyTimes[kind].length} starts)`);
      }
      const bare = ready("bolt") + ready("teams");
      lines.push(`bare Bolt + bare Teams AI one after the other: ${seconds(bare)}`);
      for (const kind of NABUUR.filter((kind) => KINDS.includes(kind))) {
        lines.push(`${LABEL[kind]} / that: ${(ready(kind) / bare).toFixed(2)} (target ≤ 2)`);
      }
    }
    for (const [kind, times] of Object.entries(firstStarts)) {
      lines.push(`First start, ${LABEL[kind as Kind]}: ${times.map(seconds).join(", ")}`);
    }
    for (const [kind, times] of Object.entries(cliTimes)) {
      lines.push(
        `admin org list, ${kind === "embeddedBoth" ? "embedded" : "PostgreSQL"}: median ${seconds(median(times))} (${times.map(seconds).join(", ")}; target ≤ 1.5 s)`,
      );
    }
    if (!POSTGRES)
      lines.push("TEST_DATABASE_URL is not set: the PostgreSQL configurations were not measured.");
    lines.push(
      `Slack Web API calls answered: ${[...slackCalls].map(([method, count]) => `${method} ×${count}`).join(", ")}`,
    );
    console.log(`\n${lines.join("\n")}\n`);
  } finally {
    await Promise.all([...running].map((child) => stop(child)));
    await new Promise<void>((resolve) => slackApi.close(() => resolve()));
    slackApi.closeAllConnections();
    await dropDatabases();
    for (const dir of [dataDir, ...createdDirs]) if (dir) rmSync(dir, { recursive: true, force: true });
    removeCompiled();
  }
}, 120_000);
