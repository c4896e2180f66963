import { describe, expect, it } from "vitest";
import { addWorkingDays } from "../../../../src/flows/calendar/working-days.ts";

/**
 * addWorkingDays rule: from a working day, the same Amsterdam wall-clock time n working days
 * later; from a weekend day or public holiday, the end of working hours (17:30) of the n-th
 * next working day.
 */
describe("addWorkingDays (Actie 1: binnen 1 werkdag; team agreements in working days)", () => {
  const cases: { name: string; from: string; n: number; expected: string }[] = [
    {
      name: "Friday-afternoon complaint → Monday, same time",
      from: "2026-03-13T16:45:00+01:00",
      n: 1,
      expected: "2026-03-16T16:45:00+01:00",
    },
    {
      name: "Friday late evening → Monday, same time",
      from: "2026-03-13T22:00:00+01:00",
      n: 1,
      expected: "2026-03-16T22:00:00+01:00",
    },
    {
      name: "Saturday complaint → Monday 17:30",
      from: "2026-03-07T11:00:00+01:00",
      n: 1,
      expected: "2026-03-09T17:30:00+01:00",
    },
    {
      name: "Sunday evening complaint → Monday 17:30",
      from: "2026-03-08T20:00:00+01:00",
      n: 1,
      expected: "2026-03-09T17:30:00+01:00",
    },
    {
      name: "Saturday + 2 → Tuesday 17:30",
      from: "2026-03-07T11:00:00+01:00",
      n: 2,
      expected: "2026-03-10T17:30:00+01:00",
    },
    {
      name: "Christmas Eve Thursday 2026 → Monday 28th",
      from: "2026-12-24T15:00:00+01:00",
      n: 1,
      expected: "2026-12-28T15:00:00+01:00",
    },
    {
      name: "Christmas Eve Wednesday 2025 → Monday 29th",
      from: "2025-12-24T09:00:00+01:00",
      n: 1,
      expected: "2025-12-29T09:00:00+01:00",
    },
    {
      name: "complaint on Kerstmis (Friday) → Monday 28th 17:30",
      from: "2026-12-25T10:00:00+01:00",
      n: 1,
      expected: "2026-12-28T17:30:00+01:00",
    },
    {
      name: "Christmas 2027 on the weekend → Monday 27th",
      from: "2027-12-24T10:00:00+01:00",
      n: 1,
      expected: "2027-12-27T10:00:00+01:00",
    },
    {
      name: "Oudejaarsdag 2026 (Thursday) skips Nieuwjaar (Friday)",
      from: "2026-12-31T12:00:00+01:00",
      n: 1,
      expected: "2027-01-04T12:00:00+01:00",
    },
    {
      name: "Oudejaarsdag 2025 (Wednesday) skips Nieuwjaar (Thursday)",
      from: "2025-12-31T12:00:00+01:00",
      n: 1,
      expected: "2026-01-02T12:00:00+01:00",
    },
    {
      name: "Friday before Koningsdag 2026 (Monday) → Tuesday",
      from: "2026-04-24T10:00:00+02:00",
      n: 1,
      expected: "2026-04-28T10:00:00+02:00",
    },
    {
      name: "complaint on Koningsdag 2026 → Tuesday 17:30",
      from: "2026-04-27T11:00:00+02:00",
      n: 1,
      expected: "2026-04-28T17:30:00+02:00",
    },
    {
      name: "Koningsdag 2025 on Saturday gives no extra day off",
      from: "2025-04-25T10:00:00+02:00",
      n: 1,
      expected: "2025-04-28T10:00:00+02:00",
    },
    {
      name: "Goede Vrijdag 2026 counts as a working day",
      from: "2026-04-02T10:00:00+02:00",
      n: 1,
      expected: "2026-04-03T10:00:00+02:00",
    },
    {
      name: "Thursday + 2 skips Easter weekend and Tweede paasdag",
      from: "2026-04-02T10:00:00+02:00",
      n: 2,
      expected: "2026-04-07T10:00:00+02:00",
    },
    {
      name: "Bevrijdingsdag 2025 counts as a working day",
      from: "2025-05-02T10:00:00+02:00",
      n: 1,
      expected: "2025-05-05T10:00:00+02:00",
    },
    {
      name: "Wednesday before Hemelvaartsdag 2026 → Friday",
      from: "2026-05-13T16:00:00+02:00",
      n: 1,
      expected: "2026-05-15T16:00:00+02:00",
    },
    {
      name: "Friday before Pinksteren 2026 → Tuesday",
      from: "2026-05-22T09:00:00+02:00",
      n: 1,
      expected: "2026-05-26T09:00:00+02:00",
    },
    {
      name: "Friday before Pinksteren 2025 → Tuesday",
      from: "2025-06-06T09:00:00+02:00",
      n: 1,
      expected: "2025-06-10T09:00:00+02:00",
    },
    {
      name: "Friday before Pinksteren 2027 → Tuesday",
      from: "2027-05-14T09:00:00+02:00",
      n: 1,
      expected: "2027-05-18T09:00:00+02:00",
    },
    {
      name: "DST start 2026: Friday 14:00 CET → Monday 14:00 CEST",
      from: "2026-03-27T14:00:00+01:00",
      n: 1,
      expected: "2026-03-30T14:00:00+02:00",
    },
    {
      name: "DST end 2026: Friday 14:00 CEST → Monday 14:00 CET",
      from: "2026-10-23T14:00:00+02:00",
      n: 1,
      expected: "2026-10-26T14:00:00+01:00",
    },
    {
      name: "Saturday before DST start → Monday 17:30 CEST",
      from: "2026-03-28T11:00:00+01:00",
      n: 1,
      expected: "2026-03-30T17:30:00+02:00",
    },
    {
      name: "DST start on Easter 2027: Goede Vrijdag → Tuesday after Tweede paasdag",
      from: "2027-03-26T10:00:00+01:00",
      n: 1,
      expected: "2027-03-30T10:00:00+02:00",
    },
    {
      name: "five working days around Hemelvaartsdag 2026",
      from: "2026-05-11T10:00:00+02:00",
      n: 5,
      expected: "2026-05-19T10:00:00+02:00",
    },
    {
      name: "zero working days → unchanged",
      from: "2026-03-07T11:00:00+01:00",
      n: 0,
      expected: "2026-03-07T11:00:00+01:00",
    },
  ];

  it.each(cases)("$name", ({ from, n, expected }) => {
    expect(addWorkingDays(new Date(from), n).toISOString()).toBe(new Date(expected).toISOString());
  });

  it("uses the configured end of working hours for a weekend start", () => {
    const due = addWorkingDays(new Date("2026-03-07T11:00:00+01:00"), 1, { start: "09:00", end: "17:00" });
    expect(due.toISOString()).toBe(new Date("2026-03-09T17:00:00+01:00").toISOString());
  });

  it("keeps seconds and milliseconds of the wall-clock time", () => {
    const due = addWorkingDays(new Date("2026-03-13T16:45:12.345+01:00"), 1);
    expect(due.toISOString()).toBe(new Date("2026-03-16T16:45:12.345+01:00").toISOString());
  });

  it("does not change its input", () => {
    const from = new Date("2026-03-13T16:45:00+01:00");
    addWorkingDays(from, 3);
    expect(from.toISOString()).toBe("2026-03-13T15:45:00.000Z");
  });

  it.each([-1, 1.5, Number.NaN])("rejects %s working days", (n) => {
    expect(() => addWorkingDays(new Date("2026-03-13T16:45:00+01:00"), n)).toThrow(RangeError);
  });
});
