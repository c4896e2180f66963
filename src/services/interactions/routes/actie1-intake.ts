/** Actie 1 in the chat: a complaint comes in; the team starts and tells the landlord how. */
import { parseIntakeForm, parseStartCaseForm, startCaseForm } from "../../../flows/cases/forms.ts";
import type { actie1Intake } from "../../../flows/steps/actie1-intake/step.ts";
import { fileComplaint } from "../../case-service.ts";
import { submitted } from "../case-routes-common.ts";
import { done } from "../module.ts";
import type { StepRoutes } from "./step-routes.ts";

export const actie1IntakeRoutes: StepRoutes<typeof actie1Intake> = {
  buttons: {
    // Actie 1: the team starts and tells the landlord how it will be handled.
    start: async (ref, acting) => ({ type: "openForm", form: startCaseForm(ref, acting.locale) }),
  },
  forms: {
    // Intake of a landlord's complaint (the complainant's identity is stored apart).
    intake: async (_metadata, values, acting) => {
      const parsed = parseIntakeForm(values, acting.runtime.clock.now(), acting.locale);
      if (!parsed.ok) return { type: "formErrors", errors: parsed.errors };
      const state = await fileComplaint(acting.runtime, acting.actor, parsed.value);
      // A complaint that joined the participant's open case (any step) is added to it, not a new case.
      if (state.complaints.length > 1)
        return done(
          acting.locale === "en"
            ? `Complaint added to case ${state.number}.`
            : `Klacht toegevoegd aan zaak ${state.number}.`,
        );
      return done(
        acting.locale === "en" ? `Case ${state.number} received.` : `Zaak ${state.number} is ontvangen.`,
      );
    },
    start: async (ref, values, acting) =>
      submitted(acting, ref.c, parseStartCaseForm(values, acting.locale), (value) => ({
        type: "caseStarted",
        actor: acting.actor,
        approach: value.approach,
      })),
  },
};
