/**
 * Signalering: logging a signal. The signal is posted to the shared channel so the other side
 * receives it, and each side that did not know it yet gets 48 hours (counted from when the signal
 * was observed or received) to acknowledge it. Signals from the neighbourhood and missed rent
 * payments get an action owner.
 */
import type { FlowContext } from "../context.ts";
import type { Decision, Effect } from "../effects.ts";
import { FlowError } from "../errors.ts";
import type { Actor } from "../model.ts";
import {
  FOLLOW_UP_RULE,
  followUpRequest,
  SHARE_RULE,
  scheduleAcknowledgement,
  scheduleFollowUp,
  signalCard,
  signalTimeline,
} from "./effects.ts";
import type { LogSignalInput, SignalFollowUp, SignalState } from "./model.ts";
import { SIGNAL_KINDS, SIGNAL_SOURCES } from "./model.ts";
import { knowingSides, receivingSides, sideOf } from "./rules.ts";

/** Longest description accepted (Slack shows at most 3000 characters per text block). */
export const DESCRIPTION_MAX_LENGTH = 2000;

export function logSignal(input: LogSignalInput, ctx: FlowContext): Decision<SignalState> {
  const description = validate(input, ctx);
  const knownTo = knowingSides(sideOf(input.actor), input.source);
  const shareDue = ctx.dueAt(SHARE_RULE, input.observedAt);

  const state: SignalState = {
    signalId: input.signalId,
    participant: input.participant,
    kind: input.kind,
    source: input.source,
    description,
    observedAt: input.observedAt,
    loggedAt: ctx.now,
    loggedBy: input.actor.memberId,
    knownTo,
    acknowledgements: receivingSides(knownTo).map((side) => ({
      side,
      dueAt: shareDue,
      acknowledgedAt: null,
      acknowledgedBy: null,
    })),
    participantSharing: null,
    followUp: followUpFor(input, ctx),
    caseId: null,
    status: "open",
    closedAt: null,
    closedBy: null,
    closeNote: null,
  };

  const effects: Effect[] = [
    signalTimeline(state, "signal.logged", input.actor.memberId, {
      source: state.source,
      observedAt: state.observedAt.toISOString(),
      knownTo: knownTo.join(","),
      receivingSides: state.acknowledgements.map((ack) => ack.side).join(","),
      followUpOwnerId: state.followUp?.ownerMemberId ?? null,
    }),
    ...state.acknowledgements.map((ack) => scheduleAcknowledgement(state, ack)),
    ...scheduleFollowUp(state),
    signalCard(state),
    ...followUpRequest(state),
  ];
  return { state, effects };
}

function validate(input: LogSignalInput, ctx: FlowContext): string {
  if (!(SIGNAL_KINDS as readonly string[]).includes(input.kind)) {
    throw new FlowError("signal.invalidKind", { kind: String(input.kind) });
  }
  if (!(SIGNAL_SOURCES as readonly string[]).includes(input.source)) {
    throw new FlowError("signal.invalidSource", { source: String(input.source) });
  }
  const description = input.description.trim();
  if (description === "") {
    throw new FlowError("signal.descriptionRequired");
  }
  if (description.length > DESCRIPTION_MAX_LENGTH) {
    throw new FlowError("signal.descriptionTooLong", { max: DESCRIPTION_MAX_LENGTH });
  }
  if (input.observedAt.getTime() > ctx.now.getTime()) {
    throw new FlowError("signal.observedInFuture");
  }
  return description;
}

/**
 * Who follows the signal up:
 * - a missed rent payment: the care team is asked to take it up with the participant (the
 *   participant's support worker);
 * - a signal from the neighbourhood: "volgen signalen uit de buurt spoedig op" — the named owner,
 *   or the person who logged it.
 */
function followUpFor(input: LogSignalInput, ctx: FlowContext): SignalFollowUp | null {
  const owner = followUpOwner(input);
  if (owner === null) return null;
  return {
    ...owner,
    dueAt: ctx.dueAt(FOLLOW_UP_RULE, ctx.now),
    recordedAt: null,
    recordedBy: null,
    note: null,
  };
}

function followUpOwner(
  input: LogSignalInput,
): Pick<SignalFollowUp, "reason" | "ownerRole" | "ownerMemberId"> | null {
  if (input.kind === "missedRent") {
    return {
      reason: "missedRent",
      ownerRole: "careTeamMember",
      ownerMemberId: input.participant.supportWorkerId,
    };
  }
  if (input.source === "neighbourhood") {
    const owner: Pick<Actor, "memberId" | "role"> = input.followUpOwner ?? input.actor;
    return { reason: "neighbourhood", ownerRole: owner.role, ownerMemberId: owner.memberId };
  }
  return null;
}
