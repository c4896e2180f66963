/**
 * Onderhoud samenwerking: the yearly meeting of a care provider and a landlord. The first meeting
 * is planned once per pair; each recorded meeting plans the next one a year on (the team agreement
 * `team.cooperation.yearly`), with its deadline owned by the coordinator and nudged in the digest.
 * Every decision lands in the pair's own timeline (`cooperation:<id>`) and updates its card in the
 * shared channel: nothing of it is care-only.
 */
import { randomUUID } from "node:crypto";
import { cooperationCardKey } from "../flows/cooperation/card-spec.ts";
import { decideCooperation } from "../flows/cooperation/decide.ts";
import type { CooperationEvent, CooperationState } from "../flows/cooperation/model.ts";
import { scheduleCooperationMeeting } from "../flows/cooperation/schedule.ts";
import type { Decision } from "../flows/effects.ts";
import { FlowError } from "../flows/errors.ts";
import type { Actor } from "../flows/model.ts";
import { requirePermission } from "../flows/policy/permissions.ts";
import {
  findCooperation,
  findCooperationOfPair,
  insertCooperation,
  saveCooperation,
} from "../store/cooperation/cooperation-repository.ts";
import type { Tx } from "../store/db-types.ts";
import { applyEffects } from "../store/effects/apply-effects.ts";
import { NotFoundError } from "./errors.ts";
import { flowContext, type ServiceRuntime, transact } from "./runtime.ts";
import { scopeOf } from "./scope.ts";

async function apply(
  runtime: ServiceRuntime,
  tx: Tx,
  actor: Actor,
  now: Date,
  decision: Decision<CooperationState>,
): Promise<void> {
  const { state } = decision;
  await applyEffects(
    tx,
    runtime.effects,
    {
      subject: `cooperation:${state.cooperationId}`,
      threadKey: cooperationCardKey(state.cooperationId),
      actorId: actor.memberId,
      now,
      careProviderId: state.careProviderId,
      landlordId: state.landlordId,
      landlordContactId: null,
    },
    decision.effects,
  );
}

export interface PlanCooperationRequest {
  careProviderId: string;
  landlordId: string;
  /** The date the parties agreed on; null lets the yearly rule propose it. */
  plannedFor: Date | null;
}

/** Plans the first yearly meeting of a pair; a pair has one cooperation, planned once. */
export async function planCooperation(
  runtime: ServiceRuntime,
  actor: Actor,
  request: PlanCooperationRequest,
): Promise<CooperationState> {
  return transact(runtime, async (tx) => {
    requirePermission(actor, "organiseCooperation", await scopeOf(tx, request));
    if (await findCooperationOfPair(tx, request.careProviderId, request.landlordId))
      throw new FlowError("cooperation.alreadyPlanned");
    const ctx = flowContext(runtime);
    const decision = scheduleCooperationMeeting(
      {
        cooperationId: randomUUID(),
        careProviderId: request.careProviderId,
        landlordId: request.landlordId,
        // A coordinator who plans it organises it; otherwise the coordinator role does.
        coordinatorId: actor.role === "coordinator" ? actor.memberId : null,
        actor,
        plannedFor: request.plannedFor,
      },
      ctx,
    );
    await insertCooperation(tx, decision.state);
    await apply(runtime, tx, actor, ctx.now, decision);
    return decision.state;
  });
}

/**
 * A meeting held, or rescheduled. `meetingNumber` is the meeting the person's card showed: a card
 * of a meeting already recorded changes nothing.
 */
export async function handleCooperationEvent(
  runtime: ServiceRuntime,
  cooperationId: string,
  meetingNumber: number,
  event: CooperationEvent,
): Promise<CooperationState> {
  return transact(runtime, async (tx) => {
    const loaded = await findCooperation(tx, cooperationId);
    if (!loaded) throw new NotFoundError("cooperation", cooperationId);
    requirePermission(event.actor, "organiseCooperation", await scopeOf(tx, loaded));
    if (loaded.state.meetingNumber !== meetingNumber) throw new FlowError("cooperation.staleCard");
    const ctx = flowContext(runtime);
    const decision = decideCooperation(loaded.state, event, ctx);
    await saveCooperation(tx, decision.state, loaded.version);
    await apply(runtime, tx, event.actor, ctx.now, decision);
    return decision.state;
  });
}
