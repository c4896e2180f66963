/**
 * A form counts once. Every form the core hands out carries a fresh submission id in its metadata;
 * the first submit reserves it (one winner when two arrive at once: a double click on "Versturen",
 * a platform's retry, a flaky phone connection sending twice), a second one is answered kindly and
 * records nothing. A submit that comes back with field errors or fails frees the id again, so the
 * person can correct the form and send it once more.
 *
 * The reservation uses the idempotency records of the intake API, in their own scope per member.
 */
import { randomBytes } from "node:crypto";
import type { Locale } from "../../flows/model.ts";
import {
  completeIdempotencyRecord,
  findIdempotencyRecord,
  IN_PROGRESS,
  releaseIdempotencyKey,
  reserveIdempotencyKey,
} from "../../store/api-keys/idempotency-repository.ts";
import type { ServiceRuntime } from "../runtime.ts";
import { botTexts } from "./texts.ts";
import type { InteractionResult } from "./types.ts";

/** `@<id>|<metadata>`; a form's own metadata is JSON or empty, so it never starts with "@". */
const SEALED = /^@([A-Za-z0-9_-]{16})\|([\s\S]*)$/;

/** Gives a form result a fresh submission id; other results pass unchanged. */
export function sealForm(result: InteractionResult): InteractionResult {
  if (result.type !== "openForm") return result;
  const id = randomBytes(12).toString("base64url");
  return { ...result, form: { ...result.form, metadata: `@${id}|${result.form.metadata}` } };
}

/** The form's own metadata and its submission id (null for forms handed out before ids existed). */
function unsealMetadata(metadata: string): { submissionId: string | null; metadata: string } {
  const match = SEALED.exec(metadata);
  return match ? { submissionId: match[1]!, metadata: match[2]! } : { submissionId: null, metadata };
}

function scopeOf(memberId: string): string {
  return `chat-form:${memberId}`;
}

/**
 * Runs a form's submit at most once per submission id. `submit` gets the form's own metadata.
 */
export async function submitOnce(
  runtime: ServiceRuntime,
  input: { memberId: string; metadata: string; locale: Locale },
  submit: (metadata: string) => Promise<InteractionResult>,
): Promise<InteractionResult> {
  const { submissionId, metadata } = unsealMetadata(input.metadata);
  if (submissionId === null) return submit(metadata);
  const { prisma } = runtime;
  const scope = scopeOf(input.memberId);
  const t = botTexts(input.locale);
  const reserved = await reserveIdempotencyKey(prisma, {
    apiKeyId: scope,
    key: submissionId,
    requestHash: "form",
    at: runtime.clock.now(),
  });
  if (!reserved) {
    const existing = await findIdempotencyRecord(prisma, scope, submissionId);
    // Freed between the two reads: the first attempt failed; the person may send again.
    if (!existing) return { type: "done", notice: t.formAlreadyInProgress };
    return {
      type: "done",
      notice: existing.statusCode === IN_PROGRESS ? t.formAlreadyInProgress : t.formAlreadyReceived,
    };
  }
  let result: InteractionResult;
  try {
    result = await submit(metadata);
  } catch (error) {
    await releaseIdempotencyKey(prisma, scope, submissionId).catch((releaseError: unknown) =>
      runtime.logger.error({ err: releaseError }, "could not free a form submission id"),
    );
    throw error;
  }
  if (result.type === "formErrors") {
    await releaseIdempotencyKey(prisma, scope, submissionId);
  } else {
    await completeIdempotencyRecord(prisma, {
      apiKeyId: scope,
      key: submissionId,
      statusCode: 200,
      responseBody: { type: result.type },
    });
  }
  return result;
}
