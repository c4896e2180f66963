/** Interventie 1–4 in the chat: offer an intervention, record its outcome (care-only). */
import {
  interventionForm,
  interventionOutcomeForm,
  parseInterventionForm,
  parseInterventionOutcomeForm,
  parseReturnForm,
  returnForm,
} from "../../../flows/cases/forms.ts";
import type { CaseState } from "../../../flows/cases/state.ts";
import { formatDate } from "../../../flows/format.ts";
import { ladderTexts } from "../../../flows/ladder/texts.ts";
import type { Locale } from "../../../flows/model.ts";
import type { interventies } from "../../../flows/steps/interventies/step.ts";
import { caseOf, submitted } from "../case-routes-common.ts";
import type { StepRoutes } from "./step-routes.ts";

/** Interventie 2: the time-outs whose return home is not recorded yet, named by reason and date. */
export function openTimeOuts(state: CaseState, locale: Locale): { id: string; label: string }[] {
  const reasons = ladderTexts[locale].timeOutReasons;
  return state.ladder.interventions.flatMap((intervention) =>
    intervention.detail.kind === "timeOut" &&
    intervention.outcome !== "declinedByParticipant" &&
    (intervention.returnHome?.returnedAt ?? null) === null
      ? [
          {
            id: intervention.id,
            label: `${reasons[intervention.detail.reason]} (${formatDate(intervention.offeredAt, locale)})`,
          },
        ]
      : [],
  );
}

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
    // Interventie 2: "Nadien kan de deelnemer terugkeren naar de eigen woning."
    planReturn: async (ref, acting) => {
      const state = await caseOf(acting, ref.c);
      return {
        type: "openForm",
        form: returnForm(ref, openTimeOuts(state, acting.locale), "plan", acting.locale),
      };
    },
    recordReturn: async (ref, acting) => {
      const state = await caseOf(acting, ref.c);
      return {
        type: "openForm",
        form: returnForm(ref, openTimeOuts(state, acting.locale), "record", acting.locale),
      };
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
    planReturn: async (ref, values, acting) =>
      submitted(
        acting,
        ref.c,
        parseReturnForm(values, acting.runtime.clock.now(), "plan", acting.locale),
        (value) => ({
          type: "returnHomePlanned",
          actor: acting.actor,
          interventionId: value.interventionId,
          plannedAt: value.at,
          note: value.note,
        }),
      ),
    recordReturn: async (ref, values, acting) =>
      submitted(
        acting,
        ref.c,
        parseReturnForm(values, acting.runtime.clock.now(), "record", acting.locale),
        (value) => ({
          type: "returnHomeRecorded",
          actor: acting.actor,
          interventionId: value.interventionId,
          returnedAt: value.at,
          note: value.note,
        }),
      ),
  },
};
