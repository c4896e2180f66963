import { describe, expect, it } from "vitest";
import {
  addCalendarDaysOnWorkingDay,
  addCalendarMonthsOnWorkingDay,
  addElapsedHours,
} from "../../../../src/flows/calendar/calendar-periods.ts";

const iso = (value: string): string => new Date(value).toISOString();
const HOUR_MS = 3_600_000;

describe("addElapsedHours (Actie 1: 24 uur; Signalering: 48 uur) counts real hours", () => {
  const cases: { name: string; from: string; hours: number; expected: string }[] = [
    {
      name: "24 h across DST start 2026: 12:00 CET → 13:00 CEST",
      from: "2026-03-28T12:00:00+01:00",
      hours: 24,
      expected: "2026-03-29T13:00:00+02:00",
    },
    {
      name: "48 h across DST start 2026: 10:00 CET → 11:00 CEST",
      from: "2026-03-27T10:00:00+01:00",
      hours: 48,
      expected: "2026-03-29T11:00:00+02:00",
    },
    {
      name: "24 h across DST end 2026: 12:00 CEST → 11:00 CET",
      from: "2026-10-24T12:00:00+02:00",
      hours: 24,
      expected: "2026-10-25T11:00:00+01:00",
    },
    {
      name: "48 h across DST end 2025: 10:00 CEST → 09:00 CET",
      from: "2025-10-24T10:00:00+02:00",
      hours: 48,
      expected: "2025-10-26T09:00:00+01:00",
    },
    {
      name: "24 h ignores weekends and holidays (Kerstmis)",
      from: "2026-12-24T15:00:00+01:00",
      hours: 24,
      expected: "2026-12-25T15:00:00+01:00",
    },
    {
      name: "negative hours go back (a heads-up before a due time)",
      from: "2026-03-30T10:00:00+02:00",
      hours: -4,
      expected: "2026-03-30T06:00:00+02:00",
    },
  ];

  it.each(cases)("$name", ({ from, hours, expected }) => {
    const due = addElapsedHours(new Date(from), hours);
    expect(due.toISOString()).toBe(iso(expected));
    expect(due.getTime() - new Date(from).getTime()).toBe(hours * HOUR_MS);
  });

  it("rejects a non-finite number of hours", () => {
    expect(() => addElapsedHours(new Date("2026-03-28T12:00:00+01:00"), Number.POSITIVE_INFINITY)).toThrow(
      RangeError,
    );
  });
});

describe("addCalendarDaysOnWorkingDay (check after about four weeks; Actie 2: after six weeks)", () => {
  const cases: { name: string; from: string; days: number; expected: string }[] = [
    {
      name: "28 days across DST start keeps the wall clock",
      from: "2026-03-10T10:00:00+01:00",
      days: 28,
      expected: "2026-04-07T10:00:00+02:00",
    },
    {
      name: "42 days across DST end keeps the wall clock",
      from: "2026-10-05T10:00:00+02:00",
      days: 42,
      expected: "2026-11-16T10:00:00+01:00",
    },
    {
      name: "28 days landing on a Saturday → Monday, same time",
      from: "2026-02-07T11:00:00+01:00",
      days: 28,
      expected: "2026-03-09T11:00:00+01:00",
    },
    {
      name: "42 days landing on Hemelvaartsdag 2026 → Friday",
      from: "2026-04-02T09:00:00+02:00",
      days: 42,
      expected: "2026-05-15T09:00:00+02:00",
    },
    {
      name: "28 days landing on Kerstmis 2026 → Monday 28th",
      from: "2026-11-27T10:00:00+01:00",
      days: 28,
      expected: "2026-12-28T10:00:00+01:00",
    },
    {
      name: "42 days landing on Koningsdag 2027 → Wednesday",
      from: "2027-03-16T10:00:00+01:00",
      days: 42,
      expected: "2027-04-28T10:00:00+02:00",
    },
    {
      name: "28 days landing on Christmas Eve 2026 stays (a working day)",
      from: "2026-11-26T10:00:00+01:00",
      days: 28,
      expected: "2026-12-24T10:00:00+01:00",
    },
  ];

  it.each(cases)("$name", ({ from, days, expected }) => {
    expect(addCalendarDaysOnWorkingDay(new Date(from), days).toISOString()).toBe(iso(expected));
  });

  it.each([-1, 2.5])("rejects %s days", (days) => {
    expect(() => addCalendarDaysOnWorkingDay(new Date("2026-03-10T10:00:00+01:00"), days)).toThrow(
      RangeError,
    );
  });
});

describe("addCalendarMonthsOnWorkingDay (Termijnen: binnen 3 maanden; yearly cooperation meeting)", () => {
  const cases: { name: string; from: string; months: number; expected: string }[] = [
    {
      name: "3 months landing on Tweede pinksterdag 2026 → Tuesday",
      from: "2026-02-25T10:00:00+01:00",
      months: 3,
      expected: "2026-05-26T10:00:00+02:00",
    },
    {
      name: "30 November + 3 months → 28 February (Sunday) → Monday 1 March",
      from: "2026-11-30T10:00:00+01:00",
      months: 3,
      expected: "2027-03-01T10:00:00+01:00",
    },
    {
      name: "3 months landing on Tweede kerstdag (Saturday), across DST end → Monday",
      from: "2026-09-26T10:00:00+02:00",
      months: 3,
      expected: "2026-12-28T10:00:00+01:00",
    },
    {
      name: "12 months on an ordinary day",
      from: "2026-09-15T14:00:00+02:00",
      months: 12,
      expected: "2027-09-15T14:00:00+02:00",
    },
  ];

  it.each(cases)("$name", ({ from, months, expected }) => {
    expect(addCalendarMonthsOnWorkingDay(new Date(from), months).toISOString()).toBe(iso(expected));
  });

  it("rejects a negative number of months", () => {
    expect(() => addCalendarMonthsOnWorkingDay(new Date("2026-02-25T10:00:00+01:00"), -3)).toThrow(
      RangeError,
    );
  });
});
