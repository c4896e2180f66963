/**
 * Actie 6: court. Who goes to court follows the lease (own → landlord; intermediary → care
 * provider; three-party → as agreed); no court when the participant agrees to an alternative.
 */
import { CASE_BUTTON_IDS, CASE_FORM_IDS, caseRefValue } from "../../cases/buttons.ts";
import { defineStep } from "../step.ts";

const onCase = { payload: caseRefValue, permission: "proposeEscalation", subject: "case" } as const;
const caseForm = { metadata: caseRefValue, permission: "proposeEscalation", subject: "case" } as const;

export const actie6Court = defineStep({
  id: "actie6-court",
  title: { nl: "Actie 6: rechter", en: "Step 6: court" },
  guideline: {
    guideline: "**Actie 6** — court",
    does: "Who goes to court by lease type (own → landlord; intermediary → care provider; three-party → as agreed, named); no court when the participant agrees to alternative housing and care; the three court conditions shown as a readiness check. The ladder card's buttons record who goes to court, an alternative agreed and the eviction (what was unmet before it is recorded, not refused).",
    code: [
      "src/flows/ladder/court.ts",
      "src/flows/ladder/handlers/court.ts",
      "src/flows/cases/render/ladder-card.ts",
      "src/flows/cases/forms/ladder-forms.ts",
    ],
    tests: [
      "test/unit/flows/ladder/court.test.ts",
      "test/unit/flows/ladder/interventions-and-eviction.test.ts",
      "test/integration/slack/slack-end-of-ladder.test.ts",
    ],
  },
  permissions: {},
  buttons: {
    courtPath: { id: CASE_BUTTON_IDS.courtPath, ...onCase },
    alternative: { id: CASE_BUTTON_IDS.alternative, ...onCase },
    eviction: { id: CASE_BUTTON_IDS.eviction, ...onCase },
  },
  forms: {
    courtPath: { id: CASE_FORM_IDS.courtPath, ...caseForm },
    alternative: { id: CASE_FORM_IDS.alternative, ...caseForm },
    eviction: { id: CASE_FORM_IDS.eviction, ...caseForm },
  },
  events: {
    courtPathDecided: "proposeEscalation",
    participantAgreedAlternative: "proposeEscalation",
    evictionRecorded: "proposeEscalation",
  },
  deadlines: [],
  help: { nl: [], en: [] },
});
