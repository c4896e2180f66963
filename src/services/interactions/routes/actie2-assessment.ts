/** Actie 2 in the chat: the hearing, the three answers, the confirmation and the mediation consent. */
import type { AnswerValue } from "../../../flows/cases/buttons.ts";
import type { CaseEvent } from "../../../flows/cases/events.ts";
import { hearingForm, parseHearingForm } from "../../../flows/cases/forms.ts";
import type { actie2Assessment } from "../../../flows/steps/actie2-assessment/step.ts";
import { decide, submitted } from "../case-routes-common.ts";
import type { Acting } from "../module.ts";
import type { StepRoutes } from "./step-routes.ts";

/** One answer; each answer has its own button id, so the two buttons of a pair differ. */
function answer({ c, k, ...given }: AnswerValue, acting: Acting) {
  return decide(acting, c, {
    type: "assessmentAnswered",
    actor: acting.actor,
    complaintId: k,
    answer: { question: given.q, value: given.v } as Extract<
      CaseEvent,
      { type: "assessmentAnswered" }
    >["answer"],
  });
}

export const actie2AssessmentRoutes: StepRoutes<typeof actie2Assessment> = {
  buttons: {
    hearing: async (ref, acting) => ({ type: "openForm", form: hearingForm(ref, acting.locale) }),
    answerConscious: answer,
    answerUnconscious: answer,
    answerJustifiedByParticipant: answer,
    answerUnjustifiedByParticipant: answer,
    answerJustifiedByWorker: answer,
    answerUnjustifiedByWorker: answer,
    confirmAssessment: async (ref, acting) =>
      decide(acting, ref.c, {
        type: "assessmentConfirmed",
        actor: acting.actor,
        history: [],
        complaintId: ref.k,
      }),
    // Buurtbemiddeling only with the participant's consent.
    mediationConsentYes: async (ref, acting) =>
      decide(acting, ref.c, { type: "mediationConsentRecorded", actor: acting.actor, consent: ref.v }),
    mediationConsentNo: async (ref, acting) =>
      decide(acting, ref.c, { type: "mediationConsentRecorded", actor: acting.actor, consent: ref.v }),
  },
  forms: {
    hearing: async (ref, values, acting) =>
      submitted(
        acting,
        ref.c,
        parseHearingForm(values, acting.runtime.clock.now(), acting.locale),
        (value) => ({
          type: "hearingRecorded",
          actor: acting.actor,
          ...value,
        }),
      ),
  },
};
