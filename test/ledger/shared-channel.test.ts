/**
 * Runs after the whole suite (its own vitest project, group order 1): every payload any test sent
 * to the shared channel — Slack and Teams — against every complainant identity and every
 * care-only text any test's database held. Housing and care stay separate; the complainant's
 * identity reaches landlord staff only, never a channel.
 */
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CONFIGURED_SECRETS, type LedgerRecord, ledgerDir } from "../helpers/privacy-ledger.ts";

function readLedger(): LedgerRecord[] {
  const dir = ledgerDir();
  if (!dir) return [];
  let files: string[];
  try {
    files = readdirSync(dir).filter((name) => name.startsWith("ledger-"));
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

/** Every log line the bot wrote during the run (test/helpers/test-logger.ts). */
function readLogs(): { file: string; lines: string[] }[] {
  const dir = ledgerDir();
  if (!dir) return [];
  try {
    return readdirSync(dir)
      .filter((name) => name.startsWith("log-"))
      .map((name) => ({
        file: name,
        lines: readFileSync(join(dir, name), "utf8").split("\n").filter(Boolean),
      }));
  } catch {
    return [];
  }
}

const logs = readLogs();

describe("privacy ledger over the whole suite", () => {
  afterAll(() => {
    const dir = ledgerDir();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(logs.length === 0)(
    "no log line of the whole run holds a token, signing secret, API key or complainant identity",
    () => {
      const secrets = [
        ...new Set([...CONFIGURED_SECRETS, ...records.flatMap((record) => record.logSecrets ?? [])]),
      ];
      const lines = logs.flatMap(({ file, lines: fileLines }) => fileLines.map((line) => ({ file, line })));
      const leaks = lines.flatMap(({ file, line }) =>
        secrets
          .filter((secret) => line.includes(secret))
          .map((secret) => `${file}: “${secret.slice(0, 12)}…” in ${line.slice(0, 200)}`),
      );
      console.log(
        `log scan: ${lines.length} log lines from ${logs.length} processes checked against ` +
          `${secrets.length} secrets: ${leaks.length} leaks`,
      );
      expect(leaks).toEqual([]);
      // Worth something only if the run logged and made secrets: API keys and identities included.
      expect(lines.length).toBeGreaterThan(0);
      expect(secrets.length).toBeGreaterThan(CONFIGURED_SECRETS.length);
    },
  );

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
