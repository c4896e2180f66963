/**
 * `Idempotency-Key`: a request retried with the same key and the same body gets the stored answer
 * and creates nothing twice; the same key with another body is refused (422).
 *
 * The key is reserved, the work is done and the answer is stored in ONE transaction (the
 * service's own: see TransactionHooks). Of two racing requests the second waits for the first's
 * commit and then replays its answer. A process that dies half-way (a crash, `kill -9`, a lost
 * database connection) leaves nothing behind — neither the key nor the complaint — so the client's
 * retry with the same key does the work. Only successful answers are kept: after a refusal the
 * caller may fix the body and retry the key.
 */
import { createHash } from "node:crypto";
import type { Request } from "express";
import type { ServiceRuntime, TransactionHooks } from "../services/runtime.ts";
import {
  completeIdempotencyRecord,
  findIdempotencyRecord,
  type IdempotencyRecordView,
  IN_PROGRESS,
  reserveIdempotencyKeyForWork,
} from "../store/api-keys/idempotency-repository.ts";
import type { Tx } from "../store/db-types.ts";
import { canonicalJson } from "../store/timeline/hash.ts";
import type { ApiPrincipal } from "./auth.ts";
import { ApiError } from "./errors.ts";

export interface ApiResult {
  status: number;
  body: unknown;
}

export interface IdempotentResult extends ApiResult {
  replayed: boolean;
}

const KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * Where a test may kill the process on purpose (`NABUUR_CRASH_POINT`), to prove that a request
 * that dies there can be retried. Never set in production.
 */
type IntakeCrashPoint = "intake.keyReserved" | "intake.beforeCommit";

function crashPoint(point: IntakeCrashPoint): void {
  if (process.env.NABUUR_CRASH_POINT === point) process.kill(process.pid, "SIGKILL");
}

/** Another request holds or finished the key: this transaction must not do the work. */
class KeyTaken extends Error {}

function requestHash(req: Request): string {
  return createHash("sha256")
    .update(`${req.method} ${req.baseUrl}${req.path}\n`)
    .update(canonicalJson(req.body ?? null))
    .digest("hex");
}

function answerFor(record: IdempotencyRecordView, hash: string): IdempotentResult {
  if (record.requestHash !== hash) throw new ApiError(422, "idempotencyKeyReused");
  if (record.statusCode === IN_PROGRESS) {
    throw new ApiError(409, "idempotencyKeyInProgress", { headers: { "Retry-After": "1" } });
  }
  return { status: record.statusCode, body: record.responseBody, replayed: true };
}

/**
 * Runs `work` at most once per Idempotency-Key. `work` hands the hooks to the service whose
 * transaction decides the request; `answer` computes the success answer inside that transaction
 * (it may write, e.g. the access log), so the answer is stored with the effect or not at all. A
 * refusal is thrown (ApiError, FlowError) and rolls the reservation back with the work.
 */
export async function runIdempotent<S>(
  runtime: ServiceRuntime,
  req: Request,
  principal: ApiPrincipal,
  work: (hooks: TransactionHooks<S>) => Promise<S>,
  answer: (tx: Tx, state: S) => Promise<ApiResult>,
): Promise<IdempotentResult> {
  const key = req.get("idempotency-key");
  let result: ApiResult | undefined;
  if (key === undefined) {
    await work({
      finish: async (tx, state) => {
        result = await answer(tx, state);
      },
    });
    return { ...result!, replayed: false };
  }
  if (!KEY.test(key)) throw new ApiError(400, "idempotencyKeyInvalid");
  const { prisma } = runtime;
  const hash = requestHash(req);
  const existing = await findIdempotencyRecord(prisma, principal.apiKeyId, key);
  if (existing && existing.statusCode !== IN_PROGRESS) return answerFor(existing, hash);
  try {
    await work({
      begin: async (tx) => {
        const reserved = await reserveIdempotencyKeyForWork(tx, {
          apiKeyId: principal.apiKeyId,
          key,
          requestHash: hash,
          at: runtime.clock.now(),
        });
        if (!reserved) throw new KeyTaken();
        crashPoint("intake.keyReserved");
      },
      finish: async (tx, state) => {
        result = await answer(tx, state);
        await completeIdempotencyRecord(tx, {
          apiKeyId: principal.apiKeyId,
          key,
          statusCode: result.status,
          responseBody: result.body,
        });
        crashPoint("intake.beforeCommit");
      },
    });
  } catch (error) {
    if (!(error instanceof KeyTaken)) throw error;
    const winner = await findIdempotencyRecord(prisma, principal.apiKeyId, key);
    if (winner) return answerFor(winner, hash);
    // The other request rolled back after our reservation was refused: the client may retry.
    throw new ApiError(409, "idempotencyKeyInProgress", { headers: { "Retry-After": "1" } });
  }
  return { ...result!, replayed: false };
}
