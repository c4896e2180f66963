/** Appends entries to a subject's timeline inside the caller's transaction (hash-chained). */
import type { TimelineDetails } from "../../flows/effects.ts";
import type { Audience, GuidelineStep } from "../../flows/model.ts";
import { type Tx, toJson } from "../db-types.ts";
import { entryHash, GENESIS_HASH } from "./hash.ts";

export interface NewTimelineEntry {
  actorId: string;
  step: GuidelineStep;
  event: string;
  visibility: Audience;
  details: TimelineDetails;
}

export async function appendTimelineEntries(
  tx: Tx,
  subject: string,
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
    const content = { subject, seq, at: at.toISOString(), ...entry };
    const hash = entryHash(prevHash, content);
    await tx.timelineEntry.create({
      data: { ...content, at, details: toJson(entry.details), prevHash, hash },
    });
    prevHash = hash;
  }
}
