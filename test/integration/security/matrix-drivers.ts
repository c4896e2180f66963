/**
 * How the authorization matrix drives one surface and reads what happened: the core's answer (the
 * interaction handler's result or refusal, recorded as it leaves the core), what the person was
 * shown on the platform, and a fingerprint of the procedure's tables before and after.
 */

import type { Locale, Role } from "../../../src/flows/model.ts";
import { ROLES } from "../../../src/flows/model.ts";
import { PERMISSION_NAMES } from "../../../src/flows/policy/permission-names.ts";
import { DENIAL_REASONS, explainDenial } from "../../../src/flows/policy/permissions.ts";
import type { InteractionHandler } from "../../../src/services/interactions/handler.ts";
import { botTexts } from "../../../src/services/interactions/texts.ts";
import type { InteractionResult } from "../../../src/services/interactions/types.ts";
import type { PrismaClient } from "../../../src/store/db-types.ts";

export interface Settled {
  result?: InteractionResult;
  error?: unknown;
}

/**
 * Records each answer of the core as the adapters receive it, per platform user (the matrix runs
 * several people at once, each one interaction at a time).
 */
export function recordAnswers(interactions: InteractionHandler) {
  const original = interactions.handle.bind(interactions);
  const waiting = new Map<string, (settled: Settled) => void>();
  const settle = (userId: string, settled: Settled) => {
    const resolve = waiting.get(userId);
    waiting.delete(userId);
    resolve?.(settled);
  };
  interactions.handle = async (interaction, context) => {
    try {
      const result = await original(interaction, context);
      settle(context.platformUserId, { result });
      return result;
    } catch (error) {
      settle(context.platformUserId, { error });
      throw error;
    }
  };
  return {
    /** Call before sending: resolves with the core's answer to this user's next interaction. */
    next(platformUserId: string, timeoutMs = 60_000): Promise<Settled> {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`the core was never asked (${platformUserId})`)),
          timeoutMs,
        );
        waiting.set(platformUserId, (settled) => {
          clearTimeout(timer);
          resolve(settled);
        });
      });
    },
  };
}

/** Every message the policy refuses with, in Dutch (the default language of the matrix's people). */
const POLICY_DENIALS: ReadonlySet<string> = new Set(
  DENIAL_REASONS.flatMap((reason) =>
    PERMISSION_NAMES.flatMap((action) =>
      ROLES.map((role: Role) => explainDenial({ reason, action, role }, "nl")),
    ),
  ),
);

/** A refusal on the policy's grounds: the policy's own explanation, or a command's "not your role / case". */
function isDenial(text: string, locale: Locale = "nl"): boolean {
  const t = botTexts(locale);
  return (
    POLICY_DENIALS.has(text) ||
    text === t.denied ||
    // `/nabuur zaak` and `/nabuur dossier` do not tell whether another organisation's case exists.
    /^Zaak \S+ bestaat niet of is niet van jouw organisatie\.$/.test(text) ||
    /^Zaak \S+ is niet gevonden, of je hebt er geen toegang toe\.$/.test(text)
  );
}

export interface Verdict {
  /** The person was refused on the policy's grounds. */
  denied: boolean;
  /** What the core answered, for the report. */
  kind: string;
  /** The refusal or notice text, if any. */
  text: string | null;
}

export function verdictOf(settled: Settled, interactions: InteractionHandler): Verdict {
  if (settled.error !== undefined) {
    const text = interactions.describeError(settled.error, "nl", "ref").text;
    return { denied: isDenial(text), kind: "refused", text };
  }
  const result = settled.result!;
  if (result.type === "done") {
    const text = result.notice ?? null;
    return { denied: text !== null && isDenial(text), kind: text ? "notice" : "done", text };
  }
  return { denied: false, kind: result.type, text: null };
}

/** Counts and contents of the procedure's tables: any decision, read log or membership change shows. */
export async function fingerprint(prisma: PrismaClient): Promise<string> {
  const rows = await prisma.$queryRawUnsafe<Record<string, unknown>[]>(
    `SELECT
       (SELECT count(*) FROM "TimelineEntry")::text AS timeline,
       (SELECT count(*) FROM "Case")::text AS cases,
       (SELECT count(*) FROM "Complaint")::text AS complaints,
       (SELECT count(*) FROM "ComplainantIdentity")::text AS identities,
       (SELECT count(*) FROM "Participant")::text AS participants,
       (SELECT count(*) FROM "Signal")::text AS signals,
       (SELECT count(*) FROM "Deadline")::text AS deadlines,
       (SELECT count(*) FROM "CareNote")::text AS care_notes,
       (SELECT count(*) FROM "Letter")::text AS letters,
       (SELECT count(*) FROM "AccessLog")::text AS access_log,
       (SELECT count(*) || ':' || coalesce(string_agg("role"::text, ',' ORDER BY "id"), '') FROM "Member") AS members,
       (SELECT coalesce(string_agg("channelId" || '=' || "kind"::text, ',' ORDER BY "id"), '') FROM "ChannelBinding") AS bindings,
       (SELECT coalesce(max("dueAt")::text, '') || ':' || coalesce(sum(extract(epoch from "dueAt"))::text, '') FROM "Deadline") AS due`,
  );
  return JSON.stringify(rows[0]);
}

/** The markers in `shown` that must not be there. */
export function leakedMarkers(shown: string, forbidden: readonly string[]): string[] {
  return forbidden.filter((marker) => shown.includes(marker));
}
