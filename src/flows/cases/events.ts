/**
 * Everything that can happen to a case, as a tagged union. Each event carries the actor; the
 * service builds events from button clicks, forms and the intake API, and calls `decideCase`.
 */
import type { AssessmentAnswer } from "../assessment/answers.ts";
import type { PriorComplaint } from "../ladder/detect.ts";
import type {
  CourtParty,
  EscalationSituation,
  InterventionDetail,
  InterventionOutcome,
  LadderStep,
  LetterStep,
  ParticipantDecision,
} from "../ladder/model.ts";
import type { Actor, ComplaintType, Role } from "../model.ts";
import type { ActionAudience } from "./action-template.ts";
import type { CaseKind, CloseReason, ComplainantContactMeans, ParticipantSnapshot } from "./state.ts";

/** A complaint as it arrives (SPEC §3 Intake), without the complainant's identity. */
export interface ComplaintInput {
  id: string;
  type: ComplaintType;
  description: string;
  occurredAt: Date;
  /** Happened after 22:00. */
  afterTen: boolean;
  receivedByLandlordAt: Date;
  complainantAnonymous: boolean;
}

export interface OpenCaseInput {
  caseId: string;
  number: string;
  participantId: string;
  kind: CaseKind;
  participant: ParticipantSnapshot;
  complaint: ComplaintInput;
  actor: Actor;
  /** Complaints of this participant in earlier cases (the service loads them). */
  history?: PriorComplaint[];
}

interface Base {
  actor: Actor;
}

export type CaseEvent =
  // Actie 1
  | (Base & { type: "complaintAdded"; complaint: ComplaintInput })
  | (Base & { type: "caseStarted"; approach: string })
  // Actie 2
  | (Base & { type: "hearingRecorded"; heldAt: Date; notes: string })
  // complaintId: the first complaint of the assessment card the button was on (absent: the current one).
  | (Base & { type: "assessmentAnswered"; answer: AssessmentAnswer; complaintId?: string })
  | (Base & { type: "assessmentConfirmed"; history: PriorComplaint[]; complaintId?: string })
  // Proposals and decisions
  | (Base & { type: "actionAccepted"; actionId: string })
  | (Base & { type: "actionChanged"; actionId: string; text: string; ownerRole?: Role; dueAt?: Date | null })
  | (Base & { type: "actionSkipped"; actionId: string; reason: string })
  | (Base & {
      type: "actionAdded";
      text: string;
      ownerRole: Role;
      dueAt: Date | null;
      audience: ActionAudience;
    })
  /** Done; a note records how (Omgaan met overlast 1: how the landlord informed the neighbourhood). */
  | (Base & { type: "actionDone"; actionId: string; note?: string | null })
  | (Base & { type: "deadlineExtended"; key: string; dueAt: Date; reason: string })
  // Omgaan met overlast: what fits, written feedback, care record, checks
  | (Base & { type: "noiseMeasurementRequested"; note: string | null })
  | (Base & { type: "mediationConsentRecorded"; consent: boolean })
  | (Base & { type: "writtenFeedbackSent"; text: string })
  | (Base & { type: "careRecordRegistered"; note: string | null })
  | (Base & { type: "careNoteAdded"; text: string })
  | (Base & { type: "fourWeekCheckDone"; newComplaintsFound: boolean; note: string | null })
  | (Base & { type: "sixWeekFollowUpDone"; complaintsStopped: boolean; note: string | null })
  // Termijnen: "merkbaar, ook voor de klagers" — the landlord's update to the complainants.
  | (Base & {
      type: "complainantsUpdated";
      at: Date;
      how: ComplainantContactMeans;
      /** Landlord staff only: it may name the complainants. */
      note: string | null;
    })
  // Actie 3–6
  | (Base & {
      type: "escalationProposed";
      step: LadderStep | null;
      situation: EscalationSituation;
      reason: string;
    })
  | (Base & { type: "escalationSkipped"; proposalId: string; reason: string })
  | (Base & { type: "ladderStepTaken"; step: LadderStep; situation: EscalationSituation | null })
  | (Base & {
      type: "letterRecorded";
      step: LetterStep;
      sentAt: Date;
      registered: boolean;
      signedForSeen: boolean;
    })
  | (Base & { type: "interventionOffered"; detail: InterventionDetail; note: string | null })
  | (Base & {
      type: "interventionOutcome";
      interventionId: string;
      outcome: InterventionOutcome;
      note: string | null;
      /** Interventie 3: the participant's (later) decision about rehousing. */
      participantDecision?: ParticipantDecision;
    })
  // Interventie 2: "Nadien kan de deelnemer terugkeren naar de eigen woning."
  | (Base & { type: "returnHomePlanned"; interventionId: string; plannedAt: Date; note: string | null })
  | (Base & { type: "returnHomeRecorded"; interventionId: string; returnedAt: Date; note: string | null })
  | (Base & { type: "legalAdviceRequested"; step: "actie4" | "actie5" | "actie6"; note: string | null })
  | (Base & { type: "agreementBreachRecorded"; description: string })
  | (Base & { type: "courtPathDecided"; party: CourtParty | null; agreement: string | null })
  | (Base & { type: "participantAgreedAlternative"; description: string })
  | (Base & {
      type: "evictionRecorded";
      at: Date;
      /** Actie 6: recorded although the participant had agreed to an alternative (asked first). */
      despiteAlternative?: boolean;
    })
  | (Base & { type: "supportAfterEviction"; participantDeclines: boolean; note: string | null })
  | (Base & { type: "reflectionMeetingHeld"; heldAt: Date })
  // Nieuwe kansen: a step as advocate for alternative housing (whom the team contacted, the outcome).
  | (Base & { type: "advocacyStepRecorded"; contacted: string; outcome: string })
  // Closure
  | (Base & { type: "resolved"; note: string | null })
  | (Base & { type: "closed"; reason: CloseReason; text: string | null });

export type CaseEventType = CaseEvent["type"];
export type CaseEventOf<T extends CaseEventType> = Extract<CaseEvent, { type: T }>;
