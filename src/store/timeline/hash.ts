/**
 * Hash chain of the append-only timeline: each entry carries the hash of the previous entry of the
 * same subject, so an export can prove that no entry was changed, removed or inserted afterwards.
 */
import { createHash } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

/** Key of the random nonce every entry's details carry (see append-timeline-entries.ts). */
export const NONCE_KEY = "_nonce";

export interface HashedEntryContent {
  subject: string;
  seq: number;
  at: string;
  actorId: string;
  step: string;
  event: string;
  visibility: string;
  details: unknown;
}

/** JSON with object keys in sorted order, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
}

/** Exactly the fields that are hashed (an export may carry more, e.g. rendered text). */
export function hashedContent(entry: HashedEntryContent): HashedEntryContent {
  const { subject, seq, at, actorId, step, event, visibility, details } = entry;
  return { subject, seq, at, actorId, step, event, visibility, details };
}

export function entryHash(prevHash: string, content: HashedEntryContent): string {
  return createHash("sha256").update(prevHash).update("\n").update(canonicalJson(content)).digest("hex");
}

export interface ChainedEntry extends HashedEntryContent {
  prevHash: string;
  hash: string;
}

/** The first position where the chain breaks, or null when every link holds. */
export function findChainBreak(entries: ChainedEntry[]): { seq: number; reason: string } | null {
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  for (const entry of entries) {
    if (entry.seq !== expectedSeq) return { seq: entry.seq, reason: `expected entry ${expectedSeq}` };
    if (entry.prevHash !== prev) return { seq: entry.seq, reason: "previous hash does not match" };
    if (entryHash(prev, hashedContent(entry)) !== entry.hash)
      return { seq: entry.seq, reason: "content was changed" };
    prev = entry.hash;
    expectedSeq++;
  }
  return null;
}
