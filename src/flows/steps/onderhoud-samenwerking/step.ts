/** Onderhoud samenwerking: the yearly meeting of each care provider and landlord. */
import { defineStep } from "../step.ts";

export const onderhoudSamenwerking = defineStep({
  id: "onderhoud-samenwerking",
  title: { nl: "Onderhoud samenwerking", en: "Maintaining the cooperation" },
  guideline: {
    guideline: "**Onderhoud samenwerking**",
    does: "The yearly cooperation meeting per care provider and landlord, rescheduled after each meeting.",
    code: ["src/flows/cooperation/"],
    tests: ["test/unit/flows/cooperation/*"],
  },
  permissions: {},
  buttons: {},
  forms: {},
  events: {},
  deadlines: ["team.cooperation.yearly"],
  help: { nl: [], en: [] },
});
