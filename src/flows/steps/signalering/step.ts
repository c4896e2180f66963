/**
 * Signalering: signs of (threatening) nuisance, a missed rent payment or a participant's own report
 * pass between the parties within 48 hours (Signalering 1), and are not shared with the participant
 * without the team (Signalering 3). A participant's own report never counts against them.
 */
import { SIGNAL_BUTTON_IDS, SIGNAL_FORM_IDS, signalRefSchema } from "../../signals/buttons.ts";
import { CARE_AND_LANDLORD, defineStep } from "../step.ts";

const signal = { payload: signalRefSchema, subject: "signal" } as const;
const signalForm = { metadata: signalRefSchema, subject: "signal" } as const;

export const signalering = defineStep({
  id: "signalering",
  title: { nl: "Signalering", en: "Signals" },
  guideline: {
    guideline:
      "**Signalering 1–3** — signals within 48 h, not shared with the participant without the team, the participant's own report",
    does: "A signal (nuisance sign, missed rent, participant's own report) is posted to the other side with a 48-hour deadline that only the receiving side's acknowledgement completes. The signal card says it is not shared with the participant without the team; the sharing decision records who decided and which team member was consulted. A participant's own report is labelled \"telt niet mee\" everywhere; a participant-report case never counts towards escalation and has no ladder.",
    code: ["src/flows/signals/", "src/flows/cases/open-case.ts", "src/flows/ladder/detect.ts"],
    tests: [
      "test/unit/flows/signals/*",
      "test/unit/flows/ladder/detect.test.ts",
      "test/integration/scheduler/nudges.test.ts",
    ],
  },
  permissions: {
    // Signalering: every party in the procedure passes signals on (the technical admin is no party).
    logSignal: {
      roles: ["careTeamMember", "coordinator", "landlordStaff", "partner"],
      does: { nl: "een signaal vastleggen", en: "log a signal" },
    },
    acknowledgeSignal: {
      roles: CARE_AND_LANDLORD,
      does: { nl: "een signaal bevestigen", en: "acknowledge a signal" },
    },
    // Signalering 3: the landlord shares a nuisance signal with the participant only with the team.
    decideSignalSharing: {
      roles: CARE_AND_LANDLORD,
      does: {
        nl: "besluiten of een signaal met de deelnemer gedeeld wordt",
        en: "decide whether a signal is shared with the participant",
      },
    },
  },
  buttons: {
    acknowledge: { id: SIGNAL_BUTTON_IDS.acknowledge, ...signal, permission: "acknowledgeSignal" },
    recordFollowUp: { id: SIGNAL_BUTTON_IDS.recordFollowUp, ...signal, permission: "acknowledgeSignal" },
    close: { id: SIGNAL_BUTTON_IDS.close, ...signal, permission: "acknowledgeSignal" },
    decideSharing: { id: SIGNAL_BUTTON_IDS.decideSharing, ...signal, permission: "decideSignalSharing" },
    // A participant's own report becomes a case the worker hears.
    convertToCase: { id: SIGNAL_BUTTON_IDS.convertToCase, ...signal, permission: "recordHearing" },
  },
  forms: {
    log: { id: SIGNAL_FORM_IDS.log, metadata: null, permission: "logSignal", subject: "none" },
    sharing: { id: SIGNAL_FORM_IDS.sharing, ...signalForm, permission: "decideSignalSharing" },
    followUp: { id: SIGNAL_FORM_IDS.followUp, ...signalForm, permission: "acknowledgeSignal" },
  },
  events: {},
  deadlines: ["guideline.signal.share48h", "team.action.default"],
  help: {
    nl: [
      "`/signaal` — signaal van (dreigende) overlast, gemiste huurbetaling of een melding van de deelnemer zelf",
    ],
    en: [
      "`/signaal` — a signal of (threatening) nuisance, a missed rent payment, or a report by the participant",
    ],
  },
});
