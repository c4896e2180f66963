import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { amsterdamDateKey, wallClockOf } from "../../../../src/flows/calendar/amsterdam.ts";
import { addCalendarDaysOnWorkingDay } from "../../../../src/flows/calendar/calendar-periods.ts";
import {
  isWithinWorkingHours,
  nextWorkingHoursStart,
} from "../../../../src/flows/calendar/within-working-hours.ts";
import { addWorkingDays, isWorkingDay } from "../../../../src/flows/calendar/working-days.ts";

const DAY_MS = 86_400_000;
const instants = fc
  .date({ min: new Date("2025-01-01T00:00:00Z"), max: new Date("2027-12-31T23:59:59Z"), noInvalidDate: true })
  .map((date) => new Date(date.getTime()));

/** Working days after `from`'s Amsterdam day up to and including `to`'s day. */
function workingDaysBetween(from: Date, to: Date): number {
  const target = amsterdamDateKey(to);
  let count = 0;
  // Step through noon UTC of each following day; noon UTC is always on the same Amsterdam day.
  let probe = new Date(`${amsterdamDateKey(from)}T12:00:00Z`);
  while (amsterdamDateKey(probe) < target) {
    probe = new Date(probe.getTime() + DAY_MS);
    if (isWorkingDay(probe)) count += 1;
  }
  return count;
}

describe("calendar properties over 2025–2027", () => {
  it("addWorkingDays lands on a working day exactly n working days later", () => {
    fc.assert(
      fc.property(instants, fc.integer({ min: 1, max: 25 }), (from, n) => {
        const due = addWorkingDays(from, n);
        expect(isWorkingDay(due)).toBe(true);
        expect(due.getTime()).toBeGreaterThan(from.getTime());
        expect(workingDaysBetween(from, due)).toBe(n);
        if (isWorkingDay(from)) expect(wallClockOf(due)).toEqual(wallClockOf(from));
        else expect(wallClockOf(due)).toMatchObject({ hours: 17, minutes: 30 });
      }),
      { numRuns: 300 },
    );
  });

  it("nextWorkingHoursStart is inside working hours and never earlier than the instant", () => {
    fc.assert(
      fc.property(instants, (instant) => {
        const start = nextWorkingHoursStart(instant);
        expect(isWithinWorkingHours(start)).toBe(true);
        expect(start.getTime()).toBeGreaterThanOrEqual(instant.getTime());
        // Nothing between the instant and the result is inside working hours (sampled per 15 min).
        for (let t = instant.getTime(); t < start.getTime(); t += 15 * 60_000) {
          expect(isWithinWorkingHours(new Date(t))).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("addCalendarDaysOnWorkingDay lands on a working day, keeps the wall clock, within a few days of the target", () => {
    fc.assert(
      fc.property(instants, fc.integer({ min: 0, max: 100 }), (from, days) => {
        const due = addCalendarDaysOnWorkingDay(from, days);
        expect(isWorkingDay(due)).toBe(true);
        expect(wallClockOf(due)).toEqual(wallClockOf(from));
        const lateBy = (due.getTime() - from.getTime()) / DAY_MS - days;
        // At most four non-working days in a row (e.g. Easter weekend + Tweede paasdag), ±1 h for DST.
        expect(lateBy).toBeGreaterThan(-0.05);
        expect(lateBy).toBeLessThan(4.05);
      }),
      { numRuns: 300 },
    );
  });
});
