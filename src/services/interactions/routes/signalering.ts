/** Signalering in the chat: the signal card's buttons and the signal forms. */
import type { SignalRef } from "../../../flows/signals/buttons.ts";
import {
  buildFollowUpForm,
  buildSharingForm,
  parseFollowUpForm,
  parseLogSignalForm,
  parseSharingForm,
} from "../../../flows/signals/forms.ts";
import { sideOf } from "../../../flows/signals/rules.ts";
import { SIGNAL_TEXTS } from "../../../flows/signals/texts.ts";
import type { signalering } from "../../../flows/steps/signalering/step.ts";
import { findMemberById } from "../../../store/members/members.ts";
import { loadSignal } from "../../../store/signals/signal-repository.ts";
import { openCaseFromSignal } from "../../case-service.ts";
import { NotFoundError } from "../../errors.ts";
import { handleSignalEvent, logSignal } from "../../signal-service.ts";
import { type Acting, done } from "../module.ts";
import { memberOptions, membersInSphere } from "../options.ts";
import type { StepRoutes } from "./step-routes.ts";

async function signalOf(acting: Acting, ref: SignalRef) {
  const loaded = await loadSignal(acting.runtime.prisma, ref.s);
  if (!loaded) throw new NotFoundError("signal", ref.s);
  return loaded.state;
}

export const signaleringRoutes: StepRoutes<typeof signalering> = {
  buttons: {
    acknowledge: async (ref, acting) => {
      const signal = await signalOf(acting, ref);
      await handleSignalEvent(acting.runtime, signal.signalId, { type: "acknowledged", actor: acting.actor });
      return done();
    },
    close: async (ref, acting) => {
      const signal = await signalOf(acting, ref);
      await handleSignalEvent(acting.runtime, signal.signalId, {
        type: "closed",
        actor: acting.actor,
        note: null,
      });
      return done();
    },
    recordFollowUp: async (ref, acting) => {
      const signal = await signalOf(acting, ref);
      return { type: "openForm", form: buildFollowUpForm(signal.signalId, acting.locale) };
    },
    decideSharing: async (ref, acting) => {
      const signal = await signalOf(acting, ref);
      const side = sideOf(acting.actor) ?? "careTeam";
      const careTeam = (await membersInSphere(acting.runtime.prisma, acting.member)).filter(
        (member) => member.role === "careTeamMember" || member.role === "coordinator",
      );
      return {
        type: "openForm",
        form: buildSharingForm(signal.signalId, side, memberOptions(careTeam), acting.locale),
      };
    },
    // A participant's own report becomes a participant-report case (never counts towards escalation).
    convertToCase: async (ref, acting) => {
      const signal = await signalOf(acting, ref);
      await openCaseFromSignal(acting.runtime, acting.actor, signal.signalId);
      return done();
    },
  },
  forms: {
    log: async (_metadata, values, acting) => {
      const parsed = parseLogSignalForm(values, acting.runtime.clock.now(), acting.locale);
      if (!parsed.ok) return { type: "formErrors", errors: parsed.errors };
      const { followUpOwnerId, ...request } = parsed.value;
      const owner = followUpOwnerId ? await findMemberById(acting.runtime.prisma, followUpOwnerId) : null;
      await logSignal(acting.runtime, acting.actor, {
        ...request,
        followUpOwner: owner ? { memberId: owner.id, role: owner.role } : null,
      });
      return done(SIGNAL_TEXTS[acting.locale].forms.logTitle);
    },
    sharing: async (ref, values, acting) => {
      const signal = await signalOf(acting, ref);
      const parsed = parseSharingForm(values, sideOf(acting.actor) ?? "careTeam", acting.locale);
      if (!parsed.ok) return { type: "formErrors", errors: parsed.errors };
      await handleSignalEvent(acting.runtime, signal.signalId, {
        type: "participantSharingDecided",
        actor: acting.actor,
        ...parsed.value,
      });
      return done();
    },
    followUp: async (ref, values, acting) => {
      const signal = await signalOf(acting, ref);
      const parsed = parseFollowUpForm(values, acting.locale);
      if (!parsed.ok) return { type: "formErrors", errors: parsed.errors };
      await handleSignalEvent(acting.runtime, signal.signalId, {
        type: "followUpRecorded",
        actor: acting.actor,
        note: parsed.value.note,
      });
      return done();
    },
  },
};
