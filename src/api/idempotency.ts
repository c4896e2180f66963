/**
 * `Idempotency-Key`: a request retried with the same key and the same body gets the stored answer
 * and creates nothing twice; the same key with another body is refused (422). The key is reserved
 * before the work starts, so of two racing requests only one does the work (the other gets 409).
 * Only successful answers are kept: after a refusal the caller may fix the body and retry the key.
 */
import { createHash } from "node:crypto";
import type { Request } from "express";
import type { ServiceRuntime } from "../services/runtime.ts";
import {
  completeIdempotencyRecord,
  findIdempotencyRecord,
  type IdempotencyRecordView,
  IN_PROGRESS,
  releaseIdempotencyKey,
  reserveIdempotencyKey,
} from "../store/api-keys/idempotency-repository.ts";
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

export function requestHash(req: Request): string {
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

export async function runIdempotent(
  runtime: ServiceRuntime,
  req: Request,
  principal: ApiPrincipal,
  work: () => Promise<ApiResult>,
): Promise<IdempotentResult> {
  const key = req.get("idempotency-key");
  if (key === undefined) return { ...(await work()), replayed: false };
  if (!KEY.test(key)) throw new ApiError(400, "idempotencyKeyInvalid");
  const { prisma } = runtime;
  const hash = requestHash(req);
  const existing = await findIdempotencyRecord(prisma, principal.apiKeyId, key);
  if (existing) return answerFor(existing, hash);
  const reserved = await reserveIdempotencyKey(prisma, {
    apiKeyId: principal.apiKeyId,
    key,
    requestHash: hash,
    at: runtime.clock.now(),
  });
  if (!reserved) {
    const winner = await findIdempotencyRecord(prisma, principal.apiKeyId, key);
    if (winner) return answerFor(winner, hash);
    throw new ApiError(409, "idempotencyKeyInProgress", { headers: { "Retry-After": "1" } });
  }
  let result: ApiResult;
  try {
    result = await work();
  } catch (error) {
    await releaseIdempotencyKey(prisma, principal.apiKeyId, key).catch((releaseError: unknown) =>
      runtime.logger.error({ err: releaseError }, "could not release an idempotency key"),
    );
    throw error;
  }
  if (result.status >= 200 && result.status < 300) {
    await completeIdempotencyRecord(prisma, {
      apiKeyId: principal.apiKeyId,
      key,
      statusCode: result.status,
      responseBody: result.body,
    });
  } else {
    await releaseIdempotencyKey(prisma, principal.apiKeyId, key);
  }
  return { ...result, replayed: false };
}
