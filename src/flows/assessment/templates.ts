/**
 * The follow-up actions of the Actie 2 table (Beoordeling klacht), plus the actions every case gets
 * (Omgaan met overlast: written feedback, care record, small gestures) and the noise measurement.
 */
import type { ActionTemplate } from "../cases/action-template.ts";

const ASSESSMENT_ACTION_CODES = [
  // Table rows
  "informLandlordWithParticipant",
  "agreeComplainantActions",
  "supportNormalBehaviour",
  "makeAgreementsWithParticipant",
  "helpVoiceView",
  "explainBehaviourChange",
  "addToSupportPlan",
  "feedbackToLandlordWithParticipant",
  "landlordInformsComplainant",
  "followUpSixWeeks",
  "agreeRelationRepair",
  "neighbourMediation",
  // Where they fit
  "requestNoiseMeasurement",
  // Every case
  "smallGesture",
  "reportInWriting",
  "registerInCareRecord",
  // Omgaan met overlast 1, at a case's first complaint
  "informNeighbourhood",
  "discussApproachWithParticipant",
] as const;
export type AssessmentActionCode = (typeof ASSESSMENT_ACTION_CODES)[number];

/** Key of the six-week follow-up deadline (Actie 2, onbewust + terecht). */
export const SIX_WEEK_FOLLOW_UP_KEY = "followUp.sixWeeks";

export const ASSESSMENT_TEMPLATES: { [C in AssessmentActionCode]: ActionTemplate<C> } = {
  informLandlordWithParticipant: {
    code: "informLandlordWithParticipant",
    ownerRole: "careTeamMember",
    audience: "shared",
    relevantToLandlord: true,
    deadlineRule: "team.action.default",
  },
  agreeComplainantActions: {
    code: "agreeComplainantActions",
    ownerRole: "landlordStaff",
    audience: "shared",
    relevantToLandlord: true,
    deadlineRule: "team.action.default",
  },
  supportNormalBehaviour: {
    code: "supportNormalBehaviour",
    ownerRole: "careTeamMember",
    audience: "careTeam",
    relevantToLandlord: false,
    deadlineRule: null,
  },
  makeAgreementsWithParticipant: {
    code: "makeAgreementsWithParticipant",
    ownerRole: "careTeamMember",
    audience: "careTeam",
    relevantToLandlord: false,
    deadlineRule: "team.action.default",
  },
  helpVoiceView: {
    code: "helpVoiceView",
    ownerRole: "careTeamMember",
    audience: "careTeam",
    relevantToLandlord: false,
    deadlineRule: "team.action.default",
  },
  explainBehaviourChange: {
    code: "explainBehaviourChange",
    ownerRole: "careTeamMember",
    audience: "careTeam",
    relevantToLandlord: false,
    deadlineRule: "team.action.default",
  },
  addToSupportPlan: {
    code: "addToSupportPlan",
    ownerRole: "careTeamMember",
    audience: "careTeam",
    relevantToLandlord: false,
    deadlineRule: "team.action.default",
  },
  feedbackToLandlordWithParticipant: {
    code: "feedbackToLandlordWithParticipant",
    ownerRole: "careTeamMember",
    audience: "shared",
    relevantToLandlord: true,
    deadlineRule: "team.action.default",
  },
  landlordInformsComplainant: {
    code: "landlordInformsComplainant",
    ownerRole: "landlordStaff",
    audience: "shared",
    relevantToLandlord: true,
    deadlineRule: "team.action.default",
  },
  followUpSixWeeks: {
    code: "followUpSixWeeks",
    ownerRole: "careTeamMember",
    audience: "shared",
    relevantToLandlord: true,
    deadlineRule: "guideline.followUp.sixWeeks",
    scheduledOnProposal: { key: SIX_WEEK_FOLLOW_UP_KEY, rule: "guideline.followUp.sixWeeks" },
  },
  agreeRelationRepair: {
    code: "agreeRelationRepair",
    ownerRole: "careTeamMember",
    audience: "shared",
    relevantToLandlord: true,
    deadlineRule: "team.action.default",
  },
  neighbourMediation: {
    code: "neighbourMediation",
    ownerRole: "careTeamMember",
    audience: "shared",
    relevantToLandlord: true,
    deadlineRule: "team.action.default",
    requiresMediationConsent: true,
  },
  requestNoiseMeasurement: {
    code: "requestNoiseMeasurement",
    ownerRole: "careTeamMember",
    audience: "shared",
    relevantToLandlord: true,
    deadlineRule: "team.action.default",
  },
  smallGesture: {
    code: "smallGesture",
    ownerRole: "careTeamMember",
    audience: "shared",
    relevantToLandlord: false,
    deadlineRule: null,
  },
  reportInWriting: {
    code: "reportInWriting",
    ownerRole: "careTeamMember",
    audience: "shared",
    relevantToLandlord: true,
    deadlineRule: "team.action.default",
  },
  registerInCareRecord: {
    code: "registerInCareRecord",
    ownerRole: "careTeamMember",
    audience: "careTeam",
    relevantToLandlord: false,
    deadlineRule: "team.action.default",
  },
  // Omgaan met overlast 1: "De verhuurder heeft regie op het informeren van de buurt" — the landlord
  // decides whether and how, and records it.
  informNeighbourhood: {
    code: "informNeighbourhood",
    ownerRole: "landlordStaff",
    audience: "shared",
    relevantToLandlord: true,
    deadlineRule: "team.action.default",
  },
  // "… en het team bespreekt de aanpak met de deelnemer": what was discussed is care-only.
  discussApproachWithParticipant: {
    code: "discussApproachWithParticipant",
    ownerRole: "careTeamMember",
    audience: "careTeam",
    relevantToLandlord: false,
    deadlineRule: "team.action.default",
  },
};
