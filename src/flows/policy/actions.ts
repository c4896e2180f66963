/**
 * What each role may do (SPEC §6: "every action is checked against the role"). The policy is
 * this table; the organisation each role must belong to is in scope.ts.
 */
import type { Role } from "../model.ts";

export const POLICY_ACTIONS = [
  "registerParticipant",
  "fileComplaint",
  "logSignal",
  "acknowledgeSignal",
  "decideSignalSharing",
  "viewCase",
  "recordHearing",
  "recordAssessment",
  "decideAction",
  "addCareNote",
  "viewCareNote",
  "proposeEscalation",
  "recordLetter",
  "offerIntervention",
  "closeCase",
  "tickOnboarding",
  "extendDeadline",
  "exportDossierLandlord",
  "exportDossierCare",
  "viewComplainantIdentity",
  "manageMembers",
  "bindChannel",
  "setOwnLanguage",
  "setLegalHold",
  "exportParticipantData",
] as const;
export type PolicyAction = (typeof POLICY_ACTIONS)[number];

const CARE: readonly Role[] = ["careTeamMember", "coordinator"];
const CARE_AND_LANDLORD: readonly Role[] = ["careTeamMember", "coordinator", "landlordStaff"];
const LANDLORD: readonly Role[] = ["landlordStaff"];

/** Action → the roles that may perform it. */
export const ACTION_ROLES: Record<PolicyAction, readonly Role[]> = {
  // Preventie: the care provider registers its participants.
  registerParticipant: CARE,
  // Omgaan met overlast: complaints come in through the landlord; a coordinator may file one too.
  fileComplaint: ["landlordStaff", "coordinator"],
  // Signalering: every party in the procedure passes signals on (the technical admin is no party).
  logSignal: ["careTeamMember", "coordinator", "landlordStaff", "partner"],
  acknowledgeSignal: CARE_AND_LANDLORD,
  // Signalering: the landlord shares a nuisance signal with the participant only with the team.
  decideSignalSharing: CARE_AND_LANDLORD,
  // Partners and admins see a limited view (visibility.ts).
  viewCase: ["careTeamMember", "coordinator", "landlordStaff", "partner", "admin"],
  // Actie 2: wederhoor and beoordeling are the support worker's.
  recordHearing: CARE,
  recordAssessment: CARE,
  decideAction: CARE_AND_LANDLORD,
  // Care-only notes (zorgdossier).
  addCareNote: CARE,
  viewCareNote: CARE,
  // Actie 3–6: landlord and team align on escalation.
  proposeEscalation: CARE_AND_LANDLORD,
  // Actie 3–5: letters are the landlord's.
  recordLetter: LANDLORD,
  // Interventies 1–4 are care interventions.
  offerIntervention: CARE,
  closeCase: CARE_AND_LANDLORD,
  tickOnboarding: CARE_AND_LANDLORD,
  // Deadline owners reschedule their own deadlines.
  extendDeadline: CARE_AND_LANDLORD,
  exportDossierLandlord: LANDLORD,
  exportDossierCare: CARE,
  // The complainant's identity stays with the landlord.
  viewComplainantIdentity: LANDLORD,
  manageMembers: ["admin"],
  bindChannel: ["admin"],
  setOwnLanguage: ["careTeamMember", "coordinator", "landlordStaff", "partner", "admin"],
  // AVG: a legal hold keeps a closed case from being anonymised (e.g. a court procedure).
  setLegalHold: ["coordinator", "admin"],
  // AVG inzageverzoek: the care provider's coordinator hands the participant everything held.
  exportParticipantData: ["coordinator"],
};
