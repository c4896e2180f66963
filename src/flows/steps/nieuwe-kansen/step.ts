/**
 * Nieuwe kansen: after an eviction the support goes on unless the participant explicitly declines
 * (the care team's decision, its note care-only), and all parties reflect and evaluate together.
 */
import { CASE_BUTTON_IDS, CASE_FORM_IDS, caseRefValue } from "../../cases/buttons.ts";
import { defineStep } from "../step.ts";

export const nieuweKansen = defineStep({
  id: "nieuwe-kansen",
  title: { nl: "Nieuwe kansen", en: "New chances" },
  guideline: {
    guideline: "**Nieuwe kansen**",
    does: "After an eviction support continues unless the participant explicitly declines (the care team's button; its note care-only); the reflection and evaluation meeting with all parties is scheduled, shown on the ladder card and recorded with its own button.",
    code: ["src/flows/ladder/handlers/court.ts", "src/flows/cases/render/ladder-card.ts"],
    tests: [
      "test/unit/flows/ladder/interventions-and-eviction.test.ts",
      "test/integration/slack/slack-end-of-ladder.test.ts",
    ],
  },
  permissions: {},
  buttons: {
    // Whether the support goes on after an eviction is the care team's.
    supportAfterEviction: {
      id: CASE_BUTTON_IDS.supportAfterEviction,
      payload: caseRefValue,
      permission: "offerIntervention",
      subject: "case",
    },
    reflection: {
      id: CASE_BUTTON_IDS.reflection,
      payload: caseRefValue,
      permission: "decideAction",
      subject: "case",
    },
  },
  forms: {
    supportAfterEviction: {
      id: CASE_FORM_IDS.supportAfterEviction,
      metadata: caseRefValue,
      permission: "offerIntervention",
      subject: "case",
    },
    reflection: {
      id: CASE_FORM_IDS.reflection,
      metadata: caseRefValue,
      permission: "decideAction",
      subject: "case",
    },
  },
  events: { supportAfterEviction: "offerIntervention", reflectionMeetingHeld: "decideAction" },
  deadlines: ["team.reflection.meeting"],
  help: { nl: [], en: [] },
});
