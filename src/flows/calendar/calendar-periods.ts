/**
 * Periods that are not counted in working days: exact elapsed hours (24 h, 48 h) and calendar
 * periods ("after about four weeks", "after six weeks", "within 3 months") that must end on a
 * working day.
 */
import type { TZDate } from "@date-fns/tz";
import { addMonths } from "date-fns/addMonths";
import { amsterdamDay, atWallClock, shiftDays, wallClockOf } from "./amsterdam.ts";
import { isWorkingCalendarDay } from "./working-days.ts";

const HOUR_MS = 60 * 60 * 1000;

/** Exactly `hours` real hours later (24 h across a DST change is 24 elapsed hours, not 23 or 25). */
export function addElapsedHours(from: Date, hours: number): Date {
  if (!Number.isFinite(hours)) throw new RangeError(`Hours must be a finite number: ${hours}`);
  return new Date(from.getTime() + hours * HOUR_MS);
}

function assertCount(amount: number, unit: string): void {
  if (!Number.isInteger(amount) || amount < 0) {
    throw new RangeError(`${unit} must be a whole number ≥ 0: ${amount}`);
  }
}

/** The same Amsterdam wall-clock time as `from` on `day`, moved forward to a working day if needed. */
function onWorkingDay(from: Date, day: TZDate): Date {
  let current = day;
  while (!isWorkingCalendarDay(current)) current = shiftDays(current, 1);
  return atWallClock(current, wallClockOf(from));
}

/**
 * The same Amsterdam wall-clock time `days` calendar days later; when that day is a weekend day
 * or public holiday, the same time on the next working day.
 */
export function addCalendarDaysOnWorkingDay(from: Date, days: number): Date {
  assertCount(days, "Days");
  return onWorkingDay(from, shiftDays(amsterdamDay(from), days));
}

/**
 * The same Amsterdam wall-clock time `months` calendar months later (a day past the end of the
 * shorter month becomes its last day: 30 November + 3 months → 28 February), moved forward to
 * the next working day when needed.
 */
export function addCalendarMonthsOnWorkingDay(from: Date, months: number): Date {
  assertCount(months, "Months");
  return onWorkingDay(from, addMonths(amsterdamDay(from), months));
}
