/**
 * POST /complaints — a complaint from the landlord's own system (SPEC §3 Intake). It takes the same
 * path as the Slack /overlast form (fileComplaint), so it reaches the shared channel the same way;
 * Actie 1 starts. The complainant's identity is stored for the landlord only.
 */
import type { Request, Response, Router } from "express";
import { isAfterTen } from "../../flows/calendar/amsterdam.ts";
import type { CaseState } from "../../flows/cases/state.ts";
import { fileComplaint } from "../../services/case-service.ts";
import type { ServiceRuntime } from "../../services/runtime.ts";
import { logAccess } from "../../store/dossier/access-log.ts";
import { principalOf } from "../auth.ts";
import { jsonBody } from "../body.ts";
import { runIdempotent } from "../idempotency.ts";
import { localeOf } from "../locale.ts";
import { participantForKey } from "../participants.ts";
import { type ComplaintRequest, complaintRequestSchema } from "../schemas.ts";
import { sendResult } from "../send.ts";
import { type CrossCheck, validateBody } from "../validation.ts";

/** Clocks differ a little between systems: a moment up to five minutes ahead is accepted. */
export const CLOCK_SKEW_MS = 5 * 60_000;

export function complaintChecks(v: Partial<ComplaintRequest>, now: Date): CrossCheck[] {
  const checks: CrossCheck[] = [];
  const latest = now.getTime() + CLOCK_SKEW_MS;
  const occurred = v.occurredAt ? Date.parse(v.occurredAt) : null;
  const received = v.receivedByLandlordAt ? Date.parse(v.receivedByLandlordAt) : null;
  if (occurred !== null && occurred > latest) checks.push({ field: "occurredAt", problem: "inFuture" });
  if (received !== null && received > latest)
    checks.push({ field: "receivedByLandlordAt", problem: "inFuture" });
  if (occurred !== null && received !== null && occurred > received && occurred <= latest) {
    checks.push({ field: "occurredAt", problem: "occurredAfterReceipt" });
  }
  // "na 22:00" agrees with the time it happened (22:00 until 07:00 Amsterdam time), as in the chat form.
  if (occurred !== null && !Number.isNaN(occurred) && v.afterTen !== undefined) {
    if (v.afterTen !== isAfterTen(new Date(occurred)))
      checks.push({ field: "afterTen", problem: "afterTenContradicts" });
  }
  const c = v.complainant;
  if (c && !c.anonymous && !c.name && !c.contact)
    checks.push({ field: "complainant.name", problem: "nameOrAnonymous" });
  return checks;
}

export function registerComplaintRoutes(router: Router, runtime: ServiceRuntime): void {
  router.post("/complaints", jsonBody(localeOf), async (req: Request, res: Response) => {
    const principal = principalOf(res);
    const locale = localeOf(req);
    const now = runtime.clock.now();
    // A malformed body is refused before anything is stored, not even its Idempotency-Key.
    const input = validateBody(complaintRequestSchema, req.body, locale, (v) => complaintChecks(v, now));
    const anonymous = input.complainant.anonymous;
    const result = await runIdempotent<CaseState>(
      runtime,
      req,
      principal,
      async (hooks) =>
        fileComplaint(
          runtime,
          principal.actor,
          {
            participantId: await participantForKey(runtime, principal, input.participant),
            complaint: {
              type: input.type,
              description: input.description,
              occurredAt: new Date(input.occurredAt),
              afterTen: input.afterTen,
              receivedByLandlordAt: new Date(input.receivedByLandlordAt),
              complainantAnonymous: anonymous,
            },
            // An anonymous complainant's name is not kept, even when it was sent.
            complainant: anonymous
              ? { anonymous: true, name: null, contact: null }
              : {
                  anonymous: false,
                  name: input.complainant.name || null,
                  contact: input.complainant.contact || null,
                },
          },
          hooks,
        ),
      async (tx, state) => {
        const complaint = state.complaints.at(-1)!;
        await logAccess(tx, {
          memberId: principal.actor.memberId,
          apiKeyId: principal.apiKeyId,
          action: "api.complaint.filed",
          subject: `case:${state.id}`,
          at: now,
        });
        return {
          status: 201,
          body: {
            caseNumber: state.number,
            complaintId: complaint.id,
            newCase: state.complaints.length === 1,
            status: state.status,
            step: state.step,
            statusUrl: `${req.baseUrl}/cases/${state.number}`,
          },
        };
      },
    );
    sendResult(res, result);
  });
}
