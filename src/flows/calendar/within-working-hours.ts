/**
 * Whether an instant lies inside working hours, and when they next begin. Used so that no nudge
 * pings anyone outside working hours (SPEC §5).
 */
import { amsterdamDay, atWallClock, wallClockMillis, wallClockOf } from "./amsterdam.ts";
import { isWorkingCalendarDay, nthWorkingDayAfter } from "./working-days.ts";
import { DEFAULT_WORKING_HOURS, parseClock, type WorkingHours } from "./working-hours.ts";

/** True on a working day from `hours.start` (inclusive) to `hours.end` (exclusive), Amsterdam time. */
export function isWithinWorkingHours(instant: Date, hours: WorkingHours = DEFAULT_WORKING_HOURS): boolean {
  if (!isWorkingCalendarDay(amsterdamDay(instant))) return false;
  const now = wallClockMillis(wallClockOf(instant));
  return wallClockMillis(parseClock(hours.start)) <= now && now < wallClockMillis(parseClock(hours.end));
}

/**
 * `instant` itself when it is inside working hours; otherwise the start of the next working
 * hours (later today when it is a working day before the start, else the next working day).
 */
export function nextWorkingHoursStart(instant: Date, hours: WorkingHours = DEFAULT_WORKING_HOURS): Date {
  if (isWithinWorkingHours(instant, hours)) return new Date(instant.getTime());
  const start = parseClock(hours.start);
  const day = amsterdamDay(instant);
  if (isWorkingCalendarDay(day) && wallClockMillis(wallClockOf(instant)) < wallClockMillis(start)) {
    return atWallClock(day, start);
  }
  return atWallClock(nthWorkingDayAfter(day, 1), start);
}
