/**
 * Onderhoud samenwerking: "Helpend kan zijn om jaarlijks een samenzijn te organiseren met de
 * uitvoerende medewerkers van alle betrokken partijen en andere belanghebbenden, zoals de wijkagent."
 * One yearly meeting per care provider and landlord: planned from the chat, nudged as a deadline of
 * the coordinator, recorded with the parties present, and planned again a year on.
 */
import {
  COOPERATION_BUTTON_IDS,
  COOPERATION_FORM_IDS,
  cooperationPairSchema,
  cooperationRefSchema,
} from "../../cooperation/buttons.ts";
import { CARE_AND_LANDLORD, defineStep } from "../step.ts";

const onMeeting = {
  payload: cooperationRefSchema,
  permission: "organiseCooperation",
  subject: "cooperation",
} as const;

export const onderhoudSamenwerking = defineStep({
  id: "onderhoud-samenwerking",
  title: { nl: "Onderhoud samenwerking", en: "Maintaining the cooperation" },
  guideline: {
    guideline: "**Onderhoud samenwerking** — the yearly meeting, with e.g. the wijkagent",
    does: "`/nabuur samenwerking` (Teams: `@Nabuur samenwerking`) plans the yearly meeting of a care provider and a landlord (proposed a year on; the date the parties agree wins) and shows its card in the shared channel. The meeting is a deadline of the coordinator, nudged in the morning digest; **Gehouden** records the date, the parties present (care team, landlord, municipality, wijkagent, other stakeholders) and the agreements, and plans the next one a year on; **Verzetten** moves it with a reason. Everything is in the pair's timeline, shared by both parties.",
    code: [
      "src/flows/cooperation/",
      "src/services/cooperation-service.ts",
      "src/services/interactions/routes/onderhoud-samenwerking.ts",
    ],
    tests: ["test/unit/flows/cooperation/*", "test/contract/guideline-cooperation.test.ts"],
  },
  permissions: {
    // The executing staff of both parties plan and record it; the coordinator owns the deadline.
    organiseCooperation: {
      roles: CARE_AND_LANDLORD,
      does: { nl: "het jaarlijks samenzijn plannen of vastleggen", en: "plan or record the yearly meeting" },
    },
  },
  buttons: {
    held: { id: COOPERATION_BUTTON_IDS.markHeld, ...onMeeting },
    reschedule: { id: COOPERATION_BUTTON_IDS.reschedule, ...onMeeting },
  },
  forms: {
    // A pair without a meeting yet: the service checks the actor's side of the pair.
    plan: {
      id: COOPERATION_FORM_IDS.plan,
      metadata: cooperationPairSchema,
      permission: "organiseCooperation",
      subject: "none",
    },
    held: {
      id: COOPERATION_FORM_IDS.held,
      metadata: cooperationRefSchema,
      permission: "organiseCooperation",
      subject: "cooperation",
    },
    reschedule: {
      id: COOPERATION_FORM_IDS.reschedule,
      metadata: cooperationRefSchema,
      permission: "organiseCooperation",
      subject: "cooperation",
    },
  },
  events: {},
  deadlines: ["team.cooperation.yearly"],
  help: {
    nl: [
      "`/nabuur samenwerking [partij]` — het jaarlijks samenzijn met de verhuurder of zorgaanbieder: plannen, of de kaart ervan",
    ],
    en: [
      "`/nabuur samenwerking [party]` — the yearly meeting with the landlord or care provider: plan it, or see its card",
    ],
  },
});
