/**
 * What the deadline cards show, as plain JSON-serialisable snapshots (dates as ISO strings; they
 * are stored in the outbox). Rendering to the neutral Card model is in card.ts.
 */
import type { DeadlineRule } from "../context.ts";
import { assertNever } from "../effects.ts";
import type { GuidelineStep, Role } from "../model.ts";
import type { DeadlineEvent, DeadlineView } from "./model.ts";
import type { NudgeStage } from "./schedule.ts";

/** What became of a nudged deadline; a card with an outcome shows it instead of the buttons. */
export type DeadlineNudgeOutcome =
  | { kind: "done"; byMemberId: string; at: string }
  | { kind: "extended"; byMemberId: string; newDueAt: string }
  | { kind: "handedOver"; byMemberId: string; toMemberId: string }
  | { kind: "closed" };

/** A heads-up, due ping or overdue escalation (thread post and direct messages). */
export interface DeadlineNudgeCardSpec {
  kind: "deadline.nudge";
  stage: NudgeStage;
  deadlineId: string;
  rule: DeadlineRule;
  step: GuidelineStep;
  dueAt: string;
  /** Which case or participant, without names, e.g. "Zaak 12 · HF-007". */
  subjectLabel: string;
  ownerRole: Role;
  ownerMemberId: string | null;
  /** The owner's display name when the service knows it; else a mention or the role is shown. */
  ownerName: string | null;
  outcome: DeadlineNudgeOutcome | null;
}

interface DeadlineListItem {
  deadlineId: string;
  subjectLabel: string;
  rule: DeadlineRule;
  step: GuidelineStep;
  dueAt: string;
}

/** `/nabuur mijn`: a member's open deadlines, soonest first; overdue ones are marked. */
export interface DeadlineListCardSpec {
  kind: "deadline.list";
  memberId: string;
  /** The moment the list was made: deadlines due before it are overdue. */
  asOf: string;
  items: DeadlineListItem[];
  /** Open deadlines left off the card (Slack allows 50 blocks per message). */
  more: number;
}

export type DeadlineCardSpec = DeadlineNudgeCardSpec | DeadlineListCardSpec;

/** How many deadlines the list card shows (two blocks each). */
export const MAX_LIST_ITEMS = 15;

/** A deadline together with the label of its case or participant. */
export interface LabelledDeadline {
  deadline: DeadlineView;
  subjectLabel: string;
}

export function nudgeCardSpec(
  stage: NudgeStage,
  deadline: DeadlineView,
  labels: { subjectLabel: string; ownerName: string | null },
): DeadlineNudgeCardSpec {
  return {
    kind: "deadline.nudge",
    stage,
    deadlineId: deadline.id,
    rule: deadline.rule,
    step: deadline.step,
    dueAt: deadline.dueAt,
    subjectLabel: labels.subjectLabel,
    ownerRole: deadline.ownerRole,
    ownerMemberId: deadline.ownerMemberId,
    ownerName: labels.ownerName,
    outcome: null,
  };
}

/** The resolved variant of a nudge card, shown after someone clicked one of its buttons. */
export function resolvedNudgeCardSpec(
  spec: DeadlineNudgeCardSpec,
  outcome: DeadlineNudgeOutcome,
): DeadlineNudgeCardSpec {
  return { ...spec, outcome };
}

/** The outcome a deadline event gives a nudge card; a reopened deadline has none (it is open again). */
export function nudgeOutcome(event: DeadlineEvent, now: Date): DeadlineNudgeOutcome | null {
  switch (event.type) {
    case "done":
      return { kind: "done", byMemberId: event.actor.memberId, at: now.toISOString() };
    case "extended":
      return {
        kind: "extended",
        byMemberId: event.actor.memberId,
        newDueAt: event.newDueAt.toISOString(),
      };
    case "handedOver":
      return { kind: "handedOver", byMemberId: event.actor.memberId, toMemberId: event.toMemberId };
    case "reopened":
      return null;
    default:
      return assertNever(event);
  }
}

/** The open deadlines `memberId` owns, soonest first (ties by id), at most MAX_LIST_ITEMS. */
export function myDeadlinesCardSpec(
  memberId: string,
  deadlines: readonly LabelledDeadline[],
  asOf: Date,
): DeadlineListCardSpec {
  const mine = deadlines
    .filter(({ deadline }) => deadline.state === "open" && deadline.ownerMemberId === memberId)
    .sort(
      (a, b) =>
        Date.parse(a.deadline.dueAt) - Date.parse(b.deadline.dueAt) ||
        a.deadline.id.localeCompare(b.deadline.id),
    );
  return {
    kind: "deadline.list",
    memberId,
    asOf: asOf.toISOString(),
    items: mine.slice(0, MAX_LIST_ITEMS).map(({ deadline, subjectLabel }) => ({
      deadlineId: deadline.id,
      subjectLabel,
      rule: deadline.rule,
      step: deadline.step,
      dueAt: deadline.dueAt,
    })),
    more: Math.max(0, mine.length - MAX_LIST_ITEMS),
  };
}
