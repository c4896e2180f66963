/**
 * What people do in the procedure (SPEC §6: "every action is checked against the role"). Who may
 * do each is declared by the step that owns it; the organisation each role must belong to is in
 * scope.ts.
 */

export const PERMISSION_NAMES = [
  "registerParticipant",
  "fileComplaint",
  "logSignal",
  "acknowledgeSignal",
  "decideSignalSharing",
  "viewCase",
  "recordHearing",
  "recordAssessment",
  "startCase",
  "startReportCase",
  "decideAction",
  "decideLandlordAction",
  "addCareNote",
  "viewCareNote",
  "proposeEscalation",
  "recordLetter",
  "offerIntervention",
  "closeCase",
  "tickOnboarding",
  "extendDeadline",
  "informComplainants",
  "viewTeamOverview",
  "exportDossierLandlord",
  "exportDossierCare",
  "viewComplainantIdentity",
  "manageMembers",
  "bindChannel",
  "setOwnLanguage",
  "setLegalHold",
  "exportParticipantData",
  "organiseCooperation",
  "recordCorrespondence",
] as const;
export type Permission = (typeof PERMISSION_NAMES)[number];

/**
 * Action → the roles that may perform it: the one permission table, the union of what each step
 * module declares (src/flows/steps/registry.ts).
 */
export { PERMISSION_ROLES } from "../steps/registry.ts";
