/**
 * Onderhoud samenwerking: a meeting is held (and the next one is planned a year on), rescheduled
 * with a reason, or the organising coordinator changes.
 */
import type { FlowContext } from "../context.ts";
import { assertNever, type Decision } from "../effects.ts";
import { FlowError } from "../errors.ts";
import { blankToNull } from "../text-input.ts";
import {
  cooperationCard,
  cooperationTimeline,
  meetingDeadlineKey,
  scheduleMeeting,
  YEARLY_RULE,
} from "./effects.ts";
import { COOPERATION_PARTIES, type CooperationEvent, type CooperationState } from "./model.ts";

/** Longest free text accepted for notes and reasons. */
export const COOPERATION_TEXT_MAX_LENGTH = 2000;

export function decideCooperation(
  state: CooperationState,
  event: CooperationEvent,
  ctx: FlowContext,
): Decision<CooperationState> {
  switch (event.type) {
    case "held":
      return held(state, event, ctx);
    case "rescheduled":
      return rescheduled(state, event, ctx);
    case "coordinatorChanged":
      return coordinatorChanged(state, event);
    default:
      return assertNever(event);
  }
}

type EventOf<T extends CooperationEvent["type"]> = Extract<CooperationEvent, { type: T }>;

// The meeting took place: its deadline is completed and the next one is planned a year later.
function held(state: CooperationState, event: EventOf<"held">, ctx: FlowContext): Decision<CooperationState> {
  if (event.heldAt.getTime() > ctx.now.getTime()) {
    throw new FlowError("cooperation.heldInFuture");
  }
  for (const party of event.parties) {
    if (!(COOPERATION_PARTIES as readonly string[]).includes(party)) {
      throw new FlowError("cooperation.unknownParty", { party: String(party) });
    }
  }
  const parties = COOPERATION_PARTIES.filter((party) => event.parties.includes(party));
  const notes = optionalText(event.notes);
  let plannedFor = ctx.dueAt(YEARLY_RULE, event.heldAt);
  // A meeting recorded long after the fact still gets a next date in the future.
  if (plannedFor.getTime() <= ctx.now.getTime()) {
    plannedFor = ctx.dueAt(YEARLY_RULE, ctx.now);
  }
  const next: CooperationState = {
    ...state,
    meetingNumber: state.meetingNumber + 1,
    plannedFor,
    rescheduleReason: null,
    lastHeld: {
      meetingNumber: state.meetingNumber,
      heldAt: event.heldAt,
      recordedBy: event.actor.memberId,
      parties,
      notes,
    },
  };
  return {
    state: next,
    effects: [
      cooperationTimeline(next, "cooperation.held", event.actor.memberId, {
        meetingNumber: state.meetingNumber,
        heldAt: event.heldAt.toISOString(),
        parties: parties.join(","),
        notes,
      }),
      { type: "deadline.complete", key: meetingDeadlineKey(state.meetingNumber) },
      cooperationTimeline(next, "cooperation.scheduled", event.actor.memberId, {
        meetingNumber: next.meetingNumber,
        plannedFor: plannedFor.toISOString(),
        coordinatorId: next.coordinatorId,
      }),
      scheduleMeeting(next),
      cooperationCard(next),
    ],
  };
}

// Maatwerk: the date may move, with a written reason.
function rescheduled(
  state: CooperationState,
  event: EventOf<"rescheduled">,
  ctx: FlowContext,
): Decision<CooperationState> {
  const reason = optionalText(event.reason);
  if (reason === null) {
    throw new FlowError("cooperation.reasonRequired");
  }
  if (event.plannedFor.getTime() <= ctx.now.getTime()) {
    throw new FlowError("cooperation.dateNotInFuture");
  }
  const next: CooperationState = { ...state, plannedFor: event.plannedFor, rescheduleReason: reason };
  return {
    state: next,
    effects: [
      cooperationTimeline(next, "cooperation.rescheduled", event.actor.memberId, {
        meetingNumber: state.meetingNumber,
        previousPlannedFor: state.plannedFor.toISOString(),
        plannedFor: event.plannedFor.toISOString(),
        reason,
      }),
      scheduleMeeting(next),
      cooperationCard(next),
    ],
  };
}

// A new coordinator takes over the planned meeting's deadline; the date stays.
function coordinatorChanged(
  state: CooperationState,
  event: EventOf<"coordinatorChanged">,
): Decision<CooperationState> {
  const coordinatorId = event.coordinatorId?.trim() || null;
  if (coordinatorId === state.coordinatorId) {
    throw new FlowError("cooperation.nothingChanged");
  }
  const next: CooperationState = { ...state, coordinatorId };
  return {
    state: next,
    effects: [
      cooperationTimeline(next, "cooperation.coordinatorChanged", event.actor.memberId, {
        previousCoordinatorId: state.coordinatorId,
        coordinatorId,
      }),
      scheduleMeeting(next),
      cooperationCard(next),
    ],
  };
}

function optionalText(text: string | null): string | null {
  const trimmed = blankToNull(text);
  if (trimmed !== null && trimmed.length > COOPERATION_TEXT_MAX_LENGTH) {
    throw new FlowError("cooperation.textTooLong", { max: COOPERATION_TEXT_MAX_LENGTH });
  }
  return trimmed;
}
