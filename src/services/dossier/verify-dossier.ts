/**
 * Verifies the hash chain of an exported dossier: every entry links to the one before it, and
 * every entry the dossier shows still hashes to what was stored. Entries withheld from this
 * audience keep their place and hash, so the chain stays whole. Values removed by anonymisation
 * (AVG bewaartermijn) are checked by the digest they left behind (src/store/timeline/hash.ts).
 */
import {
  entryHash,
  GENESIS_HASH,
  type HashedEntryContent,
  hashedContent,
} from "../../store/timeline/hash.ts";

export type VerifyResult =
  | { ok: true; entries: number; withheld: number }
  | { ok: false; seq: number | null; reason: string };

const HASH = /^[0-9a-f]{64}$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function verifyDossier(dossier: unknown): VerifyResult {
  const timeline = isObject(dossier) ? dossier.timeline : undefined;
  if (!isObject(timeline) || !Array.isArray(timeline.entries)) {
    return { ok: false, seq: null, reason: "not a Nabuur dossier: timeline.entries is missing" };
  }
  let prev = GENESIS_HASH;
  let expected = 1;
  let withheld = 0;
  for (const item of timeline.entries as unknown[]) {
    if (!isObject(item) || typeof item.seq !== "number") {
      return { ok: false, seq: null, reason: `entry ${expected} has no sequence number` };
    }
    const seq = item.seq;
    if (seq !== expected) return { ok: false, seq, reason: `expected entry ${expected}` };
    if (typeof item.hash !== "string" || !HASH.test(item.hash))
      return { ok: false, seq, reason: "hash is missing" };
    if ("withheld" in item) {
      withheld++;
    } else {
      if (item.prevHash !== prev) return { ok: false, seq, reason: "previous hash does not match" };
      if (item.subject !== timeline.subject)
        return { ok: false, seq, reason: "entry belongs to another timeline" };
      if (entryHash(prev, hashedContent(item as unknown as HashedEntryContent)) !== item.hash) {
        return { ok: false, seq, reason: "content was changed" };
      }
    }
    prev = item.hash;
    expected++;
  }
  const count = expected - 1;
  if (typeof timeline.length === "number" && timeline.length !== count) {
    return {
      ok: false,
      seq: null,
      reason: `the dossier names ${timeline.length} entries but holds ${count}`,
    };
  }
  if (typeof timeline.headHash === "string" && count > 0 && timeline.headHash !== prev) {
    return { ok: false, seq: count, reason: "last hash does not match the dossier's head hash" };
  }
  return { ok: true, entries: count, withheld };
}
