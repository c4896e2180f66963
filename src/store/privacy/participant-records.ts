/**
 * AVG inzage and dataportabiliteit: every row Nabuur holds about one participant — the participant
 * and their tenancies, their cases (with complaints, actions, assessments, letters,
 * correspondence, care notes), their signals, and for each of these subjects the timeline, the
 * deadlines and the access log. Read-only; the service shapes it into the export.
 */
import type { DeadlineSubject } from "../../flows/deadlines/subject.ts";
import { readTimelineEventName } from "../../flows/timeline-events.ts";
import type { PrismaClient, Tx } from "../db-types.ts";
import { equalsIgnoringCase } from "../text-match.ts";

type Db = Tx | PrismaClient;

export interface ParticipantMatch {
  id: string;
  reference: string;
  careProviderName: string;
  landlordName: string;
}

/** Participants with this reference (case-insensitive), in every care provider. */
export async function findParticipantsByReference(db: Db, reference: string): Promise<ParticipantMatch[]> {
  const rows = await db.participant.findMany({
    where: { reference: equalsIgnoringCase(reference.trim()) },
    include: { careProvider: { select: { name: true } }, landlord: { select: { name: true } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((row) => ({
    id: row.id,
    reference: row.reference,
    careProviderName: row.careProvider.name,
    landlordName: row.landlord.name,
  }));
}

/** The organisations the participant belongs to, or null when there is no such participant. */
export async function findParticipantOwners(
  db: Db,
  participantId: string,
): Promise<{ careProviderId: string; landlordId: string } | null> {
  return db.participant.findUnique({
    where: { id: participantId },
    select: { careProviderId: true, landlordId: true },
  });
}

/** The subjects held about the participant: "participant:<id>", each case's and each signal's. */
export async function listParticipantSubjects(db: Db, participantId: string): Promise<DeadlineSubject[]> {
  const cases = await db.case.findMany({ where: { participantId }, select: { id: true } });
  const signals = await db.signal.findMany({ where: { participantId }, select: { id: true } });
  return [
    `participant:${participantId}`,
    ...cases.map((row) => `case:${row.id}` as const),
    ...signals.map((row) => `signal:${row.id}` as const),
  ];
}

/** Everything held about one participant, or null when there is no such participant. */
export async function loadParticipantRecords(db: Db, participantId: string) {
  const participant = await db.participant.findUnique({
    where: { id: participantId },
    include: {
      careProvider: { select: { id: true, kind: true, name: true } },
      landlord: { select: { id: true, kind: true, name: true } },
      tenancies: { orderBy: { createdAt: "asc" } },
    },
  });
  if (!participant) return null;
  const cases = await db.case.findMany({
    where: { participantId },
    orderBy: { number: "asc" },
    include: {
      // The complainant's identity is the complainant's own data: only whether one is held.
      complaints: {
        orderBy: { receivedAt: "asc" },
        include: { complainant: { select: { complaintId: true } } },
      },
      actions: { orderBy: { actionKey: "asc" } },
      letters: { orderBy: { createdAt: "asc" } },
      careNotes: { orderBy: { createdAt: "asc" } },
    },
  });
  const caseIds = cases.map((row) => row.id);
  const assessments = await db.assessment.findMany({
    where: { caseId: { in: caseIds } },
    orderBy: { recordedAt: "asc" },
  });
  const correspondence = await db.correspondence.findMany({
    where: { caseId: { in: caseIds } },
    orderBy: [{ at: "asc" }, { createdAt: "asc" }],
    // The files kept with each item, listed (name, type, size, hash); their bytes stay in Nabuur.
    include: {
      files: {
        orderBy: { createdAt: "asc" },
        select: {
          fileName: true,
          mimeType: true,
          size: true,
          sha256: true,
          createdById: true,
          createdAt: true,
        },
      },
    },
  });
  const signals = await db.signal.findMany({ where: { participantId }, orderBy: { createdAt: "asc" } });
  const subjects: DeadlineSubject[] = [
    `participant:${participantId}`,
    ...caseIds.map((id) => `case:${id}` as const),
    ...signals.map((row) => `signal:${row.id}` as const),
  ];
  const timelineRows = await db.timelineEntry.findMany({
    where: { subject: { in: subjects } },
    orderBy: [{ subject: "asc" }, { seq: "asc" }],
  });
  const timeline = timelineRows.map((row) => ({ ...row, event: readTimelineEventName(row.event) }));
  const deadlines = await db.deadline.findMany({
    where: { subject: { in: subjects } },
    orderBy: [{ subject: "asc" }, { dueAt: "asc" }],
  });
  const accessLog = await db.accessLog.findMany({
    where: { subject: { in: subjects } },
    orderBy: [{ at: "asc" }, { id: "asc" }],
  });
  return { participant, cases, assessments, correspondence, signals, timeline, deadlines, accessLog };
}

export type ParticipantRecords = NonNullable<Awaited<ReturnType<typeof loadParticipantRecords>>>;
