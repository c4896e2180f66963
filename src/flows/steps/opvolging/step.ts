/**
 * Omgaan met overlast 1 and the proposals of every step: agreed actions are accepted, changed,
 * skipped with a reason, added or done (the bot proposes, people decide); the worker reports back
 * in writing, keeps care notes apart and checks again after four (and six) weeks.
 */
import {
  actionRefValue,
  CASE_BUTTON_IDS,
  CASE_FORM_IDS,
  caseRefValue,
  checkRefValue,
} from "../../cases/buttons.ts";
import { CARE, CARE_AND_LANDLORD, defineStep, LANDLORD } from "../step.ts";

const onAction = { payload: actionRefValue, permission: "decideAction", subject: "case" } as const;
// The landlord's own actions, on the case card in the shared channel.
const onLandlordAction = {
  payload: actionRefValue,
  permission: "decideLandlordAction",
  subject: "case",
} as const;
const onCase = { payload: caseRefValue, subject: "case" } as const;
const caseForm = { metadata: caseRefValue, subject: "case" } as const;

export const opvolging = defineStep({
  id: "opvolging",
  title: { nl: "Afspraken en opvolging", en: "Agreed actions and follow-up" },
  guideline: {
    guideline:
      "**Omgaan met overlast 1** — written feedback, care record, small gestures, four-week check; **proposals, people decide**",
    does: "At a case's first complaint the landlord is proposed \"Buurt informeren\" (a personal message: accept, done with a note on how, change, skip with a reason) and the care team \"Aanpak bespreken met de deelnemer\" (care-only). The landlord's own actions (the Actie 3 waarschuwingsbrief, the advice to the complainant to go to the police, …) are on the case card in the shared channel, where only landlord staff accept, finish or skip them with a reason; the care team's card keeps the care team's actions and care-only ones. Proposed as actions on every case; every proposal is accepted, changed, skipped with a reason or added by hand, and a later proposal never overwrites a decision. The written feedback is posted to the shared thread; care-record registration and care notes stay care-only; the four-week check is a deadline with its own form.",
    code: [
      "src/flows/assessment/templates.ts",
      "src/flows/cases/case-actions.ts",
      "src/flows/cases/handlers/actions.ts",
      "src/flows/cases/handlers/follow-up.ts",
    ],
    tests: [
      "test/unit/flows/cases/actions.test.ts",
      "test/unit/flows/cases/follow-up.test.ts",
      "test/integration/slack/slack-case-flow.test.ts",
      "test/contract/guideline-landlord-actions.test.ts",
    ],
    statements: [
      {
        sentence:
          "De verhuurder heeft regie op het informeren van de buurt en het team bespreekt de aanpak met de deelnemer.",
        test: "test/contract/guideline-sentences.test.ts",
      },
    ],
  },
  permissions: {
    decideAction: {
      roles: CARE_AND_LANDLORD,
      does: { nl: "een vervolgactie vaststellen", en: "decide on a follow-up action" },
    },
    // The landlord's own actions (Actie 3 waarschuwingsbrief, advice to the complainant to go to
    // the police, …): landlord staff accept, finish or skip them on the shared case card.
    decideLandlordAction: {
      roles: LANDLORD,
      does: {
        nl: "een actie van de verhuurder accepteren, afronden of overslaan",
        en: "accept, finish or skip an action of the landlord",
      },
    },
    // Care-only notes (zorgdossier).
    addCareNote: { roles: CARE, does: { nl: "een zorgnotitie toevoegen", en: "add a care note" } },
    viewCareNote: { roles: CARE, does: { nl: "zorgnotities lezen", en: "read care notes" } },
  },
  buttons: {
    acceptAction: { id: CASE_BUTTON_IDS.acceptAction, ...onAction },
    changeAction: { id: CASE_BUTTON_IDS.changeAction, ...onAction },
    skipAction: { id: CASE_BUTTON_IDS.skipAction, ...onAction },
    doneAction: { id: CASE_BUTTON_IDS.doneAction, ...onAction },
    // Done, and how: the landlord records whether and how the neighbourhood was informed.
    recordAction: { id: CASE_BUTTON_IDS.recordAction, ...onAction },
    addAction: { id: CASE_BUTTON_IDS.addAction, ...onCase, permission: "decideAction" },
    landlordAcceptAction: { id: CASE_BUTTON_IDS.landlordAcceptAction, ...onLandlordAction },
    landlordDoneAction: { id: CASE_BUTTON_IDS.landlordDoneAction, ...onLandlordAction },
    landlordSkipAction: { id: CASE_BUTTON_IDS.landlordSkipAction, ...onLandlordAction },
    extendDeadline: { id: CASE_BUTTON_IDS.extendDeadline, ...onCase, permission: "extendDeadline" },
    // "De begeleider koppelt genomen acties en afspraken schriftelijk terug aan de verhuurder."
    writtenFeedback: { id: CASE_BUTTON_IDS.writtenFeedback, ...onCase, permission: "recordAssessment" },
    careNote: { id: CASE_BUTTON_IDS.careNote, ...onCase, permission: "addCareNote" },
    // The four-week check and the six-week follow-up arrive as themselves, with their own form.
    followUpCheck: {
      id: CASE_BUTTON_IDS.followUpCheck,
      payload: checkRefValue,
      permission: "recordAssessment",
      subject: "case",
    },
  },
  forms: {
    changeAction: {
      id: CASE_FORM_IDS.changeAction,
      metadata: actionRefValue,
      permission: "decideAction",
      subject: "case",
    },
    skipAction: {
      id: CASE_FORM_IDS.skipAction,
      metadata: actionRefValue,
      permission: "decideAction",
      subject: "case",
    },
    recordAction: {
      id: CASE_FORM_IDS.recordAction,
      metadata: actionRefValue,
      permission: "decideAction",
      subject: "case",
    },
    landlordSkipAction: {
      id: CASE_FORM_IDS.landlordSkipAction,
      metadata: actionRefValue,
      permission: "decideLandlordAction",
      subject: "case",
    },
    addAction: { id: CASE_FORM_IDS.addAction, ...caseForm, permission: "decideAction" },
    extendDeadline: { id: CASE_FORM_IDS.extendDeadline, ...caseForm, permission: "extendDeadline" },
    careNote: { id: CASE_FORM_IDS.careNote, ...caseForm, permission: "addCareNote" },
    writtenFeedback: { id: CASE_FORM_IDS.writtenFeedback, ...caseForm, permission: "recordAssessment" },
    // "Check na een week of vier" and the six-week follow-up (Actie 2, onbewust + terecht).
    followUpCheck: {
      id: CASE_FORM_IDS.followUpCheck,
      metadata: checkRefValue,
      permission: "recordAssessment",
      subject: "case",
    },
  },
  events: {
    actionAccepted: "decideAction",
    actionChanged: "decideAction",
    actionSkipped: "decideAction",
    actionAdded: "decideAction",
    actionDone: "decideAction",
    noiseMeasurementRequested: "decideAction",
    deadlineExtended: "extendDeadline",
    writtenFeedbackSent: "recordAssessment",
    fourWeekCheckDone: "recordAssessment",
    sixWeekFollowUpDone: "recordAssessment",
    careRecordRegistered: "addCareNote",
    careNoteAdded: "addCareNote",
  },
  deadlines: ["team.action.default", "guideline.check.fourWeeks"],
  help: { nl: [], en: [] },
});
