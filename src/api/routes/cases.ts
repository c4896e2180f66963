/**
 * GET /cases/:number — the status of one of the landlord's own cases: status, step, the agreed
 * actions and deadlines landlord staff may see (never care-only content).
 * GET /cases/:number/dossier(.pdf|.json) — the landlord's version of the nuisance dossier.
 * POST /cases/:number/correspondence — correspondence with a third party (shared with the care team).
 * POST /cases/:number/letters — the draft of the letter of Actie 3, 4 or 5, stored with the case.
 * POST /cases/:number/letters/sent — the letter as sent, with its dates (registered, "voor gezien").
 */
import type { Request, Response, Router } from "express";
import { deadlineViews, landlordAgreedActions } from "../../flows/cases/card-specs.ts";
import type { CaseState } from "../../flows/cases/state.ts";
import { actionLabel, uiTexts } from "../../flows/cases/texts.ts";
import type { Locale } from "../../flows/model.ts";
import { may } from "../../flows/policy/permissions.ts";
import {
  type RecordedCorrespondence,
  recordCorrespondence,
} from "../../services/dossier/correspondence-service.ts";
import type { DossierFormat } from "../../services/dossier/dossier-types.ts";
import { exportDossier, parseCaseNumber } from "../../services/dossier/export-dossier.ts";
import {
  type DraftedLetter,
  draftCaseLetter,
  recordLetterSent,
} from "../../services/letters/letter-service.ts";
import type { ServiceRuntime } from "../../services/runtime.ts";
import { scopeOf } from "../../services/scope.ts";
import { loadCaseByNumber } from "../../store/cases/case-repository.ts";
import { logAccess } from "../../store/dossier/access-log.ts";
import { type ApiPrincipal, principalOf } from "../auth.ts";
import { jsonBody } from "../body.ts";
import { givenFile, keepGivenFile } from "../correspondence-file.ts";
import { ApiError } from "../errors.ts";
import { runIdempotent } from "../idempotency.ts";
import { localeOf } from "../locale.ts";
import {
  type CaseStatusBody,
  correspondenceRequestSchema,
  letterDraftRequestSchema,
  letterSentRequestSchema,
} from "../schemas.ts";
import { sendResult } from "../send.ts";
import { validateBody } from "../validation.ts";
import { CLOCK_SKEW_MS } from "./complaints.ts";

/** The landlord's own case by number: 404 when unknown, 403 when it is another landlord's. */
async function ownCase(runtime: ServiceRuntime, principal: ApiPrincipal, text: string): Promise<CaseState> {
  const number = parseCaseNumber(text);
  const loaded = number === null ? null : await loadCaseByNumber(runtime.prisma, number);
  if (!loaded) throw new ApiError(404, "caseNotFound", { params: { number: text } });
  const scope = await scopeOf(runtime.prisma, loaded.state.participant);
  if (
    !may(principal.actor, "viewCase", scope) ||
    loaded.state.participant.landlordId !== principal.organisationId
  ) {
    throw new ApiError(403, "forbidden");
  }
  return loaded.state;
}

function caseStatus(state: CaseState, locale: Locale): CaseStatusBody {
  const ui = uiTexts[locale];
  return {
    number: state.number,
    participant: state.participant.reference,
    kind: state.kind,
    status: state.status,
    statusLabel: ui.statuses[state.status],
    step: state.step,
    stepLabel: ui.steps[state.step],
    ladderStep: state.ladder.current,
    openedAt: state.openedAt,
    closedAt: state.closedAt,
    complaints: state.complaints.length,
    agreedActions: landlordAgreedActions(state).map((action) => ({
      id: action.id,
      text: actionLabel(action.code, action.text, locale),
      ownerRole: action.ownerRole,
      status: action.status,
      step: action.step,
      dueAt: action.dueAt,
    })),
    deadlines: deadlineViews(state, "landlord").map((deadline) => ({
      key: deadline.key,
      rule: deadline.rule,
      description:
        deadline.actionCode === null
          ? ui.deadlineRules[deadline.rule]
          : `${ui.deadlineRules[deadline.rule]}: ${actionLabel(deadline.actionCode, deadline.actionText, locale)}`,
      ownerRole: deadline.ownerRole,
      dueAt: deadline.dueAt,
    })),
    letters: state.ladder.letters.map((letter) => ({
      step: letter.step,
      kind: letter.kind,
      sentAt: letter.sentAt,
      registered: letter.registered,
      signedForSeen: letter.signedForSeen,
    })),
  };
}

export function registerCaseRoutes(router: Router, runtime: ServiceRuntime): void {
  router.get("/cases/:number", async (req: Request, res: Response) => {
    const principal = principalOf(res);
    const state = await ownCase(runtime, principal, String(req.params.number));
    await logAccess(runtime.prisma, {
      memberId: principal.actor.memberId,
      apiKeyId: principal.apiKeyId,
      action: "api.case.viewed",
      subject: `case:${state.id}`,
      at: runtime.clock.now(),
    });
    res.json(caseStatus(state, localeOf(req)));
  });

  const dossier = (format: DossierFormat | null) => async (req: Request, res: Response) => {
    const principal = principalOf(res);
    const state = await ownCase(runtime, principal, String(req.params.number));
    const chosen =
      format ?? (req.accepts(["application/json", "application/pdf"]) === "application/pdf" ? "pdf" : "json");
    const file = await exportDossier(runtime, principal.actor, state.number, chosen, {
      audience: "landlord",
      locale: localeOf(req),
      apiKeyId: principal.apiKeyId,
      apiKeyPrefix: principal.prefix,
    });
    res.set("Content-Type", file.contentType);
    res.set("Content-Disposition", `attachment; filename="${file.filename}"`);
    res.set("Cache-Control", "no-store");
    res.status(200).send(file.body);
  };
  router.get("/cases/:number/dossier.json", dossier("json"));
  router.get("/cases/:number/dossier.pdf", dossier("pdf"));
  router.get("/cases/:number/dossier", dossier(null));

  registerDossierWrites(router, runtime);
}

