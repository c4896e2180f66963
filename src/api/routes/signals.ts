/**
 * POST /signals — a signal from the landlord's system (Signalering): a sign of (threatening)
 * nuisance, a missed rent payment, or the participant's own report. The partner side gets it in the
 * shared channel and 48 hours to acknowledge it, as with /signaal.
 */
import type { Request, Response, Router } from "express";
import type { SignalState } from "../../flows/signals/model.ts";
import type { ServiceRuntime } from "../../services/runtime.ts";
import { logSignal } from "../../services/signal-service.ts";
import { logAccess } from "../../store/dossier/access-log.ts";
import { loadParticipant } from "../../store/participants/participant-repository.ts";
import { principalOf } from "../auth.ts";
import { jsonBody } from "../body.ts";
import { runIdempotent } from "../idempotency.ts";
import { localeOf } from "../locale.ts";
import { participantForKey } from "../participants.ts";
import { signalRequestSchema } from "../schemas.ts";
import { sendResult } from "../send.ts";
import { validateBody } from "../validation.ts";
import { CLOCK_SKEW_MS } from "./complaints.ts";

export function registerSignalRoutes(router: Router, runtime: ServiceRuntime): void {
  router.post("/signals", jsonBody(localeOf), async (req: Request, res: Response) => {
    const principal = principalOf(res);
    const locale = localeOf(req);
    const now = runtime.clock.now();
    // A malformed body is refused before anything is stored, not even its Idempotency-Key.
    const input = validateBody(signalRequestSchema, req.body, locale, (v) =>
      v.observedAt && Date.parse(v.observedAt) > now.getTime() + CLOCK_SKEW_MS
        ? [{ field: "observedAt", problem: "inFuture" }]
        : [],
    );
    const observedAt = new Date(Math.min(Date.parse(input.observedAt), now.getTime()));
    const result = await runIdempotent<SignalState>(
      runtime,
      req,
      principal,
      async (hooks) => {
        const participantId = await participantForKey(runtime, principal, input.participant);
        const participant = (await loadParticipant(runtime.prisma, participantId))!.state;
        // A signal from the neighbourhood is followed up by the landlord contact, not by the key.
        const followUpOwner =
          input.source === "neighbourhood" && participant.landlordContactId
            ? { memberId: participant.landlordContactId, role: "landlordStaff" as const }
            : null;
        return logSignal(
          runtime,
          principal.actor,
          {
            participantId,
            kind: input.kind,
            source: input.source,
            description: input.description,
            observedAt,
            followUpOwner,
          },
          hooks,
        );
      },
      async (tx, signal) => {
        await logAccess(tx, {
          memberId: principal.actor.memberId,
          apiKeyId: principal.apiKeyId,
          action: "api.signal.logged",
          subject: `signal:${signal.signalId}`,
          at: now,
        });
        return {
          status: 201,
          body: {
            signalId: signal.signalId,
            kind: signal.kind,
            participant: signal.participant.reference,
            acknowledgeBefore: signal.acknowledgements.map((ack) => ({
              side: ack.side,
              dueAt: new Date(ack.dueAt).toISOString(),
            })),
          },
        };
      },
    );
    sendResult(res, result);
  });
}
