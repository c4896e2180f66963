/** Nieuwe kansen in the chat: support after an eviction, the reflection meeting, the advocacy steps. */
import {
  advocacyStepForm,
  parseAdvocacyStepForm,
  parseReflectionForm,
  parseSupportAfterEvictionForm,
  reflectionForm,
  supportAfterEvictionForm,
} from "../../../flows/cases/forms.ts";
import type { nieuweKansen } from "../../../flows/steps/nieuwe-kansen/step.ts";
import { submitted } from "../case-routes-common.ts";
import type { StepRoutes } from "./step-routes.ts";

export const nieuweKansenRoutes: StepRoutes<typeof nieuweKansen> = {
  buttons: {
    supportAfterEviction: async (ref, acting) => ({
      type: "openForm",
      form: supportAfterEvictionForm(ref, acting.locale),
    }),
    reflection: async (ref, acting) => ({ type: "openForm", form: reflectionForm(ref, acting.locale) }),
    advocacyStep: async (ref, acting) => ({ type: "openForm", form: advocacyStepForm(ref, acting.locale) }),
  },
  forms: {
    supportAfterEviction: async (ref, values, acting) =>
      submitted(acting, ref.c, parseSupportAfterEvictionForm(values, acting.locale), (value) => ({
        type: "supportAfterEviction",
        actor: acting.actor,
        ...value,
      })),
    reflection: async (ref, values, acting) =>
      submitted(
        acting,
        ref.c,
        parseReflectionForm(values, acting.runtime.clock.now(), acting.locale),
        (value) => ({
          type: "reflectionMeetingHeld",
          actor: acting.actor,
          heldAt: value.heldAt,
        }),
      ),
    // Pleitbezorging: whom the team contacted and what came of it (care-only).
    advocacyStep: async (ref, values, acting) =>
      submitted(acting, ref.c, parseAdvocacyStepForm(values, acting.locale), (value) => ({
        type: "advocacyStepRecorded",
        actor: acting.actor,
        ...value,
      })),
  },
};
