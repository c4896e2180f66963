/**
 * The real entry point as a child process on the embedded database: /readyz turns 200, SIGTERM
 * stops it cleanly, and the next start on the same data directory comes up (the data directory's
 * lock was released).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startEntryPoint as start, waitForReady } from "../../helpers/entry-point.ts";

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
