/**
 * The state of one case: a nuisance complaint about a participant (Omgaan met overlast, Actie 1–6)
 * or a report by the participant (Signalering: "telt niet mee"). Stored as JSON: dates are ISO
 * strings. The complainant's identity never enters this state (only whether they stay anonymous).
 */
import type { AssessmentAnswers, AssessmentQuestion, CompleteAnswers } from "../assessment/answers.ts";
import type { FollowUpProposal } from "../assessment/matrix.ts";
import type { AssessmentActionCode } from "../assessment/templates.ts";
import type { DeadlineRule } from "../context.ts";
import type { LadderState } from "../ladder/model.ts";
import type { LadderActionCode } from "../ladder/steps.ts";
import type { Audience, ComplaintType, GuidelineStep, LeaseType, Role } from "../model.ts";
import type { ActionAudience } from "./action-template.ts";

/** nuisance: a complaint about the participant. participantReport: the participant reports nuisance. */
export const CASE_KINDS = ["nuisance", "participantReport"] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export const CASE_STATUSES = ["open", "resolved", "closed"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** What the case knows about the participant when it was opened. */
export interface ParticipantSnapshot {
  /** Pseudonymous reference shown in the shared channel (no full name). */
  reference: string;
  leaseType: LeaseType;
  supportWorkerId: string | null;
  landlordContactId: string | null;
  coordinatorId: string | null;
  careProviderId: string;
  landlordId: string;
}

export interface Complaint {
  id: string;
  type: ComplaintType;
  description: string;
  occurredAt: string;
  /** Happened after 22:00 (na tien uur 's avonds). */
  afterTen: boolean;
  receivedByLandlordAt: string;
  /** When the complaint reached the team. */
  receivedAt: string;
  /** Actie 1: passed to the team within 24 hours of the landlord receiving it. */
  passedToTeamInTime: boolean;
  complainantAnonymous: boolean;
  /** The worker's judgement after the assessment; null = not assessed yet. */
  justified: boolean | null;
  wronglyAttributed: boolean;
  /** Only a justified complaint on a nuisance case that was not wrongly attributed counts. */
  countsTowardsEscalation: boolean;
}

/** wederhoor: the worker heard the participant's side. Care-only. */
interface Hearing {
  heldAt: string;
  notes: string;
  recordedBy: string;
}

/** The assessment being answered (before confirmation). */
export interface AssessmentDraft {
  id: string;
  /** The complaints this assessment judges. */
  complaintIds: string[];
  answers: AssessmentAnswers;
  /** A confirmed assessment of the same complaints is being redone. */
  reassessment: boolean;
  /** Questions clicked in this draft (a re-assessment starts from the earlier answers, unclicked). */
  clicked?: AssessmentQuestion[];
}

interface ConfirmedAssessment {
  id: string;
  complaintIds: string[];
  answers: CompleteAnswers;
  proposal: FollowUpProposal;
  hearingRecorded: boolean;
  confirmedAt: string;
  confirmedBy: string;
}

export type ActionCode = AssessmentActionCode | LadderActionCode | "custom";
export type ActionStatus = "proposed" | "accepted" | "done" | "skipped";
/** guideline: proposed by a step of the guideline itself (the first complaint, an eviction). */
export type ActionOrigin = "assessment" | "ladder" | "manual" | "guideline";

/** A follow-up action: proposed by the guideline or added by hand; people decide. */
export interface CaseAction {
  id: string;
  code: ActionCode;
  /** Text set by a person (changed or added by hand); null = the guideline's text for `code`. */
  text: string | null;
  step: GuidelineStep;
  origin: ActionOrigin;
  /** The assessment that proposed it (origin "assessment"). */
  assessmentId: string | null;
  ownerRole: Role;
  ownerMemberId: string | null;
  audience: ActionAudience;
  relevantToLandlord: boolean;
  status: ActionStatus;
  dueAt: string | null;
  /** The deadline row of this action while it runs. */
  deadlineKey: string | null;
  deadlineRule: DeadlineRule | null;
  requiresMediationConsent: boolean;
  skippable: boolean;
  skipReason: string | null;
  proposedAt: string;
  decidedAt: string | null;
  decidedBy: string | null;
  doneAt: string | null;
}

/** A deadline that is running; mirrors the deadline rows so cards can show them. */
interface CaseDeadline {
  key: string;
  rule: DeadlineRule;
  step: GuidelineStep;
  ownerRole: Role;
  ownerMemberId: string | null;
  dueAt: string;
  audience: ActionAudience;
  /** The action this deadline belongs to, if any. */
  actionId: string | null;
}

interface CareNote {
  at: string;
  authorId: string;
  text: string;
}

/** The four-week check for unseen complaints and the six-week follow-up. */
interface FollowUpCheck {
  kind: "fourWeeks" | "sixWeeks";
  at: string;
  by: string;
  /** New complaints found (four weeks) or complaints not stopped (six weeks). */
  nuisanceContinues: boolean;
  note: string | null;
}

/** How the landlord reached the complainants (Termijnen: regelmatig contact met de buren). */
export const COMPLAINANT_CONTACT_MEANS = ["phone", "visit", "letter", "email", "other"] as const;
export type ComplainantContactMeans = (typeof COMPLAINANT_CONTACT_MEANS)[number];

/** One update of the landlord to the complainants. The note is for landlord staff only. */
interface ComplainantUpdate {
  at: string;
  by: string;
  how: ComplainantContactMeans;
  note: string | null;
}

export const CLOSE_REASONS = ["resolved", "wronglyAttributed", "participantReportHandled", "other"] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

interface Closure {
  reason: CloseReason;
  text: string | null;
  closedAt: string;
  closedBy: string;
}

export interface CaseState {
  id: string;
  /** Human-readable case number, e.g. "2024-017". */
  number: string;
  participantId: string;
  kind: CaseKind;
  status: CaseStatus;
  step: GuidelineStep;
  /** Incremented by every decision (optimistic concurrency in the store). */
  version: number;
  participant: ParticipantSnapshot;
  complaints: Complaint[];
  /** Counting complaints of this participant in earlier cases, as last loaded by the service. */
  priorCountingComplaints: number;
  hearings: Hearing[];
  assessmentDraft: AssessmentDraft | null;
  assessments: ConfirmedAssessment[];
  actions: CaseAction[];
  deadlines: CaseDeadline[];
  /** Buurtbemiddeling only with the participant's consent; null = not asked yet. */
  mediationConsent: boolean | null;
  noiseMeasurementRequestedAt: string | null;
  careNotes: CareNote[];
  checks: FollowUpCheck[];
  /** Termijnen: the landlord's updates to the complainants (absent on cases stored before them). */
  complainantUpdates?: ComplainantUpdate[];
  ladder: LadderState;
  openedAt: string;
  /** Actie 1: the team started and told the landlord how it will be handled. */
  startedAt: string | null;
  approach: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  closure: Closure | null;
  /** Timeline entries written for this case (the dossier's timeline). */
  timelineEntries: number;
  /** Counter for ids of actions, assessments and interventions within the case. */
  sequence: number;
}

/**
 * The landlord's own actions (Actie 3 waarschuwingsbrief, advice to the complainant to go to the
 * police, …): shared and owned by landlord staff, who decide on them on the shared case card.
 */
export function ownedByLandlord(action: { ownerRole: Role; audience: ActionAudience }): boolean {
  return action.ownerRole === "landlordStaff" && action.audience === "shared";
}

/** Who may read what: used for filtering actions and deadlines into cards. */
export function visibleTo(audience: Audience, itemAudience: ActionAudience): boolean {
  return audience === "careTeam" || itemAudience === "shared";
}
