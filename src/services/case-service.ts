/**
 * Complaints and cases (Omgaan met overlast, Actie 1–6): intake, every decision on a case, and
 * participant-report cases opened from a signal. Each call is one transaction.
 */
import { randomUUID } from "node:crypto";
import { CASE_CARD_KEY } from "../flows/cases/card-refresh.ts";
import { decideCase } from "../flows/cases/decide-case.ts";
import type { CaseEvent, ComplaintInput } from "../flows/cases/events.ts";
import { openCase } from "../flows/cases/open-case.ts";
import { permissionOnAction } from "../flows/cases/permissions.ts";
import type { CaseKind, CaseState, ParticipantSnapshot } from "../flows/cases/state.ts";
import type { Effect } from "../flows/effects.ts";
import type { Actor } from "../flows/model.ts";
import type { ParticipantState } from "../flows/participants/model.ts";
import { requirePermission } from "../flows/policy/permissions.ts";
import { decideSignal } from "../flows/signals/decide.ts";
import { EVENT_PERMISSIONS, permissionOnCase } from "../flows/steps/registry.ts";
import {
  findOpenCaseId,
  insertCase,
  listPriorComplaints,
  loadCase,
  nextCaseNumber,
  saveCase,
  storeComplainantIdentity,
} from "../store/cases/case-repository.ts";
import type { Tx } from "../store/db-types.ts";
import { applyEffects } from "../store/effects/apply-effects.ts";
import { loadParticipant } from "../store/participants/participant-repository.ts";
import { loadSignal, saveSignal } from "../store/signals/signal-repository.ts";
import { NotFoundError } from "./errors.ts";
import { flowContext, type ServiceRuntime, type TransactionHooks, transact } from "./runtime.ts";
import { scopeOf } from "./scope.ts";

export interface ComplaintRequest {
  participantId: string;
  complaint: Omit<ComplaintInput, "id">;
  /** Landlord staff only; stored apart from the case (never in a card or a care-side export). */
  complainant: { anonymous: boolean; name: string | null; contact: string | null };
}

function snapshot(participant: ParticipantState): ParticipantSnapshot {
  return {
    reference: participant.reference,
    leaseType: participant.leaseType,
    supportWorkerId: participant.supportWorkerId,
    landlordContactId: participant.landlordContactId,
    coordinatorId: participant.coordinatorId,
    careProviderId: participant.careProviderId,
    landlordId: participant.landlordId,
  };
}

async function participantOf(tx: Tx, participantId: string): Promise<ParticipantState> {
  const loaded = await loadParticipant(tx, participantId);
  if (!loaded) throw new NotFoundError("participant", participantId);
  return loaded.state;
}

async function writeEffects(
  runtime: ServiceRuntime,
  tx: Tx,
  state: CaseState,
  actor: Actor,
  now: Date,
  effects: Effect[],
) {
  await applyEffects(
    tx,
    runtime.effects,
    {
      subject: `case:${state.id}`,
      threadKey: CASE_CARD_KEY(state.id),
      actorId: actor.memberId,
      now,
      careProviderId: state.participant.careProviderId,
      landlordId: state.participant.landlordId,
      landlordContactId: state.participant.landlordContactId,
    },
    effects,
  );
}

async function openNewCase(
  runtime: ServiceRuntime,
  tx: Tx,
  actor: Actor,
  participant: ParticipantState,
  kind: CaseKind,
  complaint: ComplaintInput,
): Promise<CaseState> {
  const ctx = flowContext(runtime);
  const number = await nextCaseNumber(tx);
  const decision = openCase(
    {
      caseId: randomUUID(),
      number: String(number),
      participantId: participant.participantId,
      kind,
      participant: snapshot(participant),
      complaint,
      actor,
      history: await listPriorComplaints(tx, participant.participantId, null),
    },
    ctx,
  );
  await insertCase(tx, number, decision.state);
  await writeEffects(runtime, tx, decision.state, actor, ctx.now, decision.effects);
  return decision.state;
}

/**
 * Actie 1: a landlord's complaint. It joins the participant's open nuisance case, or opens a new
 * case that gets the next number.
 */
