import { mkdtempSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "vitest/config";

// The privacy ledger's folder for this run: test workers (forked from here) inherit it and write
// what reached the shared channel; the "ledger" project checks it after every other test ran.
process.env.NABUUR_PRIVACY_LEDGER ??= mkdtempSync(join(tmpdir(), "nabuur-privacy-ledger-"));

export default defineConfig({
  test: {
    testTimeout: 30_000,
    // Set-up starts real apps and databases: on a machine under full load that takes minutes.
    hookTimeout: 180_000,
    pool: "forks",
    // Test files share their worker process: the SDKs, Prisma and PGlite are loaded once per worker
    // instead of once per file (most of the run's time otherwise). Files keep no global state:
    // every harness starts its own servers and databases and stops them.
    isolate: false,
    // Every core (vitest leaves one free by default): much of the suite waits on HTTP, PostgreSQL
    // and child processes rather than computing.
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      {
        extends: true,
        test: {
          name: "suite",
          include: ["test/**/*.test.ts"],
          exclude: ["test/ledger/**"],
          benchmark: { include: ["bench/**/*.bench.ts"] },
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: "ledger",
          include: ["test/ledger/**/*.test.ts"],
          sequence: { groupOrder: 1 },
          // No benchmarks here (vitest's default would pick up bench/ a second time).
          benchmark: { include: ["test/ledger/**/*.bench.ts"] },
        },
      },
    ],
  },
});
