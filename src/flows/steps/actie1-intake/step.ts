/**
 * Actie 1: the landlord passes a complaint to the team within 24 hours; the team starts within one
 * working day and tells the landlord how it will be handled.
 */
import { CASE_BUTTON_IDS, CASE_FORM_IDS, caseRefValue } from "../../cases/buttons.ts";
import { CARE, CARE_AND_LANDLORD, defineStep } from "../step.ts";

export const actie1Intake = defineStep({
  id: "actie1-intake",
  title: { nl: "Actie 1: melding en start", en: "Step 1: complaint and start" },
  guideline: {
    guideline: "**Actie 1** — within 1 working day / 24 h",
    does: "A complaint opens a case (or joins the open one): case card in the shared channel, DM to the support worker, start deadline (1 working day), three-month goal, four-week check; whether the landlord passed it within 24 h is recorded. The complainant's identity is stored apart and shown to landlord staff only. Only the support worker or the coordinator starts a nuisance case; a participant's own report is picked up by the landlord too.",
    code: [
      "src/flows/cases/open-case.ts",
      "src/flows/cases/handlers/intake.ts",
      "src/services/case-service.ts",
      "src/store/cases/case-repository.ts",
    ],
    tests: [
      "test/unit/flows/cases/open-case.test.ts",
      "test/unit/flows/cases/privacy.test.ts",
      "test/integration/slack/slack-case-flow.test.ts",
    ],
  },
  permissions: {
    // Omgaan met overlast: complaints come in through the landlord; a coordinator may file one too.
    fileComplaint: {
      roles: ["landlordStaff", "coordinator"],
      does: { nl: "een klacht melden", en: "file a complaint" },
    },
    // Actie 1 is the team's step.
    startCase: { roles: CARE, does: { nl: "de zaak starten", en: "start the case" } },
    // A participant's own report is picked up by the landlord as well.
    startReportCase: {
      roles: CARE_AND_LANDLORD,
      does: { nl: "de melding van de deelnemer oppakken", en: "pick up the participant's report" },
    },
  },
  buttons: {
    start: { id: CASE_BUTTON_IDS.start, payload: caseRefValue, permission: "startCase", subject: "case" },
  },
  forms: {
    intake: { id: CASE_FORM_IDS.intake, metadata: null, permission: "fileComplaint", subject: "none" },
    start: { id: CASE_FORM_IDS.start, metadata: caseRefValue, permission: "startCase", subject: "case" },
  },
  events: { complaintAdded: "fileComplaint", caseStarted: "startCase" },
  onParticipantReport: { startCase: "startReportCase" },
  deadlines: [
    "guideline.actie1.passToTeam",
    "guideline.actie1.startAndReport",
    "guideline.resolution.threeMonths",
  ],
  help: {
    nl: [
      "`/overlast` — nieuwe overlastmelding (verhuurder); `/overlast HF-001 tekst` vult de melding alvast in",
    ],
    en: ["`/overlast` — new nuisance complaint (landlord); `/overlast HF-001 text` pre-fills it"],
  },
});
