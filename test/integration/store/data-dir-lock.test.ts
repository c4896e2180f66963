/**
 * The lock of an embedded data directory (src/store/data-dir-lock.ts): one process at a time; a
 * running holder is refused by pid; a lock whose process is gone is taken over, by exactly one of
 * two processes that try at once; and openDatabase holds it from open to close.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  acquireDataDirLock,
  DataDirLockedError,
  LOCK_FILE,
  type LockHolder,
  takeoverMarker,
} from "../../../src/store/data-dir-lock.ts";
import { openDatabase } from "../../../src/store/database.ts";

const dirs: string[] = [];
function newDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "nabuur-lock-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function lockOf(dir: string): string {
  return join(dir, LOCK_FILE);
}

function writeLock(dir: string, holder: Partial<LockHolder>): string {
  const content = `${JSON.stringify({
    pid: 1,
    hostname: hostname(),
    startedAt: "2026-01-01T00:00:00.000Z",
    token: "earlier",
    ...holder,
  })}\n`;
  writeFileSync(lockOf(dir), content);
  return content;
}

function holderOf(dir: string): LockHolder {
  return JSON.parse(readFileSync(lockOf(dir), "utf8")) as LockHolder;
}

const ROOT = join(import.meta.dirname, "../../..");

/** What a racer of test/helpers/lock-racer.ts prints. */
interface RacerAnswer {
  onTime: boolean;
  results: string[];
}

/** The error `fn` throws (the test fails when it throws none). */
function thrownBy(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected an error");
}

/** A process that runs for the whole file, and the pid of one that has ended. */
let running: ChildProcess;
let gonePid: number;

beforeAll(async () => {
  running = spawn(process.execPath, ["-e", "setTimeout(() => {}, 600000)"], { stdio: "ignore" });
  const gone = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
  await new Promise((resolve) => gone.on("exit", resolve));
  gonePid = gone.pid!;
});
afterAll(() => {
  running.kill("SIGKILL");
});

