/**
 * Termijnen: a case deadline handled from its nudge card or a list (Klaar, Meer tijd, Overdragen,
 * reopened) changes the deadline's row; the case's own list of open deadlines follows it, so the
 * case card never shows a done deadline as open or an old due time.
 */
import type { DeadlineView } from "../deadlines/model.ts";
import type { CaseState } from "./state.ts";

/** The case with its entry for `row.key` as the row now is: gone when done or cancelled. */
export function withDeadlineRow(state: CaseState, row: DeadlineView): CaseState {
  const existing = state.deadlines.find((deadline) => deadline.key === row.key);
  const others = state.deadlines.filter((deadline) => deadline.key !== row.key);
  if (row.state !== "open") return existing ? { ...state, deadlines: others } : state;
  // Reopened: the entry comes back with its action and audience (an action's, or shared).
  const action = state.actions.find((candidate) => candidate.deadlineKey === row.key);
  const entry = {
    key: row.key,
    rule: row.rule,
    step: row.step,
    ownerRole: row.ownerRole,
    ownerMemberId: row.ownerMemberId,
    dueAt: row.dueAt,
    audience: existing?.audience ?? action?.audience ?? "shared",
    actionId: existing?.actionId ?? action?.id ?? null,
  };
  return { ...state, deadlines: [...others, entry] };
}
