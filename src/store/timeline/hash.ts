/**
 * Hash chain of the append-only timeline: each entry carries the hash of the previous entry of the
 * same subject, so an export can prove that no entry was changed, removed or inserted afterwards.
 *
 * What is hashed (per-value hashing): the entry's fields (subject, seq, at, actor, step, event,
 * visibility) and, instead of each detail value itself, a salted digest of it:
 * sha256(salt + "\n" + key + "\n" + canonical JSON of the value), one random salt per value.
 * Anonymisation (AVG bewaartermijn) removes a value and its salt but keeps its digest in
 * `redacted`: the entry's hash still verifies, every value that is left is still proven, and the
 * digest of a removed value gives nothing away (without its salt it cannot be guessed).
 *
 * Entries written before per-value hashing (no salts) hash their details as a whole, with a random
 * nonce inside; once such an entry is anonymised it can only keep its place in the chain.
 */
import { createHash, randomBytes } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

/** Key of the random nonce inside the details of entries hashed as a whole (the old scheme). */
export const NONCE_KEY = "_nonce";

/** Marks the per-value scheme in the hashed content, so the two schemes can never be confused. */
const PER_VALUE_SCHEME = 2;

export interface HashedEntryContent {
  subject: string;
  seq: number;
  at: string;
  actorId: string;
  step: string;
  event: string;
  visibility: string;
  details: unknown;
  /** key → salt of each value still present (per-value scheme); absent/null: hashed as a whole. */
  salts?: unknown;
  /** key → digest of each value removed by anonymisation. */
  redacted?: unknown;
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The salted digest of one detail value. */
export function valueDigest(salt: string, key: string, value: unknown): string {
  return createHash("sha256").update(`${salt}\n${key}\n`).update(canonicalJson(value)).digest("hex");
}

/** A fresh random salt for every value of `details` (new entries). */
export function newSalts(details: Record<string, unknown>): Record<string, string> {
  const salts: Record<string, string> = {};
  for (const [key, value] of Object.entries(details)) {
    if (value !== undefined) salts[key] = randomBytes(16).toString("hex");
  }
  return salts;
}

/** Whether the entry uses per-value hashing (it has salts). */
export function hasValueSalts(entry: Pick<HashedEntryContent, "salts">): boolean {
  return isRecord(entry.salts);
}

/**
 * Exactly what is hashed (an export may carry more, e.g. rendered text). Per-value entries: every
 * detail key present, salted or redacted, maps to its digest; a value without a salt or a digest
 * maps to a marker that can never match, so the entry reads as changed.
 */
export function hashedContent(entry: HashedEntryContent): unknown {
  const { subject, seq, at, actorId, step, event, visibility, details } = entry;
  if (!hasValueSalts(entry)) return { subject, seq, at, actorId, step, event, visibility, details };
  const salts = entry.salts as Record<string, unknown>;
  const redacted = isRecord(entry.redacted) ? entry.redacted : {};
  const values = isRecord(details) ? details : {};
  const keys = new Set([
    ...Object.keys(values).filter((key) => values[key] !== undefined),
    ...Object.keys(redacted),
    ...Object.keys(salts),
  ]);
  const digests: Record<string, string> = {};
  for (const key of keys) {
    const removed = redacted[key];
    const salt = salts[key];
    if (typeof removed === "string") digests[key] = removed;
    else if (typeof salt === "string" && key in values) digests[key] = valueDigest(salt, key, values[key]);
    else digests[key] = "missing";
  }
  return { scheme: PER_VALUE_SCHEME, subject, seq, at, actorId, step, event, visibility, details: digests };
}

export function entryHash(prevHash: string, content: unknown): string {
  return createHash("sha256").update(prevHash).update("\n").update(canonicalJson(content)).digest("hex");
}

export interface ChainedEntry extends HashedEntryContent {
  prevHash: string;
  hash: string;
}

/**
 * An entry hashed as a whole whose details were anonymised: its content can no longer be checked,
 * only its place in the chain (its hash links the entries before and after it).
 */
export function isSealed(entry: Pick<HashedEntryContent, "salts" | "redacted">): boolean {
  return !hasValueSalts(entry) && isRecord(entry.redacted);
}

/** The first position where the chain breaks, or null when every link holds. */
export function findChainBreak(entries: ChainedEntry[]): { seq: number; reason: string } | null {
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  for (const entry of entries) {
    if (entry.seq !== expectedSeq) return { seq: entry.seq, reason: `expected entry ${expectedSeq}` };
    if (entry.prevHash !== prev) return { seq: entry.seq, reason: "previous hash does not match" };
    if (!isSealed(entry) && entryHash(prev, hashedContent(entry)) !== entry.hash)
      return { seq: entry.seq, reason: "content was changed" };
    prev = entry.hash;
    expectedSeq++;
  }
  return null;
}
