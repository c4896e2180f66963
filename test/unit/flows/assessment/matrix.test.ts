import { describe, expect, it } from "vitest";
import type { Behaviour } from "../../../../src/flows/assessment/answers.ts";
import {
  type DerivedRule,
  type FollowUpRow,
  proposeFollowUp,
  ROW_ACTIONS,
} from "../../../../src/flows/assessment/matrix.ts";
import type { AssessmentActionCode } from "../../../../src/flows/assessment/templates.ts";

const EVERY_CASE: AssessmentActionCode[] = ["smallGesture", "reportInWriting", "registerInCareRecord"];

interface Row {
  name: string;
  behaviour: Behaviour;
  byParticipant: boolean;
  byWorker: boolean;
  row: FollowUpRow;
  source: "table" | "derived";
  derivedRules: DerivedRule[];
  actions: AssessmentActionCode[];
  sixWeeks: boolean;
}

// All eight combinations: the guideline's four rows, and Nabuur's rule for the other four.
const COMBINATIONS: Row[] = [
  {
    name: "Actie 2 table: conscious + justified by both → inform landlord, actions towards complainant, normal behaviour",
    behaviour: "conscious",
    byParticipant: true,
    byWorker: true,
    row: "consciousJustified",
    source: "table",
    derivedRules: [],
    actions: ["informLandlordWithParticipant", "agreeComplainantActions", "supportNormalBehaviour"],
    sixWeeks: false,
  },
  {
    name: "Actie 2 table: conscious + unjustified per participant, justified per worker → agreements and help voicing the view",
    behaviour: "conscious",
    byParticipant: false,
    byWorker: true,
    row: "consciousParticipantDisagrees",
    source: "table",
    derivedRules: [],
    actions: [
      "makeAgreementsWithParticipant",
      "helpVoiceView",
      "supportNormalBehaviour",
      "informLandlordWithParticipant",
      "agreeComplainantActions",
    ],
    sixWeeks: false,
  },
  {
    name: "Actie 2 derived: conscious + justified per participant, unjustified per worker → unjustified row",
    behaviour: "conscious",
    byParticipant: true,
    byWorker: false,
    row: "unconsciousUnjustified",
    source: "derived",
    derivedRules: ["workerJudgementDecides", "consciousUnjustifiedFollowsUnjustifiedRow"],
    actions: ["agreeRelationRepair", "neighbourMediation"],
    sixWeeks: false,
  },
  {
    name: "Actie 2 derived: conscious + unjustified by both → unjustified row",
    behaviour: "conscious",
    byParticipant: false,
    byWorker: false,
    row: "unconsciousUnjustified",
    source: "derived",
    derivedRules: ["consciousUnjustifiedFollowsUnjustifiedRow"],
    actions: ["agreeRelationRepair", "neighbourMediation"],
    sixWeeks: false,
  },
  {
    name: "Actie 2 table: unconscious + justified by both → support plan, feedback and six-week follow-up",
    behaviour: "unconscious",
    byParticipant: true,
    byWorker: true,
    row: "unconsciousJustified",
    source: "table",
    derivedRules: [],
    actions: [
      "explainBehaviourChange",
      "addToSupportPlan",
      "feedbackToLandlordWithParticipant",
      "landlordInformsComplainant",
      "followUpSixWeeks",
    ],
    sixWeeks: true,
  },
  {
    name: "Actie 2 derived: unconscious + unjustified per participant, justified per worker → justified row plus help voicing the view",
    behaviour: "unconscious",
    byParticipant: false,
    byWorker: true,
    row: "unconsciousJustified",
    source: "derived",
    derivedRules: ["workerJudgementDecides", "participantDisagreementAddsVoiceHelp"],
    actions: [
      "explainBehaviourChange",
      "helpVoiceView",
      "addToSupportPlan",
      "feedbackToLandlordWithParticipant",
      "landlordInformsComplainant",
      "followUpSixWeeks",
    ],
    sixWeeks: true,
  },
  {
    name: "Actie 2 derived: unconscious + justified per participant, unjustified per worker → unjustified row",
    behaviour: "unconscious",
    byParticipant: true,
    byWorker: false,
    row: "unconsciousUnjustified",
    source: "derived",
    derivedRules: ["workerJudgementDecides"],
    actions: ["agreeRelationRepair", "neighbourMediation"],
    sixWeeks: false,
  },
  {
    name: "Actie 2 table: unconscious + unjustified by both → restore the neighbour relation, else mediation",
    behaviour: "unconscious",
    byParticipant: false,
    byWorker: false,
    row: "unconsciousUnjustified",
    source: "table",
    derivedRules: [],
    actions: ["agreeRelationRepair", "neighbourMediation"],
    sixWeeks: false,
  },
];

describe("Actie 2: proposeFollowUp for all eight combinations", () => {
  it.each(COMBINATIONS)("$name", (c) => {
    const proposal = proposeFollowUp(
      { behaviour: c.behaviour, justifiedByParticipant: c.byParticipant, justifiedByWorker: c.byWorker },
      "smell",
    );
    expect(proposal.row).toBe(c.row);
    expect(proposal.source).toBe(c.source);
    expect(proposal.derivedRules).toEqual(c.derivedRules);
    expect(proposal.actions).toEqual([...c.actions, ...EVERY_CASE]);
    expect(proposal.sixWeekFollowUp).toBe(c.sixWeeks);
  });

  it("covers each of the eight combinations exactly once", () => {
    const keys = new Set(COMBINATIONS.map((c) => `${c.behaviour}/${c.byParticipant}/${c.byWorker}`));
    expect(keys.size).toBe(8);
  });

  it("Actie 2 table rows are the guideline's four rows, each used by exactly one table combination", () => {
    const tableRows = COMBINATIONS.filter((c) => c.source === "table").map((c) => c.row);
    expect(new Set(tableRows)).toEqual(new Set(Object.keys(ROW_ACTIONS)));
    expect(tableRows).toHaveLength(4);
  });

  it("Nabuur rule: the worker's judgement decides justified/unjustified in every combination", () => {
    for (const c of COMBINATIONS) {
      const justifiedRow =
        c.row === "consciousJustified" ||
        c.row === "consciousParticipantDisagrees" ||
        c.row === "unconsciousJustified";
      expect(justifiedRow).toBe(c.byWorker);
    }
  });

  it("geluidsoverlast: a noise complaint also gets 'request a noise measurement at the landlord'", () => {
    const proposal = proposeFollowUp(
      { behaviour: "unconscious", justifiedByParticipant: true, justifiedByWorker: true },
      ["smell", "noise"],
    );
    expect(proposal.actions).toContain("requestNoiseMeasurement");
    const smell = proposeFollowUp(
      { behaviour: "unconscious", justifiedByParticipant: true, justifiedByWorker: true },
      "smell",
    );
    expect(smell.actions).not.toContain("requestNoiseMeasurement");
  });

  it("Omgaan met overlast: every proposal ends with small gesture, written feedback and care record", () => {
    for (const c of COMBINATIONS) {
      const proposal = proposeFollowUp(
        { behaviour: c.behaviour, justifiedByParticipant: c.byParticipant, justifiedByWorker: c.byWorker },
        "visitors",
      );
      expect(proposal.actions.slice(-3)).toEqual(EVERY_CASE);
    }
  });
});
