/**
 * The one working-hours question the calendar module does not answer: the latest moment inside
 * working hours before a given instant. Used to bring a heads-up forward rather than late
 * (Friday 17:29 instead of Saturday 08:00).
 */
import { TZDate } from "@date-fns/tz";
import {
  AMSTERDAM_TIME_ZONE,
  isWithinWorkingHours,
  parseClock,
  type WorkingHours,
} from "../calendar/index.ts";

/** More than the longest run of non-working days in the Dutch calendar (weekend + holidays). */
const MAX_DAYS_BACK = 14;

/** The last whole minute inside working hours: end "17:30" (exclusive) → 17:29. */
function lastWorkingMinute(hours: WorkingHours): { hours: number; minutes: number } {
  const end = parseClock(hours.end);
  const minutesOfDay = end.hours * 60 + end.minutes - 1;
  return { hours: Math.floor(minutesOfDay / 60), minutes: minutesOfDay % 60 };
}

/**
 * The last working minute of the latest working day that ends before `instant`, or null when
 * that moment lies before `notBefore`. Meant for an `instant` outside working hours; the result is
 * always inside working hours and strictly before `instant`.
 */
export function latestWorkingMomentBefore(instant: Date, notBefore: Date, hours: WorkingHours): Date | null {
  const local = new TZDate(instant.getTime(), AMSTERDAM_TIME_ZONE);
  const last = lastWorkingMinute(hours);
  for (let back = 0; back <= MAX_DAYS_BACK; back += 1) {
    const candidate = new Date(
      new TZDate(
        local.getFullYear(),
        local.getMonth(),
        local.getDate() - back,
        last.hours,
        last.minutes,
        0,
        0,
        AMSTERDAM_TIME_ZONE,
      ).getTime(),
    );
    if (candidate.getTime() < notBefore.getTime()) return null;
    if (candidate.getTime() < instant.getTime() && isWithinWorkingHours(candidate, hours)) return candidate;
  }
  return null;
}
