/** Every signal about the given participants (for the reports' Signalering figure). */
import type { SignalState } from "../../flows/signals/model.ts";
import { decodeState, type PrismaClient, type Tx } from "../db-types.ts";

export async function listSignalsOfParticipants(
  db: Tx | PrismaClient,
  participantIds: string[],
): Promise<SignalState[]> {
  if (participantIds.length === 0) return [];
  const rows = await db.signal.findMany({
    where: { participantId: { in: participantIds } },
    select: { state: true },
  });
  return rows.map((row) => decodeState<SignalState>(row.state));
}
