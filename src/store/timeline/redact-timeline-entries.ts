/**
 * AVG bewaartermijn: removes personal values from the details of a subject's timeline entries
 * without breaking the hash chain. Each removed value leaves its salted digest behind (hash.ts),
 * so the entry's hash still verifies and every value that is left stays proven.
 */
import type { DeadlineSubject } from "../../flows/deadlines/subject.ts";
import type { TimelineDetails } from "../../flows/effects.ts";
import { readTimelineEventName, type StoredTimelineEventName } from "../../flows/timeline-events.ts";
import { type Tx, toJson } from "../db-types.ts";
import { hasValueSalts, valueDigest } from "./hash.ts";

export interface RedactableEntry {
  event: StoredTimelineEventName;
  visibility: string;
  details: TimelineDetails;
  salts: unknown;
  redacted: unknown;
}

export interface RedactedValues {
  details: TimelineDetails;
  salts: Record<string, string> | null;
  redacted: Record<string, string>;
}

function record(value: unknown): Record<string, string> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? { ...(value as Record<string, string>) }
    : {};
}

/**
 * The entry with the values of `keys` removed (set to null), or null when none of them holds a
 * value. Per-value entries keep each removed value's digest; an entry hashed as a whole records
 * the key with an empty digest (it is sealed: only its place in the chain can be checked).
 */
export function redactValues(entry: RedactableEntry, keys: readonly string[]): RedactedValues | null {
  const details: TimelineDetails = { ...entry.details };
  const perValue = hasValueSalts(entry);
  const salts = perValue ? record(entry.salts) : null;
  const redacted = record(entry.redacted);
  let changed = false;
  for (const key of keys) {
    const value = details[key];
    if (value === null || value === undefined || key in redacted) continue;
    redacted[key] = salts ? valueDigest(salts[key] ?? "", key, value) : "";
    if (salts) delete salts[key];
    details[key] = null;
    changed = true;
  }
  return changed ? { details, salts, redacted } : null;
}

/**
 * Applies `keysFor` to every entry of `subject` inside the caller's transaction; returns how many
 * entries changed. Running it again changes nothing (removed values are null already).
 */
export async function redactTimelineEntries(
  tx: Tx,
  subject: DeadlineSubject,
  keysFor: (entry: RedactableEntry) => readonly string[],
): Promise<number> {
  // The same lock appending takes: no entry is added to this timeline while values are removed.
  await tx.$executeRawUnsafe("SELECT pg_advisory_xact_lock(hashtext($1))", subject);
  const rows = await tx.timelineEntry.findMany({ where: { subject }, orderBy: { seq: "asc" } });
  let changed = 0;
  for (const row of rows) {
    const entry: RedactableEntry = {
      event: readTimelineEventName(row.event),
      visibility: row.visibility,
      details: row.details as TimelineDetails,
      salts: row.salts,
      redacted: row.redacted,
    };
    const result = redactValues(entry, keysFor(entry));
    if (!result) continue;
    await tx.timelineEntry.update({
      where: { id: row.id },
      data: {
        details: toJson(result.details),
        salts: result.salts === null ? undefined : toJson(result.salts),
        redacted: toJson(result.redacted),
      },
    });
    changed++;
  }
  return changed;
}
