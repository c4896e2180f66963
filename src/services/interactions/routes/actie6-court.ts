/** Actie 6 in the chat: who goes to court, an alternative agreed instead, the eviction. */
import {
  alternativeForm,
  courtPathForm,
  evictionForm,
  parseAlternativeForm,
  parseCourtPathForm,
  parseEvictionForm,
} from "../../../flows/cases/forms.ts";
import type { actie6Court } from "../../../flows/steps/actie6-court/step.ts";
import { caseOf, submitted } from "../case-routes-common.ts";
import type { StepRoutes } from "./step-routes.ts";

export const actie6CourtRoutes: StepRoutes<typeof actie6Court> = {
  buttons: {
    courtPath: async (ref, acting) => {
      const state = await caseOf(acting, ref.c);
      return { type: "openForm", form: courtPathForm(ref, state.participant.leaseType, acting.locale) };
    },
    alternative: async (ref, acting) => ({ type: "openForm", form: alternativeForm(ref, acting.locale) }),
    eviction: async (ref, acting) => {
      const state = await caseOf(acting, ref.c);
      const alternativeAgreed = state.ladder.alternativeAgreed !== null;
      return { type: "openForm", form: evictionForm(ref, acting.locale, alternativeAgreed) };
    },
  },
  forms: {
    courtPath: async (ref, values, acting) => {
      const state = await caseOf(acting, ref.c);
      return submitted(
        acting,
        ref.c,
        parseCourtPathForm(values, state.participant.leaseType, acting.locale),
        (value) => ({ type: "courtPathDecided", actor: acting.actor, ...value }),
      );
    },
    alternative: async (ref, values, acting) =>
      submitted(acting, ref.c, parseAlternativeForm(values, acting.locale), (value) => ({
        type: "participantAgreedAlternative",
        actor: acting.actor,
        description: value.description,
      })),
    eviction: async (ref, values, acting) => {
      const state = await caseOf(acting, ref.c);
      const alternativeAgreed = state.ladder.alternativeAgreed !== null;
      return submitted(
        acting,
        ref.c,
        parseEvictionForm(values, acting.runtime.clock.now(), acting.locale, alternativeAgreed),
        (value) => ({
          type: "evictionRecorded",
          actor: acting.actor,
          at: value.at,
          despiteAlternative: value.despiteAlternative,
        }),
      );
    },
  },
};
