/**
 * The actions of each escalation step (Actie 3–6). They are proposed when people take a step; the
 * team accepts, changes or skips each one. Legal advice (Actie 4–6) is agreed at once, with a
 * deadline that stays open until it is done.
 */
import type { ActionTemplate } from "../cases/action-template.ts";
import type { EscalationSituation, LadderStep } from "./model.ts";

const LADDER_ACTION_CODES = [
  "alignLandlordAndTeam",
  "warningLetter",
  "discussLetterWithParticipant",
  "adviseComplainantPolice",
  "considerInterventions",
  "consultParties",
  "secondWarningLetter",
  "legalAdvice",
  "copyToLandlordDossier",
  "copyToCareRecord",
  "informNeighbours",
  "summonsLetter",
  "informComplainantOnCall",
  "decideCourtParty",
  "checkCourtReadiness",
  "exploreAlternative",
  // Nieuwe kansen, after an eviction
  "advocateHousing",
] as const;
export type LadderActionCode = (typeof LADDER_ACTION_CODES)[number];

export const LADDER_TEMPLATES: { [C in LadderActionCode]: ActionTemplate<C> } = {
  alignLandlordAndTeam: {
    code: "alignLandlordAndTeam",
    ownerRole: "coordinator",
    audience: "shared",
    relevantToLandlord: true,
    deadlineRule: "team.action.default",
  },
  warningLetter: {
    code: "warningLetter",
    ownerRole: "landlordStaff",
    audience: "shared",
    relevantToLandlord: true,
    deadlineRule: "team.action.default",
  },
  discussLetterWithParticipant: {
    code: "discussLetterWithParticipant",
    ownerRole: "careTeamMember",
    audience: "shared",
    relevantToLandlord: true,
    deadlineRule: "team.letter.discuss",
  },
  adviseComplainantPolice: {
    code: "adviseComplainantPolice",
    ownerRole: "landlordStaff",
    audience: "shared",
    relevantToLandlord: true,
    deadlineRule: "team.action.default",
  },
  considerInterventions: {
    code: "considerInterventions",
    ownerRole: "careTeamMember",
    audience: "careTeam",
    relevantToLandlord: false,
    deadlineRule: "team.action.default",
  },
  consultParties: {
    code: "consultParties",
    ownerRole: "coordinator",
    audience: "shared",
    relevantToLandlord: true,
    deadlineRule: "team.action.default",
  },
  secondWarningLetter: {
    code: "secondWarningLetter",
    ownerRole: "landlordStaff",
    audience: "shared",
    relevantToLandlord: true,
    deadlineRule: "team.action.default",
  },
  legalAdvice: {
    code: "legalAdvice",
    ownerRole: "coordinator",
    audience: "shared",
    relevantToLandlord: true,
    deadlineRule: "team.legalAdvice",
    agreedOnCreate: true,
  },
  copyToLandlordDossier: {
    code: "copyToLandlordDossier",
    ownerRole: "landlordStaff",
    audience: "shared",
    relevantToLandlord: true,
    deadlineRule: "team.action.default",
  },
  copyToCareRecord: {
    code: "copyToCareRecord",
    ownerRole: "careTeamMember",
    audience: "careTeam",
    relevantToLandlord: false,
    deadlineRule: "team.action.default",
  },
  informNeighbours: {
    code: "informNeighbours",
    ownerRole: "landlordStaff",
    audience: "shared",
    relevantToLandlord: true,
    deadlineRule: "team.action.default",
  },
  summonsLetter: {
    code: "summonsLetter",
    ownerRole: "landlordStaff",
    audience: "shared",
    relevantToLandlord: true,
    deadlineRule: "team.action.default",
  },
  informComplainantOnCall: {
    code: "informComplainantOnCall",
    ownerRole: "landlordStaff",
    audience: "shared",
    relevantToLandlord: true,
    deadlineRule: "team.action.default",
  },
  decideCourtParty: {
    code: "decideCourtParty",
    ownerRole: "coordinator",
    audience: "shared",
    relevantToLandlord: true,
    deadlineRule: "team.action.default",
  },
  checkCourtReadiness: {
    code: "checkCourtReadiness",
    ownerRole: "coordinator",
    audience: "shared",
    relevantToLandlord: true,
    deadlineRule: "team.action.default",
  },
  exploreAlternative: {
    code: "exploreAlternative",
    ownerRole: "careTeamMember",
    audience: "shared",
    relevantToLandlord: true,
    deadlineRule: "team.action.default",
  },
  // Nieuwe kansen: "Het team zal optreden als pleitbezorger voor fatsoenlijke, alternatieve
  // huisvesting en het voorkomen van terugval in dakloosheid." Its steps are care-only.
  advocateHousing: {
    code: "advocateHousing",
    ownerRole: "careTeamMember",
    audience: "careTeam",
    relevantToLandlord: false,
    deadlineRule: "team.advocacy.housing",
  },
};

/** The actions of each step, in the guideline's order. */
const STEP_ACTIONS: { [S in LadderStep]: LadderActionCode[] } = {
  // Actie 3: waarschuwingsbrief
  actie3: [
    "alignLandlordAndTeam",
    "warningLetter",
    "discussLetterWithParticipant",
    "adviseComplainantPolice",
    "considerInterventions",
  ],
  // Actie 4: voortduring en (tweede) waarschuwingsbrief
  actie4: [
    "secondWarningLetter",
    "legalAdvice",
    "copyToLandlordDossier",
    "copyToCareRecord",
    "informNeighbours",
    "considerInterventions",
  ],
  // Actie 5: voortduring en sommatiebrief
  actie5: [
    "summonsLetter",
    "legalAdvice",
    "copyToLandlordDossier",
    "copyToCareRecord",
    "informComplainantOnCall",
    "considerInterventions",
  ],
  // Actie 6: voortduring en ontbinding
  actie6: ["legalAdvice", "decideCourtParty", "checkCourtReadiness", "exploreAlternative"],
};

/**
 * The actions proposed when a step is taken. Situatie 2 (repeated or continuing complaints) and
 * every step from Actie 4 on are done in consultation with all parties involved.
 */
export function stepActions(step: LadderStep, situation: EscalationSituation): LadderActionCode[] {
  const actions = [...STEP_ACTIONS[step]];
  if (situation === "repeatedComplaints" || step !== "actie3") actions.push("consultParties");
  return actions;
}

/** The letter action of a step, completed when the letter is recorded. */
export const LETTER_ACTION: { [S in "actie3" | "actie4" | "actie5"]: LadderActionCode } = {
  actie3: "warningLetter",
  actie4: "secondWarningLetter",
  actie5: "summonsLetter",
};
