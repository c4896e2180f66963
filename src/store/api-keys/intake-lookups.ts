/** Lookups of the intake API: participants by reference across organisations, to tell 403 from 404. */
import type { PrismaClient, Tx } from "../db-types.ts";
import { equalsIgnoringCase } from "../text-match.ts";

type Db = Tx | PrismaClient;

export interface ParticipantOwners {
  participantId: string;
  reference: string;
  careProviderId: string;
  landlordId: string;
}

/** Every (not anonymised) participant with this reference, case-insensitive. */
export async function findParticipantsByReference(db: Db, reference: string): Promise<ParticipantOwners[]> {
  const rows = await db.participant.findMany({
    where: { reference: equalsIgnoringCase(reference.trim()), anonymisedAt: null },
    select: { id: true, reference: true, careProviderId: true, landlordId: true },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((row) => ({
    participantId: row.id,
    reference: row.reference,
    careProviderId: row.careProviderId,
    landlordId: row.landlordId,
  }));
}
