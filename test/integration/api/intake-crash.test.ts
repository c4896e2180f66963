/**
 * Actie 1 through the intake API survives a crash: a complaint whose request died half-way (the
 * bot killed with SIGKILL between reserving the Idempotency-Key and storing the complaint) is
 * stored by the client's retry with the same key — exactly once. docs/api.md tells landlords'
 * systems to retry with the same key; a key left "in progress" for ever would lose the complaint.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../../src/store/database.ts";
import {
  createPostgresDatabase,
  TEST_DATABASE_KINDS,
  type TestDatabaseKind,
} from "../../helpers/databases.ts";
import { testRuntime } from "../../helpers/runtime.ts";
import { createWorld } from "../../helpers/world.ts";
import { complaintBody, createTestKey, registerWorldParticipants } from "./api-harness.ts";

const ROOT = join(import.meta.dirname, "../../..");

interface Worker {
  child: ChildProcess;
  /** Opens the database and starts serving (the process loads its modules before). */
  open(): void;
  url: Promise<string>;
  exited: Promise<number | null>;
}

function startWorker(database: string, crashPoint?: string): Worker {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "test/integration/api/intake-worker.ts", database],
    {
      cwd: ROOT,
      env: { PATH: process.env.PATH, ...(crashPoint ? { NABUUR_CRASH_POINT: crashPoint } : {}) },
      stdio: ["pipe", "pipe", "pipe"],
    },
  );
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const url = new Promise<string>((resolve, reject) => {
    let buffer = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      const match = /^listening (\S+)$/m.exec(buffer);
      if (match) resolve(match[1]!);
    });
    void exited.then((code) => reject(new Error(`the worker exited (${code}) before listening: ${stderr}`)));
  });
  url.catch(() => {});
  return { child, url, exited, open: () => child.stdin?.write("open\n") };
}

/** A world with the participant HF-007 and a key of its landlord; returns the key's token. */
async function prepare(database: Database): Promise<string> {
  await database.migrate();
  const world = await createWorld(database.prisma);
  await registerWorldParticipants(testRuntime(database.prisma).runtime, world);
  return (await createTestKey(database.prisma, world.landlord.id, "crash")).token;
}

interface Place {
  /** What the worker is started with: a data directory or a postgresql:// URL. */
  target: string;
  open(): Promise<Database>;
  remove(): Promise<void>;
}

