/** Actie 3–5 in the chat: take or skip a proposed step, record a letter, record a broken agreement. */
import {
  breachForm,
  letterForm,
  parseBreachForm,
  parseLetterForm,
  parseSkipEscalationForm,
  skipEscalationForm,
} from "../../../flows/cases/forms.ts";
import type { actie3to5Escalation } from "../../../flows/steps/actie3-5-escalation/step.ts";
import { caseOf, decide, submitted } from "../case-routes-common.ts";
import type { StepRoutes } from "./step-routes.ts";

export const actie3to5EscalationRoutes: StepRoutes<typeof actie3to5Escalation> = {
  buttons: {
    takeStep: async (ref, acting) => {
      const state = await caseOf(acting, ref.c);
      const situation = state.ladder.proposals.find((proposal) => proposal.id === ref.p)?.situation ?? null;
      return decide(acting, ref.c, { type: "ladderStepTaken", actor: acting.actor, step: ref.s, situation });
    },
    skipStep: async (ref, acting) => ({ type: "openForm", form: skipEscalationForm(ref, acting.locale) }),
    recordLetter: async (ref, acting) => ({ type: "openForm", form: letterForm(ref, acting.locale) }),
    breach: async (ref, acting) => ({ type: "openForm", form: breachForm(ref, acting.locale) }),
  },
  forms: {
    skipEscalation: async (ref, values, acting) =>
      submitted(acting, ref.c, parseSkipEscalationForm(values, acting.locale), (value) => ({
        type: "escalationSkipped",
        actor: acting.actor,
        proposalId: ref.p,
        reason: value.reason,
      })),
    letter: async (ref, values, acting) =>
      submitted(
        acting,
        ref.c,
        parseLetterForm(values, acting.runtime.clock.now(), acting.locale),
        (value) => ({
          type: "letterRecorded",
          actor: acting.actor,
          step: ref.s,
          ...value,
        }),
      ),
    breach: async (ref, values, acting) =>
      submitted(acting, ref.c, parseBreachForm(values, acting.locale), (value) => ({
        type: "agreementBreachRecorded",
        actor: acting.actor,
        description: value.description,
      })),
  },
};
