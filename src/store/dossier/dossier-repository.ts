/**
 * What the nuisance dossier (overlastdossier) reads besides the case state: the hash-chained
 * timeline, letter texts, correspondence with third parties, deadline rows, the dwelling and the
 * names of the people and organisations involved.
 */
import { readDeadlineRule, type StoredDeadlineRule } from "../../flows/context.ts";
import type { DeadlineSubject } from "../../flows/deadlines/subject.ts";
import type { TimelineDetails } from "../../flows/effects.ts";
import { readTimelineEventName, type StoredTimelineEventName } from "../../flows/timeline-events.ts";
import type { PrismaClient, Tx } from "../db-types.ts";

type Db = Tx | PrismaClient;

export interface StoredTimelineEntry {
  subject: string;
  seq: number;
  at: string;
  actorId: string;
  step: string;
  event: StoredTimelineEventName;
  visibility: string;
  details: TimelineDetails;
  /** Per-value salts (src/store/timeline/hash.ts); absent on entries hashed as a whole. */
  salts?: Record<string, string>;
  /** Digests of values removed by anonymisation; absent when nothing was removed. */
  redacted?: Record<string, string>;
  prevHash: string;
  hash: string;
}

export async function listTimelineEntries(db: Db, subject: DeadlineSubject): Promise<StoredTimelineEntry[]> {
  const rows = await db.timelineEntry.findMany({ where: { subject }, orderBy: { seq: "asc" } });
  return rows.map((row) => ({
    subject: row.subject,
    seq: row.seq,
    at: row.at.toISOString(),
    actorId: row.actorId,
    step: row.step,
    event: readTimelineEventName(row.event),
    visibility: row.visibility,
    details: row.details as TimelineDetails,
    ...(row.salts === null ? {} : { salts: row.salts as Record<string, string> }),
    ...(row.redacted === null ? {} : { redacted: row.redacted as Record<string, string> }),
    prevHash: row.prevHash,
    hash: row.hash,
  }));
}

export interface LetterRow {
  id: string;
  kind: string;
  body: string;
  sentAt: Date | null;
  registered: boolean;
  signedSeenAt: Date | null;
  createdById: string;
  createdAt: Date;
}

export async function listLetters(db: Db, caseId: string): Promise<LetterRow[]> {
  return db.letter.findMany({
    where: { caseId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      kind: true,
      body: true,
      sentAt: true,
      registered: true,
      signedSeenAt: true,
      createdById: true,
      createdAt: true,
    },
  });
}

export async function insertLetter(
  db: Db,
  letter: {
    caseId: string;
    kind: string;
    body: string;
    createdById: string;
    createdAt: Date;
    sentAt?: Date | null;
    registered?: boolean;
    signedSeenAt?: Date | null;
  },
): Promise<string> {
  const created = await db.letter.create({ data: letter, select: { id: true } });
  return created.id;
}

/** Marks the latest unsent letter of this kind as sent; false when there is no draft. */
export async function markLatestDraftSent(
  db: Db,
  caseId: string,
  kind: string,
  sent: { sentAt: Date; registered: boolean; signedSeenAt: Date | null; body?: string },
): Promise<boolean> {
  const draft = await db.letter.findFirst({
    where: { caseId, kind, sentAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  if (!draft) return false;
  await db.letter.update({ where: { id: draft.id }, data: sent });
  return true;
}

export interface CorrespondenceRow {
  id: string;
  party: string;
  direction: string;
  summary: string;
  at: Date;
  visibility: string;
  createdById: string;
  createdAt: Date;
}

export async function listCorrespondence(db: Db, caseId: string): Promise<CorrespondenceRow[]> {
  return db.correspondence.findMany({
    where: { caseId },
    orderBy: [{ at: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      party: true,
      direction: true,
      summary: true,
      at: true,
      visibility: true,
      createdById: true,
      createdAt: true,
    },
  });
}

export async function insertCorrespondence(
  db: Db,
  row: {
    caseId: string;
    party: string;
    direction: string;
    summary: string;
    at: Date;
    visibility: string;
    createdById: string;
    createdAt: Date;
  },
): Promise<string> {
  const created = await db.correspondence.create({ data: row, select: { id: true } });
  return created.id;
}

export interface DeadlineRecord {
  key: string;
  rule: StoredDeadlineRule;
  step: string;
  ownerRole: string;
  ownerMemberId: string | null;
  dueAt: Date;
  state: "open" | "done" | "cancelled";
  closedAt: Date | null;
  createdAt: Date;
}

export async function listDeadlineRecords(db: Db, subject: DeadlineSubject): Promise<DeadlineRecord[]> {
  const rows = await db.deadline.findMany({
    where: { subject },
    orderBy: [{ dueAt: "asc" }, { key: "asc" }],
    select: {
      key: true,
      rule: true,
      step: true,
      ownerRole: true,
      ownerMemberId: true,
      dueAt: true,
      state: true,
      closedAt: true,
      createdAt: true,
    },
  });
  return rows.map((row) => ({ ...row, rule: readDeadlineRule(row.rule) }));
}

/** The participant's current dwelling (the latest tenancy that has not ended). */
export async function findCurrentDwelling(db: Db, participantId: string): Promise<string | null> {
  const tenancy = await db.tenancy.findFirst({
    where: { participantId },
    orderBy: [{ endedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: { dwelling: true },
  });
  return tenancy?.dwelling ?? null;
}

export async function organisationNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  const rows = await db.organisation.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true },
  });
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** The case's id, owners and kind by its number, without loading the state. */
export async function findCaseIdByNumber(db: Db, number: number): Promise<string | null> {
  const row = await db.case.findUnique({ where: { number }, select: { id: true } });
  return row?.id ?? null;
}
