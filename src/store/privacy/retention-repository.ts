/**
 * AVG bewaartermijnen in the store: which closed cases are due, the claim that makes each part of
 * an anonymisation happen once (also with several instances on one database), the rows outside
 * the case state that hold personal data, and the legal hold that stops it all.
 *
 * The claim is a conditional update of the case row inside the anonymising transaction: it locks
 * the row, so a second instance (or a legal hold set at the same moment) waits, re-reads the
 * condition after the first commits, and finds nothing left to do (documenso's claim pattern).
 */
import type { RetentionPart, RetentionStatus } from "../../flows/policy/retention.ts";
import type { PrismaClient, Tx } from "../db-types.ts";

type Db = Tx | PrismaClient;

export interface RetentionRow extends RetentionStatus {
  id: string;
  number: number;
  careProviderId: string;
  landlordId: string;
  legalHoldReason: string | null;
  legalHoldById: string | null;
}

const RETENTION_SELECT = {
  id: true,
  number: true,
  careProviderId: true,
  landlordId: true,
  status: true,
  closedAt: true,
  careAnonymisedAt: true,
  anonymisedAt: true,
  legalHoldSince: true,
  legalHoldReason: true,
  legalHoldById: true,
} as const;

/**
 * Closed cases not on legal hold whose care part (closed at or before `cutoffs.care`) or housing
 * part (closed at or before `cutoffs.housing`) has not been anonymised yet; oldest first.
 */
export async function findCasesDueForRetention(
  prisma: PrismaClient,
  cutoffs: Record<RetentionPart, Date>,
  limit: number,
  excludeIds: string[] = [],
): Promise<RetentionRow[]> {
  return prisma.case.findMany({
    where: {
      ...(excludeIds.length > 0 ? { id: { notIn: excludeIds } } : {}),
      status: "closed",
      legalHoldSince: null,
      anonymisedAt: null,
      OR: [
        { closedAt: { lte: cutoffs.housing } },
        { careAnonymisedAt: null, closedAt: { lte: cutoffs.care } },
      ],
    },
    orderBy: { closedAt: "asc" },
    take: limit,
    select: RETENTION_SELECT,
  });
}

export async function loadRetentionRow(db: Db, caseId: string): Promise<RetentionRow | null> {
  return db.case.findUnique({ where: { id: caseId }, select: RETENTION_SELECT });
}

/**
 * Claims `part` of a case for anonymisation at `now`: true when this transaction got it (the case
 * is closed, closed long enough ago, not on legal hold, and the part is not done yet).
 */
export async function claimRetentionPart(
  tx: Tx,
  caseId: string,
  part: RetentionPart,
  cutoff: Date,
  now: Date,
): Promise<boolean> {
  const due = {
    id: caseId,
    status: "closed",
    closedAt: { lte: cutoff },
    legalHoldSince: null,
    anonymisedAt: null,
  };
  if (part === "care") {
    const claimed = await tx.case.updateMany({
      where: { ...due, careAnonymisedAt: null },
      data: { careAnonymisedAt: now },
    });
    return claimed.count === 1;
  }
  // The housing part cuts the link to the participant and covers the care part.
  const claimed = await tx.case.updateMany({ where: due, data: { anonymisedAt: now, participantId: null } });
  if (claimed.count === 0) return false;
  await tx.case.updateMany({
    where: { id: caseId, careAnonymisedAt: null },
    data: { careAnonymisedAt: now },
  });
  return true;
}

/**
 * The rows outside the case state that hold personal data. The case state itself and its
 * projections (complaints, actions) are saved by the caller through saveCase.
 */
export async function anonymiseCaseRecords(tx: Tx, caseId: string, part: RetentionPart): Promise<void> {
  // Care data: the assessment projection (Actie 2 beoordeling), care notes, care-only correspondence
  // and the files kept with it; the housing part takes the shared correspondence and its files.
  await tx.assessment.deleteMany({ where: { caseId } });
  await tx.careNote.deleteMany({ where: { caseId } });
  const correspondence = { caseId, ...(part === "care" ? { visibility: "careTeam" } : {}) };
  await tx.correspondence.updateMany({ where: correspondence, data: { party: "", summary: "" } });
  await tx.correspondenceFile.deleteMany({ where: correspondence });
  // The outbox holds delivery copies of the case's messages, not its record: once the case is
  // past its first retention period nothing is left to deliver.
  await tx.outboxMessage.deleteMany({ where: { orderingKey: `case:${caseId}` } });
  if (part === "care") return;
  // Housing data: the complainants' identities, letter texts, the complaints' link to the participant.
  await tx.complainantIdentity.deleteMany({ where: { complaint: { caseId } } });
  await tx.letter.updateMany({ where: { caseId }, data: { body: "" } });
  await tx.complaint.updateMany({ where: { caseId }, data: { description: "", participantId: null } });
}

/** Sets a legal hold; false when the case already has one or is anonymised completely. */
export async function setLegalHoldRow(
  tx: Tx,
  caseId: string,
  hold: { since: Date; reason: string; byId: string },
): Promise<boolean> {
  const result = await tx.case.updateMany({
    where: { id: caseId, legalHoldSince: null, anonymisedAt: null },
    data: { legalHoldSince: hold.since, legalHoldReason: hold.reason, legalHoldById: hold.byId },
  });
  return result.count === 1;
}

/** Lifts the legal hold; false when there was none. */
export async function liftLegalHoldRow(tx: Tx, caseId: string): Promise<boolean> {
  const result = await tx.case.updateMany({
    where: { id: caseId, legalHoldSince: { not: null } },
    data: { legalHoldSince: null, legalHoldReason: null, legalHoldById: null },
  });
  return result.count === 1;
}

export async function listLegalHolds(db: Db): Promise<RetentionRow[]> {
  return db.case.findMany({
    where: { legalHoldSince: { not: null } },
    orderBy: { number: "asc" },
    select: RETENTION_SELECT,
  });
}