async function placeFor(kind: TestDatabaseKind): Promise<Place> {
  if (kind === "pglite") {
    const dir = mkdtempSync(join(tmpdir(), "nabuur-intake-crash-"));
    return {
      target: dir,
      open: () => openDatabase({ dataDir: dir }),
      remove: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const { url, drop } = await createPostgresDatabase();
  return { target: url, open: () => openDatabase({ url }), remove: drop };
}

type Outcome = { status: number; replayed: boolean } | { status: "lost" };

async function fileComplaint(url: string, token: string, key: string): Promise<Outcome> {
  try {
    const response = await fetch(`${url}/api/v1/complaints`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${token}`,
        "content-type": "application/json",
        "idempotency-key": key,
      },
      body: JSON.stringify(complaintBody({ description: `Melding ${key}: harde muziek na middernacht.` })),
      signal: AbortSignal.timeout(30_000),
    });
    await response.arrayBuffer();
    return { status: response.status, replayed: response.headers.get("idempotent-replayed") === "true" };
  } catch {
    // The process died with the request in flight: no answer.
    return { status: "lost" };
  }
}

/** How many stored complaints carry each key's description. */
async function complaintsPerKey(database: Database, keys: string[]): Promise<Map<string, number>> {
  const complaints = await database.prisma.complaint.findMany({ select: { description: true } });
  const counts = new Map(keys.map((key) => [key, 0]));
  for (const { description } of complaints) {
    const key = /^Melding (\S+):/.exec(description ?? "")?.[1];
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

const running = new Set<ChildProcess>();
afterEach(() => {
  for (const child of running) child.kill("SIGKILL");
  running.clear();
});

function track(worker: Worker): Worker {
  running.add(worker.child);
  void worker.exited.then(() => running.delete(worker.child));
  return worker;
}

describe.each(TEST_DATABASE_KINDS)("an intake call that died mid-way on %s", (kind) => {
  it.each(["intake.keyReserved", "intake.beforeCommit"])(
    "killed at %s: the retry with the same key gets 201 and exactly one complaint exists",
    async (crashPoint) => {
      const place = await placeFor(kind);
      try {
        const setup = await place.open();
        const token = await prepare(setup);
        await setup.close();

        const crashing = track(startWorker(place.target, crashPoint));
        crashing.open();
        const first = await fileComplaint(await crashing.url, token, "crm-1001");
        expect(first).toEqual({ status: "lost" });
        await crashing.exited;

        const restarted = track(startWorker(place.target));
        restarted.open();
        const url = await restarted.url;
        expect(await fileComplaint(url, token, "crm-1001")).toEqual({ status: 201, replayed: false });
        expect(await fileComplaint(url, token, "crm-1001")).toEqual({ status: 201, replayed: true });
        restarted.child.kill("SIGTERM");
        expect(await restarted.exited).toBe(0);

        const database = await place.open();
        try {
          expect(await database.prisma.complaint.count()).toBe(1);
          const records = await database.prisma.idempotencyRecord.findMany({ where: { key: "crm-1001" } });
          expect(records.map((record) => record.statusCode)).toEqual([201]);
        } finally {
          await database.close();
        }
      } finally {
        await place.remove();
      }
    },
    120_000,
  );
});

describe("an intake stream under repeated SIGKILL on the embedded database", () => {
  it("20 kills at random moments: every key is answered 201 once and no complaint is stored twice", async () => {
    const place = await placeFor("pglite");
    const KILLS = 20;
    try {
      const setup = await place.open();
      const token = await prepare(setup);
      await setup.close();

      const keys: string[] = [];
      const firstAnswers = new Map<string, number>();
      let next = 0;
      let current: { key: string } | null = null;
      let worker = track(startWorker(place.target));
      for (let kill = 0; kill <= KILLS; kill++) {
        worker.open();
        const url = await worker.url;
        // The next process loads its modules while this one serves.
        const following = kill < KILLS ? track(startWorker(place.target)) : null;
        const last = kill === KILLS;
        let dead = false;
        let extra = 0;
        let answered = false;
        // A stream of keyed calls, one at a time, each retried with its key until it is answered.
        const stream = (async () => {
          while (!dead) {
            if (!current) {
              // The last, calm run answers the key in flight and three more, then stops.
              if (last && extra++ >= 3) return;
              current = { key: `crm-${next++}` };
              keys.push(current.key);
            }
            const outcome = await fileComplaint(url, token, current.key);
            if (outcome.status === "lost") return;
            answered = true;
            if (outcome.status === 201) {
              if (!outcome.replayed) firstAnswers.set(current.key, (firstAnswers.get(current.key) ?? 0) + 1);
              current = null;
            } else {
              // A retry that is not answered 201 is a failure of this guarantee.
              throw new Error(`key ${current.key} answered ${outcome.status}`);
            }
          }
        })();
        if (!last) {
          // Kill at a random moment once this life has answered its first call.
          while (!answered && !dead) await new Promise((resolve) => setTimeout(resolve, 5));
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 400));
          dead = true;
          worker.child.kill("SIGKILL");
          await worker.exited;
        }
        await stream;
        if (last) {
          worker.child.kill("SIGTERM");
          await worker.exited;
        }
        if (following) worker = following;
      }

      const database = await place.open();
      try {
        const counts = await complaintsPerKey(database, keys);
        const twice = [...counts].filter(([, count]) => count > 1);
        const missing = [...counts].filter(([, count]) => count === 0);
        expect(twice).toEqual([]);
        expect(missing).toEqual([]);
        // Each key got one first (not replayed) 201, or its first 201 was lost with a killed process
        // after the commit — and then its retry got the stored answer.
        expect([...firstAnswers.values()].every((count) => count === 1)).toBe(true);
        expect(await database.prisma.complaint.count()).toBe(keys.length);
        console.log(`intake crash stream: ${KILLS} kills, ${keys.length} keyed complaints, each stored once`);
      } finally {
        await database.close();
      }
    } finally {
      await place.remove();
    }
  }, 600_000);
});
