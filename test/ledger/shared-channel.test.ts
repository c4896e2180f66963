/**
 * Runs after the whole suite (its own vitest project, group order 1): every payload any test sent
 * to the shared channel — Slack and Teams — against every complainant identity and every
 * care-only text any test's database held. Housing and care stay separate; the complainant's
 * identity reaches landlord staff only, never a channel.
 */
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type LedgerRecord, ledgerDir } from "../helpers/privacy-ledger.ts";

function readLedger(): LedgerRecord[] {
  const dir = ledgerDir();
  if (!dir) return [];
  let files: string[];
  try {
    files = readdirSync(dir).filter((name) => name.endsWith(".jsonl"));
  } catch {
    return [];
  }
  return files.flatMap((name) =>
    readFileSync(join(dir, name), "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as LedgerRecord),
  );
}

const records = readLedger();

describe("privacy ledger over the whole suite", () => {
  afterAll(() => {
    const dir = ledgerDir();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(records.length === 0)(
    "no payload to the shared channel names a complainant or shows care-only text",
    () => {
      const secrets = [...new Set(records.flatMap((record) => record.secrets))];
      const payloads = records.flatMap((record) =>
        record.payloads.map((payload) => ({ platform: record.platform, source: record.source, payload })),
      );
      const leaks = payloads.flatMap(({ platform, source, payload }) =>
        secrets
          .filter((secret) => payload.includes(JSON.stringify(secret).slice(1, -1)))
          .map((secret) => `${platform} ${source}: “${secret.slice(0, 60)}”`),
      );
      const byPlatform = (platform: string) => payloads.filter((item) => item.platform === platform).length;
      console.log(
        `privacy ledger: ${payloads.length} shared-channel payloads (Slack ${byPlatform("slack")}, ` +
          `Teams ${byPlatform("teams")}) from ${new Set(records.map((r) => r.source)).size} test files, ` +
          `checked against ${secrets.length} secrets: ${leaks.length} leaks`,
      );
      expect(leaks).toEqual([]);
      // The ledger is only worth something if it saw the procedure: cases and secrets on both platforms.
      expect(byPlatform("slack")).toBeGreaterThan(0);
      expect(secrets.length).toBeGreaterThan(0);
    },
  );
});
