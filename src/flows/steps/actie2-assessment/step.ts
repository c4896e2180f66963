/**
 * Actie 2: the support worker hears the participant (wederhoor) and answers the assessment's three
 * questions; the matrix proposes the follow-up. Buurtbemiddeling only with the participant's consent.
 */
import {
  answerValue,
  assessmentRefValue,
  CASE_BUTTON_IDS,
  CASE_FORM_IDS,
  caseRefValue,
  consentValue,
} from "../../cases/buttons.ts";
import { CARE, defineStep } from "../step.ts";

const answer = { payload: answerValue, permission: "recordAssessment", subject: "case" } as const;
const consent = { payload: consentValue, permission: "recordHearing", subject: "case" } as const;

export const actie2Assessment = defineStep({
  id: "actie2-assessment",
  title: { nl: "Actie 2: wederhoor en beoordeling", en: "Step 2: hearing and assessment" },
  guideline: {
    guideline:
      "**Actie 2** — hearing and assessment; **Omgaan met overlast 2** — neighbour mediation with consent",
    does: "Hearing notes (care-only), three answers by button, confirmation; all eight combinations: the table's four rows exactly, and the documented rule for the other four (the worker's judgement decides; the participant's disagreement adds \"help voice their view\"; conscious + unjustified follows the unjustified row). Noise measurement for noise complaints; six-week follow-up for unconscious + justified. Mediation can only be agreed after the participant's consent is recorded.",
    code: ["src/flows/assessment/", "src/flows/cases/handlers/assessment.ts"],
    tests: [
      "test/unit/flows/assessment/matrix.test.ts",
      "test/unit/flows/assessment/assessment-flow.test.ts",
    ],
  },
  permissions: {
    // Actie 2: wederhoor and beoordeling are the support worker's.
    recordHearing: { roles: CARE, does: { nl: "het wederhoor vastleggen", en: "record the hearing" } },
    recordAssessment: { roles: CARE, does: { nl: "de beoordeling vastleggen", en: "record the assessment" } },
  },
  buttons: {
    hearing: {
      id: CASE_BUTTON_IDS.hearing,
      payload: caseRefValue,
      permission: "recordHearing",
      subject: "case",
    },
    answerConscious: { id: CASE_BUTTON_IDS.answerConscious, ...answer },
    answerUnconscious: { id: CASE_BUTTON_IDS.answerUnconscious, ...answer },
    answerJustifiedByParticipant: { id: CASE_BUTTON_IDS.answerJustifiedByParticipant, ...answer },
    answerUnjustifiedByParticipant: { id: CASE_BUTTON_IDS.answerUnjustifiedByParticipant, ...answer },
    answerJustifiedByWorker: { id: CASE_BUTTON_IDS.answerJustifiedByWorker, ...answer },
    answerUnjustifiedByWorker: { id: CASE_BUTTON_IDS.answerUnjustifiedByWorker, ...answer },
    confirmAssessment: {
      id: CASE_BUTTON_IDS.confirmAssessment,
      payload: assessmentRefValue,
      permission: "recordAssessment",
      subject: "case",
    },
    // Buurtbemiddeling: the participant's consent is heard by the worker.
    mediationConsentYes: { id: CASE_BUTTON_IDS.mediationConsentYes, ...consent },
    mediationConsentNo: { id: CASE_BUTTON_IDS.mediationConsentNo, ...consent },
  },
  forms: {
    hearing: {
      id: CASE_FORM_IDS.hearing,
      metadata: caseRefValue,
      permission: "recordHearing",
      subject: "case",
    },
  },
  events: {
    hearingRecorded: "recordHearing",
    assessmentAnswered: "recordAssessment",
    assessmentConfirmed: "recordAssessment",
    mediationConsentRecorded: "recordHearing",
  },
  deadlines: ["team.assessment.hearing", "guideline.followUp.sixWeeks"],
  help: { nl: [], en: [] },
});
