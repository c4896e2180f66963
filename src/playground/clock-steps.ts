/**
 * The playground clock's jump to the next working morning: from an evening or a weekend straight
 * to 09:00 on the next Dutch working day (Termijnen: nudges only arrive inside working hours).
 */
import { amsterdamDay, atWallClock } from "../flows/calendar/amsterdam.ts";
import { isWorkingCalendarDay, nthWorkingDayAfter } from "../flows/calendar/working-days.ts";

const NINE = { hours: 9, minutes: 0, seconds: 0, milliseconds: 0 };

/** 09:00 (Amsterdam) on the next working day; today's 09:00 when that is still to come on a working day. */
export function nextWorkingMorning(now: Date): Date {
  const today = amsterdamDay(now);
  const todayAtNine = atWallClock(today, NINE);
  if (isWorkingCalendarDay(today) && now.getTime() < todayAtNine.getTime()) return todayAtNine;
  return atWallClock(nthWorkingDayAfter(today, 1), NINE);
}
