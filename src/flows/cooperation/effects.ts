/**
 * Builders of the effects the cooperation flow emits; everything is shared between the parties.
 */
import type { DeadlineRule } from "../context.ts";
import type { MessageEffect, ScheduleDeadlineEffect, TimelineDetails, TimelineEffect } from "../effects.ts";
import { sharedChannelCard, timelineEntry } from "../effects.ts";
import type { CooperationTimelineEvent } from "../timeline-events.ts";
import { cooperationCardKey, cooperationCardSpec } from "./card-spec.ts";
import type { CooperationState } from "./model.ts";

/** Onderhoud samenwerking: the team agreement for the time between two meetings. */
export const YEARLY_RULE: DeadlineRule = "team.cooperation.yearly";

/** Deadline key of one meeting; each meeting has its own row so held meetings stay on record. */
export function meetingDeadlineKey(meetingNumber: number): string {
  return `cooperation.meeting.${meetingNumber}`;
}

export function cooperationTimeline(
  state: CooperationState,
  event: CooperationTimelineEvent,
  actorId: string,
  details: TimelineDetails,
): TimelineEffect {
  return timelineEntry("cooperation", event, "shared", actorId, {
    cooperationId: state.cooperationId,
    careProviderId: state.careProviderId,
    landlordId: state.landlordId,
    ...details,
  });
}

/** The planned meeting's deadline, owned by the coordinator. */
export function scheduleMeeting(state: CooperationState): ScheduleDeadlineEffect {
  return {
    type: "deadline.schedule",
    key: meetingDeadlineKey(state.meetingNumber),
    rule: YEARLY_RULE,
    step: "cooperation",
    ownerRole: "coordinator",
    ownerMemberId: state.coordinatorId,
    dueAt: state.plannedFor,
  };
}

/** Posts (first time) or updates the meeting card in the shared channel. */
export function cooperationCard(state: CooperationState): MessageEffect {
  return sharedChannelCard(cooperationCardKey(state.cooperationId), cooperationCardSpec(state));
}
