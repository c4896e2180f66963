/**
 * Dutch working days (werkdagen): Monday to Friday, except Dutch public holidays, in
 * Europe/Amsterdam time.
 */
import type { TZDate } from "@date-fns/tz";
import { amsterdamDateKey, amsterdamDay, atWallClock, shiftDays, wallClockOf } from "./amsterdam.ts";
import { isDutchPublicHoliday } from "./holidays.ts";
import { DEFAULT_WORKING_HOURS, parseClock, type WorkingHours } from "./working-hours.ts";

const SUNDAY = 0;
const SATURDAY = 6;

/** Whether the Amsterdam calendar day anchored by `day` (see amsterdam.ts) is a working day. */
export function isWorkingCalendarDay(day: TZDate): boolean {
  const weekday = day.getDay();
  if (weekday === SATURDAY || weekday === SUNDAY) return false;
  return !isDutchPublicHoliday(amsterdamDateKey(day));
}

/** Whether `instant` falls on a Dutch working day (Amsterdam calendar day). */
export function isWorkingDay(instant: Date): boolean {
  return isWorkingCalendarDay(amsterdamDay(instant));
}

/** The `n`-th working day after `day` (n ≥ 1), as a noon-anchored day. */
export function nthWorkingDayAfter(day: TZDate, n: number): TZDate {
  let current = day;
  let counted = 0;
  while (counted < n) {
    current = shiftDays(current, 1);
    if (isWorkingCalendarDay(current)) counted += 1;
  }
  return current;
}

function assertCount(n: number): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Working days must be a whole number ≥ 0: ${n}`);
}

/**
 * Adds `n` Dutch working days to `from`.
 *
 * - `from` on a working day: the same Amsterdam wall-clock time, n working days later
 *   (Friday 15:00 + 1 → Monday 15:00; the wall clock is kept across DST changes).
 * - `from` on a weekend day or public holiday: the END of working hours on the n-th next working
 *   day (Saturday 11:00 + 1 → Monday 17:30), so the whole first working day is available.
 * - n = 0 returns `from` unchanged.
 */
export function addWorkingDays(from: Date, n: number, hours: WorkingHours = DEFAULT_WORKING_HOURS): Date {
  assertCount(n);
  if (n === 0) return new Date(from.getTime());
  const day = amsterdamDay(from);
  const target = nthWorkingDayAfter(day, n);
  const clock = isWorkingCalendarDay(day) ? wallClockOf(from) : parseClock(hours.end);
  return atWallClock(target, clock);
}
