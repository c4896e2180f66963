/**
 * One process at a time on an embedded database: a command-line tool started while the bot runs
 * on the same data directory works through the bot (its command socket), and a program that would
 * open the files itself is refused with one line naming the bot's pid, writing nothing (before, a
 * second opener wrote to a copy of the database that the bot's files overwrote, so what it reported
 * as done was lost). A bot killed with SIGKILL leaves its lock behind; the next start
 * takes it over.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DEMO_ORGANISATIONS } from "../../../src/playground/demo-data.ts";
import { runCliTool, startEntryPoint, waitForReady } from "../../helpers/entry-point.ts";

function lockHolder(dataDir: string): { pid: number } {
  return JSON.parse(readFileSync(join(dataDir, "nabuur.lock"), "utf8")) as { pid: number };
}

describe("one process at a time on the embedded database", () => {
  const dataDirs: string[] = [];
  const newDataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), "nabuur-lock-"));
    dataDirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dataDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const freePort = () => 40000 + Math.floor(Math.random() * 1000);

  it("runs the admin command through the bot while it runs, refuses a second opener, and keeps both", async () => {
    const dataDir = newDataDir();
    const port = freePort();
    const bot = startEntryPoint(dataDir, port);
    try {
      await waitForReady(port, bot.child);
      // The playground's case: an organisation added while the bot ran was gone after a restart.
      const added = await runCliTool(dataDir, "src/admin-cli.ts", ["org", "add", "landlord", "Nieuw Wonen"]);
      expect(added.stderr).toBe("");
      expect(added.stdout.trim()).toBe("created landlord Nieuw Wonen");
      // A tool that opens the files itself (the demo loader) is still refused, naming the bot.
      const refused = await runCliTool(dataDir, "src/demo-seed.ts", []);
      expect(refused.code).toBe(1);
      expect(refused.stderr.trim().split("\n")).toHaveLength(1);
      expect(refused.stderr).toMatch(/^demo:seed: DATA_DIR: /);
      expect(refused.stderr).toContain(`pid ${bot.child.pid}`);
      // The bot goes on.
      expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    } finally {
      bot.child.kill("SIGTERM");
    }
    expect(await bot.exited).toBe(0);

    const list = await runCliTool(dataDir, "src/admin-cli.ts", ["org", "list"]);
    expect(list.stderr).toBe("");
    expect(list.code).toBe(0);
    // What the bot wrote (the demo it seeded) and what the command added through it.
    const names = list.stdout
      .trim()
      .split("\n")
      .map((line) => line.replace(/^\S+\s+/, ""));
    expect(names.sort()).toEqual([...Object.values(DEMO_ORGANISATIONS), "Nieuw Wonen"].sort());
  }, 600_000);

  it("starts again after the bot was killed with SIGKILL, taking over the lock it left", async () => {
    const dataDir = newDataDir();
    const port = freePort();
    const killed = startEntryPoint(dataDir, port);
    try {
      await waitForReady(port, killed);
    } finally {
      killed.child.kill("SIGKILL");
    }
    await killed.exited;
    expect(lockHolder(dataDir).pid).toBe(killed.child.pid);

    const next = startEntryPoint(dataDir, port);
    try {
      await waitForReady(port, next);
      expect(lockHolder(dataDir).pid).toBe(next.child.pid);
    } finally {
      next.child.kill("SIGTERM");
    }
    expect(await next.exited).toBe(0);
  }, 600_000);
});
