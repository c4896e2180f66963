/**
 * Deadline rows: the scheduler sweeps due rows through the (state, nextNudgeAt) index and claims
 * each one with a conditional update before nudging, so a nudge goes out once, also with several
 * instances on one database.
 */

import type { DeadlineRule } from "../../flows/context.ts";
import type { DeadlineView } from "../../flows/deadlines/model.ts";
import { type DeadlineSubject, parseDeadlineSubject } from "../../flows/deadlines/subject.ts";
import type { GuidelineStep } from "../../flows/model.ts";
import type { PrismaClient, Tx } from "../db-types.ts";

type Db = Tx | PrismaClient;

export interface DeadlineRow extends DeadlineView {
  plannedFrom: Date;
  nudgeStage: number;
  nextNudgeAt: Date | null;
}

/** The row as a view; null when its subject column names no known subject (never written so). */
function view(row: {
  id: string;
  subject: string;
  key: string;
  rule: string;
  step: string;
  ownerRole: DeadlineView["ownerRole"];
  ownerMemberId: string | null;
  dueAt: Date;
  state: DeadlineView["state"];
  plannedFrom: Date;
  nudgeStage: number;
  nextNudgeAt: Date | null;
}): DeadlineRow | null {
  const subject = parseDeadlineSubject(row.subject);
  if (subject === null) return null;
  return {
    id: row.id,
    subject,
    key: row.key,
    // Only a known rule can be counted (FlowContext.dueAt) and described on a nudge card, and
    // every row is written from a ScheduleDeadlineEffect's DeadlineRule; the value is not checked.
    rule: row.rule as DeadlineRule,
    step: row.step as GuidelineStep,
    ownerRole: row.ownerRole,
    ownerMemberId: row.ownerMemberId,
    dueAt: row.dueAt.toISOString(),
    state: row.state,
    plannedFrom: row.plannedFrom,
    nudgeStage: row.nudgeStage,
    nextNudgeAt: row.nextNudgeAt,
  };
}

export async function loadDeadline(db: Db, id: string): Promise<DeadlineRow | null> {
  const row = await db.deadline.findUnique({ where: { id } });
  return row ? view(row) : null;
}

/** Open deadlines whose next nudge is due and that nobody holds a claim on. */
export async function findDueDeadlineIds(prisma: PrismaClient, now: Date, limit: number): Promise<string[]> {
  const rows = await prisma.deadline.findMany({
    where: {
      state: "open",
      nextNudgeAt: { lte: now },
      OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }],
    },
    orderBy: { nextNudgeAt: "asc" },
    take: limit,
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

/** Claims a due deadline for `leaseMs`; null when another instance got it first. */
export async function claimDeadline(
  prisma: PrismaClient,
  id: string,
  instanceId: string,
  now: Date,
  leaseMs = 60_000,
): Promise<DeadlineRow | null> {
  const claimed = await prisma.deadline.updateMany({
    where: {
      id,
      state: "open",
      nextNudgeAt: { lte: now },
      OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }],
    },
    data: { claimedBy: instanceId, claimedUntil: new Date(now.getTime() + leaseMs) },
  });
  if (claimed.count === 0) return null;
  const row = await prisma.deadline.findUnique({ where: { id } });
  if (!row) return null;
  const deadline = view(row);
  // The sweep counts this as a failed nudge and retries later, as it does any row it cannot nudge.
  if (!deadline) throw new Error(`deadline ${id} has an unknown subject: ${row.subject}`);
  return deadline;
}

/**
 * Records that a nudge stage was sent and when the next is due, releasing the claim. Runs in the
 * transaction that writes the nudge's outbox messages; refused when the claim was lost.
 */
export async function recordNudgeSent(
  tx: Tx,
  id: string,
  instanceId: string,
  stage: number,
  nextNudgeAt: Date | null,
): Promise<boolean> {
  const result = await tx.deadline.updateMany({
    where: { id, claimedBy: instanceId, state: "open" },
    data: { nudgeStage: stage, nextNudgeAt, claimedBy: null, claimedUntil: null },
  });
  return result.count === 1;
}

export async function releaseDeadlineClaim(
  prisma: PrismaClient,
  id: string,
  instanceId: string,
  nextNudgeAt: Date | null,
) {
  await prisma.deadline.updateMany({
    where: { id, claimedBy: instanceId },
    data: { claimedBy: null, claimedUntil: null, nextNudgeAt },
  });
}

export async function listOpenDeadlinesOfMember(db: Db, memberId: string): Promise<DeadlineRow[]> {
  const rows = await db.deadline.findMany({
    where: { state: "open", ownerMemberId: memberId },
    orderBy: { dueAt: "asc" },
    take: 50,
  });
  return rows.flatMap((row) => view(row) ?? []);
}

/** The open deadlines due before `before`, soonest first: what the morning digests are made of. */
export async function listOpenDeadlinesDueBefore(db: Db, before: Date): Promise<DeadlineRow[]> {
  const rows = await db.deadline.findMany({
    where: { state: "open", dueAt: { lt: before } },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
  });
  return rows.flatMap((row) => view(row) ?? []);
}

/** The open deadlines of one subject that are over their due time at `now`. */
export async function listOverdueDeadlinesOfSubject(
  db: Db,
  subject: DeadlineSubject,
  now: Date,
): Promise<DeadlineRow[]> {
  const rows = await db.deadline.findMany({
    where: { state: "open", subject, dueAt: { lt: now } },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
  });
  return rows.flatMap((row) => view(row) ?? []);
}

/** The open deadlines of these subjects (e.g. a team's open cases), soonest first. */
export async function listOpenDeadlinesOfSubjects(
  db: Db,
  subjects: readonly DeadlineSubject[],
): Promise<DeadlineRow[]> {
  if (subjects.length === 0) return [];
  const rows = await db.deadline.findMany({
    where: { state: "open", subject: { in: [...subjects] } },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
  });
  return rows.flatMap((row) => view(row) ?? []);
}

/** Open deadlines, and of those the ones whose due date passed at `now` (for the metrics endpoint). */
export async function countOpenDeadlines(
  prisma: PrismaClient,
  now: Date,
): Promise<{ open: number; overdue: number }> {
  const [open, overdue] = await Promise.all([
    prisma.deadline.count({ where: { state: "open" } }),
    prisma.deadline.count({ where: { state: "open", dueAt: { lt: now } } }),
  ]);
  return { open, overdue };
}
