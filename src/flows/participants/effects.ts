/**
 * Builders of the effects the participant flow emits: timeline entries, checklist deadlines and
 * the checklist card. All prevention entries are shared between the landlord and the care team.
 */
import type { DeadlineRule } from "../context.ts";
import type { MessageEffect, ScheduleDeadlineEffect, TimelineDetails, TimelineEffect } from "../effects.ts";
import { sharedChannelCard, timelineEntry } from "../effects.ts";
import type { PreventionTimelineEvent } from "../timeline-events.ts";
import { assignedCardSpec, onboardingCardKey, onboardingCardSpec } from "./card-spec.ts";
import { itemOwnership, onboardingDeadlineKey } from "./checklist.ts";
import type { OnboardingItem, OnboardingOwner, ParticipantState } from "./model.ts";

/** Preventie: the team agreement for how long an onboarding item may take. */
export const ONBOARDING_ITEM_RULE: DeadlineRule = "team.onboarding.item";

export function preventionTimeline(
  event: PreventionTimelineEvent,
  actorId: string,
  details: TimelineDetails,
): TimelineEffect {
  return timelineEntry("prevention", event, "shared", actorId, details);
}

/** Creates or replaces the deadline row of an open item, owned as the current details say. */
export function scheduleItem(state: ParticipantState, item: OnboardingItem): ScheduleDeadlineEffect {
  return {
    type: "deadline.schedule",
    key: onboardingDeadlineKey(item.key),
    rule: ONBOARDING_ITEM_RULE,
    step: "prevention",
    ...itemOwnership(state, item.key),
    dueAt: item.dueAt,
  };
}

/** Posts (first time) or updates the checklist card in the shared channel. */
export function checklistCard(state: ParticipantState): MessageEffect {
  return sharedChannelCard(onboardingCardKey(state.participantId), onboardingCardSpec(state));
}

/** A direct message telling a member they are now responsible for the participant. */
export function assignedMessage(
  state: ParticipantState,
  memberId: string,
  assignment: OnboardingOwner,
): MessageEffect {
  return {
    type: "message",
    target: { kind: "dm", memberId },
    updateKey: null,
    card: assignedCardSpec(state, assignment),
  };
}
