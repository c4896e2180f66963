/** Shared fixtures of the deadline tests: a fixed clock, actors and an open deadline. */
import type { FlowContext } from "../../../../src/flows/context.ts";
import type { DeadlineView } from "../../../../src/flows/deadlines/model.ts";
import type { PlannedNudge } from "../../../../src/flows/deadlines/schedule.ts";
import type { Actor } from "../../../../src/flows/model.ts";

const DAY_MS = 86_400_000;

/** Wednesday 4 March 2026, 10:00 Amsterdam time. */
export const NOW = new Date("2026-03-04T10:00:00+01:00");

/** Every rule is "one day later", so due times are easy to predict. */
export function ctxAt(now: Date): FlowContext {
  return { now, dueAt: (_rule, from) => new Date(from.getTime() + DAY_MS) };
}
export const ctx = ctxAt(NOW);

export const supportWorker: Actor = {
  memberId: "m-worker",
  role: "careTeamMember",
  organisationId: "org-care",
};
export const coordinator: Actor = { memberId: "m-coord", role: "coordinator", organisationId: "org-care" };

/** Actie 1: the team starts and reports back within 1 working day; due Thursday 5 March 10:00. */
export const openDeadline: DeadlineView = {
  id: "dl-1",
  subject: "case:12",
  key: "actie1.start",
  rule: "guideline.actie1.startAndReport",
  step: "actie1",
  ownerRole: "careTeamMember",
  ownerMemberId: "m-worker",
  dueAt: "2026-03-05T09:00:00.000Z",
  state: "open",
};

/** An Amsterdam wall-clock time written with its UTC offset, e.g. at("2026-03-06T17:29+01:00"). */
export function at(iso: string): Date {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`Bad test date: ${iso}`);
  return date;
}

/** Planned nudges as [stage, ISO] pairs, easy to compare in one toEqual. */
export function asPairs(nudges: readonly PlannedNudge[]): [string, string][] {
  return nudges.map((nudge) => [nudge.stage, nudge.at.toISOString()]);
}

/** [stage, wall-clock string with offset] → [stage, ISO] for expectations. */
export function expected(...pairs: [string, string][]): [string, string][] {
  return pairs.map(([stage, iso]) => [stage, at(iso).toISOString()]);
}
