/**
 * The real entry point as a child process on the embedded database: /readyz turns 200, SIGTERM
 * stops it cleanly, and the next start on the same data directory comes up (no PGlite lock left).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../../..");

function start(dataDir: string, port: number, extraEnv: Record<string, string> = {}) {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: "info", ...extraEnv },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function waitForReady(port: number, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 240; attempt++) {
    if (child.exitCode !== null) throw new Error("process exited before it was ready");
    try {
      const response = await fetch(`http://127.0.0.1:${port}/readyz`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("not ready in time");
}

describe("npm start on the embedded database", () => {
  it("becomes ready, stops on SIGTERM and starts again on the same data directory", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "nabuur-data-"));
    const port = 39000 + Math.floor(Math.random() * 1000);
    const first = start(dataDir, port);
    try {
      await waitForReady(port, first.child);
      expect(first.output()).toContain("Slack: off — set SLACK_BOT_TOKEN");
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    } finally {
      first.child.kill("SIGTERM");
    }
    expect(await first.exited).toBe(0);

    const second = start(dataDir, port);
    try {
      await waitForReady(port, second.child);
    } finally {
      second.child.kill("SIGTERM");
    }
    expect(await second.exited).toBe(0);
  }, 90_000);

  it("stops with one line naming a wrong variable, without a stack trace", async () => {
    const run = start(mkdtempSync(join(tmpdir(), "nabuur-data-")), 0, { DATABASE_URL: "mysql://nope" });
    expect(await run.exited).toBe(1);
    expect(run.output().trim().split("\n")).toHaveLength(1);
    expect(run.output()).toMatch(/^nabuur: DATABASE_URL:/);
  }, 30_000);
});
