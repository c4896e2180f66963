/**
 * Every timeline event name Nabuur writes, per subject: the case's vocabulary (with its texts in
 * cases/texts), the participant's prevention checklist, signals, deadlines and the yearly
 * cooperation meeting. Entries read back from the database may carry a name this version no longer
 * writes; those are read as `UnknownTimelineEventName` and shown as their code.
 */
import { CASE_TIMELINE_EVENTS, type CaseTimelineEvent } from "./cases/texts/timeline-events.ts";
import { NUDGE_STAGES, type NudgeStage } from "./deadlines/schedule.ts";

const PREVENTION_TIMELINE_EVENTS = [
  "participant.registered",
  "participant.detailsUpdated",
  "onboarding.itemDone",
  "onboarding.itemSkipped",
  "onboarding.itemExtended",
  "onboarding.itemReopened",
] as const;
export type PreventionTimelineEvent = (typeof PREVENTION_TIMELINE_EVENTS)[number];

const SIGNAL_TIMELINE_EVENTS = [
  "signal.logged",
  "signal.acknowledged",
  "signal.participantSharingDecided",
  "signal.followUpRecorded",
  "signal.convertedToCase",
  "signal.closed",
] as const;
export type SignalTimelineEvent = (typeof SIGNAL_TIMELINE_EVENTS)[number];

const COOPERATION_TIMELINE_EVENTS = [
  "cooperation.scheduled",
  "cooperation.rescheduled",
  "cooperation.coordinatorChanged",
  "cooperation.held",
] as const;
export type CooperationTimelineEvent = (typeof COOPERATION_TIMELINE_EVENTS)[number];

/** What people do with a deadline from its nudge card (src/flows/deadlines/decide.ts). */
const DEADLINE_TIMELINE_EVENTS = [
  "deadline.done",
  "deadline.extended",
  "deadline.handedOver",
  "deadline.reopened",
] as const;
export type DeadlineTimelineEvent = (typeof DEADLINE_TIMELINE_EVENTS)[number];

/** A nudge sent by the sweep, one event per stage. */
type DeadlineNudgeEvent = `deadline.nudge.${NudgeStage}`;
const DEADLINE_NUDGE_EVENTS: readonly DeadlineNudgeEvent[] = NUDGE_STAGES.map(
  (stage) => `deadline.nudge.${stage}` as const,
);

export type TimelineEventName =
  | CaseTimelineEvent
  | PreventionTimelineEvent
  | SignalTimelineEvent
  | CooperationTimelineEvent
  | DeadlineTimelineEvent
  | DeadlineNudgeEvent;

export const TIMELINE_EVENT_NAMES: readonly TimelineEventName[] = [
  ...new Set<TimelineEventName>([
    ...CASE_TIMELINE_EVENTS,
    ...PREVENTION_TIMELINE_EVENTS,
    ...SIGNAL_TIMELINE_EVENTS,
    ...COOPERATION_TIMELINE_EVENTS,
    ...DEADLINE_TIMELINE_EVENTS,
    ...DEADLINE_NUDGE_EVENTS,
  ]),
];

export function isTimelineEventName(value: string): value is TimelineEventName {
  return (TIMELINE_EVENT_NAMES as readonly string[]).includes(value);
}

declare const unknownTimelineEvent: unique symbol;
/** A stored event name this version does not write (an older row); it keeps its code as is. */
export type UnknownTimelineEventName = string & { readonly [unknownTimelineEvent]: true };

/** The event name of a stored timeline entry: one this version writes, or an unknown one. */
export type StoredTimelineEventName = TimelineEventName | UnknownTimelineEventName;

/** Reads the event column of a stored entry; the value itself is returned unchanged. */
export function readTimelineEventName(value: string): StoredTimelineEventName {
  return isTimelineEventName(value) ? value : (value as UnknownTimelineEventName);
}
