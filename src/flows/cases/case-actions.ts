/**
 * Turning templates into case actions and keeping an action's deadline in step with it.
 * Proposals never overwrite what a person decided: only still-"proposed" actions are replaced.
 */
import type { FollowUpProposal } from "../assessment/matrix.ts";
import type { GuidelineStep } from "../model.ts";
import { type CaseDecision, ownerFor } from "./builder.ts";
import { type TemplateCode, templateFor } from "./catalog.ts";
import type { ActionOrigin, CaseAction } from "./state.ts";

export function actionDeadlineKey(actionId: string): string {
  return `action:${actionId}`;
}

/** Add an action from the guideline's template; proposed, or agreed at once (legal advice). */
export function createAction(
  d: CaseDecision,
  code: TemplateCode,
  origin: ActionOrigin,
  step: GuidelineStep,
  assessmentId: string | null = null,
): CaseAction {
  const template = templateFor(code);
  const agreed = template.agreedOnCreate === true;
  const action: CaseAction = {
    id: d.nextId("act"),
    code,
    text: null,
    step,
    origin,
    assessmentId,
    ownerRole: template.ownerRole,
    ownerMemberId: ownerFor(d.state.participant, template.ownerRole),
    audience: template.audience,
    relevantToLandlord: template.relevantToLandlord,
    status: agreed ? "accepted" : "proposed",
    dueAt: null,
    deadlineKey: null,
    deadlineRule: template.deadlineRule,
    requiresMediationConsent: template.requiresMediationConsent === true,
    skippable: !agreed,
    skipReason: null,
    proposedAt: d.nowIso,
    decidedAt: agreed ? d.nowIso : null,
    decidedBy: agreed ? d.actor.memberId : null,
    doneAt: null,
  };
  d.state.actions.push(action);
  if (template.scheduledOnProposal !== undefined) {
    const { key, rule } = template.scheduledOnProposal;
    action.deadlineKey = key;
    action.deadlineRule = rule;
    action.dueAt = d
      .schedule({
        key,
        rule,
        step,
        ownerRole: action.ownerRole,
        ownerMemberId: action.ownerMemberId,
        audience: action.audience,
        actionId: action.id,
      })
      .toISOString();
  } else if (agreed) {
    syncActionDeadline(d, action, undefined);
  }
  return action;
}

/**
 * Propose a guideline action of a step itself (not of the Actie 2 table): it stays until people
 * decide on it, and the proposal is in the timeline, visible where the action is.
 */
export function proposeGuidelineAction(d: CaseDecision, code: TemplateCode, step: GuidelineStep): CaseAction {
  const action = createAction(d, code, "guideline", step);
  d.timeline(step, "action.proposed", action.audience, {
    actionId: action.id,
    actionCode: action.code,
    ownerRole: action.ownerRole,
  });
  return action;
}

/**
 * (Re)schedule the deadline of an agreed action: an explicit due time wins, then the running
 * deadline's time, then the action's rule. No rule and no due time: no deadline.
 */
export function syncActionDeadline(
  d: CaseDecision,
  action: CaseAction,
  explicitDue: Date | null | undefined,
) {
  const running = d.state.deadlines.find((dl) => dl.key === action.deadlineKey);
  if (explicitDue === null) {
    if (action.deadlineKey !== null) d.cancel(action.deadlineKey, "dueDateRemoved");
    action.deadlineKey = null;
    action.dueAt = null;
    return;
  }
  const dueAt = explicitDue ?? (running === undefined ? undefined : new Date(running.dueAt));
  const rule = action.deadlineRule ?? "team.action.default";
  if (dueAt === undefined && action.deadlineRule === null) return;
  const key = action.deadlineKey ?? actionDeadlineKey(action.id);
  const scheduled = d.schedule({
    key,
    rule,
    step: action.step,
    ownerRole: action.ownerRole,
    ownerMemberId: action.ownerMemberId,
    audience: action.audience,
    actionId: action.id,
    ...(dueAt === undefined ? {} : { dueAt }),
  });
  action.deadlineKey = key;
  action.deadlineRule = rule;
  action.dueAt = scheduled.toISOString();
}

/** Mark an action done and complete its deadline. */
export function markDone(d: CaseDecision, action: CaseAction): void {
  action.status = "done";
  action.doneAt = d.nowIso;
  action.decidedAt ??= d.nowIso;
  action.decidedBy ??= d.actor.memberId;
  if (action.deadlineKey !== null) d.complete(action.deadlineKey);
}

/** Finish the open actions of a kind (e.g. the letter action when the letter is recorded). */
export function completeOpenActions(d: CaseDecision, code: TemplateCode, step?: GuidelineStep): number {
  const open = d.state.actions.filter(
    (a) =>
      a.code === code &&
      (step === undefined || a.step === step) &&
      (a.status === "proposed" || a.status === "accepted"),
  );
  for (const action of open) markDone(d, action);
  return open.length;
}

/**
 * Actie 2: put a new proposal on the case. Still-proposed assessment actions not in it are removed;
 * agreed, done and skipped actions stay as people decided them; codes already running or decided
 * for the same complaints are not proposed again.
 */
export function applyFollowUpProposal(
  d: CaseDecision,
  proposal: FollowUpProposal,
  assessmentId: string,
  redoneAssessmentId: string | null,
): { added: number; removed: number } {
  const wanted = new Set<string>(proposal.actions);
  const removedActions = d.state.actions.filter(
    (a) => a.origin === "assessment" && a.status === "proposed" && !wanted.has(a.code),
  );
  for (const action of removedActions) {
    if (action.deadlineKey !== null) d.cancel(action.deadlineKey, "proposalReplaced");
  }
  d.state.actions = d.state.actions.filter((a) => !removedActions.includes(a));
  let added = 0;
  for (const code of proposal.actions) {
    const same = d.state.actions.filter((a) => a.code === code);
    for (const a of same)
      if (a.origin === "assessment" && a.status === "proposed") a.assessmentId = assessmentId;
    const keep = same.some(
      (a) =>
        (a.origin === "assessment" && a.status === "proposed") ||
        a.status === "accepted" ||
        (redoneAssessmentId !== null && a.assessmentId === redoneAssessmentId),
    );
    if (keep) continue;
    createAction(d, code, "assessment", "actie2", assessmentId);
    added += 1;
  }
  return { added, removed: removedActions.length };
}
