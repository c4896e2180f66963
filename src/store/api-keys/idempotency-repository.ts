/**
 * Idempotency records: a key is reserved before the work starts (one winner when two requests
 * race) and completed with the response. The intake API does both inside the transaction of the
 * work itself; a chat form's submission id is reserved on its own and released when the work failed.
 */
import { type PrismaClient, type Tx, toJson } from "../db-types.ts";

type Db = Tx | PrismaClient;

/** statusCode of a reserved key whose request has not finished. */
export const IN_PROGRESS = 0;

export interface IdempotencyRecordView {
  requestHash: string;
  statusCode: number;
  responseBody: unknown;
  createdAt: Date;
}

export async function findIdempotencyRecord(
  db: Db,
  apiKeyId: string,
  key: string,
): Promise<IdempotencyRecordView | null> {
  return db.idempotencyRecord.findUnique({
    where: { apiKeyId_key: { apiKeyId, key } },
    select: { requestHash: true, statusCode: true, responseBody: true, createdAt: true },
  });
}

/** Reserves the key for this request; false when another request holds or finished it. */
export async function reserveIdempotencyKey(
  db: Db,
  input: { apiKeyId: string; key: string; requestHash: string; at: Date },
): Promise<boolean> {
  const result = await db.idempotencyRecord.createMany({
    data: [
      {
        apiKeyId: input.apiKeyId,
        key: input.key,
        requestHash: input.requestHash,
        statusCode: IN_PROGRESS,
        responseBody: {},
        createdAt: input.at,
      },
    ],
    skipDuplicates: true,
  });
  return result.count === 1;
}

/**
 * Reserves the key inside the transaction that does the work (the intake API): the reservation
 * commits with the work or not at all. A committed reservation without an answer can only be left
 * by a version that reserved keys in a transaction of their own and died before answering; it is
 * taken over.
 */
export async function reserveIdempotencyKeyForWork(
  tx: Tx,
  input: { apiKeyId: string; key: string; requestHash: string; at: Date },
): Promise<boolean> {
  await tx.idempotencyRecord.deleteMany({
    where: { apiKeyId: input.apiKeyId, key: input.key, statusCode: IN_PROGRESS },
  });
  return reserveIdempotencyKey(tx, input);
}

export async function completeIdempotencyRecord(
  db: Db,
  input: { apiKeyId: string; key: string; statusCode: number; responseBody: unknown },
): Promise<void> {
  await db.idempotencyRecord.update({
    where: { apiKeyId_key: { apiKeyId: input.apiKeyId, key: input.key } },
    data: { statusCode: input.statusCode, responseBody: toJson(input.responseBody) },
  });
}

/** Frees a reservation whose request failed, so the same key can be sent again. */
export async function releaseIdempotencyKey(db: Db, apiKeyId: string, key: string): Promise<void> {
  await db.idempotencyRecord.deleteMany({ where: { apiKeyId, key, statusCode: IN_PROGRESS } });
}
