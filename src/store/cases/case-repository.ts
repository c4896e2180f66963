/**
 * Cases: the flow state as JSON plus queryable columns and projections (complaints, actions,
 * assessments) rewritten on every save. Saves are optimistic: a save based on a stale version is
 * refused with ConcurrencyConflict, and the service retries on fresh state.
 */

import type { CaseKind, CaseState } from "../../flows/cases/state.ts";
import type { PriorComplaint } from "../../flows/ladder/detect.ts";
import { type PrismaClient, type Tx, toJson } from "../db-types.ts";

type Db = Tx | PrismaClient;

export class ConcurrencyConflict extends Error {
  override name = "ConcurrencyConflict";
}

export interface LoadedCase {
  state: CaseState;
  version: number;
}

export async function nextCaseNumber(tx: Tx): Promise<number> {
  const rows = await tx.$queryRawUnsafe<{ value: bigint }[]>(
    `SELECT nextval(pg_get_serial_sequence('"Case"', 'number')) AS value`,
  );
  return Number(rows[0]!.value);
}

async function syncProjections(tx: Tx, state: CaseState): Promise<void> {
  for (const complaint of state.complaints) {
    const data = {
      type: complaint.type,
      description: complaint.description,
      occurredAt: new Date(complaint.occurredAt),
      afterTen: complaint.afterTen,
      receivedByLandlordAt: new Date(complaint.receivedByLandlordAt),
      receivedAt: new Date(complaint.receivedAt),
      complainantAnonymous: complaint.complainantAnonymous,
      justified: complaint.justified,
      wronglyAttributed: complaint.wronglyAttributed,
      countsTowardsEscalation: complaint.countsTowardsEscalation,
    };
    await tx.complaint.upsert({
      where: { id: complaint.id },
      create: {
        id: complaint.id,
        caseId: state.id,
        participantId: state.participantId,
        source: state.kind,
        ...data,
      },
      update: data,
    });
  }
  for (const action of state.actions) {
    const data = {
      code: action.code,
      step: action.step,
      ownerRole: action.ownerRole,
      status: action.status,
      origin: action.origin,
      text: action.text ?? action.code,
      dueAt: action.dueAt ? new Date(action.dueAt) : null,
      decidedById: action.decidedBy,
      decidedAt: action.decidedAt ? new Date(action.decidedAt) : null,
    };
    await tx.caseAction.upsert({
      where: { caseId_actionKey: { caseId: state.id, actionKey: action.id } },
      create: { caseId: state.id, actionKey: action.id, ...data },
      update: data,
    });
  }
  for (const assessment of state.assessments) {
    const id = `${state.id}:${assessment.id}`;
    await tx.assessment.upsert({
      where: { id },
      create: {
        id,
        caseId: state.id,
        conscious: assessment.answers.behaviour === "conscious",
        justifiedByParticipant: assessment.answers.justifiedByParticipant,
        justifiedByWorker: assessment.answers.justifiedByWorker,
        row: assessment.proposal.row,
        recordedById: assessment.confirmedBy,
        recordedAt: new Date(assessment.confirmedAt),
      },
      update: {},
    });
  }
}

function columns(state: CaseState) {
  return {
    status: state.status,
    step: state.step,
    closedAt: state.closedAt ? new Date(state.closedAt) : null,
  };
}

export async function insertCase(tx: Tx, number: number, state: CaseState): Promise<void> {
  await tx.case.create({
    data: {
      id: state.id,
      number,
      participantId: state.participantId,
      careProviderId: state.participant.careProviderId,
      landlordId: state.participant.landlordId,
      kind: state.kind,
      state: toJson({ ...state, version: 1 }),
      version: 1,
      openedAt: new Date(state.openedAt),
      ...columns(state),
    },
  });
  await syncProjections(tx, state);
}

export async function saveCase(tx: Tx, state: CaseState, expectedVersion: number): Promise<number> {
  const version = expectedVersion + 1;
  const result = await tx.case.updateMany({
    where: { id: state.id, version: expectedVersion },
    data: { state: toJson({ ...state, version }), version, ...columns(state) },
  });
  if (result.count === 0) throw new ConcurrencyConflict(`case ${state.id} changed meanwhile`);
  await syncProjections(tx, state);
  return version;
}

function loaded(row: { state: unknown; version: number } | null): LoadedCase | null {
  return row ? { state: row.state as CaseState, version: row.version } : null;
}

export async function loadCase(db: Db, id: string): Promise<LoadedCase | null> {
  return loaded(await db.case.findUnique({ where: { id }, select: { state: true, version: true } }));
}

export async function loadCaseByNumber(db: Db, number: number): Promise<LoadedCase | null> {
  return loaded(await db.case.findUnique({ where: { number }, select: { state: true, version: true } }));
}

export async function findOpenCaseId(db: Db, participantId: string, kind: CaseKind): Promise<string | null> {
  const row = await db.case.findFirst({
    where: { participantId, kind, status: "open", anonymisedAt: null },
    orderBy: { openedAt: "desc" },
    select: { id: true },
  });
  return row?.id ?? null;
}

/** The open cases of these organisations (a coordinator's overview of the team). */
export async function listOpenCases(db: Db, organisationIds: string[]): Promise<LoadedCase[]> {
  const rows = await db.case.findMany({
    where: {
      status: "open",
      OR: [{ careProviderId: { in: organisationIds } }, { landlordId: { in: organisationIds } }],
    },
    orderBy: { number: "asc" },
    select: { state: true, version: true },
  });
  return rows.map((row) => loaded(row)!);
}

/**
 * Complaints of the participant in other cases, for the escalation ladder (Actie 3). Complaints of
 * anonymised cases are no longer linked to the participant and do not count.
 */
export async function listPriorComplaints(db: Db, participantId: string, excludeCaseId: string | null) {
  const rows = await db.complaint.findMany({
    where: { participantId, ...(excludeCaseId ? { caseId: { not: excludeCaseId } } : {}) },
    include: { case: { select: { kind: true } } },
    orderBy: { receivedAt: "asc" },
  });
  return rows.map(
    (row): PriorComplaint => ({
      participantId,
      caseId: row.caseId,
      caseKind: row.case.kind as CaseKind,
      complaintId: row.id,
      type: row.type as PriorComplaint["type"],
      occurredAt: row.occurredAt.toISOString(),
      receivedAt: row.receivedAt.toISOString(),
      justified: row.justified,
      wronglyAttributed: row.wronglyAttributed,
    }),
  );
}

/** Stored apart from the case state; readable by landlord staff only (policy: viewComplainantIdentity). */
export async function storeComplainantIdentity(
  tx: Tx,
  complaintId: string,
  identity: { name: string; contact: string },
): Promise<void> {
  await tx.complainantIdentity.create({ data: { complaintId, ...identity } });
}

export async function findComplainantIdentities(db: Db, caseId: string) {
  return db.complainantIdentity.findMany({
    where: { complaint: { caseId } },
    select: { complaintId: true, name: true, contact: true },
  });
}

/** Every case of these organisations (open and closed), for the reports. */
export async function listCasesOfOrganisations(db: Db, organisationIds: string[]): Promise<CaseState[]> {
  const rows = await db.case.findMany({
    where: {
      anonymisedAt: null,
      OR: [{ careProviderId: { in: organisationIds } }, { landlordId: { in: organisationIds } }],
    },
    select: { state: true },
  });
  return rows.map((row) => row.state as unknown as CaseState);
}
