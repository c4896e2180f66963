/**
 * Actie 2: from the three answers to the guideline's follow-up actions.
 *
 * The guideline's table has four rows for eight combinations. For the other four Nabuur applies
 * one documented rule (SPEC §3): the worker's judgement decides justified/unjustified; when the
 * participant calls the complaint unjustified but the worker calls it justified, "help the
 * participant voice their view" is added; a conscious but unjustified complaint follows the
 * unjustified row. Every derived proposal names the rules it used so the card can show them.
 */
import type { ComplaintType } from "../model.ts";
import type { CompleteAnswers } from "./answers.ts";
import type { AssessmentActionCode } from "./templates.ts";

/** The four rows of the guideline's table. */
const FOLLOW_UP_ROWS = [
  "consciousJustified",
  "consciousParticipantDisagrees",
  "unconsciousJustified",
  "unconsciousUnjustified",
] as const;
export type FollowUpRow = (typeof FOLLOW_UP_ROWS)[number];

/** The parts of Nabuur's rule for combinations the table does not list. */
const DERIVED_RULES = [
  "workerJudgementDecides",
  "participantDisagreementAddsVoiceHelp",
  "consciousUnjustifiedFollowsUnjustifiedRow",
] as const;
export type DerivedRule = (typeof DERIVED_RULES)[number];

export interface FollowUpProposal {
  row: FollowUpRow;
  /** "table": exactly a row of the guideline; "derived": Nabuur's rule for the other four. */
  source: "table" | "derived";
  /** Empty for table rows. */
  derivedRules: DerivedRule[];
  /** Proposed actions, in the order they are shown. */
  actions: AssessmentActionCode[];
  /** onbewust + terecht: after six weeks ask the landlord whether the complaints stopped. */
  sixWeekFollowUp: boolean;
}

/** The follow-up actions of each table row, in the guideline's order. */
export const ROW_ACTIONS: { [R in FollowUpRow]: AssessmentActionCode[] } = {
  // Bewust — terecht volgens de deelnemer en de begeleider
  consciousJustified: ["informLandlordWithParticipant", "agreeComplainantActions", "supportNormalBehaviour"],
  // Bewust — onterecht volgens de deelnemer, terecht volgens de begeleider
  consciousParticipantDisagrees: [
    "makeAgreementsWithParticipant",
    "helpVoiceView",
    "supportNormalBehaviour",
    "informLandlordWithParticipant",
    "agreeComplainantActions",
  ],
  // Onbewust — terecht volgens de deelnemer en de begeleider
  unconsciousJustified: [
    "explainBehaviourChange",
    "addToSupportPlan",
    "feedbackToLandlordWithParticipant",
    "landlordInformsComplainant",
    "followUpSixWeeks",
  ],
  // Onbewust — onterecht volgens de deelnemer en de begeleider
  unconsciousUnjustified: ["agreeRelationRepair", "neighbourMediation"],
};

/** Added to every proposal (Omgaan met overlast, punt 1). */
const EVERY_CASE: AssessmentActionCode[] = ["smallGesture", "reportInWriting", "registerInCareRecord"];

interface RowChoice {
  row: FollowUpRow;
  derivedRules: DerivedRule[];
  addVoiceHelp: boolean;
}

function chooseRow(answers: CompleteAnswers): RowChoice {
  const { behaviour, justifiedByParticipant: byParticipant, justifiedByWorker: byWorker } = answers;
  if (behaviour === "conscious") {
    if (byWorker && byParticipant)
      return { row: "consciousJustified", derivedRules: [], addVoiceHelp: false };
    if (byWorker) return { row: "consciousParticipantDisagrees", derivedRules: [], addVoiceHelp: false };
    // Conscious but unjustified (per the worker): the unjustified row.
    const derivedRules: DerivedRule[] = byParticipant
      ? ["workerJudgementDecides", "consciousUnjustifiedFollowsUnjustifiedRow"]
      : ["consciousUnjustifiedFollowsUnjustifiedRow"];
    return { row: "unconsciousUnjustified", derivedRules, addVoiceHelp: false };
  }
  if (byWorker && byParticipant)
    return { row: "unconsciousJustified", derivedRules: [], addVoiceHelp: false };
  if (!byWorker && !byParticipant)
    return { row: "unconsciousUnjustified", derivedRules: [], addVoiceHelp: false };
  if (byWorker) {
    // Participant says unjustified, worker says justified.
    return {
      row: "unconsciousJustified",
      derivedRules: ["workerJudgementDecides", "participantDisagreementAddsVoiceHelp"],
      addVoiceHelp: true,
    };
  }
  // Participant says justified, worker says unjustified.
  return { row: "unconsciousUnjustified", derivedRules: ["workerJudgementDecides"], addVoiceHelp: false };
}

/** Actie 2: the proposal for the three answers and the complaint type(s) of the case. */
export function proposeFollowUp(
  answers: CompleteAnswers,
  complaintType: ComplaintType | readonly ComplaintType[],
): FollowUpProposal {
  const types: readonly ComplaintType[] = typeof complaintType === "string" ? [complaintType] : complaintType;
  const choice = chooseRow(answers);
  const actions: AssessmentActionCode[] = [...ROW_ACTIONS[choice.row]];
  if (choice.addVoiceHelp && !actions.includes("helpVoiceView")) actions.splice(1, 0, "helpVoiceView");
  // Geluidsoverlast: a noise measurement at the landlord shows whether it exceeds normal living noise.
  if (types.includes("noise")) actions.push("requestNoiseMeasurement");
  actions.push(...EVERY_CASE);
  return {
    row: choice.row,
    source: choice.derivedRules.length === 0 ? "table" : "derived",
    derivedRules: choice.derivedRules,
    actions,
    sixWeekFollowUp: choice.row === "unconsciousJustified",
  };
}

/** The worker's judgement decides whether the complaint is justified (counts for escalation). */
export function isJustified(answers: CompleteAnswers): boolean {
  return answers.justifiedByWorker;
}
