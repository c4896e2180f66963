/**
 * Snapshots of a case for its cards. Each builder decides what its audience may see: the shared
 * channel never gets the complainant's identity, care-only notes or the assessment reasoning.
 */

import { courtReadiness } from "../ladder/court.ts";
import { nextLadderStep } from "../ladder/model.ts";
import { evaluatePreconditions } from "../ladder/preconditions.ts";
import type { Audience } from "../model.ts";
import type {
  ActionView,
  AssessmentCardSpec,
  CaseCardSpec,
  CaseOverview,
  CaseRef,
  ComplaintView,
  DeadlineView,
  LadderCardSpec,
  ProposalCardSpec,
  SummaryCardSpec,
} from "./cards.ts";
import { type CaseAction, type CaseState, ownedByLandlord, visibleTo } from "./state.ts";

export function caseRef(state: CaseState): CaseRef {
  return { caseId: state.id, caseNumber: state.number, participantReference: state.participant.reference };
}

export function actionView(action: CaseAction): ActionView {
  return {
    id: action.id,
    code: action.code,
    text: action.text,
    step: action.step,
    ownerRole: action.ownerRole,
    status: action.status,
    dueAt: action.dueAt,
    audience: action.audience,
    requiresMediationConsent: action.requiresMediationConsent,
    skippable: action.skippable,
  };
}

function complaintViews(state: CaseState): ComplaintView[] {
  return state.complaints.map((c) => ({
    id: c.id,
    type: c.type,
    description: c.description,
    occurredAt: c.occurredAt,
    afterTen: c.afterTen,
    receivedByLandlordAt: c.receivedByLandlordAt,
    complainantAnonymous: c.complainantAnonymous,
    passedToTeamInTime: c.passedToTeamInTime,
  }));
}

function isAgreed(action: CaseAction): boolean {
  return action.status === "accepted" || action.status === "done";
}

/**
 * The actions in the order a card shows them: open before closed, the current step's first, and
 * within each the newest first (a long list never hides what was just agreed).
 */
function currentStepFirst(state: CaseState, actions: CaseAction[]): ActionView[] {
  const rank = (a: CaseAction) =>
    (a.status === "proposed" || a.status === "accepted" ? 0 : 2) + (a.step === state.step ? 0 : 1);
  return actions
    .map((action, index) => ({ action, index }))
    .sort((x, y) => rank(x.action) - rank(y.action) || y.index - x.index)
    .map(({ action }) => actionView(action));
}

/** Agreed actions landlord staff may see: shared, and owned by or relevant to the landlord. */
export function landlordAgreedActions(state: CaseState): ActionView[] {
  return state.actions
    .filter(
      (a) =>
        isAgreed(a) && a.audience === "shared" && (a.ownerRole === "landlordStaff" || a.relevantToLandlord),
    )
    .map(actionView);
}

/**
 * The case's open deadlines this audience may see, soonest first. `asOf` is the moment the card is
 * made: deadlines due before it are marked overdue (without it none are, e.g. for the API).
 */
export function deadlineViews(state: CaseState, audience: Audience, asOf?: Date): DeadlineView[] {
  return state.deadlines
    .filter((d) => visibleTo(audience, d.audience))
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt))
    .map((d) => {
      const action = d.actionId === null ? undefined : state.actions.find((a) => a.id === d.actionId);
      return {
        key: d.key,
        rule: d.rule,
        dueAt: d.dueAt,
        ownerRole: d.ownerRole,
        actionCode: action?.code ?? null,
        actionText: action?.text ?? null,
        overdue: asOf !== undefined && Date.parse(d.dueAt) < asOf.getTime(),
      };
    });
}

/** The case card in the shared channel (also for a participant's report, labelled "telt niet mee"). */
export function caseOverviewSpec(state: CaseState, asOf?: Date): CaseCardSpec {
  const overview: CaseOverview = {
    ...caseRef(state),
    complaints: complaintViews(state),
    status: state.status,
    step: state.step,
    ladderStep: state.ladder.current,
    started: state.startedAt !== null,
    agreedActions: landlordAgreedActions(state),
    // Only shared actions owned by landlord staff: nothing care-only reaches the shared channel.
    landlordActions: state.actions
      .filter((a) => ownedByLandlord(a) && (a.status === "proposed" || a.status === "accepted"))
      .map(actionView),
    deadlines: deadlineViews(state, "shared", asOf),
    closeReason: state.closure?.reason ?? null,
  };
  return state.kind === "participantReport"
    ? { kind: "case.participantReportCard", ...overview }
    : { kind: "case.card", ...overview };
}

function confirmedView(state: CaseState) {
  const last = state.assessments.at(-1);
  if (last === undefined) return null;
  return {
    row: last.proposal.row,
    source: last.proposal.source,
    derivedRules: last.proposal.derivedRules,
    answers: last.answers,
  };
}

