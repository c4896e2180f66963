/**
 * Kills a real bot process (SIGKILL) at random moments while registrations and their messages are
 * flowing, restarts it, and checks that nothing committed was lost and every message reached
 * Slack. Duplicates are counted and reported: the only allowed ones come from a kill between
 * Slack's OK and the commit of "sent".
 */
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../../src/store/database.ts";
import { createPostgresDatabase, TEST_DATABASE_KINDS } from "../../helpers/databases.ts";
import { FakeSlack } from "../../helpers/fake-slack.ts";
import { createWorld } from "../../helpers/world.ts";

const ROOT = join(import.meta.dirname, "../../..");

function startWorker(args: string[]): {
  child: ChildProcess;
  committed: string[];
  ready: Promise<void>;
  exited: Promise<void>;
} {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "test/integration/scheduler/crash-worker.ts", ...args],
    {
      cwd: ROOT,
      env: { PATH: process.env.PATH },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const committed: string[] = [];
  let buffer = "";
  let signalReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    signalReady = resolve;
  });
  child.stdout?.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines) {
      if (line === "ready") signalReady();
      if (line.startsWith("committed ")) committed.push(line.slice(10));
    }
  });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  return { child, committed, ready, exited };
}

describe.runIf(TEST_DATABASE_KINDS.includes("postgresql"))("crash safety (SIGKILL) on postgresql", () => {
  it("loses nothing committed and delivers every message after restarts", async () => {
    const slack = new FakeSlack();
    const apiUrl = await slack.start();
    const { url, drop } = await createPostgresDatabase();
    const database = await openDatabase({ url });
    try {
      await database.migrate();
      await createWorld(database.prisma);
      const committed: string[] = [];
      for (let round = 0; round < 3; round++) {
        const worker = startWorker([url, apiUrl, `HF-K${round}`, "200"]);
        await worker.ready;
        // Kill at a random moment once registrations are flowing.
        for (let wait = 0; wait < 600 && worker.committed.length === 0; wait++) {
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        await new Promise((resolve) => setTimeout(resolve, 200 + Math.random() * 1500));
        worker.child.kill("SIGKILL");
        await worker.exited;
        committed.push(...worker.committed);
      }
      // A last, calm run delivers whatever the kills left in the outbox.
      const last = startWorker([url, apiUrl, "HF-END", "1"]);
      await last.ready;
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline) {
        const pending = await database.prisma.outboxMessage.count({ where: { status: { not: "sent" } } });
        if (pending === 0 && last.committed.length === 1) break;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      last.child.kill("SIGTERM");
      await last.exited;

      expect(committed.length).toBeGreaterThan(0);
      const stored = await database.prisma.participant.findMany({ select: { reference: true } });
      const storedReferences = new Set(stored.map((row) => row.reference));
      expect(committed.filter((reference) => !storedReferences.has(reference))).toEqual([]);

      const outbox = await database.prisma.outboxMessage.findMany();
      expect(outbox.filter((message) => message.status !== "sent")).toEqual([]);
      // Each registration's onboarding card reached the shared channel; count extra copies.
      let duplicates = 0;
      for (const reference of storedReferences) {
        const posts = slack
          .callsTo("chat.postMessage")
          .filter(
            (call) =>
              call.body.channel === "CSHARED" &&
              new RegExp(`${reference}(?![0-9])`).test(JSON.stringify(call.body)),
          );
        expect(posts.length, reference).toBeGreaterThanOrEqual(1);
        duplicates += posts.length - 1;
      }
      console.log(
        `crash test: ${committed.length} committed registrations over 3 kills, ${outbox.length} messages, ${duplicates} duplicate card(s)`,
      );
      expect(duplicates).toBeLessThanOrEqual(3);
    } finally {
      await database.close();
      await drop();
      await slack.stop();
    }
  }, 180_000);
});
