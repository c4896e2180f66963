/**
 * Working hours (Amsterdam wall clock) on working days. Nudges are only sent inside them, and
 * a deadline counted from a non-working day falls at their end (see addWorkingDays).
 */
import { z } from "zod";
import type { WallClock } from "./amsterdam.ts";

/** Start and end of the working day as "HH:MM" (24-hour clock, Amsterdam time); end is exclusive. */
export interface WorkingHours {
  start: string;
  end: string;
}

/** Default: Monday to Friday (working days only) 08:30–17:30. */
export const DEFAULT_WORKING_HOURS: WorkingHours = { start: "08:30", end: "17:30" };

const CLOCK_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;
const RANGE_PATTERN = /^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$/;

/** Parses "HH:MM" into a wall-clock time; throws RangeError for anything else. */
export function parseClock(clock: string): WallClock {
  const match = CLOCK_PATTERN.exec(clock);
  if (!match) throw new RangeError(`Not a HH:MM time: "${clock}"`);
  return { hours: Number(match[1]), minutes: Number(match[2]), seconds: 0, milliseconds: 0 };
}

function minutesOf(clock: string): number {
  const { hours, minutes } = parseClock(clock);
  return hours * 60 + minutes;
}

/**
 * Config value "HH:MM-HH:MM" (e.g. "08:30-17:30") → WorkingHours. The end must be later than the
 * start on the same day.
 */
export const workingHoursSchema = z
  .string()
  .trim()
  .regex(RANGE_PATTERN, "Working hours must look like HH:MM-HH:MM (24-hour clock), e.g. 08:30-17:30")
  .transform((value): WorkingHours => {
    const [start = "", end = ""] = value.split("-");
    return { start, end };
  })
  .refine(
    (hours) => minutesOf(hours.start) < minutesOf(hours.end),
    "Working hours must end after they start",
  );
