/** Appends entries to a subject's timeline inside the caller's transaction (hash-chained). */

import type { DeadlineSubject } from "../../flows/deadlines/subject.ts";
import type { TimelineDetails } from "../../flows/effects.ts";
import type { Audience, GuidelineStep } from "../../flows/model.ts";
import type { TimelineEventName } from "../../flows/timeline-events.ts";
import { type Tx, toJson } from "../db-types.ts";
import { entryHash, GENESIS_HASH, hashedContent, newSalts } from "./hash.ts";

export interface NewTimelineEntry {
  actorId: string;
  step: GuidelineStep;
  event: TimelineEventName;
  visibility: Audience;
  details: TimelineDetails;
}

export async function appendTimelineEntries(
  tx: Tx,
  subject: DeadlineSubject,
  at: Date,
  entries: NewTimelineEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  // One writer per subject at a time (until this transaction ends), so two instances appending to
  // the same timeline never take the same sequence number or break the hash chain.
  await tx.$executeRawUnsafe("SELECT pg_advisory_xact_lock(hashtext($1))", subject);
  const last = await tx.timelineEntry.findFirst({ where: { subject }, orderBy: { seq: "desc" } });
  let prevHash = last?.hash ?? GENESIS_HASH;
  let seq = last?.seq ?? 0;
  for (const entry of entries) {
    seq++;
    // One random salt per detail value (hash.ts): an export that withholds a care-only entry keeps
    // its hash without the hash giving away short details by guessing, and anonymisation can later
    // remove a value while the entry still verifies.
    const details = JSON.parse(JSON.stringify(entry.details)) as TimelineDetails;
    const salts = newSalts(details);
    const content = { subject, seq, at: at.toISOString(), ...entry, details, salts };
    const hash = entryHash(prevHash, hashedContent(content));
    await tx.timelineEntry.create({
      data: { ...content, at, details: toJson(details), salts: toJson(salts), prevHash, hash },
    });
    prevHash = hash;
  }
}
