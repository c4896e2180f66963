/** The yearly cooperation between a care provider and a landlord (one row per pair). */
import type { CooperationState } from "../../flows/cooperation/model.ts";
import { ConcurrencyConflict } from "../cases/case-repository.ts";
import { decodeState, encodeState, type PrismaClient, type Tx } from "../db-types.ts";

type Db = Tx | PrismaClient;

export interface CooperationRecord {
  id: string;
  careProviderId: string;
  landlordId: string;
  state: CooperationState;
  /** Optimistic concurrency: every save increments it. */
  version: number;
}

export async function findCooperation(db: Db, id: string): Promise<CooperationRecord | null> {
  const row = await db.cooperation.findUnique({ where: { id } });
  if (!row) return null;
  return {
    id: row.id,
    careProviderId: row.careProviderId,
    landlordId: row.landlordId,
    state: decodeState<CooperationState>(row.state),
    version: row.version,
  };
}

/** The cooperation of one care provider and one landlord, if it was planned. */
export async function findCooperationOfPair(
  db: Db,
  careProviderId: string,
  landlordId: string,
): Promise<CooperationRecord | null> {
  const row = await db.cooperation.findUnique({
    where: { careProviderId_landlordId: { careProviderId, landlordId } },
  });
  if (!row) return null;
  return {
    id: row.id,
    careProviderId: row.careProviderId,
    landlordId: row.landlordId,
    state: decodeState<CooperationState>(row.state),
    version: row.version,
  };
}

export async function insertCooperation(tx: Tx, state: CooperationState): Promise<void> {
  await tx.cooperation.create({
    data: {
      id: state.cooperationId,
      careProviderId: state.careProviderId,
      landlordId: state.landlordId,
      state: encodeState(state),
      version: 1,
    },
  });
}

/** Saves a decision on the state read at `expectedVersion`; a concurrent change is retried. */
export async function saveCooperation(
  tx: Tx,
  state: CooperationState,
  expectedVersion: number,
): Promise<void> {
  const result = await tx.cooperation.updateMany({
    where: { id: state.cooperationId, version: expectedVersion },
    data: { state: encodeState(state), version: expectedVersion + 1 },
  });
  if (result.count === 0)
    throw new ConcurrencyConflict(`cooperation ${state.cooperationId} changed meanwhile`);
}
