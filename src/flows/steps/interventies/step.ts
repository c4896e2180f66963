/**
 * Interventie 1–4, the care interventions beside the ladder: scaling up care (1), a time-out or
 * respite place for one of six reasons (2), rehousing only by the participant's own choice (3),
 * another suitable place decided with the person (4). Care-only.
 */
import { CASE_BUTTON_IDS, CASE_FORM_IDS, caseRefValue } from "../../cases/buttons.ts";
import { CARE, defineStep } from "../step.ts";

const onCase = { payload: caseRefValue, permission: "offerIntervention", subject: "case" } as const;
const caseForm = { metadata: caseRefValue, permission: "offerIntervention", subject: "case" } as const;

export const interventies = defineStep({
  id: "interventies",
  title: { nl: "Interventies 1–4", en: "Interventions 1–4" },
  guideline: {
    guideline: "**Interventie 1–4** — scaling up care, time-out, rehousing, another place",
    does: "Scaling up care (daily if needed), time-out with one of the six reasons, rehousing only by the participant's own choice, another suitable place only decided with the person; each offered and its outcome recorded from the ladder card, care-only. On a recorded time-out the support worker gets a personal message to plan the return home (a deadline, `team.timeOut.return`, nudges them; a planned date moves it) and to record it; both care-only, in the timeline and the care summary.",
    code: ["src/flows/ladder/handlers/interventions.ts", "src/flows/cases/forms/intervention-forms.ts"],
    tests: ["test/unit/flows/ladder/interventions-and-eviction.test.ts"],
    statements: [
      {
        sentence: "Nadien kan de deelnemer terugkeren naar de eigen woning.",
        test: "test/contract/guideline-sentences.test.ts",
      },
    ],
  },
  permissions: {
    // Interventies 1–4 are care interventions.
    offerIntervention: {
      roles: CARE,
      does: { nl: "een interventie aanbieden", en: "offer an intervention" },
    },
  },
  buttons: {
    intervention: { id: CASE_BUTTON_IDS.intervention, ...onCase },
    interventionOutcome: { id: CASE_BUTTON_IDS.interventionOutcome, ...onCase },
    // Interventie 2: the return home after a time-out.
    planReturn: { id: CASE_BUTTON_IDS.planReturn, ...onCase },
    recordReturn: { id: CASE_BUTTON_IDS.recordReturn, ...onCase },
  },
  forms: {
    intervention: { id: CASE_FORM_IDS.intervention, ...caseForm },
    interventionOutcome: { id: CASE_FORM_IDS.interventionOutcome, ...caseForm },
    planReturn: { id: CASE_FORM_IDS.planReturn, ...caseForm },
    recordReturn: { id: CASE_FORM_IDS.recordReturn, ...caseForm },
  },
  events: {
    interventionOffered: "offerIntervention",
    interventionOutcome: "offerIntervention",
    returnHomePlanned: "offerIntervention",
    returnHomeRecorded: "offerIntervention",
  },
  deadlines: ["team.timeOut.return"],
  help: { nl: [], en: [] },
});
