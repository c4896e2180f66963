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
    does: 'After an eviction support continues unless the participant explicitly declines (the care team\'s button; its note care-only); the reflection and evaluation meeting with all parties is scheduled, shown on the ladder card and recorded with its own button. After the eviction the care team is proposed "Pleitbezorging alternatieve huisvesting" (proposal card and a personal message to the support worker; accept, change, skip, more time) with a deadline (`team.advocacy.housing`); each step (whom they contacted, the outcome) is recorded care-only and moves the deadline on.',
    code: ["src/flows/ladder/handlers/court.ts", "src/flows/cases/render/ladder-card.ts"],
    tests: [
      "test/unit/flows/ladder/interventions-and-eviction.test.ts",
      "test/integration/slack/slack-end-of-ladder.test.ts",
    ],
    statements: [
      {
        sentence:
          "Het team zal optreden als pleitbezorger voor fatsoenlijke, alternatieve huisvesting en het voorkomen van terugval in dakloosheid.",
        test: "test/contract/guideline-sentences.test.ts",
      },
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
    // Pleitbezorging: a step as advocate for alternative housing, care-only.
    advocacyStep: {
      id: CASE_BUTTON_IDS.advocacyStep,
      payload: caseRefValue,
      permission: "offerIntervention",
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
    advocacyStep: {
      id: CASE_FORM_IDS.advocacyStep,
      metadata: caseRefValue,
      permission: "offerIntervention",
      subject: "case",
    },
  },
  events: {
    supportAfterEviction: "offerIntervention",
    reflectionMeetingHeld: "decideAction",
    advocacyStepRecorded: "offerIntervention",
  },
  deadlines: ["team.reflection.meeting", "team.advocacy.housing"],
  help: { nl: [], en: [] },
});
