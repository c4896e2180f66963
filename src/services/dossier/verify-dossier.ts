/**
 * Verifies the hash chain of an exported dossier: every entry links to the one before it, and
 * every entry the dossier shows still hashes to what was stored. Entries withheld from this
 * audience keep their place and hash, so the chain stays whole. Values removed by anonymisation
 * (AVG bewaartermijn) are checked by the digest they left behind (src/store/timeline/hash.ts).
 * Every file listed with the correspondence must have its SHA-256 in a verified timeline entry
 * (`correspondence.fileAttached`), so a file handed over with the dossier can be checked too.
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
  const unvouched = filesWithoutTimelineHash(dossier, timeline.entries as unknown[]);
  if (unvouched !== null) {
    return { ok: false, seq: null, reason: `the hash of file ${unvouched} is not in the timeline` };
  }
  return { ok: true, entries: count, withheld };
}

/** Every file the dossier lists with its correspondence (as found: the caller checks the shape). */
function listedFiles(dossier: unknown): unknown[] {
  const items = isObject(dossier) && Array.isArray(dossier.correspondence) ? dossier.correspondence : [];
  return (items as unknown[]).flatMap((item) =>
    isObject(item) && Array.isArray(item.files) ? (item.files as unknown[]) : [],
  );
}

/** The SHA-256 of every file the dossier lists with its correspondence. */
export function listedFileHashes(dossier: unknown): Set<string> {
  return new Set(
    listedFiles(dossier).flatMap((file) =>
      isObject(file) && typeof file.sha256 === "string" ? [file.sha256] : [],
    ),
  );
}

/** The name of the first listed file whose SHA-256 no shown timeline entry holds; null when all do. */
function filesWithoutTimelineHash(dossier: unknown, entries: unknown[]): string | null {
  const attached = new Map<string, unknown>();
  for (const item of entries) {
    if (!isObject(item) || item.event !== "correspondence.fileAttached" || !isObject(item.details)) continue;
    attached.set(String(item.details.fileId), item.details.sha256);
  }
  for (const file of listedFiles(dossier)) {
    if (!isObject(file)) return "(unreadable)";
    if (attached.get(String(file.fileId)) !== file.sha256) return String(file.name);
  }
  return null;
}
