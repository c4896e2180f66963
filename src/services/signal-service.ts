/** Signalering: logging signals, the 48-hour acknowledgement, sharing decisions, follow-ups. */
import { randomUUID } from "node:crypto";
import { FlowError } from "../flows/errors.ts";
import type { Actor, Role } from "../flows/model.ts";
import type { Permission } from "../flows/policy/permission-names.ts";
import { requirePermission } from "../flows/policy/permissions.ts";
import { isInScope } from "../flows/policy/scope.ts";
import { signalCardKey } from "../flows/signals/card-spec.ts";
import { decideSignal } from "../flows/signals/decide.ts";
import { logSignal as logDecision } from "../flows/signals/log.ts";
import type { SignalEvent, SignalKind, SignalSource, SignalState } from "../flows/signals/model.ts";
import type { Tx } from "../store/db-types.ts";
import { applyEffects } from "../store/effects/apply-effects.ts";
import { findMemberById } from "../store/members/members.ts";
import { loadParticipant } from "../store/participants/participant-repository.ts";
import { insertSignal, loadSignal, saveSignal } from "../store/signals/signal-repository.ts";
import { NotFoundError } from "./errors.ts";
import { flowContext, type ServiceRuntime, type TransactionHooks, transact } from "./runtime.ts";
import { scopeOf } from "./scope.ts";

export interface LogSignalRequest {
  participantId: string;
  kind: SignalKind;
  source: SignalSource;
  description: string;
  observedAt: Date;
  followUpOwner: { memberId: string; role: Role } | null;
}

async function participantOf(tx: Tx, participantId: string) {
  const participant = await loadParticipant(tx, participantId);
  if (!participant) throw new NotFoundError("participant", participantId);
  return participant.state;
}

function effectContext(
  state: SignalState,
  owners: { careProviderId: string; landlordId: string },
  actor: Actor,
  now: Date,
) {
  return {
    subject: `signal:${state.signalId}` as const,
    threadKey: signalCardKey(state.signalId),
    actorId: actor.memberId,
    now,
    careProviderId: owners.careProviderId,
    landlordId: owners.landlordId,
    landlordContactId: state.participant.landlordContactId,
  };
}

export async function logSignal(
  runtime: ServiceRuntime,
  actor: Actor,
  request: LogSignalRequest,
  hooks?: TransactionHooks<SignalState>,
): Promise<SignalState> {
  return transact(
    runtime,
    async (tx) => {
      const participant = await participantOf(tx, request.participantId);
      const scope = await scopeOf(tx, participant);
      requirePermission(actor, "logSignal", scope);
      // Tenant boundary: the follow-up owner is nudged about the participant, so belongs to its organisations.
      if (request.followUpOwner) {
        const owner = await findMemberById(tx, request.followUpOwner.memberId);
        if (!owner || !isInScope(owner.organisationId, scope))
          throw new FlowError("signal.ownerOutsideScope");
      }
      const ctx = flowContext(runtime);
      const decision = logDecision(
        {
          ...request,
          signalId: randomUUID(),
          actor,
          participant: {
            participantId: participant.participantId,
            reference: participant.reference,
            supportWorkerId: participant.supportWorkerId,
            landlordContactId: participant.landlordContactId,
          },
        },
        ctx,
      );
      await insertSignal(tx, decision.state);
      await applyEffects(
        tx,
        runtime.effects,
        effectContext(decision.state, participant, actor, ctx.now),
        decision.effects,
      );
      return decision.state;
    },
    hooks,
  );
}

const EVENT_PERMISSIONS: Record<SignalEvent["type"], Permission> = {
  acknowledged: "acknowledgeSignal",
  participantSharingDecided: "decideSignalSharing",
  followUpRecorded: "acknowledgeSignal",
  convertedToCase: "recordHearing",
  closed: "acknowledgeSignal",
};

export async function handleSignalEvent(
  runtime: ServiceRuntime,
  signalId: string,
  event: SignalEvent,
): Promise<SignalState> {
  return transact(runtime, async (tx) => {
    const loaded = await loadSignal(tx, signalId);
    if (!loaded) throw new NotFoundError("signal", signalId);
    const participant = await participantOf(tx, loaded.state.participant.participantId);
    requirePermission(event.actor, EVENT_PERMISSIONS[event.type], await scopeOf(tx, participant));
    const ctx = flowContext(runtime);
    const decision = decideSignal(loaded.state, event, ctx);
    await saveSignal(tx, decision.state, loaded.version);
    await applyEffects(
      tx,
      runtime.effects,
      effectContext(decision.state, participant, event.actor, ctx.now),
      decision.effects,
    );
    return decision.state;
  });
}
