/**
 * The period a report covers: whole calendar days in Europe/Amsterdam, from the first day's
 * midnight up to (not including) the midnight after the last day.
 */
import { TZDate } from "@date-fns/tz";
import { AMSTERDAM_TIME_ZONE } from "../calendar/amsterdam.ts";

export interface ReportPeriod {
  /** First day, "YYYY-MM-DD". */
  from: string;
  /** Last day, "YYYY-MM-DD" (included). */
  to: string;
  start: Date;
  /** Exclusive. */
  end: Date;
}

function amsterdamMidnight(date: string, plusDays = 0): Date {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(year, month - 1, day + plusDays, 0, 0, 0, 0, AMSTERDAM_TIME_ZONE).getTime());
}

/** The period from `from` up to and including `to` (both "YYYY-MM-DD"). */
export function reportPeriod(from: string, to: string): ReportPeriod {
  return { from, to, start: amsterdamMidnight(from), end: amsterdamMidnight(to, 1) };
}
