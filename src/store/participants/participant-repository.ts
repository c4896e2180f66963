/** Participants: the flow state (details + onboarding checklist) as JSON, with the tenancy row. */
import type { ParticipantState } from "../../flows/participants/model.ts";
import { ConcurrencyConflict } from "../cases/case-repository.ts";
import { decodeState, encodeState, type PrismaClient, type Tx } from "../db-types.ts";
import { equalsIgnoringCase } from "../text-match.ts";

type Db = Tx | PrismaClient;

export interface LoadedParticipant {
  state: ParticipantState;
  version: number;
}

function loaded(row: { state: unknown; version: number } | null): LoadedParticipant | null {
  return row ? { state: decodeState<ParticipantState>(row.state), version: row.version } : null;
}

export async function insertParticipant(tx: Tx, state: ParticipantState): Promise<void> {
  await tx.participant.create({
    data: {
      id: state.participantId,
      reference: state.reference,
      careProviderId: state.careProviderId,
      landlordId: state.landlordId,
      state: encodeState(state),
      version: 1,
      tenancies: {
        create: { dwelling: state.dwelling, leaseType: state.leaseType, startedAt: state.registeredAt },
      },
    },
  });
}

export async function saveParticipant(
  tx: Tx,
  state: ParticipantState,
  expectedVersion: number,
): Promise<void> {
  const result = await tx.participant.updateMany({
    where: { id: state.participantId, version: expectedVersion },
    data: { state: encodeState(state), version: expectedVersion + 1, reference: state.reference },
  });
  if (result.count === 0)
    throw new ConcurrencyConflict(`participant ${state.participantId} changed meanwhile`);
  const tenancy = await tx.tenancy.findFirst({
    where: { participantId: state.participantId, endedAt: null },
    orderBy: { createdAt: "desc" },
  });
  if (tenancy && (tenancy.dwelling !== state.dwelling || tenancy.leaseType !== state.leaseType)) {
    await tx.tenancy.update({
      where: { id: tenancy.id },
      data: { dwelling: state.dwelling, leaseType: state.leaseType },
    });
  }
}

export async function loadParticipant(db: Db, id: string): Promise<LoadedParticipant | null> {
  return loaded(await db.participant.findUnique({ where: { id }, select: { state: true, version: true } }));
}

/** A participant of one of these organisations by reference (case-insensitive). */
export async function findParticipantByReference(
  db: Db,
  organisationIds: string[],
  reference: string,
): Promise<LoadedParticipant | null> {
  const row = await db.participant.findFirst({
    where: {
      reference: equalsIgnoringCase(reference.trim()),
      anonymisedAt: null,
      OR: [{ careProviderId: { in: organisationIds } }, { landlordId: { in: organisationIds } }],
    },
    select: { state: true, version: true },
  });
  return loaded(row);
}

export async function listParticipants(db: Db, organisationIds: string[]): Promise<LoadedParticipant[]> {
  const rows = await db.participant.findMany({
    where: {
      anonymisedAt: null,
      OR: [{ careProviderId: { in: organisationIds } }, { landlordId: { in: organisationIds } }],
    },
    orderBy: { reference: "asc" },
    select: { state: true, version: true },
  });
  return rows.map((row) => loaded(row)!);
}
