/**
 * Builders of the effects the signal flow emits. Signals are shared between the landlord and the
 * care team (a missed rent payment too: it is a housing matter both sides need to see).
 */
import type { DeadlineRule } from "../context.ts";
import type { MessageEffect, ScheduleDeadlineEffect, TimelineDetails, TimelineEffect } from "../effects.ts";
import { sharedChannelCard, timelineEntry } from "../effects.ts";
import type { SignalTimelineEvent } from "../timeline-events.ts";
import { followUpRequestCardSpec, signalCardKey, signalCardSpec } from "./card-spec.ts";
import type { SignalAcknowledgement, SignalState } from "./model.ts";
import { countsTowardsEscalation, FOLLOW_UP_DEADLINE_KEY, shareDeadlineKey, sideOwner } from "./rules.ts";

/** Signalering 1: partners pass signals to each other within 48 hours. */
export const SHARE_RULE: DeadlineRule = "guideline.signal.share48h";
/** Follow-up of a neighbourhood signal or a missed rent payment: the team's agreed action period. */
export const FOLLOW_UP_RULE: DeadlineRule = "team.action.default";

/**
 * A shared signal timeline entry. Every entry says whether the signal may count towards
 * escalation, so a participant's own report is labelled as not counting wherever it shows up.
 */
export function signalTimeline(
  state: SignalState,
  event: SignalTimelineEvent,
  actorId: string,
  details: TimelineDetails,
): TimelineEffect {
  return timelineEntry("signal", event, "shared", actorId, {
    signalId: state.signalId,
    participantId: state.participant.participantId,
    signalKind: state.kind,
    countsTowardsEscalation: countsTowardsEscalation(state),
    ...details,
  });
}

export function scheduleAcknowledgement(
  state: SignalState,
  ack: SignalAcknowledgement,
): ScheduleDeadlineEffect {
  return {
    type: "deadline.schedule",
    key: shareDeadlineKey(ack.side),
    rule: SHARE_RULE,
    step: "signal",
    ...sideOwner(ack.side, state.participant),
    dueAt: ack.dueAt,
  };
}

export function scheduleFollowUp(state: SignalState): ScheduleDeadlineEffect[] {
  if (state.followUp === null) return [];
  return [
    {
      type: "deadline.schedule",
      key: FOLLOW_UP_DEADLINE_KEY,
      rule: FOLLOW_UP_RULE,
      step: "signal",
      ownerRole: state.followUp.ownerRole,
      ownerMemberId: state.followUp.ownerMemberId,
      dueAt: state.followUp.dueAt,
    },
  ];
}

/** Posts (first time) or updates the signal card in the shared channel, seen by both sides. */
export function signalCard(state: SignalState): MessageEffect {
  return sharedChannelCard(signalCardKey(state.signalId), signalCardSpec(state));
}

/** A direct message to the follow-up owner, unless they logged the signal themselves. */
export function followUpRequest(state: SignalState): MessageEffect[] {
  const spec = followUpRequestCardSpec(state);
  if (spec === null || state.followUp === null || state.followUp.ownerMemberId === state.loggedBy) return [];
  return [
    {
      type: "message",
      target: { kind: "dm", memberId: state.followUp.ownerMemberId },
      updateKey: null,
      card: spec,
    },
  ];
}
