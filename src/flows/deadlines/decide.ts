/**
 * What people do with a deadline from its nudge card (guideline: Termijnen): report it done, ask
 * for more time (always with a reason), hand it over to someone else, or reopen it. Every choice
 * lands in the timeline under the deadline's own guideline step. Whether the actor may do this at
 * all is the policy's question (permission "extendDeadline"), asked by the service first.
 */
import type { FlowContext } from "../context.ts";
import {
  assertNever,
  type Decision,
  type ScheduleDeadlineEffect,
  type TimelineDetails,
  type TimelineEffect,
  timelineEntry,
} from "../effects.ts";
import { FlowError } from "../errors.ts";
import { blankToNull } from "../text-input.ts";
import type { DeadlineTimelineEvent } from "../timeline-events.ts";
import type {
  DeadlineDoneEvent,
  DeadlineEvent,
  DeadlineExtendedEvent,
  DeadlineHandedOverEvent,
  DeadlineReopenedEvent,
  DeadlineView,
} from "./model.ts";

export function decideDeadline(
  deadline: DeadlineView,
  event: DeadlineEvent,
  ctx: FlowContext,
): Decision<DeadlineView> {
  switch (event.type) {
    case "done":
      return done(deadline, event, ctx);
    case "extended":
      return extended(deadline, event, ctx);
    case "handedOver":
      return handedOver(deadline, event);
    case "reopened":
      return reopened(deadline, event, ctx);
    default:
      return assertNever(event);
  }
}

function done(deadline: DeadlineView, event: DeadlineDoneEvent, ctx: FlowContext): Decision<DeadlineView> {
  requireOpen(deadline);
  const note = blankToNull(event.note);
  return {
    state: { ...deadline, state: "done" },
    effects: [
      timeline(deadline, "deadline.done", event.actor.memberId, {
        dueAt: deadline.dueAt,
        // Reports (share started within 24 h, resolved within 3 months) count the late ones.
        late: ctx.now.getTime() > Date.parse(deadline.dueAt),
        note,
      }),
      { type: "deadline.complete", key: deadline.key },
    ],
  };
}

// Maatwerk: a deadline may move, but only later and never without a written reason.
function extended(
  deadline: DeadlineView,
  event: DeadlineExtendedEvent,
  ctx: FlowContext,
): Decision<DeadlineView> {
  requireOpen(deadline);
  const reason = event.reason.trim();
  if (reason === "") throw new FlowError("deadline.reasonRequired", { deadlineId: deadline.id });
  const newDue = event.newDueAt.getTime();
  if (Number.isNaN(newDue)) throw new FlowError("deadline.invalidDate", { deadlineId: deadline.id });
  if (newDue <= Date.parse(deadline.dueAt)) {
    throw new FlowError("deadline.notLater", { deadlineId: deadline.id, dueAt: deadline.dueAt });
  }
  if (newDue <= ctx.now.getTime()) throw new FlowError("deadline.notInFuture", { deadlineId: deadline.id });
  const next: DeadlineView = { ...deadline, dueAt: event.newDueAt.toISOString() };
  return {
    state: next,
    effects: [
      timeline(deadline, "deadline.extended", event.actor.memberId, {
        previousDueAt: deadline.dueAt,
        newDueAt: next.dueAt,
        reason,
      }),
      // Same key: the row is replaced and its nudges are planned again from the new due time.
      schedule(next),
    ],
  };
}

function handedOver(deadline: DeadlineView, event: DeadlineHandedOverEvent): Decision<DeadlineView> {
  requireOpen(deadline);
  const toMemberId = event.toMemberId.trim();
  if (toMemberId === "") throw new FlowError("deadline.newOwnerRequired", { deadlineId: deadline.id });
  if (toMemberId === deadline.ownerMemberId) {
    throw new FlowError("deadline.sameOwner", { deadlineId: deadline.id });
  }
  const next: DeadlineView = { ...deadline, ownerRole: event.toRole, ownerMemberId: toMemberId };
  return {
    state: next,
    effects: [
      timeline(deadline, "deadline.handedOver", event.actor.memberId, {
        fromMemberId: deadline.ownerMemberId,
        fromRole: deadline.ownerRole,
        toMemberId,
        toRole: event.toRole,
        note: blankToNull(event.note),
      }),
      schedule(next),
    ],
  };
}

/**
 * A done deadline is open again. Its due time stays when it still lies ahead; otherwise the rule's
 * period starts again from now (a reopened deadline is not overdue the moment it reopens).
 */
function reopened(
  deadline: DeadlineView,
  event: DeadlineReopenedEvent,
  ctx: FlowContext,
): Decision<DeadlineView> {
  switch (deadline.state) {
    case "open":
      throw new FlowError("deadline.alreadyOpen", { deadlineId: deadline.id });
    case "cancelled":
      // Cancelled by its case or checklist item; it comes back when that flow schedules it again.
      throw new FlowError("deadline.cancelled", { deadlineId: deadline.id });
    case "done":
      break;
    default:
      return assertNever(deadline.state);
  }
  const dueAt =
    Date.parse(deadline.dueAt) > ctx.now.getTime()
      ? deadline.dueAt
      : ctx.dueAt(deadline.rule, ctx.now).toISOString();
  const next: DeadlineView = { ...deadline, state: "open", dueAt };
  return {
    state: next,
    effects: [
      timeline(deadline, "deadline.reopened", event.actor.memberId, {
        previousDueAt: deadline.dueAt,
        dueAt,
      }),
      schedule(next),
    ],
  };
}

function requireOpen(deadline: DeadlineView): void {
  if (deadline.state !== "open") {
    throw new FlowError("deadline.closed", { deadlineId: deadline.id, state: deadline.state });
  }
}

/** Deadlines are shared: landlord staff see deadlines too (SPEC §6). */
function timeline(
  deadline: DeadlineView,
  event: DeadlineTimelineEvent,
  actorId: string,
  details: TimelineDetails,
): TimelineEffect {
  return timelineEntry(deadline.step, event, "shared", actorId, {
    deadlineId: deadline.id,
    key: deadline.key,
    rule: deadline.rule,
    ...details,
  });
}

function schedule(deadline: DeadlineView): ScheduleDeadlineEffect {
  return {
    type: "deadline.schedule",
    key: deadline.key,
    rule: deadline.rule,
    step: deadline.step,
    ownerRole: deadline.ownerRole,
    ownerMemberId: deadline.ownerMemberId,
    dueAt: new Date(deadline.dueAt),
  };
}
