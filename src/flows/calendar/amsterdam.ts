/**
 * Europe/Amsterdam wall-clock helpers. Every calendar question (which day, which time of day)
 * is answered in Amsterdam time; inputs and outputs stay plain `Date` instants (UTC).
 *
 * A calendar day is represented by a TZDate at 12:00 Amsterdam time: noon exists on every day
 * (DST switches happen at night), so stepping days or months never shifts the day.
 */
import { TZDate } from "@date-fns/tz";
import { addDays } from "date-fns/addDays";
import { format } from "date-fns/format";

export const AMSTERDAM_TIME_ZONE = "Europe/Amsterdam";

/** A time of day on the Amsterdam wall clock. */
export interface WallClock {
  hours: number;
  minutes: number;
  seconds: number;
  milliseconds: number;
}

/** The Amsterdam calendar day `instant` falls on, anchored at noon. */
export function amsterdamDay(instant: Date): TZDate {
  const local = new TZDate(instant.getTime(), AMSTERDAM_TIME_ZONE);
  return new TZDate(local.getFullYear(), local.getMonth(), local.getDate(), 12, 0, 0, 0, AMSTERDAM_TIME_ZONE);
}

/** The day `days` calendar days after `day` (noon anchor kept). */
export function shiftDays(day: TZDate, days: number): TZDate {
  return addDays(day, days);
}

/** "YYYY-MM-DD" of the Amsterdam calendar day of `instant`. */
export function amsterdamDateKey(instant: Date): string {
  return format(new TZDate(instant.getTime(), AMSTERDAM_TIME_ZONE), "yyyy-MM-dd");
}

/** The Amsterdam wall-clock time of `instant`. */
export function wallClockOf(instant: Date): WallClock {
  const local = new TZDate(instant.getTime(), AMSTERDAM_TIME_ZONE);
  return {
    hours: local.getHours(),
    minutes: local.getMinutes(),
    seconds: local.getSeconds(),
    milliseconds: local.getMilliseconds(),
  };
}

/** Milliseconds since Amsterdam midnight, as read on the wall clock (not elapsed time). */
export function wallClockMillis(clock: WallClock): number {
  return ((clock.hours * 60 + clock.minutes) * 60 + clock.seconds) * 1000 + clock.milliseconds;
}

/** The instant at `clock` on the Amsterdam calendar day `day`. */
export function atWallClock(day: Date, clock: WallClock): Date {
  const local = new TZDate(day.getTime(), AMSTERDAM_TIME_ZONE);
  const result = new TZDate(
    local.getFullYear(),
    local.getMonth(),
    local.getDate(),
    clock.hours,
    clock.minutes,
    clock.seconds,
    clock.milliseconds,
    AMSTERDAM_TIME_ZONE,
  );
  return new Date(result.getTime());
}

/**
 * Whether `instant` counts as "na 22:00" (after 22:00): from 22:00 until 07:00 on the Amsterdam
 * wall clock. Actie 3 and 5: the complainant is advised to call the police for nuisance at night.
 */
export function isAfterTen(instant: Date): boolean {
  const { hours } = wallClockOf(instant);
  return hours >= 22 || hours < 7;
}