const inFuture = (field: string, value: string | undefined, now: Date) =>
  value && Date.parse(value) > now.getTime() + CLOCK_SKEW_MS ? [{ field, problem: "inFuture" as const }] : [];

/** Het overlastdossier from the landlord's system: correspondence and letters, kept with the case. */
function registerDossierWrites(router: Router, runtime: ServiceRuntime): void {
  const withFile = jsonBody(localeOf, { withFile: true });
  router.post("/cases/:number/correspondence", withFile, async (req: Request, res: Response) => {
    const principal = principalOf(res);
    const locale = localeOf(req);
    const now = runtime.clock.now();
    const state = await ownCase(runtime, principal, String(req.params.number));
    const input = validateBody(correspondenceRequestSchema, req.body, locale, (v) =>
      inFuture("at", v.at, now),
    );
    const at = new Date(Math.min(Date.parse(input.at), now.getTime()));
    // The letter itself, checked before anything is recorded; a refused file leaves the item recorded.
    const file = input.file ? givenFile(input.file.name, input.file.contentBase64) : null;
    const result = await runIdempotent<RecordedCorrespondence>(
      runtime,
      req,
      principal,
      // A key acts as landlord staff: its correspondence is shared, never care-only.
      (hooks) =>
        recordCorrespondence(
          runtime,
          principal.actor,
          state.id,
          { party: input.party, direction: input.direction, summary: input.summary, at, careOnly: false },
          hooks,
        ),
      async (tx, recorded) => {
        await logAccess(tx, {
          memberId: principal.actor.memberId,
          apiKeyId: principal.apiKeyId,
          action: "api.correspondence.recorded",
          subject: `case:${state.id}`,
          at: now,
        });
        const kept = file && (await keepGivenFile(tx, runtime, principal.actor, recorded.id, file, locale));
        return {
          status: 201,
          body: {
            correspondenceId: recorded.id,
            caseNumber: recorded.caseNumber,
            party: input.party,
            direction: input.direction,
            at: at.toISOString(),
            ...(kept ? { file: kept } : {}),
          },
        };
      },
    );
    sendResult(res, result);
  });

  router.post("/cases/:number/letters", jsonBody(localeOf), async (req: Request, res: Response) => {
    const principal = principalOf(res);
    const locale = localeOf(req);
    const state = await ownCase(runtime, principal, String(req.params.number));
    const input = validateBody(letterDraftRequestSchema, req.body, locale);
    const result = await runIdempotent<DraftedLetter>(
      runtime,
      req,
      principal,
      (hooks) => draftCaseLetter(runtime, principal.actor, state.id, input.step, { locale }, hooks),
      async (tx, drafted) => {
        await logAccess(tx, {
          memberId: principal.actor.memberId,
          apiKeyId: principal.apiKeyId,
          action: "api.letter.drafted",
          subject: `case:${state.id}`,
          at: runtime.clock.now(),
        });
        return {
          status: 201,
          body: {
            letterId: drafted.letterId,
            caseNumber: drafted.caseNumber,
            step: input.step,
            kind: drafted.draft.kind,
            subject: drafted.draft.subject,
            text: drafted.draft.text,
            placeholders: drafted.draft.placeholders,
          },
        };
      },
    );
    sendResult(res, result);
  });

  router.post("/cases/:number/letters/sent", jsonBody(localeOf), async (req: Request, res: Response) => {
    const principal = principalOf(res);
    const locale = localeOf(req);
    const now = runtime.clock.now();
    const state = await ownCase(runtime, principal, String(req.params.number));
    const input = validateBody(letterSentRequestSchema, req.body, locale, (v) => [
      ...inFuture("sentAt", v.sentAt, now),
      ...inFuture("signedSeenAt", v.signedSeenAt ?? undefined, now),
    ]);
    const sentAt = new Date(Math.min(Date.parse(input.sentAt), now.getTime()));
    const signedSeenAt = input.signedSeenAt
      ? new Date(Math.min(Date.parse(input.signedSeenAt), now.getTime()))
      : null;
    const result = await runIdempotent<CaseState>(
      runtime,
      req,
      principal,
      (hooks) =>
        recordLetterSent(
          runtime,
          principal.actor,
          state.id,
          {
            step: input.step,
            sentAt,
            registered: input.registered,
            signedForSeen: input.signedForSeen,
            signedSeenAt,
            text: input.text ?? null,
          },
          hooks,
        ),
      async (tx, recorded) => {
        await logAccess(tx, {
          memberId: principal.actor.memberId,
          apiKeyId: principal.apiKeyId,
          action: "api.letter.sent",
          subject: `case:${state.id}`,
          at: now,
        });
        const letter = recorded.ladder.letters.at(-1)!;
        return {
          status: 201,
          body: {
            caseNumber: recorded.number,
            step: letter.step,
            kind: letter.kind,
            sentAt: letter.sentAt,
            registered: letter.registered,
            signedForSeen: letter.signedForSeen,
          },
        };
      },
    );
    sendResult(res, result);
  });
}
