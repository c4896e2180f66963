/**
 * The case flow: `decideCase(state, event, ctx) → { state, effects }`. Pure: the service loads
 * the state, calls this, and applies the effects in one transaction. Refused events throw a
 * FlowError with a stable code (texts in ./texts.ts).
 */
import type { FlowContext } from "../context.ts";
import { assertNever, type Decision } from "../effects.ts";
import {
  advocacyStepRecorded,
  courtPathDecided,
  evictionRecorded,
  participantAgreedAlternative,
  reflectionMeetingHeld,
  supportAfterEviction,
} from "../ladder/handlers/court.ts";
import { escalationProposed, escalationSkipped, ladderStepTaken } from "../ladder/handlers/escalation.ts";
import {
  interventionOffered,
  interventionOutcome,
  returnHomePlanned,
  returnHomeRecorded,
} from "../ladder/handlers/interventions.ts";
import { agreementBreachRecorded, legalAdviceRequested, letterRecorded } from "../ladder/handlers/letters.ts";
import { CaseDecision } from "./builder.ts";
import type { CaseEvent } from "./events.ts";
import {
  actionAccepted,
  actionAdded,
  actionChanged,
  actionDone,
  actionSkipped,
  deadlineExtended,
} from "./handlers/actions.ts";
import { assessmentAnswered, assessmentConfirmed, hearingRecorded } from "./handlers/assessment.ts";
import { closed, resolved } from "./handlers/closure.ts";
import { complainantsUpdated } from "./handlers/complainants.ts";
import {
  careNoteAdded,
  careRecordRegistered,
  fourWeekCheckDone,
  mediationConsentRecorded,
  noiseMeasurementRequested,
  sixWeekFollowUpDone,
  writtenFeedbackSent,
} from "./handlers/follow-up.ts";
import { caseStarted, complaintAdded } from "./handlers/intake.ts";
import { assertEventAllowed } from "./permissions.ts";
import type { CaseState } from "./state.ts";

function apply(d: CaseDecision, event: CaseEvent): void {
  switch (event.type) {
    // Actie 1
    case "complaintAdded":
      complaintAdded(d, event);
      break;
    case "caseStarted":
      caseStarted(d, event);
      break;
    // Actie 2
    case "hearingRecorded":
      hearingRecorded(d, event);
      break;
    case "assessmentAnswered":
      assessmentAnswered(d, event);
      break;
    case "assessmentConfirmed":
      assessmentConfirmed(d, event);
      break;
    // Proposals and decisions
    case "actionAccepted":
      actionAccepted(d, event);
      break;
    case "actionChanged":
      actionChanged(d, event);
      break;
    case "actionSkipped":
      actionSkipped(d, event);
      break;
    case "actionAdded":
      actionAdded(d, event);
      break;
    case "actionDone":
      actionDone(d, event);
      break;
    case "deadlineExtended":
      deadlineExtended(d, event);
      break;
    // Omgaan met overlast
    case "noiseMeasurementRequested":
      noiseMeasurementRequested(d, event);
      break;
    case "mediationConsentRecorded":
      mediationConsentRecorded(d, event);
      break;
    case "writtenFeedbackSent":
      writtenFeedbackSent(d, event);
      break;
    case "careRecordRegistered":
      careRecordRegistered(d, event);
      break;
    case "careNoteAdded":
      careNoteAdded(d, event);
      break;
    case "fourWeekCheckDone":
      fourWeekCheckDone(d, event);
      break;
    case "sixWeekFollowUpDone":
      sixWeekFollowUpDone(d, event);
      break;
    case "complainantsUpdated":
      complainantsUpdated(d, event);
      break;
    // Actie 3–6
    case "escalationProposed":
      escalationProposed(d, event);
      break;
    case "escalationSkipped":
      escalationSkipped(d, event);
      break;
    case "ladderStepTaken":
      ladderStepTaken(d, event);
      break;
    case "letterRecorded":
      letterRecorded(d, event);
      break;
    case "interventionOffered":
      interventionOffered(d, event);
      break;
    case "interventionOutcome":
      interventionOutcome(d, event);
      break;
    case "returnHomePlanned":
      returnHomePlanned(d, event);
      break;
    case "returnHomeRecorded":
      returnHomeRecorded(d, event);
      break;
    case "legalAdviceRequested":
      legalAdviceRequested(d, event);
      break;
    case "agreementBreachRecorded":
      agreementBreachRecorded(d, event);
      break;
    case "courtPathDecided":
      courtPathDecided(d, event);
      break;
    case "participantAgreedAlternative":
      participantAgreedAlternative(d, event);
      break;
    case "evictionRecorded":
      evictionRecorded(d, event);
      break;
    // Nieuwe kansen
    case "supportAfterEviction":
      supportAfterEviction(d, event);
      break;
    case "reflectionMeetingHeld":
      reflectionMeetingHeld(d, event);
      break;
    case "advocacyStepRecorded":
      advocacyStepRecorded(d, event);
      break;
    // Closure
    case "resolved":
      resolved(d, event);
      break;
    case "closed":
      closed(d, event);
      break;
    default:
      assertNever(event);
  }
}

export function decideCase(state: CaseState, event: CaseEvent, ctx: FlowContext): Decision<CaseState> {
  assertEventAllowed(event.type, event.actor.role, state);
  const d = new CaseDecision(state, state, event.actor, ctx);
  apply(d, event);
  return d.finish();
}
