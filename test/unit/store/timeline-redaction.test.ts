/**
 * The timeline's hash chain under anonymisation: a removed value leaves its salted digest, so the
 * entry still verifies and every value left is still proven; entries hashed as a whole (before
 * per-value hashing) keep only their place in the chain once anonymised.
 */
import { describe, expect, it } from "vitest";
import type { TimelineDetails } from "../../../src/flows/effects.ts";
import type { StoredTimelineEventName } from "../../../src/flows/timeline-events.ts";
import {
  type ChainedEntry,
  entryHash,
  findChainBreak,
  GENESIS_HASH,
  hashedContent,
  isSealed,
  NONCE_KEY,
  newSalts,
} from "../../../src/store/timeline/hash.ts";
import { redactValues } from "../../../src/store/timeline/redact-timeline-entries.ts";

function chain(detailsList: TimelineDetails[], perValue = true): ChainedEntry[] {
  let prevHash = GENESIS_HASH;
  return detailsList.map((details, index) => {
    const content = {
      subject: "case:1",
      seq: index + 1,
      at: "2026-01-01T00:00:00.000Z",
      actorId: "U-worker",
      step: "actie2",
      event: "careNote.added",
      visibility: "careTeam",
      details: perValue ? details : { ...details, [NONCE_KEY]: `nonce-${index}` },
      ...(perValue ? { salts: newSalts(details) } : {}),
    };
    const hash = entryHash(prevHash, hashedContent(content));
    const entry = { ...content, prevHash, hash };
    prevHash = hash;
    return entry;
  });
}

function redacted(entry: ChainedEntry, keys: string[]): ChainedEntry {
  const result = redactValues(
    {
      ...entry,
      event: entry.event as StoredTimelineEventName,
      details: entry.details as TimelineDetails,
      salts: entry.salts,
      redacted: entry.redacted,
    },
    keys,
  );
  return result ? { ...entry, ...result } : entry;
}

describe("per-value hashing", () => {
  const entries = chain([
    { text: "zorgnotitie 1", count: 1 },
    { text: "zorgnotitie 2", count: 2 },
    { text: null },
  ]);

  it("a removed value keeps the chain whole and the other values proven", () => {
    const after = entries.map((entry) => redacted(entry, ["text"]));
    expect(after[0]!.details).toEqual({ text: null, count: 1 });
    expect(Object.keys(after[0]!.salts as object)).toEqual(["count"]);
    expect(findChainBreak(after)).toBeNull();
    // A null value has nothing to remove.
    expect(after[2]).toEqual(entries[2]);
    // Removing again changes nothing.
    expect(after.map((entry) => redacted(entry, ["text"]))).toEqual(after);

    const changedKept = after.map((e) => ({ ...e, details: { ...(e.details as object) } })) as ChainedEntry[];
    (changedKept[1]!.details as TimelineDetails).count = 3;
    expect(findChainBreak(changedKept)).toEqual({ seq: 2, reason: "content was changed" });
  });

  it("a removed value cannot be put back or swapped, and its digest cannot be changed", () => {
    const after = entries.map((entry) => redacted(entry, ["text"]));
    const putBack = { ...after[0]!, details: { text: "iets anders", count: 1 }, redacted: {} };
    expect(findChainBreak([putBack, ...after.slice(1)])).toEqual({ seq: 1, reason: "content was changed" });
    const digest = { ...after[0]!, redacted: { text: "f".repeat(64) } };
    expect(findChainBreak([digest, ...after.slice(1)])).toEqual({ seq: 1, reason: "content was changed" });
    const noSalts = { ...entries[0]!, salts: undefined };
    expect(findChainBreak([noSalts, ...entries.slice(1)])).toEqual({ seq: 1, reason: "content was changed" });
  });
});

describe("entries hashed as a whole (before per-value hashing)", () => {
  const entries = chain([{ text: "oud 1" }, { text: "oud 2" }], false);

  it("verify until anonymised; then they are sealed and keep only their place", () => {
    expect(findChainBreak(entries)).toBeNull();
    const after = [redacted(entries[0]!, ["text"]), entries[1]!];
    expect(isSealed(after[0]!)).toBe(true);
    expect(after[0]!.details).toEqual({ text: null, [NONCE_KEY]: "nonce-0" });
    expect(findChainBreak(after)).toBeNull();
    const changed = [entries[0]!, { ...entries[1]!, details: { text: "anders", [NONCE_KEY]: "nonce-1" } }];
    expect(findChainBreak(changed)).toEqual({ seq: 2, reason: "content was changed" });
  });
});
