import { describe, expect, it } from "vitest";
import {
  isWithinWorkingHours,
  nextWorkingHoursStart,
} from "../../../../src/flows/calendar/within-working-hours.ts";
import {
  DEFAULT_WORKING_HOURS,
  parseClock,
  workingHoursSchema,
} from "../../../../src/flows/calendar/working-hours.ts";

const iso = (value: string): string => new Date(value).toISOString();

describe("working hours config (HH:MM-HH:MM)", () => {
  it("defaults to 08:30–17:30", () => {
    expect(DEFAULT_WORKING_HOURS).toEqual({ start: "08:30", end: "17:30" });
  });

  it.each([
    { value: "08:30-17:30", expected: { start: "08:30", end: "17:30" } },
    { value: " 09:00-17:00 ", expected: { start: "09:00", end: "17:00" } },
    { value: "00:00-23:59", expected: { start: "00:00", end: "23:59" } },
  ])("accepts $value", ({ value, expected }) => {
    expect(workingHoursSchema.parse(value)).toEqual(expected);
  });

  it.each([
    "8:30-17:30",
    "08:30–17:30",
    "08:30",
    "24:00-25:00",
    "08:60-17:00",
    "17:30-08:30",
    "09:00-09:00",
    "",
  ])("rejects %j", (value) => {
    expect(workingHoursSchema.safeParse(value).success).toBe(false);
  });

  it("explains a malformed value in English for the admin", () => {
    const result = workingHoursSchema.safeParse("9-5");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain("HH:MM-HH:MM");
  });

  it("parseClock rejects anything but HH:MM", () => {
    expect(parseClock("07:05")).toEqual({ hours: 7, minutes: 5, seconds: 0, milliseconds: 0 });
    expect(() => parseClock("7:05")).toThrow(RangeError);
  });
});

describe("isWithinWorkingHours (no nudges outside working hours)", () => {
  const cases: { name: string; instant: string; within: boolean }[] = [
    { name: "Monday 08:29 CET", instant: "2026-03-09T08:29:00+01:00", within: false },
    { name: "Monday 08:30 CET (start is inclusive)", instant: "2026-03-09T08:30:00+01:00", within: true },
    { name: "Monday 17:29:59 CET", instant: "2026-03-09T17:29:59+01:00", within: true },
    { name: "Monday 17:30 CET (end is exclusive)", instant: "2026-03-09T17:30:00+01:00", within: false },
    { name: "Monday 08:30 CEST (06:30 UTC)", instant: "2026-06-15T06:30:00Z", within: true },
    { name: "Monday 08:00 CEST (06:00 UTC)", instant: "2026-06-15T06:00:00Z", within: false },
    { name: "Monday 18:00 CEST (16:00 UTC)", instant: "2026-06-15T16:00:00Z", within: false },
    { name: "Saturday 10:00", instant: "2026-03-07T10:00:00+01:00", within: false },
    { name: "Hemelvaartsdag 10:00", instant: "2026-05-14T10:00:00+02:00", within: false },
    { name: "Goede Vrijdag 10:00 (a working day)", instant: "2026-04-03T10:00:00+02:00", within: true },
  ];

  it.each(cases)("$name → $within", ({ instant, within }) => {
    expect(isWithinWorkingHours(new Date(instant))).toBe(within);
  });
});

describe("nextWorkingHoursStart", () => {
  const cases: { name: string; instant: string; expected: string }[] = [
    {
      name: "inside working hours → the instant itself",
      instant: "2026-03-09T11:15:00+01:00",
      expected: "2026-03-09T11:15:00+01:00",
    },
    {
      name: "Monday 07:00 → 08:30 the same day",
      instant: "2026-03-09T07:00:00+01:00",
      expected: "2026-03-09T08:30:00+01:00",
    },
    {
      name: "Friday 18:00 → Monday 08:30",
      instant: "2026-03-13T18:00:00+01:00",
      expected: "2026-03-16T08:30:00+01:00",
    },
    {
      name: "Saturday before DST start → Monday 08:30 CEST",
      instant: "2026-03-28T10:00:00+01:00",
      expected: "2026-03-30T08:30:00+02:00",
    },
    {
      name: "Christmas Eve 17:30 → Monday 28th 08:30",
      instant: "2026-12-24T17:30:00+01:00",
      expected: "2026-12-28T08:30:00+01:00",
    },
    {
      name: "evening before Hemelvaartsdag → Friday 08:30",
      instant: "2026-05-13T20:00:00+02:00",
      expected: "2026-05-15T08:30:00+02:00",
    },
    {
      name: "early morning on Koningsdag 2026 → Tuesday 08:30",
      instant: "2026-04-27T06:00:00+02:00",
      expected: "2026-04-28T08:30:00+02:00",
    },
  ];

  it.each(cases)("$name", ({ instant, expected }) => {
    expect(nextWorkingHoursStart(new Date(instant)).toISOString()).toBe(iso(expected));
  });

  it("uses configured working hours", () => {
    const hours = { start: "09:00", end: "17:00" };
    expect(nextWorkingHoursStart(new Date("2026-03-09T08:45:00+01:00"), hours).toISOString()).toBe(
      iso("2026-03-09T09:00:00+01:00"),
    );
    expect(isWithinWorkingHours(new Date("2026-03-09T17:15:00+01:00"), hours)).toBe(false);
  });
});
