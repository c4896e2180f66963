/**
 * Termijnen: every deadline of every step nudges its owner; the nudge card's Klaar / Meer tijd /
 * Overdragen report it done, give it more time with a reason, or hand it to someone else.
 */

import { CASE_BUTTON_IDS, CASE_FORM_IDS, caseRefValue } from "../../cases/buttons.ts";
import { DEADLINE_BUTTON_IDS, DEADLINE_FORM_IDS, deadlineRefSchema } from "../../deadlines/buttons.ts";
import { CARE_AND_LANDLORD, defineStep, LANDLORD } from "../step.ts";

const onDeadline = { payload: deadlineRefSchema, permission: "extendDeadline", subject: "deadline" } as const;
const deadlineForm = {
  metadata: deadlineRefSchema,
  permission: "extendDeadline",
  subject: "deadline",
} as const;

export const termijnen = defineStep({
  id: "termijnen",
  title: { nl: "Termijnen", en: "Deadlines" },
  guideline: {
    guideline: "**Termijnen** — periods and nudges",
    does: 'The landlord updates the complainants in a rhythm the team agrees (`team.complainant.update`, every 10 working days by default), nudged through the digest; each update is recorded (who, when, how in the shared timeline; the note for landlord staff only) and counted in the reports and the dossier. Guideline periods as defaults, team agreements from configuration; Dutch working days (public holidays from date-holidays), Europe/Amsterdam, DST-correct. One digest per person per working morning ("Vandaag voor jou": every item due before the next morning or overdue, named, with only the buttons that person may use; the coordinator and the landlord contact also get the overdue items of others on their cases), one ping at due inside working hours, one overdue summary per case thread per day; nothing outside working hours; each once, also with several instances.',
    code: [
      "src/flows/cases/handlers/complainants.ts",
      "src/flows/calendar/",
      "src/flows/deadlines/",
      "src/services/nudge-sweep.ts",
      "src/services/nudge-digest.ts",
      "src/store/deadlines/",
    ],
    tests: [
      "test/unit/flows/calendar/*",
      "test/unit/flows/deadlines/*",
      "test/integration/scheduler/nudges.test.ts",
      "test/integration/scheduler/instances.test.ts",
      "test/unit/flows/deadlines/digest.test.ts",
    ],
    statements: [
      {
        sentence:
          "Het moet duidelijk merkbaar zijn, ook voor de klagers, dat wordt gewerkt aan vermindering van de overlast. Regelmatig contact tussen partijen en met de buren is gewenst.",
        test: "test/contract/guideline-sentences.test.ts",
      },
    ],
  },
  permissions: {
    // Deadline owners reschedule their own deadlines.
    extendDeadline: {
      roles: CARE_AND_LANDLORD,
      does: { nl: "een termijn verlengen", en: "extend a deadline" },
    },
    // The coordinator keeps an eye on the team's open cases and who has what to do (`overzicht`).
    // Termijnen: the landlord keeps the contact with the complainants (their identity stays there).
    informComplainants: {
      roles: LANDLORD,
      does: { nl: "vastleggen dat de klagers zijn bijgepraat", en: "record an update to the complainants" },
    },
    viewTeamOverview: {
      roles: ["coordinator"],
      does: { nl: "het overzicht van het team bekijken", en: "view the team's overview" },
    },
  },
  buttons: {
    done: { id: DEADLINE_BUTTON_IDS.done, ...onDeadline },
    extend: { id: DEADLINE_BUTTON_IDS.extend, ...onDeadline },
    handOver: { id: DEADLINE_BUTTON_IDS.handOver, ...onDeadline },
    complainantUpdate: {
      id: CASE_BUTTON_IDS.complainantUpdate,
      payload: caseRefValue,
      permission: "informComplainants",
      subject: "case",
    },
  },
  forms: {
    extend: { id: DEADLINE_FORM_IDS.extend, ...deadlineForm },
    handOver: { id: DEADLINE_FORM_IDS.handOver, ...deadlineForm },
    complainantUpdate: {
      id: CASE_FORM_IDS.complainantUpdate,
      metadata: caseRefValue,
      permission: "informComplainants",
      subject: "case",
    },
  },
  events: { complainantsUpdated: "informComplainants" },
  deadlines: ["team.complainant.update"],
  help: {
    nl: [
      "`/nabuur mijn` — mijn open taken en termijnen",
      "`/nabuur overzicht` — de open zaken van het team met ieders taken (coördinator)",
    ],
    en: [
      "`/nabuur mijn` — my open tasks and deadlines",
      "`/nabuur overview` — the team's open cases with everyone's tasks (coordinator)",
    ],
  },
});
