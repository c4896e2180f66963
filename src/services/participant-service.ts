/** Preventie: registering participants and their onboarding checklist. */
import { randomUUID } from "node:crypto";
import { FlowError } from "../flows/errors.ts";
import type { Actor } from "../flows/model.ts";
import { onboardingCardKey } from "../flows/participants/card-spec.ts";
import { decideParticipant } from "../flows/participants/decide.ts";
import type { ParticipantDetails, ParticipantEvent, ParticipantState } from "../flows/participants/model.ts";
import { registerParticipant as registerDecision } from "../flows/participants/register.ts";
import type { Permission } from "../flows/policy/permission-names.ts";
import { requirePermission } from "../flows/policy/permissions.ts";
import type { Tx } from "../store/db-types.ts";
import { applyEffects } from "../store/effects/apply-effects.ts";
import { findMemberById } from "../store/members/members.ts";
import {
  insertParticipant,
  loadParticipant,
  saveParticipant,
} from "../store/participants/participant-repository.ts";
import { NotFoundError } from "./errors.ts";
import { flowContext, type ServiceRuntime, transact } from "./runtime.ts";
import { scopeOf } from "./scope.ts";

function effectContext(state: ParticipantState, actor: Actor, now: Date) {
  return {
    subject: `participant:${state.participantId}` as const,
    threadKey: onboardingCardKey(state.participantId),
    actorId: actor.memberId,
    now,
    careProviderId: state.careProviderId,
    landlordId: state.landlordId,
    landlordContactId: state.landlordContactId,
  };
}

/**
 * Tenant boundary for the people of a participant: the support worker and the coordinator belong
 * to the care provider, the landlord contact to the landlord. Nudges, direct messages and overdue
 * escalations about the participant go to them, so someone of another organisation never may.
 */
async function requireOwnPeople(tx: Tx, details: ParticipantDetails): Promise<void> {
  const people: [keyof ParticipantDetails, string | null, string][] = [
    ["supportWorkerId", details.supportWorkerId, details.careProviderId],
    ["coordinatorId", details.coordinatorId, details.careProviderId],
    ["landlordContactId", details.landlordContactId, details.landlordId],
  ];
  for (const [field, memberId, organisationId] of people) {
    if (!memberId) continue;
    const member = await findMemberById(tx, memberId);
    if (!member || member.organisationId !== organisationId || !member.active) {
      throw new FlowError("participant.memberOutsideOrganisation", { field });
    }
  }
}

export async function registerParticipant(
  runtime: ServiceRuntime,
  actor: Actor,
  details: ParticipantDetails,
): Promise<ParticipantState> {
  return transact(runtime, async (tx) => {
    requirePermission(actor, "registerParticipant", await scopeOf(tx, details));
    await requireOwnPeople(tx, details);
    const ctx = flowContext(runtime);
    const decision = registerDecision({ ...details, participantId: randomUUID(), actor }, ctx);
    await insertParticipant(tx, decision.state);
    await applyEffects(tx, runtime.effects, effectContext(decision.state, actor, ctx.now), decision.effects);
    return decision.state;
  });
}

const EVENT_PERMISSIONS: Record<ParticipantEvent["type"], Permission> = {
  itemDone: "tickOnboarding",
  itemSkipped: "tickOnboarding",
  itemExtended: "tickOnboarding",
  itemReopened: "tickOnboarding",
  detailsUpdated: "registerParticipant",
};

export async function handleParticipantEvent(
  runtime: ServiceRuntime,
  participantId: string,
  event: ParticipantEvent,
): Promise<ParticipantState> {
  return transact(runtime, async (tx) => {
    const loaded = await loadParticipant(tx, participantId);
    if (!loaded) throw new NotFoundError("participant", participantId);
    requirePermission(event.actor, EVENT_PERMISSIONS[event.type], await scopeOf(tx, loaded.state));
    const ctx = flowContext(runtime);
    const decision = decideParticipant(loaded.state, event, ctx);
    await saveParticipant(tx, decision.state, loaded.version);
    await applyEffects(
      tx,
      runtime.effects,
      effectContext(decision.state, event.actor, ctx.now),
      decision.effects,
    );
    return decision.state;
  });
}
