/**
 * Preventie: registering a Housing First participant creates the participant with a pseudonymous
 * reference and the onboarding checklist of the guideline's eight prevention steps.
 */
import type { FlowContext } from "../context.ts";
import type { Decision, Effect } from "../effects.ts";
import { FlowError } from "../errors.ts";
import { newChecklist } from "./checklist.ts";
import {
  assignedMessage,
  checklistCard,
  ONBOARDING_ITEM_RULE,
  preventionTimeline,
  scheduleItem,
} from "./effects.ts";
import type { ParticipantState, RegisterParticipantInput } from "./model.ts";
import { assertValidDetails, normaliseDetails } from "./validate.ts";

export function registerParticipant(
  input: RegisterParticipantInput,
  ctx: FlowContext,
): Decision<ParticipantState> {
  if (input.participantId.trim() === "") {
    throw new FlowError("participant.missingField", { field: "participantId" });
  }
  const details = normaliseDetails(input);
  assertValidDetails(details);

  // Every item starts with the team's agreed period, counted from registration.
  const dueAt = ctx.dueAt(ONBOARDING_ITEM_RULE, ctx.now);
  const state: ParticipantState = {
    ...details,
    participantId: input.participantId,
    registeredAt: ctx.now,
    registeredBy: input.actor.memberId,
    checklist: newChecklist(dueAt),
  };

  const effects: Effect[] = [
    preventionTimeline("participant.registered", input.actor.memberId, {
      participantId: state.participantId,
      reference: state.reference,
      leaseType: state.leaseType,
      careProviderId: state.careProviderId,
      landlordId: state.landlordId,
      supportWorkerId: state.supportWorkerId,
      landlordContactId: state.landlordContactId,
      coordinatorId: state.coordinatorId,
    }),
    ...state.checklist.map((item) => scheduleItem(state, item)),
    checklistCard(state),
    // Everyone who owns checklist items hears so directly.
    assignedMessage(state, state.supportWorkerId, "careTeam"),
    assignedMessage(state, state.landlordContactId, "landlord"),
  ];
  if (state.coordinatorId !== null) {
    effects.push(assignedMessage(state, state.coordinatorId, "coordinator"));
  }
  return { state, effects };
}
