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
    does: "Scaling up care (daily if needed), time-out with one of the six reasons, rehousing only by the participant's own choice, another suitable place only decided with the person; each offered and its outcome recorded from the ladder card, care-only.",
    code: ["src/flows/ladder/handlers/interventions.ts", "src/flows/cases/forms/intervention-forms.ts"],
    tests: ["test/unit/flows/ladder/interventions-and-eviction.test.ts"],
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
  },
  forms: {
    intervention: { id: CASE_FORM_IDS.intervention, ...caseForm },
    interventionOutcome: { id: CASE_FORM_IDS.interventionOutcome, ...caseForm },
  },
  events: { interventionOffered: "offerIntervention", interventionOutcome: "offerIntervention" },
  deadlines: [],
  help: { nl: [], en: [] },
});
