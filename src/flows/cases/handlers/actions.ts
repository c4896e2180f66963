/**
 * Proposals versus decisions: every proposed action can be accepted, changed, skipped (with a
 * reason) or finished, and people add their own. Deadlines can be extended with a reason.
 */
import { FlowError } from "../../errors.ts";
import { blankToNull } from "../../text-input.ts";
import type { CaseDecision } from "../builder.ts";
import { ownerFor } from "../builder.ts";
import { markDone, syncActionDeadline } from "../case-actions.ts";
import type { CaseEventOf } from "../events.ts";
import { assertMaySeeCareOnly, requireText } from "../permissions.ts";
import type { CaseAction } from "../state.ts";

function findAction(d: CaseDecision, actionId: string): CaseAction {
  const action = d.state.actions.find((a) => a.id === actionId);
  if (action === undefined) throw new FlowError("action.unknown", { actionId });
  if (action.audience === "careTeam") assertMaySeeCareOnly(d.actor.role);
  return action;
}

// Omgaan met overlast, punt 2: Buurtbemiddeling only in consultation with the participant.
function assertConsent(d: CaseDecision, action: CaseAction): void {
  if (action.requiresMediationConsent && d.state.mediationConsent !== true) {
    throw new FlowError("mediation.consentRequired");
  }
}

function decide(d: CaseDecision, action: CaseAction): void {
  action.status = "accepted";
  action.skipReason = null;
  action.decidedAt = d.nowIso;
  action.decidedBy = d.actor.memberId;
}

function actionDetails(action: CaseAction) {
  return {
    actionId: action.id,
    actionCode: action.code,
    text: action.text,
    ownerRole: action.ownerRole,
    dueAt: action.dueAt,
  };
}

export function actionAccepted(d: CaseDecision, event: CaseEventOf<"actionAccepted">): void {
  const action = findAction(d, event.actionId);
  if (action.status === "done") throw new FlowError("action.alreadyDone");
  if (action.status === "accepted") throw new FlowError("action.alreadyAccepted");
  assertConsent(d, action);
  decide(d, action);
  syncActionDeadline(d, action, undefined);
  d.timeline(action.step, "action.accepted", action.audience, actionDetails(action));
}

export function actionChanged(d: CaseDecision, event: CaseEventOf<"actionChanged">): void {
  const action = findAction(d, event.actionId);
  if (action.status === "done") throw new FlowError("action.alreadyDone");
  assertConsent(d, action);
  action.text = requireText(event.text, "text");
  if (event.ownerRole !== undefined && event.ownerRole !== action.ownerRole) {
    action.ownerRole = event.ownerRole;
    action.ownerMemberId = ownerFor(d.state.participant, event.ownerRole);
  }
  // Changing a proposal is deciding on it: the changed action is agreed.
  decide(d, action);
  syncActionDeadline(d, action, event.dueAt);
  d.timeline(action.step, "action.changed", action.audience, actionDetails(action));
}

export function actionSkipped(d: CaseDecision, event: CaseEventOf<"actionSkipped">): void {
  const action = findAction(d, event.actionId);
  if (action.status === "done") throw new FlowError("action.alreadyDone");
  if (!action.skippable) throw new FlowError("action.notSkippable");
  const reason = (event.reason ?? "").trim();
  if (reason === "") throw new FlowError("action.skipReasonRequired");
  action.status = "skipped";
  action.skipReason = reason;
  action.decidedAt = d.nowIso;
  action.decidedBy = d.actor.memberId;
  if (action.deadlineKey !== null) d.cancel(action.deadlineKey, "actionSkipped");
  action.deadlineKey = null;
  action.dueAt = null;
  d.timeline(action.step, "action.skipped", action.audience, { ...actionDetails(action), reason });
}

export function actionAdded(d: CaseDecision, event: CaseEventOf<"actionAdded">): void {
  if (event.audience === "careTeam") assertMaySeeCareOnly(d.actor.role);
  const text = requireText(event.text, "text");
  const action: CaseAction = {
    id: d.nextId("act"),
    code: "custom",
    text,
    step: d.state.step,
    origin: "manual",
    assessmentId: null,
    ownerRole: event.ownerRole,
    ownerMemberId: ownerFor(d.state.participant, event.ownerRole),
    audience: event.audience,
    relevantToLandlord: event.audience === "shared",
    status: "accepted",
    dueAt: null,
    deadlineKey: null,
    deadlineRule: null,
    requiresMediationConsent: false,
    skippable: true,
    skipReason: null,
    proposedAt: d.nowIso,
    decidedAt: d.nowIso,
    decidedBy: d.actor.memberId,
    doneAt: null,
  };
  d.state.actions.push(action);
  if (event.dueAt !== null) syncActionDeadline(d, action, event.dueAt);
  d.timeline(action.step, "action.added", action.audience, actionDetails(action));
}

export function actionDone(d: CaseDecision, event: CaseEventOf<"actionDone">): void {
  const action = findAction(d, event.actionId);
  if (action.status === "done") throw new FlowError("action.alreadyDone");
  assertConsent(d, action);
  markDone(d, action);
  // A note says how it was done; it goes where the action goes (care-only for a care-only action).
  const note = blankToNull(event.note ?? null);
  d.timeline(action.step, "action.done", action.audience, {
    ...actionDetails(action),
    ...(note === null ? {} : { note }),
  });
}

export function deadlineExtended(d: CaseDecision, event: CaseEventOf<"deadlineExtended">): void {
  const deadline = d.state.deadlines.find((dl) => dl.key === event.key);
  if (deadline === undefined) throw new FlowError("deadline.unknown", { key: event.key });
  if (deadline.audience === "careTeam") assertMaySeeCareOnly(d.actor.role);
  const reason = (event.reason ?? "").trim();
  if (reason === "") throw new FlowError("deadline.reasonRequired");
  if (event.dueAt.getTime() <= d.now.getTime()) throw new FlowError("deadline.notLater");
  d.schedule({
    key: deadline.key,
    rule: deadline.rule,
    step: deadline.step,
    ownerRole: deadline.ownerRole,
    ownerMemberId: deadline.ownerMemberId,
    dueAt: event.dueAt,
    audience: deadline.audience,
    actionId: deadline.actionId,
  });
  const action = d.state.actions.find((a) => a.id === deadline.actionId);
  if (action !== undefined) action.dueAt = event.dueAt.toISOString();
  d.timeline(
    deadline.step,
    "deadline.extended",
    deadline.audience,
    {
      key: deadline.key,
      rule: deadline.rule,
      previousDueAt: deadline.dueAt,
      dueAt: event.dueAt.toISOString(),
      reason,
    },
    { announce: deadline.audience === "shared" },
  );
}
