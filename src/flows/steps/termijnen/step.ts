/**
 * Termijnen: every deadline of every step nudges its owner; the nudge card's Klaar / Meer tijd /
 * Overdragen report it done, give it more time with a reason, or hand it to someone else.
 */
import { DEADLINE_BUTTON_IDS, DEADLINE_FORM_IDS, deadlineRefSchema } from "../../deadlines/buttons.ts";
import { CARE_AND_LANDLORD, defineStep } from "../step.ts";

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
    does: 'Guideline periods as defaults, team agreements from configuration; Dutch working days (public holidays from date-holidays), Europe/Amsterdam, DST-correct. One digest per person per working morning ("Vandaag voor jou": every item due before the next morning or overdue, named, with only the buttons that person may use; the coordinator and the landlord contact also get the overdue items of others on their cases), one ping at due inside working hours, one overdue summary per case thread per day; nothing outside working hours; each once, also with several instances.',
    code: [
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
  },
  permissions: {
    // Deadline owners reschedule their own deadlines.
    extendDeadline: {
      roles: CARE_AND_LANDLORD,
      does: { nl: "een termijn verlengen", en: "extend a deadline" },
    },
    // The coordinator keeps an eye on the team's open cases and who has what to do (`overzicht`).
    viewTeamOverview: {
      roles: ["coordinator"],
      does: { nl: "het overzicht van het team bekijken", en: "view the team's overview" },
    },
  },
  buttons: {
    done: { id: DEADLINE_BUTTON_IDS.done, ...onDeadline },
    extend: { id: DEADLINE_BUTTON_IDS.extend, ...onDeadline },
    handOver: { id: DEADLINE_BUTTON_IDS.handOver, ...onDeadline },
  },
  forms: {
    extend: { id: DEADLINE_FORM_IDS.extend, ...deadlineForm },
    handOver: { id: DEADLINE_FORM_IDS.handOver, ...deadlineForm },
  },
  events: {},
  deadlines: [],
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
