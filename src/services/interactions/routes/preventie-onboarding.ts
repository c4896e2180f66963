/** Preventie in the chat: registering a participant, the onboarding checklist's buttons and forms. */
import { findItem } from "../../../flows/participants/checklist.ts";
import {
  buildExtendItemForm,
  buildSkipItemForm,
  parseExtendItemForm,
  parseRegistrationForm,
  parseSkipItemForm,
} from "../../../flows/participants/forms.ts";
import { PARTICIPANT_TEXTS } from "../../../flows/participants/texts.ts";
import type { preventieOnboarding } from "../../../flows/steps/preventie-onboarding/step.ts";
import { loadParticipant } from "../../../store/participants/participant-repository.ts";
import { NotFoundError } from "../../errors.ts";
import { handleParticipantEvent, registerParticipant } from "../../participant-service.ts";
import { done } from "../module.ts";
import type { StepRoutes } from "./step-routes.ts";

export const preventieOnboardingRoutes: StepRoutes<typeof preventieOnboarding> = {
  buttons: {
    itemDone: async (ref, acting) => {
      await handleParticipantEvent(acting.runtime, ref.p, {
        type: "itemDone",
        actor: acting.actor,
        itemKey: ref.i,
        note: null,
      });
      return done();
    },
    itemReopen: async (ref, acting) => {
      await handleParticipantEvent(acting.runtime, ref.p, {
        type: "itemReopened",
        actor: acting.actor,
        itemKey: ref.i,
      });
      return done();
    },
    itemSkip: async (ref, acting) => ({
      type: "openForm",
      form: buildSkipItemForm(ref.p, ref.i, acting.locale),
    }),
    itemExtend: async (ref, acting) => {
      const loaded = await loadParticipant(acting.runtime.prisma, ref.p);
      if (!loaded) throw new NotFoundError("participant", ref.p);
      const item = findItem(loaded.state, ref.i);
      if (!item) throw new NotFoundError("onboarding item", ref.i);
      return { type: "openForm", form: buildExtendItemForm(ref.p, ref.i, item.dueAt, acting.locale) };
    },
  },
  forms: {
    register: async (_metadata, values, acting) => {
      const parsed = parseRegistrationForm(values, acting.locale);
      if (!parsed.ok) return { type: "formErrors", errors: parsed.errors };
      const state = await registerParticipant(acting.runtime, acting.actor, parsed.value);
      return done(PARTICIPANT_TEXTS[acting.locale].card.header(state.reference));
    },
    skipItem: async (ref, values, acting) => {
      const parsed = parseSkipItemForm(values, acting.locale);
      if (!parsed.ok) return { type: "formErrors", errors: parsed.errors };
      await handleParticipantEvent(acting.runtime, ref.p, {
        type: "itemSkipped",
        actor: acting.actor,
        itemKey: ref.i,
        reason: parsed.value.reason,
      });
      return done();
    },
    extendItem: async (ref, values, acting) => {
      const parsed = parseExtendItemForm(values, acting.runtime.clock.now(), acting.locale);
      if (!parsed.ok) return { type: "formErrors", errors: parsed.errors };
      await handleParticipantEvent(acting.runtime, ref.p, {
        type: "itemExtended",
        actor: acting.actor,
        itemKey: ref.i,
        newDueAt: parsed.value.newDueAt,
        reason: parsed.value.reason,
      });
      return done();
    },
  },
};
