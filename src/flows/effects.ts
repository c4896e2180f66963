/**
 * Effects are what a pure flow decides should happen. They are data; one executor in the
 * services applies them in a single database transaction (state, timeline, deadlines, outbox).
 */
import type { CardSpec } from "./cards/spec.ts";
import type { DeadlineRule } from "./context.ts";
import type { Audience, GuidelineStep, Role } from "./model.ts";
import type { TimelineEventName } from "./timeline-events.ts";

/** Scalar details of a timeline entry; rendered to text per language by the i18n layer. */
export type TimelineDetails = Record<string, string | number | boolean | null>;

/** Append one entry to the case (or participant) timeline: who, when, what, which guideline step. */
export interface TimelineEffect {
  type: "timeline";
  step: GuidelineStep;
  /** Stable event code, e.g. "complaint.received", "assessment.confirmed". */
  event: TimelineEventName;
  /** Who may read this entry. Care-only entries use "careTeam". */
  visibility: Audience;
  details: TimelineDetails;
}

/** Create (or replace, by key) a deadline row. */
export interface ScheduleDeadlineEffect {
  type: "deadline.schedule";
  /** Unique per case/participant, e.g. "actie1.start"; re-scheduling the same key replaces it. */
  key: string;
  /** The rule the due time came from, e.g. "guideline.actie1.startAndReport" or "team.action.default". */
  rule: DeadlineRule;
  step: GuidelineStep;
  ownerRole: Role;
  /** A named owner when known (the support worker, the landlord contact). */
  ownerMemberId: string | null;
  dueAt: Date;
}

interface CompleteDeadlineEffect {
  type: "deadline.complete";
  key: string;
}

interface CancelDeadlineEffect {
  type: "deadline.cancel";
  key: string;
  reason: string;
}

/**
 * Where a message goes. A DM goes to one member; a channel message to the bound channels. The care
 * team's case summaries are only updated where a person keeps one on screen (`zaak <nr>` in Teams'
 * personal chat), never posted: one per member, under the effect's update key.
 */
export type MessageTarget =
  | { kind: "channel"; audience: Audience; inCaseThread: boolean }
  | { kind: "dm"; memberId: string }
  | { kind: "shownCareSummaries" };

/** Post (or, when a message with updateKey was posted before, update) a card. */
export interface MessageEffect {
  type: "message";
  target: MessageTarget;
  /**
   * Stable key for a message that is edited later (e.g. "case:<id>:card"). Messages with the same
   * key update the earlier platform message instead of posting a new one.
   */
  updateKey: string | null;
  card: CardSpec;
}

export type Effect =
  | TimelineEffect
  | ScheduleDeadlineEffect
  | CompleteDeadlineEffect
  | CancelDeadlineEffect
  | MessageEffect;

/** The result of every pure decision. */
export interface Decision<S> {
  state: S;
  effects: Effect[];
}

/** A timeline entry with the acting member first in its details. */
export function timelineEntry(
  step: GuidelineStep,
  event: TimelineEventName,
  visibility: Audience,
  actorId: string,
  details: TimelineDetails,
): TimelineEffect {
  return { type: "timeline", step, event, visibility, details: { actorId, ...details } };
}

/** Posts (first time) or updates a card in the shared channel, outside any case thread. */
export function sharedChannelCard(updateKey: string, card: CardSpec): MessageEffect {
  return {
    type: "message",
    target: { kind: "channel", audience: "shared", inCaseThread: false },
    updateKey,
    card,
  };
}

/** Exhaustiveness guard for switch statements over tagged unions. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
