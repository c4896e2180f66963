/** Signalering: the signal card's buttons and the signal forms. */
import { parseSignalRef, SIGNAL_ACTION_IDS, SIGNAL_FORM_IDS } from "../../flows/signals/actions.ts";
import {
  buildFollowUpForm,
  buildSharingForm,
  parseFollowUpForm,
  parseLogSignalForm,
  parseSharingForm,
} from "../../flows/signals/forms.ts";
import { sideOf } from "../../flows/signals/rules.ts";
import { SIGNAL_TEXTS } from "../../flows/signals/texts.ts";
import { findMemberById } from "../../store/members/members.ts";
import { loadSignal } from "../../store/signals/signal-repository.ts";
import { openCaseFromSignal } from "../case-service.ts";
import { NotFoundError } from "../errors.ts";
import { handleSignalEvent, logSignal } from "../signal-service.ts";
import { type Acting, done, type InteractionModule, requireParsed } from "./module.ts";
import { memberOptions, membersInSphere } from "./options.ts";
import { guardModule } from "./route-guard.ts";

async function signalOf(acting: Acting, value: string) {
  const ref = requireParsed(parseSignalRef(value));
  const loaded = await loadSignal(acting.runtime.prisma, ref.s);
  if (!loaded) throw new NotFoundError("signal", ref.s);
  return loaded.state;
}

export const signalInteractions: InteractionModule = guardModule({
  actions: {
    [SIGNAL_ACTION_IDS.acknowledge]: async (value, acting) => {
      const signal = await signalOf(acting, value);
      await handleSignalEvent(acting.runtime, signal.signalId, { type: "acknowledged", actor: acting.actor });
      return done();
    },
    [SIGNAL_ACTION_IDS.close]: async (value, acting) => {
      const signal = await signalOf(acting, value);
      await handleSignalEvent(acting.runtime, signal.signalId, {
        type: "closed",
        actor: acting.actor,
        note: null,
      });
      return done();
    },
    [SIGNAL_ACTION_IDS.recordFollowUp]: async (value, acting) => {
      const signal = await signalOf(acting, value);
      return { type: "openForm", form: buildFollowUpForm(signal.signalId, acting.locale) };
    },
    [SIGNAL_ACTION_IDS.decideSharing]: async (value, acting) => {
      const signal = await signalOf(acting, value);
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
    [SIGNAL_ACTION_IDS.convertToCase]: async (value, acting) => {
      const signal = await signalOf(acting, value);
      await openCaseFromSignal(acting.runtime, acting.actor, signal.signalId);
      return done();
    },
  },
  forms: {
    [SIGNAL_FORM_IDS.log]: async (_metadata, values, acting) => {
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
    [SIGNAL_FORM_IDS.sharing]: async (metadata, values, acting) => {
      const signal = await signalOf(acting, metadata);
      const parsed = parseSharingForm(values, sideOf(acting.actor) ?? "careTeam", acting.locale);
      if (!parsed.ok) return { type: "formErrors", errors: parsed.errors };
      await handleSignalEvent(acting.runtime, signal.signalId, {
        type: "participantSharingDecided",
        actor: acting.actor,
        ...parsed.value,
      });
      return done();
    },
    [SIGNAL_FORM_IDS.followUp]: async (metadata, values, acting) => {
      const signal = await signalOf(acting, metadata);
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
});