describe("the lock of an embedded data directory", () => {
  it("is taken with pid, host and start time, refused to a second taker in this process, and released", () => {
    const dir = newDir();
    const lock = acquireDataDirLock(dir);
    expect(holderOf(dir)).toMatchObject({ pid: process.pid, hostname: hostname(), token: lock.holder.token });
    expect(Date.parse(holderOf(dir).startedAt)).not.toBeNaN();

    const again = thrownBy(() => acquireDataDirLock(dir));
    expect(again).toBeInstanceOf(DataDirLockedError);
    expect(again.message).toContain(`already open in this process (pid ${process.pid})`);
    expect(holderOf(dir).token).toBe(lock.holder.token);

    lock.release();
    expect(existsSync(lockOf(dir))).toBe(false);
    const next = acquireDataDirLock(dir);
    next.release();
    expect(existsSync(lockOf(dir))).toBe(false);
  });

  it("refuses while a running process holds it, with one line naming its pid, and leaves its lock alone", () => {
    const dir = newDir();
    const content = writeLock(dir, { pid: running.pid! });
    const refused = thrownBy(() => acquireDataDirLock(dir));
    expect(refused).toBeInstanceOf(DataDirLockedError);
    expect(refused.message).toBe(
      `DATA_DIR: ${dir} is in use by pid ${running.pid} (since 2026-01-01T00:00:00.000Z): the embedded database allows one process at a time; stop that process first`,
    );
    expect(readFileSync(lockOf(dir), "utf8")).toBe(content);
  });

  it("takes over a lock whose process is gone", () => {
    const dir = newDir();
    writeLock(dir, { pid: gonePid });
    const lock = acquireDataDirLock(dir);
    expect(holderOf(dir)).toMatchObject({ pid: process.pid, token: lock.holder.token });
    lock.release();
  });

  it("takes over a lock of its own pid that it did not take (an earlier life), and a file that is no lock", () => {
    for (const content of [
      JSON.stringify({ pid: process.pid, hostname: hostname(), startedAt: "x", token: "earlier" }),
      "{",
      "",
      JSON.stringify({ pid: "1" }),
    ]) {
      const dir = newDir();
      writeFileSync(lockOf(dir), content);
      const lock = acquireDataDirLock(dir);
      expect(holderOf(dir).token).toBe(lock.holder.token);
      lock.release();
    }
  });

  it("never takes over a lock of another host: whether it runs cannot be told", () => {
    const dir = newDir();
    writeLock(dir, { pid: gonePid, hostname: "elders.example" });
    const refused = thrownBy(() => acquireDataDirLock(dir));
    expect(refused).toBeInstanceOf(DataDirLockedError);
    expect(refused.message).toContain(`pid ${gonePid} on host elders.example`);
    expect(refused.message).toContain(`delete ${lockOf(dir)} if it no longer runs`);
  });

  it("release leaves a lock that is no longer its own", () => {
    const dir = newDir();
    const lock = acquireDataDirLock(dir);
    const other = writeLock(dir, { pid: running.pid!, token: "other" });
    lock.release();
    expect(readFileSync(lockOf(dir), "utf8")).toBe(other);
  });

  it("a takeover cut short by a kill does not block the next; one under way by a running process does", () => {
    const dir = newDir();
    const stale = Buffer.from(writeLock(dir, { pid: gonePid }));
    writeFileSync(
      takeoverMarker(lockOf(dir), stale, 0),
      JSON.stringify({ pid: running.pid!, hostname: hostname(), startedAt: "y", token: "claimant" }),
    );
    const refused = thrownBy(() => acquireDataDirLock(dir));
    expect(refused).toBeInstanceOf(DataDirLockedError);
    expect(refused.message).toContain(`pid ${running.pid}`);

    writeFileSync(
      takeoverMarker(lockOf(dir), stale, 0),
      JSON.stringify({ pid: gonePid, hostname: hostname(), startedAt: "y", token: "claimant" }),
    );
    const lock = acquireDataDirLock(dir);
    expect(holderOf(dir).token).toBe(lock.holder.token);
    lock.release();
  });

  it("two processes taking over the same stale lock at the same moment: exactly one wins", async () => {
    const rounds = Array.from({ length: 200 }, () => {
      const dir = newDir();
      writeLock(dir, { pid: gonePid });
      return dir;
    });
    // Both racers are loaded (Node and tsx take a second or more) before the first moment; from
    // then on they try each directory at (about) the same moment, 10 ms apart.
    const first = Date.now() + 5000;
    const racers = ["a", "b"].map((role) => {
      const child = spawn(
        process.execPath,
        ["--import", "tsx", "test/helpers/lock-racer.ts", role, String(first), "10", ...rounds],
        { cwd: ROOT, stdio: ["pipe", "pipe", "inherit"] },
      );
      const exited = new Promise((resolve) => child.on("exit", resolve));
      const results = new Promise<RacerAnswer>((resolve, reject) => {
        let output = "";
        child.stdout.on("data", (chunk) => {
          output += chunk;
          if (output.endsWith("\n")) resolve(JSON.parse(output) as RacerAnswer);
        });
        child.on("exit", () => reject(new Error(`racer exited before it answered: ${output}`)));
      });
      return { child, exited, results };
    });
    const [a, b] = (await Promise.all(racers.map((racer) => racer.results)).finally(async () => {
      // Both answered (or one failed): now they let go of what they won, by exiting.
      for (const racer of racers) racer.child.stdin.end();
      await Promise.all(racers.map((racer) => racer.exited));
    })) as [RacerAnswer, RacerAnswer];
    // Otherwise one of them went through the directories after the other: no race.
    expect([a.onTime, b.onTime], "both racers were ready in time").toEqual([true, true]);
    for (let round = 0; round < rounds.length; round++) {
      expect([a.results[round], b.results[round]].sort(), `round ${round}`).toEqual(["refused", "won"]);
    }
    // Each winner released its lock when it exited.
    for (const dir of rounds) expect(existsSync(lockOf(dir))).toBe(false);
  }, 60_000);
});

describe("openDatabase on a data directory", () => {
  it("holds the lock from open to close; memory:// takes none", { timeout: 120_000 }, async () => {
    const dir = newDir();
    const database = await openDatabase({ dataDir: dir });
    try {
      expect(holderOf(dir).pid).toBe(process.pid);
      await expect(openDatabase({ dataDir: dir })).rejects.toThrow(DataDirLockedError);
      await database.migrate();
      await database.prisma.organisation.create({ data: { kind: "landlord", name: "Nieuw Wonen" } });
    } finally {
      await database.close();
    }
    expect(existsSync(lockOf(dir))).toBe(false);

    // Closed, it opens again in the same process, with what was written.
    const reopened = await openDatabase({ dataDir: dir });
    try {
      expect((await reopened.prisma.organisation.findMany()).map((o) => o.name)).toEqual(["Nieuw Wonen"]);
    } finally {
      await reopened.close();
    }
    expect(existsSync(lockOf(dir))).toBe(false);

    const memory = await Promise.all([
      openDatabase({ dataDir: "memory://" }),
      openDatabase({ dataDir: "memory://" }),
    ]);
    await Promise.all(memory.map((m) => m.close()));
  });
});
