/**
 * The real entry point as a child process on the embedded database: /readyz turns 200, SIGTERM
 * stops it cleanly, and the next start on the same data directory comes up (the data directory's
 * lock was released). Once from the sources (tsx) and once as production runs it: compiled by
 * `npm run build` and started with plain node, no TypeScript loader.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  buildCompiled,
  removeCompiled,
  runCliTool,
  startEntryPoint as start,
  waitForReady,
} from "../../helpers/entry-point.ts";

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
  }, 400_000);

  it("stops with one line naming a wrong variable, without a stack trace", async () => {
    const run = start(mkdtempSync(join(tmpdir(), "nabuur-data-")), 0, { DATABASE_URL: "mysql://nope" });
    expect(await run.exited).toBe(1);
    expect(run.output().trim().split("\n")).toHaveLength(1);
    expect(run.output()).toMatch(/^nabuur: DATABASE_URL:/);
  }, 120_000);
});

describe("the compiled start: npm run build, then plain node", () => {
  const dataDirs: string[] = [];
  afterAll(() => {
    removeCompiled();
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  });

  it("starts the playground from dist/, stops on SIGTERM, and the compiled tools open the same database", async () => {
    const compiled = { compiled: await buildCompiled() };
    const dataDir = mkdtempSync(join(tmpdir(), "nabuur-data-"));
    dataDirs.push(dataDir);
    const port = 39000 + Math.floor(Math.random() * 1000);
    const first = start(dataDir, port, {}, compiled);
    try {
      // The migrations folder resolved from dist/: /readyz is 200 only with every migration applied.
      await waitForReady(port, first.child);
      expect(first.output()).toContain("Slack: off — set SLACK_BOT_TOKEN");
      // The playground's page, read at run time from next to the compiled module.
      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("<script");
      const script = await fetch(`http://127.0.0.1:${port}/app.js`);
      expect(script.status).toBe(200);
      await script.arrayBuffer();
    } finally {
      first.child.kill("SIGTERM");
    }
    expect(await first.exited).toBe(0);

    // The command-line tools of package.json, compiled, on the database the start migrated.
    const status = await runCliTool(dataDir, "src/store/migrate/cli.ts", ["status"], {}, compiled);
    expect(status.stderr).toBe("");
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/^applied {2}\d+_init/m);
    expect(status.stdout).not.toMatch(/^pending/m);
    const orgs = await runCliTool(dataDir, "src/admin-cli.ts", ["org", "list"], {}, compiled);
    expect(orgs).toMatchObject({ code: 0, stderr: "" });
    // The playground's demo, seeded by the compiled start.
    expect(orgs.stdout).toContain("Woonstichting Ons Dak");
  }, 600_000);
});
