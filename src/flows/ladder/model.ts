/**
 * The escalation ladder (Actie 3–6) and the interventions (Interventie 1–4) as plain data. It is
 * part of a case's state and stored as JSON, so dates are ISO strings.
 */

export const LADDER_STEPS = ["actie3", "actie4", "actie5", "actie6"] as const;
export type LadderStep = (typeof LADDER_STEPS)[number];

/** Situatie 1: second similar justified complaint. Situatie 2: repeated or continuing complaints. */
const ESCALATION_SITUATIONS = ["similarComplaint", "repeatedComplaints"] as const;
export type EscalationSituation = (typeof ESCALATION_SITUATIONS)[number];

export interface EscalationProposal {
  id: string;
  step: LadderStep;
  situation: EscalationSituation;
  /** "detection": proposed by the rules after a justified complaint; "person": proposed by someone. */
  proposedBy: "detection" | "person";
  proposedByMemberId: string;
  reason: string | null;
  /** The complaint that triggered a detected proposal. */
  triggerComplaintId: string | null;
  /** Counting complaints (this case and earlier cases) at the time of the proposal. */
  countingComplaints: number;
  /** withdrawn: its trigger complaint no longer counts (re-assessed as unjustified). */
  status: "pending" | "taken" | "skipped" | "withdrawn";
  skipReason: string | null;
  proposedAt: string;
  decidedAt: string | null;
}

interface TakenStep {
  step: LadderStep;
  situation: EscalationSituation;
  takenAt: string;
  takenBy: string;
  /** Preconditions that were not met when people took the step anyway (never blocking). */
  unmetPreconditions: string[];
}

/** Waarschuwingsbrief (Actie 3), tweede officiële waarschuwingsbrief (Actie 4), sommatiebrief (Actie 5). */
export const LETTER_KINDS = ["warning", "secondWarning", "summons"] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];
export type LetterStep = "actie3" | "actie4" | "actie5";

export const LETTER_KIND_BY_STEP: { [S in LetterStep]: LetterKind } = {
  actie3: "warning",
  actie4: "secondWarning",
  actie5: "summons",
};

interface LetterRecord {
  step: LetterStep;
  kind: LetterKind;
  sentAt: string;
  /** Aangetekend (expected for the summons letter). */
  registered: boolean;
  /** Signed "voor gezien" by the participant (expected for the summons letter). */
  signedForSeen: boolean;
  recordedAt: string;
  recordedBy: string;
}

/** Interventie 1–4. */
export const INTERVENTION_KINDS = ["scaleUpCare", "timeOut", "rehousing", "otherPlace"] as const;
export type InterventionKind = (typeof INTERVENTION_KINDS)[number];

/** Interventie 2: the six reasons for a time-out or respite place the guideline names. */
export const TIME_OUT_REASONS = [
  "coolingOff",
  "networkUnavailable",
  "moreSupervision",
  "majorEvent",
  "transitionFromClinic",
  "safety",
] as const;
export type TimeOutReason = (typeof TIME_OUT_REASONS)[number];

/** Interventie 3: rehousing is the participant's own choice. */
export const PARTICIPANT_DECISIONS = ["accepted", "declined", "undecided"] as const;
export type ParticipantDecision = (typeof PARTICIPANT_DECISIONS)[number];

export const INTERVENTION_OUTCOMES = ["successful", "unsuccessful", "declinedByParticipant"] as const;
export type InterventionOutcome = (typeof INTERVENTION_OUTCOMES)[number];

/** What was offered; care-only detail (kept out of the shared channel). */
export type InterventionDetail =
  /** Interventie 1: scale up care intensity, daily when needed. */
  | { kind: "scaleUpCare"; daily: boolean }
  /** Interventie 2: time-out / respite place, with one of the six reasons. */
  | { kind: "timeOut"; reason: TimeOutReason }
  /** Interventie 3: another dwelling, only by the participant's own choice. */
  | { kind: "rehousing"; participantDecision: ParticipantDecision }
  /** Interventie 4: another suitable place (e.g. Skaeve Huse), decided with the person. */
  | { kind: "otherPlace"; decidedWithParticipant: true; description: string };

interface Intervention {
  id: string;
  detail: InterventionDetail;
  note: string | null;
  /** The ladder step at the time it was offered (null before Actie 3). */
  step: LadderStep | null;
  offeredAt: string;
  offeredBy: string;
  outcome: InterventionOutcome | null;
  outcomeNote: string | null;
  outcomeAt: string | null;
  /** Interventie 2: the return home after a time-out, planned and then recorded. Care-only. */
  returnHome?: ReturnHome;
}

interface ReturnHome {
  plannedAt: string | null;
  plannedNote: string | null;
  returnedAt: string | null;
  note: string | null;
}

/** Nieuwe kansen: one step as advocate for alternative housing. Care-only. */
interface AdvocacyStep {
  at: string;
  by: string;
  contacted: string;
  outcome: string;
}

/** A specific agreement (huur- en begeleidingsovereenkomst) the participant did not keep. */
interface AgreementBreach {
  description: string;
  recordedAt: string;
  recordedBy: string;
}

/** Actie 6: who goes to court. */
export type CourtParty = "landlord" | "careProvider";

interface CourtPath {
  party: CourtParty;
  /** Three-party agreement: how it was agreed (free text). */
  agreement: string | null;
  decidedAt: string;
  decidedBy: string;
}

interface LegalAdviceRecord {
  step: LadderStep;
  requestedAt: string;
  requestedBy: string;
}

export interface LadderState {
  /** The highest step taken; null = not on the ladder. */
  current: LadderStep | null;
  proposals: EscalationProposal[];
  steps: TakenStep[];
  letters: LetterRecord[];
  interventions: Intervention[];
  breaches: AgreementBreach[];
  legalAdvice: LegalAdviceRecord[];
  court: CourtPath | null;
  /** Actie 6: the participant agreed to alternative housing and care; no court procedure needed. */
  alternativeAgreed: { description: string; at: string } | null;
  eviction: { at: string; recordedAt: string } | null;
  /** Nieuwe kansen: support continues after an eviction unless the participant explicitly declines. */
  supportAfterEviction: "continues" | "declinedByParticipant" | null;
  reflection: { scheduledDueAt: string; heldAt: string | null } | null;
  /** Nieuwe kansen: the steps taken as advocate for alternative housing (absent on older cases). */
  advocacy?: AdvocacyStep[];
}

export const EMPTY_LADDER: LadderState = {
  current: null,
  proposals: [],
  steps: [],
  letters: [],
  interventions: [],
  breaches: [],
  legalAdvice: [],
  court: null,
  alternativeAgreed: null,
  eviction: null,
  supportAfterEviction: null,
  reflection: null,
};

export function nextLadderStep(current: LadderStep | null): LadderStep | null {
  if (current === null) return "actie3";
  const index = LADDER_STEPS.indexOf(current);
  return LADDER_STEPS[index + 1] ?? null;
}

export function ladderStepIndex(step: LadderStep): number {
  return LADDER_STEPS.indexOf(step);
}
