/** Preventie: the onboarding checklist's buttons and the participant forms. */
import {
  type OnboardingItemRef,
  PARTICIPANT_ACTION_IDS,
  PARTICIPANT_FORM_IDS,
  parseItemRef,
} from "../../flows/participants/actions.ts";
import { findItem } from "../../flows/participants/checklist.ts";
import {
  buildExtendItemForm,
  buildSkipItemForm,
  parseExtendItemForm,
  parseRegistrationForm,
  parseSkipItemForm,
} from "../../flows/participants/forms.ts";
import type { ParticipantEvent } from "../../flows/participants/model.ts";
import { PARTICIPANT_TEXTS } from "../../flows/participants/texts.ts";
import { loadParticipant } from "../../store/participants/participant-repository.ts";
import { NotFoundError } from "../errors.ts";
import { handleParticipantEvent, registerParticipant } from "../participant-service.ts";
import { type Acting, done, type InteractionModule, requireParsed } from "./module.ts";
import { guardModule } from "./route-guard.ts";

async function itemEvent(acting: Acting, value: string, event: (ref: OnboardingItemRef) => ParticipantEvent) {
  const ref = requireParsed(parseItemRef(value));
  await handleParticipantEvent(acting.runtime, ref.p, event(ref));
  return done();
}

async function loadOrFail(acting: Acting, participantId: string) {
  const loaded = await loadParticipant(acting.runtime.prisma, participantId);
  if (!loaded) throw new NotFoundError("participant", participantId);
  return loaded.state;
}

export const participantInteractions: InteractionModule = guardModule({
  actions: {
    [PARTICIPANT_ACTION_IDS.itemDone]: (value, acting) =>
      itemEvent(acting, value, (ref) => ({
        type: "itemDone",
        actor: acting.actor,
        itemKey: ref.i,
        note: null,
      })),
    [PARTICIPANT_ACTION_IDS.itemReopen]: (value, acting) =>
      itemEvent(acting, value, (ref) => ({ type: "itemReopened", actor: acting.actor, itemKey: ref.i })),
    [PARTICIPANT_ACTION_IDS.itemSkip]: async (value, acting) => {
      const ref = requireParsed(parseItemRef(value));
      return { type: "openForm", form: buildSkipItemForm(ref.p, ref.i, acting.locale) };
    },
    [PARTICIPANT_ACTION_IDS.itemExtend]: async (value, acting) => {
      const ref = requireParsed(parseItemRef(value));
      const state = await loadOrFail(acting, ref.p);
      const item = findItem(state, ref.i);
      if (!item) throw new NotFoundError("onboarding item", ref.i);
      return { type: "openForm", form: buildExtendItemForm(ref.p, ref.i, item.dueAt, acting.locale) };
    },
  },
  forms: {
    [PARTICIPANT_FORM_IDS.register]: async (_metadata, values, acting) => {
      const parsed = parseRegistrationForm(values, acting.locale);
      if (!parsed.ok) return { type: "formErrors", errors: parsed.errors };
      const state = await registerParticipant(acting.runtime, acting.actor, parsed.value);
      return done(PARTICIPANT_TEXTS[acting.locale].card.header(state.reference));
    },
    [PARTICIPANT_FORM_IDS.skipItem]: async (metadata, values, acting) => {
      const ref = requireParsed(parseItemRef(metadata));
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
    [PARTICIPANT_FORM_IDS.extendItem]: async (metadata, values, acting) => {
      const ref = requireParsed(parseItemRef(metadata));
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
});