export async function fileComplaint(
  runtime: ServiceRuntime,
  actor: Actor,
  request: ComplaintRequest,
  hooks?: TransactionHooks<CaseState>,
): Promise<CaseState> {
  return transact(
    runtime,
    async (tx) => {
      const participant = await participantOf(tx, request.participantId);
      requirePermission(actor, "fileComplaint", await scopeOf(tx, participant));
      const complaint: ComplaintInput = { ...request.complaint, id: randomUUID() };
      const openCaseId = await findOpenCaseId(tx, participant.participantId, "nuisance");
      let state: CaseState;
      if (openCaseId) {
        const loaded = (await loadCase(tx, openCaseId))!;
        const ctx = flowContext(runtime);
        const decision = decideCase(loaded.state, { type: "complaintAdded", actor, complaint }, ctx);
        await saveCase(tx, decision.state, loaded.version);
        await writeEffects(runtime, tx, decision.state, actor, ctx.now, decision.effects);
        state = decision.state;
      } else {
        state = await openNewCase(runtime, tx, actor, participant, "nuisance", complaint);
      }
      const { complainant } = request;
      if (!complainant.anonymous && (complainant.name || complainant.contact)) {
        await storeComplainantIdentity(tx, complaint.id, {
          name: complainant.name ?? "",
          contact: complainant.contact ?? "",
        });
      }
      return state;
    },
    hooks,
  );
}

/** Any decision on a case: the bot proposes, people decide. */
export async function handleCaseEvent(
  runtime: ServiceRuntime,
  caseId: string,
  event: CaseEvent,
  hooks?: TransactionHooks<CaseState>,
): Promise<CaseState> {
  return transact(
    runtime,
    async (tx) => {
      const loaded = await loadCase(tx, caseId);
      if (!loaded) throw new NotFoundError("case", caseId);
      const { state } = loaded;
      // Tenant boundary and role: only the case's own organisations, each role its own work.
      const scope = await scopeOf(tx, state.participant);
      requirePermission(event.actor, permissionOnCase(EVENT_PERMISSIONS[event.type], state.kind), scope);
      // An action is decided by its owner's side, as on its buttons (the landlord's own actions).
      const onAction = permissionOnAction(state, event);
      if (onAction !== null) requirePermission(event.actor, permissionOnCase(onAction, state.kind), scope);
      // Actie 3: the ladder looks at the participant's earlier complaints too.
      const complete: CaseEvent =
        event.type === "assessmentConfirmed"
          ? { ...event, history: await listPriorComplaints(tx, state.participantId, state.id) }
          : event;
      const ctx = flowContext(runtime);
      const decision = decideCase(state, complete, ctx);
      await saveCase(tx, decision.state, loaded.version);
      await writeEffects(runtime, tx, decision.state, event.actor, ctx.now, decision.effects);
      return decision.state;
    },
    hooks,
  );
}

/**
 * Signalering: a participant's own report of nuisance (from neighbours, bullying, being wrongly
 * blamed) becomes a participant-report case, which never counts against them.
 */
export async function openCaseFromSignal(
  runtime: ServiceRuntime,
  actor: Actor,
  signalId: string,
): Promise<CaseState> {
  return transact(runtime, async (tx) => {
    const loaded = await loadSignal(tx, signalId);
    if (!loaded) throw new NotFoundError("signal", signalId);
    const signal = loaded.state;
    const participant = await participantOf(tx, signal.participant.participantId);
    requirePermission(actor, "recordHearing", await scopeOf(tx, participant));
    const state = await openNewCase(runtime, tx, actor, participant, "participantReport", {
      id: randomUUID(),
      type: "other",
      description: signal.description,
      occurredAt: signal.observedAt,
      afterTen: false,
      receivedByLandlordAt: signal.loggedAt,
      complainantAnonymous: true,
    });
    const ctx = flowContext(runtime);
    const decision = decideSignal(signal, { type: "convertedToCase", actor, caseId: state.id }, ctx);
    await saveSignal(tx, decision.state, loaded.version);
    await applyEffects(
      tx,
      runtime.effects,
      {
        subject: `signal:${signal.signalId}`,
        threadKey: null,
        actorId: actor.memberId,
        now: ctx.now,
        careProviderId: participant.careProviderId,
        landlordId: participant.landlordId,
        landlordContactId: participant.landlordContactId,
      },
      decision.effects,
    );
    return state;
  });
}
