/**
 * The case's message cards as plain, JSON-serialisable snapshots (they are stored in the outbox)
 * and their one renderer to the neutral card model. Specs never hold the complainant's identity
 * except "case.complainantDetails", which the service fills and sends to landlord staff only.
 */
import type { AssessmentAnswers, CompleteAnswers } from "../assessment/answers.ts";
import type { DerivedRule, FollowUpRow } from "../assessment/matrix.ts";
import type { Card } from "../cards/card.ts";
import type { DeadlineRule } from "../context.ts";
import { assertNever, type TimelineDetails } from "../effects.ts";
import type { CourtReadiness } from "../ladder/court.ts";
import type {
  CourtParty,
  EscalationSituation,
  InterventionDetail,
  InterventionOutcome,
  LadderStep,
  LetterKind,
  LetterStep,
  TimeOutReason,
} from "../ladder/model.ts";
import type { PreconditionResult } from "../ladder/preconditions.ts";
import type { Audience, ComplaintType, GuidelineStep, Locale, Role } from "../model.ts";
import type { ActionAudience } from "./action-template.ts";
import { renderAssessmentCard } from "./render/assessment-card.ts";
import { renderCaseOverviewCard } from "./render/case-card.ts";
import { renderLadderCard } from "./render/ladder-card.ts";
import { renderMessageCard } from "./render/message-cards.ts";
import { renderProposalCard } from "./render/proposal-card.ts";
import { renderSummaryCard } from "./render/summary-card.ts";
import type { ActionCode, ActionStatus, CaseKind, CaseStatus, CloseReason } from "./state.ts";
import type { CaseTimelineEvent } from "./texts/timeline-events.ts";

export interface ComplaintView {
  id: string;
  type: ComplaintType;
  description: string;
  occurredAt: string;
  afterTen: boolean;
  receivedByLandlordAt: string;
  /** Only whether the complainant stays anonymous; their identity never reaches a card. */
  complainantAnonymous: boolean;
  /** Actie 1: passed on within 24 hours of the landlord receiving it. */
  passedToTeamInTime: boolean;
}

export interface ActionView {
  id: string;
  code: ActionCode;
  text: string | null;
  step: GuidelineStep;
  ownerRole: Role;
  status: ActionStatus;
  dueAt: string | null;
  audience: ActionAudience;
  requiresMediationConsent: boolean;
  skippable: boolean;
}

export interface DeadlineView {
  key: string;
  rule: DeadlineRule;
  dueAt: string;
  ownerRole: Role;
  actionCode: ActionCode | null;
  actionText: string | null;
  /** Due before the card was made: the card marks it as the deadline list does ("⚠️ te laat"). */
  overdue: boolean;
}

/** Shared-channel overview of a case ("case.card") or of a participant's report. */
export interface CaseOverview {
  caseId: string;
  caseNumber: string;
  participantReference: string;
  complaints: ComplaintView[];
  status: CaseStatus;
  step: GuidelineStep;
  ladderStep: LadderStep | null;
  started: boolean;
  agreedActions: ActionView[];
  /** The landlord's own open actions (proposed or accepted), with their buttons on the case card. */
  landlordActions: ActionView[];
  deadlines: DeadlineView[];
  closeReason: CloseReason | null;
}

export interface CaseRef {
  caseId: string;
  caseNumber: string;
  participantReference: string;
}

/** A confirmed Actie 2 result: the answers as given and the table row whose actions it follows. */
interface ConfirmedView {
  row: FollowUpRow;
  source: "table" | "derived";
  derivedRules: DerivedRule[];
  answers: CompleteAnswers;
}

export interface AssessmentCardSpec extends CaseRef {
  kind: "case.assessment";
  open: boolean;
  /** The complaints it assesses, with their number in the case ("klacht 2"); the first names the card. */
  complaints: { id: string; type: ComplaintType; number: number }[];
  /**
   * Actie 2 again: the number of the complaint whose assessment replaced this card (a complaint
   * added after this assessment); the card then shows it and offers no buttons.
   */
  replacedBy: number | null;
  answers: AssessmentAnswers;
  reassessment: boolean;
  hearingRecorded: boolean;
  /** The last confirmed result; care-only reasoning. */
  confirmed: ConfirmedView | null;
  /** A draft is being answered (answers differ from the confirmed ones). */
  pending: boolean;
}

export interface ProposalCardSpec extends CaseRef {
  kind: "case.proposal";
  open: boolean;
  assessment: ConfirmedView | null;
  actions: ActionView[];
  mediationConsent: boolean | null;
}

