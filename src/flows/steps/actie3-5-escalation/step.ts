/**
 * Actie 3–5: the escalation ladder. A second similar justified complaint (situatie 1) or repeated
 * complaints (situatie 2) propose the next step; landlord and team decide together. The landlord
 * sends the letters (waarschuwingsbrief, tweede waarschuwing, sommatie); legal advice from Actie 4.
 */
import {
  CASE_BUTTON_IDS,
  CASE_FORM_IDS,
  caseRefValue,
  ladderStepValue,
  letterRefValue,
  proposalRefValue,
} from "../../cases/buttons.ts";
import { CARE_AND_LANDLORD, defineStep, LANDLORD } from "../step.ts";

export const actie3to5Escalation = defineStep({
  id: "actie3-5-escalation",
  title: { nl: "Actie 3–5: waarschuwingen en sommatie", en: "Steps 3–5: warnings and summons" },
  guideline: {
    guideline: "**Actie 3, 4, 5** — warning letter, second warning, summons; situation 1 and 2",
    does: 'A new, similar, justified complaint after an earlier justified one proposes Actie 3 (situation 1); repeated or continuing complaints propose the next step in consultation with all parties (situation 2). Participant reports, wrongly attributed and unjustified complaints never count. Letters are drafted by the landlord from the case (`/nabuur brief <nr>`, Teams `@Nabuur brief <nr>`: the text as a file for that person only, stored with the case) and recorded with dates (registered, signed "voor gezien" for Actie 5), so the dossier holds the letter itself with its dates; copies into both dossiers as checklist actions; legal advice requested at Actie 4, 5, 6 and kept open until done.',
    code: [
      "src/flows/ladder/detect.ts",
      "src/flows/ladder/steps.ts",
      "src/flows/ladder/preconditions.ts",
      "src/flows/ladder/handlers/escalation.ts",
      "src/flows/ladder/handlers/letters.ts",
      "src/flows/letters/",
      "src/services/letters/letter-service.ts",
    ],
    tests: [
      "test/unit/flows/ladder/detect.test.ts",
      "test/unit/flows/ladder/ladder-steps.test.ts",
      "test/unit/flows/ladder/preconditions.test.ts",
      "test/contract/guideline-letters.test.ts",
      "test/integration/api/dossier-writes.test.ts",
    ],
  },
  permissions: {
    // Actie 3–6: landlord and team align on escalation.
    proposeEscalation: {
      roles: CARE_AND_LANDLORD,
      does: { nl: "een escalatie voorstellen", en: "propose an escalation" },
    },
    // Actie 3–5: the letters are the landlord's ("de verhuurder stuurt").
    recordLetter: { roles: LANDLORD, does: { nl: "een brief vastleggen", en: "record a letter" } },
  },
  buttons: {
    takeStep: {
      id: CASE_BUTTON_IDS.takeStep,
      payload: ladderStepValue,
      permission: "proposeEscalation",
      subject: "case",
    },
    skipStep: {
      id: CASE_BUTTON_IDS.skipStep,
      payload: proposalRefValue,
      permission: "proposeEscalation",
      subject: "case",
    },
    recordLetter: {
      id: CASE_BUTTON_IDS.recordLetter,
      payload: letterRefValue,
      permission: "recordLetter",
      subject: "case",
    },
    breach: {
      id: CASE_BUTTON_IDS.breach,
      payload: caseRefValue,
      permission: "proposeEscalation",
      subject: "case",
    },
  },
  forms: {
    skipEscalation: {
      id: CASE_FORM_IDS.skipEscalation,
      metadata: proposalRefValue,
      permission: "proposeEscalation",
      subject: "case",
    },
    letter: {
      id: CASE_FORM_IDS.letter,
      metadata: letterRefValue,
      permission: "recordLetter",
      subject: "case",
    },
    breach: {
      id: CASE_FORM_IDS.breach,
      metadata: caseRefValue,
      permission: "proposeEscalation",
      subject: "case",
    },
  },
  events: {
    escalationProposed: "proposeEscalation",
    escalationSkipped: "proposeEscalation",
    ladderStepTaken: "proposeEscalation",
    letterRecorded: "recordLetter",
    legalAdviceRequested: "proposeEscalation",
    agreementBreachRecorded: "proposeEscalation",
  },
  deadlines: ["team.letter.discuss", "team.legalAdvice"],
  help: {
    nl: [
      "`/nabuur brief <nr> [actie3|actie4|actie5]` — concept van de brief van de verhuurder, alleen voor jou",
    ],
    en: ["`/nabuur brief <no> [actie3|actie4|actie5]` — draft of the landlord's letter, for you only"],
  },
});
