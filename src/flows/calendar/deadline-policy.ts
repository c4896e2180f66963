/**
 * How long each deadline rule lasts and how its due time is counted (guideline: Termijnen).
 *
 * Guideline periods have fixed defaults taken from the guideline; team periods are team
 * agreements. Both live in one settings object so configuration can override either. The unit
 * of each rule is fixed here; settings only change the amount.
 */
import { z } from "zod";
import { DEADLINE_RULES, type DeadlineRule } from "../context.ts";
import { assertNever } from "../effects.ts";
import type { Locale } from "../model.ts";
import {
  addCalendarDaysOnWorkingDay,
  addCalendarMonthsOnWorkingDay,
  addElapsedHours,
} from "./calendar-periods.ts";
import { CALENDAR_TEXTS, type PeriodLabel } from "./texts.ts";
import { addWorkingDays } from "./working-days.ts";
import { DEFAULT_WORKING_HOURS, type WorkingHours } from "./working-hours.ts";

/** How a rule's amount is counted. */
const PERIOD_UNITS = [
  // Exact elapsed time (DST-neutral): "binnen 24 uur", "binnen 48 uur".
  "elapsedHours",
  // Dutch working days, see addWorkingDays.
  "workingDays",
  // Calendar days, landing on a working day (same wall-clock time).
  "calendarDaysOnWorkingDay",
  // Calendar months, landing on a working day (same wall-clock time).
  "calendarMonthsOnWorkingDay",
] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

/** The unit every rule is counted in. */
export const DEADLINE_RULE_UNITS: Record<DeadlineRule, PeriodUnit> = {
  // Actie 1: "binnen maximaal 24 uur" from the landlord receiving the complaint.
  "guideline.actie1.passToTeam": "elapsedHours",
  // Actie 1: "binnen 1 werkdag" start and report back.
  "guideline.actie1.startAndReport": "workingDays",
  // Signalering: "ten minste binnen 48 uur".
  "guideline.signal.share48h": "elapsedHours",
  // Omgaan met overlast: "check na een week of vier".
  "guideline.check.fourWeeks": "calendarDaysOnWorkingDay",
  // Actie 2 (onbewust, terecht): "na zes weken".
  "guideline.followUp.sixWeeks": "calendarDaysOnWorkingDay",
  // Termijnen: "in ieder geval binnen 3 maanden".
  "guideline.resolution.threeMonths": "calendarMonthsOnWorkingDay",
  "team.assessment.hearing": "workingDays",
  "team.action.default": "workingDays",
  "team.letter.discuss": "workingDays",
  "team.legalAdvice": "workingDays",
  "team.onboarding.item": "workingDays",
  "team.reflection.meeting": "workingDays",
  "team.cooperation.yearly": "calendarMonthsOnWorkingDay",
  "team.complainant.update": "workingDays",
  "team.timeOut.return": "workingDays",
  "team.advocacy.housing": "workingDays",
};

/** The amount of each rule, in the rule's unit (DEADLINE_RULE_UNITS). */
export type DeadlineSettings = Record<DeadlineRule, number>;

export const DEFAULT_DEADLINE_SETTINGS: Readonly<DeadlineSettings> = {
  "guideline.actie1.passToTeam": 24,
  "guideline.actie1.startAndReport": 1,
  "guideline.signal.share48h": 48,
  "guideline.check.fourWeeks": 28,
  "guideline.followUp.sixWeeks": 42,
  "guideline.resolution.threeMonths": 3,
  "team.assessment.hearing": 5,
  "team.action.default": 10,
  "team.letter.discuss": 5,
  "team.legalAdvice": 5,
  "team.onboarding.item": 20,
  "team.reflection.meeting": 10,
  "team.cooperation.yearly": 12,
  "team.complainant.update": 10,
  "team.timeOut.return": 10,
  "team.advocacy.housing": 10,
};

const amountSchema = z
  .number()
  .int("Deadline periods must be whole numbers")
  .positive("Deadline periods must be ≥ 1");

/**
 * Config object → complete DeadlineSettings. Every key is optional (the default applies);
 * unknown keys are rejected so a misspelt rule does not silently fall back to its default.
 */
export const deadlineSettingsSchema = z.strictObject(
  Object.fromEntries(
    DEADLINE_RULES.map((rule) => [rule, amountSchema.default(DEFAULT_DEADLINE_SETTINGS[rule])]),
  ) as Record<DeadlineRule, z.ZodDefault<typeof amountSchema>>,
);

/** `amount` of `unit` counted from `from`. */
function addPeriod(
  from: Date,
  unit: PeriodUnit,
  amount: number,
  hours: WorkingHours = DEFAULT_WORKING_HOURS,
): Date {
  switch (unit) {
    case "elapsedHours":
      return addElapsedHours(from, amount);
    case "workingDays":
      return addWorkingDays(from, amount, hours);
    case "calendarDaysOnWorkingDay":
      return addCalendarDaysOnWorkingDay(from, amount);
    case "calendarMonthsOnWorkingDay":
      return addCalendarMonthsOnWorkingDay(from, amount);
    default:
      return assertNever(unit);
  }
}

/** The `FlowContext.dueAt` implementation for the given settings and working hours. */
export function createDueAt(
  settings: DeadlineSettings,
  hours: WorkingHours = DEFAULT_WORKING_HOURS,
): (rule: DeadlineRule, from: Date) => Date {
  return (rule, from) => addPeriod(from, DEADLINE_RULE_UNITS[rule], settings[rule], hours);
}

function periodLabel(unit: PeriodUnit, amount: number): { label: PeriodLabel; n: number } {
  switch (unit) {
    case "elapsedHours":
      return { label: "hours", n: amount };
    case "workingDays":
      return { label: "workingDays", n: amount };
    case "calendarDaysOnWorkingDay":
      // The guideline speaks in weeks ("vier weken", "zes weken"); show whole weeks as weeks.
      return amount % 7 === 0 ? { label: "weeks", n: amount / 7 } : { label: "days", n: amount };
    case "calendarMonthsOnWorkingDay":
      return { label: "months", n: amount };
    default:
      return assertNever(unit);
  }
}

/** "5 werkdagen", "1 working day", "6 weken", ... */
function formatPeriod(unit: PeriodUnit, amount: number, locale: Locale): string {
  const { label, n } = periodLabel(unit, amount);
  const forms = CALENDAR_TEXTS[locale].periods[label];
  return (n === 1 ? forms.one : forms.other).replace("{n}", String(n));
}

/**
 * A short text for a rule, e.g. nl "Actie 1: binnen 1 werkdag starten en terugkoppelen".
 * The period is taken from `settings` so that overridden periods are described correctly.
 */
export function describeRule(
  rule: DeadlineRule,
  locale: Locale,
  settings: DeadlineSettings = DEFAULT_DEADLINE_SETTINGS,
): string {
  const period = formatPeriod(DEADLINE_RULE_UNITS[rule], settings[rule], locale);
  return CALENDAR_TEXTS[locale].rules[rule].replace("{period}", period);
}
