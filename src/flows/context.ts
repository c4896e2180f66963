/**
 * What every pure decision may know besides its state and event: the current time and how
 * deadlines are computed. Built by the composition root; tests build it with a fixed clock.
 */

/**
 * Deadline rules. "guideline.*" periods come from the guideline's Termijnen; "team.*" periods are
 * team agreements and always come from configuration (see src/flows/calendar/deadline-policy.ts).
 */
export const DEADLINE_RULES = [
  // Actie 1: the landlord passes a complaint to the team within 24 hours of receiving it.
  "guideline.actie1.passToTeam",
  // Actie 1: the team starts and reports back to the landlord within 1 working day.
  "guideline.actie1.startAndReport",
  // Signalering: partners pass signals to each other within 48 hours.
  "guideline.signal.share48h",
  // Omgaan met overlast: check again after about four weeks for complaints that never reached the team.
  "guideline.check.fourWeeks",
  // Actie 2 (onbewust, terecht): after six weeks ask the landlord whether the complaints stopped.
  "guideline.followUp.sixWeeks",
  // Termijnen: nuisance resolved within 3 months.
  "guideline.resolution.threeMonths",
  // Team agreements (configurable):
  "team.assessment.hearing",
  "team.action.default",
  "team.letter.discuss",
  "team.legalAdvice",
  "team.onboarding.item",
  "team.reflection.meeting",
  "team.cooperation.yearly",
  // Termijnen: "merkbaar, ook voor de klagers" — the landlord updates the complainants regularly.
  "team.complainant.update",
  // Interventie 2: after a time-out the participant returns home; the support worker plans it.
  "team.timeOut.return",
  // Nieuwe kansen: advocating for alternative housing after an eviction.
  "team.advocacy.housing",
] as const;
export type DeadlineRule = (typeof DEADLINE_RULES)[number];

export function isDeadlineRule(value: string): value is DeadlineRule {
  return (DEADLINE_RULES as readonly string[]).includes(value);
}

declare const unknownDeadlineRule: unique symbol;
/** A stored rule this version does not know (an older row); it keeps its code as is. */
type UnknownDeadlineRule = string & { readonly [unknownDeadlineRule]: true };

/** The rule of a stored deadline row: one of DEADLINE_RULES, or an unknown one. */
export type StoredDeadlineRule = DeadlineRule | UnknownDeadlineRule;

/** Reads the rule column of a stored deadline row; the value itself is returned unchanged. */
export function readDeadlineRule(value: string): StoredDeadlineRule {
  return isDeadlineRule(value) ? value : (value as UnknownDeadlineRule);
}

export interface FlowContext {
  now: Date;
  /** The due time of `rule` counted from `from` (Dutch working days, Europe/Amsterdam). */
  dueAt(rule: DeadlineRule, from: Date): Date;
}
