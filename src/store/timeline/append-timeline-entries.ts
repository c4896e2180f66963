/** Appends entries to a subject's timeline inside the caller's transaction (hash-chained). */

import { randomBytes } from "node:crypto";
import type { TimelineDetails } from "../../flows/effects.ts";
import type { Audience, GuidelineStep } from "../../flows/model.ts";
import { type Tx, toJson } from "../db-types.ts";
import { entryHash, GENESIS_HASH, NONCE_KEY } from "./hash.ts";

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
    // A random nonce inside the hashed details: an export that withholds a care-only entry keeps
    // its hash (so the chain still verifies) without the hash giving away short details by guessing.
    const details = { ...entry.details, [NONCE_KEY]: randomBytes(16).toString("hex") };
    const content = { subject, seq, at: at.toISOString(), ...entry, details };
    const hash = entryHash(prevHash, content);
    await tx.timelineEntry.create({
      data: { ...content, at, details: toJson(details), prevHash, hash },
    });
    prevHash = hash;
  }
}
