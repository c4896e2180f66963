/** The yearly cooperation between a care provider and a landlord (one row per pair). */
import type { CooperationState } from "../../flows/cooperation/model.ts";
import { decodeState, type PrismaClient, type Tx } from "../db-types.ts";

type Db = Tx | PrismaClient;

export interface CooperationRecord {
  id: string;
  careProviderId: string;
  landlordId: string;
  state: CooperationState;
}

export async function findCooperation(db: Db, id: string): Promise<CooperationRecord | null> {
  const row = await db.cooperation.findUnique({ where: { id } });
  if (!row) return null;
  return {
    id: row.id,
    careProviderId: row.careProviderId,
    landlordId: row.landlordId,
    state: decodeState<CooperationState>(row.state),
  };
}
