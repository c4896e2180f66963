/**
 * Termijnen: the messages that go out at most once per person (or case) per working day — the
 * morning digest, the one at-due ping, the case thread's overdue summary. Reserved in the
 * transaction that writes the message to the outbox: the reservation commits with the message or
 * not at all, and of two instances racing for it one wins (the idempotency records' unique key).
 */
import { reserveIdempotencyKey } from "../api-keys/idempotency-repository.ts";
import type { Tx } from "../db-types.ts";

export type OncePerDay = "digest" | "ping" | "overdue";

/** True when this is the first `kind` for `who` on `day` (an Amsterdam date, yyyy-MM-dd). */
export async function reserveOncePerDay(
  tx: Tx,
  kind: OncePerDay,
  who: string,
  day: string,
  at: Date,
): Promise<boolean> {
  return reserveIdempotencyKey(tx, { apiKeyId: `nudge-${kind}:${who}`, key: day, requestHash: kind, at });
}
