/** Signals (signalering): the flow state as JSON. */
import type { SignalState } from "../../flows/signals/model.ts";
import { ConcurrencyConflict } from "../cases/case-repository.ts";
import { decodeState, encodeState, type PrismaClient, type Tx } from "../db-types.ts";

type Db = Tx | PrismaClient;

export interface LoadedSignal {
  state: SignalState;
  version: number;
}

export async function insertSignal(tx: Tx, state: SignalState): Promise<void> {
  await tx.signal.create({
    data: {
      id: state.signalId,
      participantId: state.participant.participantId,
      kind: state.kind,
      state: encodeState(state),
      version: 1,
    },
  });
}

export async function saveSignal(tx: Tx, state: SignalState, expectedVersion: number): Promise<void> {
  const result = await tx.signal.updateMany({
    where: { id: state.signalId, version: expectedVersion },
    data: { state: encodeState(state), version: expectedVersion + 1 },
  });
  if (result.count === 0) throw new ConcurrencyConflict(`signal ${state.signalId} changed meanwhile`);
}

export async function loadSignal(db: Db, id: string): Promise<LoadedSignal | null> {
  const row = await db.signal.findUnique({ where: { id }, select: { state: true, version: true } });
  return row ? { state: decodeState<SignalState>(row.state), version: row.version } : null;
}
