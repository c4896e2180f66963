/**
 * Onderhoud samenwerking: scheduling the first yearly meeting of a care provider and a landlord.
 */
import type { FlowContext } from "../context.ts";
import type { Decision } from "../effects.ts";
import { FlowError } from "../errors.ts";
import { cooperationCard, cooperationTimeline, scheduleMeeting, YEARLY_RULE } from "./effects.ts";
import type { CooperationState, ScheduleCooperationInput } from "./model.ts";

export function scheduleCooperationMeeting(
  input: ScheduleCooperationInput,
  ctx: FlowContext,
): Decision<CooperationState> {
  for (const field of ["cooperationId", "careProviderId", "landlordId"] as const) {
    if (input[field].trim() === "") {
      throw new FlowError("cooperation.missingField", { field });
    }
  }
  // A date the parties agreed on wins; otherwise the yearly rule counts from today.
  const plannedFor = input.plannedFor ?? ctx.dueAt(YEARLY_RULE, ctx.now);
  if (plannedFor.getTime() <= ctx.now.getTime()) {
    throw new FlowError("cooperation.dateNotInFuture");
  }
  const coordinatorId = input.coordinatorId?.trim() || null;
  const state: CooperationState = {
    cooperationId: input.cooperationId,
    careProviderId: input.careProviderId,
    landlordId: input.landlordId,
    coordinatorId,
    meetingNumber: 1,
    plannedFor,
    rescheduleReason: null,
    lastHeld: null,
  };
  return {
    state,
    effects: [
      cooperationTimeline(state, "cooperation.scheduled", input.actor.memberId, {
        meetingNumber: state.meetingNumber,
        plannedFor: plannedFor.toISOString(),
        coordinatorId,
      }),
      scheduleMeeting(state),
      cooperationCard(state),
    ],
  };
}
