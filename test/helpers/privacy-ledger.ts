/**
 * The privacy ledger: every test that runs the bot against a fake chat platform writes down, when
 * it stops, every payload that reached the shared channel and every secret its database held —
 * the complainant's identity (landlord staff only) and the care team's free texts (care-only).
 * After the whole suite, test/ledger/shared-channel.test.ts checks every payload of every test
 * against every secret of every test: the shared channel never names a complainant and never
 * shows care-only content, on Slack and on Teams.
 */
import { appendFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import type { PrismaClient } from "../../src/store/db-types.ts";

export interface LedgerRecord {
  platform: "slack" | "teams";
  /** The test file that wrote the record (for the report). */
  source: string;
  /** JSON of each payload sent to the shared channel. */
  payloads: string[];
  /** Texts that must never appear in those payloads. */
  secrets: string[];
  /** Texts that must never appear in any log line: tokens, API keys, complainant identities. */
  logSecrets?: string[];
}

/** Secrets every harness configures (see slack-harness.ts and the Slack tests). */
export const CONFIGURED_SECRETS = ["test-signing-secret", "xoxb-test-token", "xoxb-socket", "xapp-socket"];

/** The ledger's folder for this test run (set in vitest.config.ts), or null outside a full run. */
export function ledgerDir(): string | null {
  return process.env.NABUUR_PRIVACY_LEDGER ?? null;
}

/** Free text worth checking: long enough not to match a label or a code by chance. */
function isFreeText(value: string): boolean {
  return value.trim().length >= 12 && /\s/.test(value.trim());
}

function strings(value: unknown, into: string[]): void {
  if (typeof value === "string") into.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, into);
  else if (value && typeof value === "object") for (const item of Object.values(value)) strings(item, into);
}

/** The secrets a database holds: complainant identities and care-only free texts of the timeline. */
async function secretsOf(prisma: PrismaClient): Promise<{ identities: string[]; careTexts: string[] }> {
  const identities = await prisma.complainantIdentity.findMany({ select: { name: true, contact: true } });
  const careOnly = await prisma.timelineEntry.findMany({
    where: { visibility: "careTeam" },
    select: { details: true },
  });
  const texts: string[] = [];
  for (const entry of careOnly) strings(entry.details, texts);
  return {
    identities: [
      ...new Set(
        identities
          .flatMap((identity) => [identity.name, identity.contact])
          .filter((text) => text.length >= 5),
      ),
    ],
    careTexts: [...new Set(texts.filter(isFreeText))],
  };
}

function append(record: LedgerRecord): void {
  const dir = ledgerDir();
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  appendFileSync(join(dir, `ledger-${process.pid}.jsonl`), `${JSON.stringify(record)}\n`);
}

/** A secret a test made (e.g. an API key's token): it must never appear in a log line. */
export function recordLogSecret(secret: string): void {
  append({ platform: "slack", source: "log", payloads: [], secrets: [], logSecrets: [secret] });
}

/** Appends one record to this process's ledger file (no-op when no ledger folder is set). */
export async function recordSharedChannel(
  platform: LedgerRecord["platform"],
  payloads: unknown[],
  prisma: PrismaClient,
): Promise<void> {
  if (!ledgerDir()) return;
  const { identities, careTexts } = await secretsOf(prisma);
  append({
    platform,
    source: expect.getState().testPath ?? "unknown",
    payloads: payloads.map((payload) => JSON.stringify(payload)),
    secrets: [...identities, ...careTexts],
    logSecrets: identities,
  });
}
