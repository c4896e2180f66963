import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "vitest/config";

// The privacy ledger's folder for this run: test workers (forked from here) inherit it and write
// what reached the shared channel; the "ledger" project checks it after every other test ran.
process.env.NABUUR_PRIVACY_LEDGER ??= mkdtempSync(join(tmpdir(), "nabuur-privacy-ledger-"));

export default defineConfig({
  test: {
    benchmark: { include: ["bench/**/*.bench.ts"] },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    projects: [
      {
        extends: true,
        test: {
          name: "suite",
          include: ["test/**/*.test.ts"],
          exclude: ["test/ledger/**"],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: "ledger",
          include: ["test/ledger/**/*.test.ts"],
          sequence: { groupOrder: 1 },
          benchmark: { include: [] },
        },
      },
    ],
  },
});
