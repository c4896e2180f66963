/** Interventie 1–4 in the chat: offer an intervention, record its outcome (care-only). */
import {
  interventionForm,
  interventionOutcomeForm,
  parseInterventionForm,
  parseInterventionOutcomeForm,
} from "../../../flows/cases/forms.ts";
import { ladderTexts } from "../../../flows/ladder/texts.ts";
import type { interventies } from "../../../flows/steps/interventies/step.ts";
import { caseOf, submitted } from "../case-routes-common.ts";
import type { StepRoutes } from "./step-routes.ts";

export const interventiesRoutes: StepRoutes<typeof interventies> = {
  buttons: {
    intervention: async (ref, acting) => ({ type: "openForm", form: interventionForm(ref, acting.locale) }),
    interventionOutcome: async (ref, acting) => {
      const state = await caseOf(acting, ref.c);
      const names = ladderTexts[acting.locale].interventions;
      const open = state.ladder.interventions
        .filter((intervention) => intervention.outcome === null)
        .map((intervention) => ({ id: intervention.id, label: names[intervention.detail.kind] }));
      return { type: "openForm", form: interventionOutcomeForm(ref, open, acting.locale) };
    },
  },
  forms: {
    intervention: async (ref, values, acting) =>
      submitted(acting, ref.c, parseInterventionForm(values, acting.locale), (value) => ({
        type: "interventionOffered",
        actor: acting.actor,
        ...value,
      })),
    interventionOutcome: async (ref, values, acting) =>
      submitted(
        acting,
        ref.c,
        parseInterventionOutcomeForm(values, acting.locale),
        ({ participantDecision, ...value }) => ({
          type: "interventionOutcome",
          actor: acting.actor,
          ...value,
          ...(participantDecision ? { participantDecision } : {}),
        }),
      ),
  },
};
