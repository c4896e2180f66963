/**
 * Which roles may send which case events (SPEC §6: every action is checked against the role).
 * Care-only work (hearing, assessment, care notes, interventions) is for the care team; landlord
 * staff join in the shared steps; partners (municipality, police) only read.
 */
import { FlowError } from "../errors.ts";
import type { Role } from "../model.ts";
import type { CaseEventType } from "./events.ts";
import type { CaseStatus } from "./state.ts";

const CARE: readonly Role[] = ["careTeamMember", "coordinator", "admin"];
const CARE_AND_LANDLORD: readonly Role[] = [...CARE, "landlordStaff"];

export const EVENT_ROLES: { [T in CaseEventType]: readonly Role[] } = {
  complaintAdded: CARE_AND_LANDLORD,
  caseStarted: CARE_AND_LANDLORD,
  hearingRecorded: CARE,
  assessmentAnswered: CARE,
  assessmentConfirmed: CARE,
  actionAccepted: CARE_AND_LANDLORD,
  actionChanged: CARE_AND_LANDLORD,
  actionSkipped: CARE_AND_LANDLORD,
  actionAdded: CARE_AND_LANDLORD,
  actionDone: CARE_AND_LANDLORD,
  deadlineExtended: CARE_AND_LANDLORD,
  noiseMeasurementRequested: CARE_AND_LANDLORD,
  mediationConsentRecorded: CARE,
  writtenFeedbackSent: CARE,
  careRecordRegistered: CARE,
  careNoteAdded: CARE,
  fourWeekCheckDone: CARE,
  sixWeekFollowUpDone: CARE,
  escalationProposed: CARE_AND_LANDLORD,
  escalationSkipped: CARE_AND_LANDLORD,
  ladderStepTaken: CARE_AND_LANDLORD,
  letterRecorded: CARE_AND_LANDLORD,
  interventionOffered: CARE,
  interventionOutcome: CARE,
  legalAdviceRequested: CARE_AND_LANDLORD,
  agreementBreachRecorded: CARE_AND_LANDLORD,
  courtPathDecided: CARE_AND_LANDLORD,
  participantAgreedAlternative: CARE_AND_LANDLORD,
  evictionRecorded: CARE_AND_LANDLORD,
  supportAfterEviction: CARE,
  reflectionMeetingHeld: CARE_AND_LANDLORD,
  resolved: CARE_AND_LANDLORD,
  closed: CARE_AND_LANDLORD,
};

/** Events still possible on a resolved case (the aftercare and the paperwork). */
const WHEN_RESOLVED: ReadonlySet<CaseEventType> = new Set<CaseEventType>([
  "closed",
  "careNoteAdded",
  "careRecordRegistered",
  "writtenFeedbackSent",
  "actionDone",
  "supportAfterEviction",
  "reflectionMeetingHeld",
]);

export function assertEventAllowed(type: CaseEventType, role: Role, status: CaseStatus): void {
  if (status === "closed") throw new FlowError("case.closed");
  if (status === "resolved" && !WHEN_RESOLVED.has(type)) throw new FlowError("case.notOpen");
  if (!EVENT_ROLES[type].includes(role)) throw new FlowError("role.notAllowed", { role, event: type });
}

/** Only the care team may act on care-only actions. */
export function assertMaySeeCareOnly(role: Role): void {
  if (!CARE.includes(role)) throw new FlowError("role.notAllowed", { role });
}

export function requireText(value: string | null | undefined, field: string): string {
  const text = (value ?? "").trim();
  if (text === "") throw new FlowError("input.textRequired", { field });
  return text;
}