export interface LadderCardSpec extends CaseRef {
  kind: "case.ladder";
  open: boolean;
  current: LadderStep | null;
  proposal: {
    id: string;
    step: LadderStep;
    situation: EscalationSituation;
    proposedBy: "detection" | "person";
    reason: string | null;
    countingComplaints: number;
  } | null;
  steps: { step: LadderStep; takenAt: string; unmetPreconditions: string[] }[];
  /** The preconditions of the proposed (or next) step. */
  next: { step: LadderStep; preconditions: PreconditionResult[] } | null;
  letters: {
    step: LetterStep;
    kind: LetterKind;
    sentAt: string;
    registered: boolean;
    signedForSeen: boolean;
  }[];
  interventions: { offered: number; pending: number; unsuccessful: number };
  readiness: CourtReadiness | null;
  court: { party: CourtParty; agreement: string | null } | null;
  alternativeAgreed: boolean;
  evictedAt: string | null;
  /** Nieuwe kansen: the reflection and evaluation meeting with all parties after an eviction. */
  reflection: { dueAt: string; heldAt: string | null } | null;
}

export interface SummaryCardSpec extends CaseRef {
  kind: "case.summary";
  audience: Audience;
  caseKind: CaseKind;
  status: CaseStatus;
  step: GuidelineStep;
  ladderStep: LadderStep | null;
  complaints: ComplaintView[];
  actions: ActionView[];
  deadlines: DeadlineView[];
  letters: { step: LetterStep; kind: LetterKind; sentAt: string }[];
  /** Termijnen: how often and when last the landlord updated the complainants (no notes). */
  complainantUpdates: { count: number; lastAt: string | null } | null;
  /** Care-only part; null for every audience but the care team. */
  care: {
    hearings: { heldAt: string; notes: string }[];
    assessments: { row: FollowUpRow; source: "table" | "derived"; answers: CompleteAnswers }[];
    careNotes: { at: string; text: string }[];
    interventions: {
      detail: InterventionDetail;
      note: string | null;
      outcome: InterventionOutcome | null;
      /** Interventie 2: the return home after a time-out. */
      returnHome?: { plannedAt: string | null; returnedAt: string | null; note: string | null };
    }[];
    /** Nieuwe kansen: the steps as advocate for alternative housing. */
    advocacy?: { at: string; contacted: string; outcome: string }[];
    /** Nieuwe kansen: after an eviction, whether the support goes on (null: no eviction). */
    supportAfterEviction: "continues" | "declinedByParticipant" | null;
  } | null;
}

export type CaseCardSpec =
  | ({ kind: "case.card" } & CaseOverview)
  | ({ kind: "case.participantReportCard" } & CaseOverview)
  | ({ kind: "case.nextSteps"; caseKind: CaseKind } & CaseRef)
  | ({
      kind: "case.assignment";
      caseKind: CaseKind;
      complaintType: ComplaintType;
      startDueAt: string | null;
      /** Actie 1 done: when the team started (the card then offers no start button). */
      startedAt: string | null;
    } & CaseRef)
  /** Actie 2 again, to the support worker: a new complaint on a case that was assessed before. */
  | ({ kind: "case.complaintAdded"; complaintType: ComplaintType; step: GuidelineStep } & CaseRef)
  | AssessmentCardSpec
  | ProposalCardSpec
  | LadderCardSpec
  | SummaryCardSpec
  | ({ kind: "case.careNote"; text: string; authorId: string; at: string } & CaseRef)
  | ({ kind: "case.writtenFeedback"; text: string; authorId: string; agreedActions: ActionView[] } & CaseRef)
  | ({
      kind: "case.update";
      caseKind: CaseKind;
      step: GuidelineStep;
      event: CaseTimelineEvent;
      details: TimelineDetails;
    } & CaseRef)
  /** To the owner of a proposal a step of the guideline makes (Omgaan met overlast 1: the landlord). */
  | ({ kind: "case.actionProposed"; action: ActionView } & CaseRef)
  /** Interventie 2, to the support worker: plan and record the return home after a time-out. */
  | ({ kind: "case.returnHome"; interventionId: string; reason: TimeOutReason; dueAt: string } & CaseRef)
  /** Nieuwe kansen, to the support worker: advocate for alternative housing after an eviction. */
  | ({ kind: "case.advocacy"; action: ActionView } & CaseRef)
  /** Landlord staff only; filled by the service from the complainant store. */
  | { kind: "case.complainantDetails"; caseNumber: string; name: string | null; contact: string | null };

/** Case cards are the "case.*" family of card specs. */
export function isCaseCardSpec(spec: { kind: string }): spec is CaseCardSpec {
  return spec.kind.startsWith("case.");
}

/** The neutral card for a spec, in Dutch (default) or English. */
export function renderCaseCard(spec: CaseCardSpec, locale: Locale = "nl"): Card {
  switch (spec.kind) {
    case "case.card":
    case "case.participantReportCard":
      return renderCaseOverviewCard(spec, locale);
    case "case.assessment":
      return renderAssessmentCard(spec, locale);
    case "case.proposal":
      return renderProposalCard(spec, locale);
    case "case.ladder":
      return renderLadderCard(spec, locale);
    case "case.summary":
      return renderSummaryCard(spec, locale);
    case "case.nextSteps":
    case "case.assignment":
    case "case.complaintAdded":
    case "case.careNote":
    case "case.writtenFeedback":
    case "case.update":
    case "case.complainantDetails":
    case "case.actionProposed":
    case "case.returnHome":
    case "case.advocacy":
      return renderMessageCard(spec, locale);
    default:
      return assertNever(spec);
  }
}