/** Actie 2 assessment card, for the care team / support worker only. */
export function assessmentSpec(state: CaseState): AssessmentCardSpec {
  const draft = state.assessmentDraft;
  const last = state.assessments.at(-1);
  const complaintIds = draft?.complaintIds ?? last?.complaintIds ?? [];
  return {
    kind: "case.assessment",
    ...caseRef(state),
    open: state.status === "open",
    complaints: state.complaints
      .map((c, index) => ({ id: c.id, type: c.type, number: index + 1 }))
      .filter((c) => complaintIds.includes(c.id)),
    replacedBy: null,
    answers: draft?.answers ??
      last?.answers ?? { behaviour: null, justifiedByParticipant: null, justifiedByWorker: null },
    reassessment: draft?.reassessment ?? false,
    hearingRecorded: state.hearings.length > 0,
    confirmed: confirmedView(state),
    pending: draft !== null,
  };
}

/** Every action with its buttons, for the care team (care-only actions included). */
export function proposalSpec(state: CaseState): ProposalCardSpec {
  return {
    kind: "case.proposal",
    ...caseRef(state),
    open: state.status === "open",
    assessment: confirmedView(state),
    actions: currentStepFirst(state, state.actions),
    mediationConsent: state.mediationConsent,
  };
}

/** The escalation ladder for the shared thread: counts only for the care interventions. */
export function ladderSpec(state: CaseState): LadderCardSpec {
  const { ladder } = state;
  const pending = ladder.proposals.find((p) => p.status === "pending") ?? null;
  const nextStep = pending?.step ?? nextLadderStep(ladder.current);
  const showReadiness = nextStep === "actie6" || ladder.current === "actie6";
  return {
    kind: "case.ladder",
    ...caseRef(state),
    open: state.status === "open",
    current: ladder.current,
    proposal:
      pending === null
        ? null
        : {
            id: pending.id,
            step: pending.step,
            situation: pending.situation,
            proposedBy: pending.proposedBy,
            reason: pending.reason,
            countingComplaints: pending.countingComplaints,
          },
    steps: ladder.steps.map((s) => ({
      step: s.step,
      takenAt: s.takenAt,
      unmetPreconditions: s.unmetPreconditions,
    })),
    next:
      nextStep === null ? null : { step: nextStep, preconditions: evaluatePreconditions(state, nextStep) },
    letters: ladder.letters.map((l) => ({
      step: l.step,
      kind: l.kind,
      sentAt: l.sentAt,
      registered: l.registered,
      signedForSeen: l.signedForSeen,
    })),
    interventions: {
      offered: ladder.interventions.length,
      pending: ladder.interventions.filter((i) => i.outcome === null).length,
      unsuccessful: ladder.interventions.filter((i) => i.outcome !== null && i.outcome !== "successful")
        .length,
    },
    readiness: showReadiness ? courtReadiness(state) : null,
    court: ladder.court === null ? null : { party: ladder.court.party, agreement: ladder.court.agreement },
    alternativeAgreed: ladder.alternativeAgreed !== null,
    evictedAt: ladder.eviction?.at ?? null,
    reflection:
      ladder.reflection === null
        ? null
        : { dueAt: ladder.reflection.scheduledDueAt, heldAt: ladder.reflection.heldAt },
  };
}

/** A summary of the case for one audience (care team, shared channel or landlord staff). */
export function caseSummarySpec(state: CaseState, audience: Audience, asOf?: Date): SummaryCardSpec {
  const actions =
    audience === "careTeam" ? currentStepFirst(state, state.actions) : landlordAgreedActions(state);
  return {
    kind: "case.summary",
    ...caseRef(state),
    audience,
    caseKind: state.kind,
    status: state.status,
    step: state.step,
    ladderStep: state.ladder.current,
    complaints: complaintViews(state),
    actions,
    deadlines: deadlineViews(state, audience, asOf),
    letters: state.ladder.letters.map((l) => ({ step: l.step, kind: l.kind, sentAt: l.sentAt })),
    complainantUpdates:
      state.kind === "nuisance"
        ? {
            count: state.complainantUpdates?.length ?? 0,
            lastAt: state.complainantUpdates?.at(-1)?.at ?? null,
          }
        : null,
    care:
      audience === "careTeam"
        ? {
            hearings: state.hearings.map((h) => ({ heldAt: h.heldAt, notes: h.notes })),
            assessments: state.assessments.map((a) => ({
              row: a.proposal.row,
              source: a.proposal.source,
              answers: a.answers,
            })),
            careNotes: state.careNotes.map((n) => ({ at: n.at, text: n.text })),
            interventions: state.ladder.interventions.map((i) => ({
              detail: i.detail,
              note: i.note,
              outcome: i.outcome,
              ...(i.returnHome === undefined
                ? {}
                : {
                    returnHome: {
                      plannedAt: i.returnHome.plannedAt,
                      returnedAt: i.returnHome.returnedAt,
                      note: i.returnHome.note,
                    },
                  }),
            })),
            advocacy: (state.ladder.advocacy ?? []).map((a) => ({
              at: a.at,
              contacted: a.contacted,
              outcome: a.outcome,
            })),
            supportAfterEviction: state.ladder.supportAfterEviction,
          }
        : null,
  };
}
