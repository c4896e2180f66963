import { describe, expect, it } from "vitest";
import { dutchPublicHolidays, isDutchPublicHoliday } from "../../../../src/flows/calendar/holidays.ts";
import { isWorkingDay } from "../../../../src/flows/calendar/working-days.ts";

describe("Dutch public holidays (date-holidays NL, type public)", () => {
  it("lists exactly the public holidays of 2026 with Dutch names", () => {
    expect(dutchPublicHolidays(2026)).toEqual([
      { date: "2026-01-01", name: "Nieuwjaar" },
      { date: "2026-04-05", name: "Pasen" },
      { date: "2026-04-06", name: "Tweede paasdag" },
      { date: "2026-04-27", name: "Koningsdag" },
      { date: "2026-05-14", name: "Hemelvaartsdag" },
      { date: "2026-05-24", name: "Pinksteren" },
      { date: "2026-05-25", name: "Tweede pinksterdag" },
      { date: "2026-12-25", name: "Kerstmis" },
      { date: "2026-12-26", name: "Tweede kerstdag" },
    ]);
  });

  it("gives English names on request", () => {
    const names = dutchPublicHolidays(2026, "en").map((holiday) => holiday.name);
    expect(names).toContain("King's Day");
    expect(names).toContain("Whit Monday");
  });

  it("Koningsdag 2025 was Saturday 26 April because 27 April was a Sunday", () => {
    const kingsDay = dutchPublicHolidays(2025).filter((holiday) => holiday.name === "Koningsdag");
    expect(kingsDay).toEqual([{ date: "2025-04-26", name: "Koningsdag" }]);
    expect(isDutchPublicHoliday("2025-04-27")).toBe(false);
  });

  it("returns copies, so a caller cannot change the cached list", () => {
    const first = dutchPublicHolidays(2027);
    first.length = 0;
    expect(dutchPublicHolidays(2027)).toHaveLength(9);
  });

  it("rejects a year that is not a whole number", () => {
    expect(() => dutchPublicHolidays(2026.5)).toThrow(RangeError);
  });
});

describe("isWorkingDay: weekends and public holidays, Amsterdam calendar day", () => {
  const cases: { name: string; instant: string; working: boolean }[] = [
    { name: "ordinary Monday", instant: "2026-03-09T10:00:00+01:00", working: true },
    { name: "Saturday", instant: "2026-03-07T10:00:00+01:00", working: false },
    { name: "Sunday", instant: "2026-03-08T10:00:00+01:00", working: false },
    { name: "Nieuwjaar 2025 (Wednesday)", instant: "2025-01-01T10:00:00+01:00", working: false },
    { name: "Nieuwjaar 2027 (Friday)", instant: "2027-01-01T10:00:00+01:00", working: false },
    // date-holidays types Goede Vrijdag as "school", not "public": a working day.
    { name: "Goede Vrijdag 2025", instant: "2025-04-18T10:00:00+02:00", working: true },
    { name: "Goede Vrijdag 2026", instant: "2026-04-03T10:00:00+02:00", working: true },
    { name: "Goede Vrijdag 2027", instant: "2027-03-26T10:00:00+01:00", working: true },
    { name: "Tweede paasdag 2025", instant: "2025-04-21T10:00:00+02:00", working: false },
    { name: "Tweede paasdag 2026", instant: "2026-04-06T10:00:00+02:00", working: false },
    { name: "Tweede paasdag 2027", instant: "2027-03-29T10:00:00+02:00", working: false },
    { name: "Koningsdag 2026 (Monday)", instant: "2026-04-27T10:00:00+02:00", working: false },
    { name: "Koningsdag 2027 (Tuesday)", instant: "2027-04-27T10:00:00+02:00", working: false },
    {
      name: "Monday after Koningsdag 2025 (no substitute day)",
      instant: "2025-04-28T10:00:00+02:00",
      working: true,
    },
    // date-holidays types Bevrijdingsdag as "school", not "public": a working day, also in 2025.
    { name: "Bevrijdingsdag 2025 (Monday)", instant: "2025-05-05T10:00:00+02:00", working: true },
    { name: "Bevrijdingsdag 2026 (Tuesday)", instant: "2026-05-05T10:00:00+02:00", working: true },
    { name: "Hemelvaartsdag 2025", instant: "2025-05-29T10:00:00+02:00", working: false },
    { name: "Hemelvaartsdag 2026", instant: "2026-05-14T10:00:00+02:00", working: false },
    { name: "Hemelvaartsdag 2027", instant: "2027-05-06T10:00:00+02:00", working: false },
    { name: "Friday after Hemelvaartsdag 2026", instant: "2026-05-15T10:00:00+02:00", working: true },
    { name: "Tweede pinksterdag 2025", instant: "2025-06-09T10:00:00+02:00", working: false },
    { name: "Tweede pinksterdag 2026", instant: "2026-05-25T10:00:00+02:00", working: false },
    { name: "Tweede pinksterdag 2027", instant: "2027-05-17T10:00:00+02:00", working: false },
    { name: "Kerstmis 2025 (Thursday)", instant: "2025-12-25T10:00:00+01:00", working: false },
    { name: "Tweede kerstdag 2025 (Friday)", instant: "2025-12-26T10:00:00+01:00", working: false },
    { name: "Christmas Eve 2026 (Thursday)", instant: "2026-12-24T10:00:00+01:00", working: true },
    { name: "Oudejaarsdag 2026 (bank holiday only)", instant: "2026-12-31T10:00:00+01:00", working: true },
    {
      name: "Monday 27 Dec 2027 (Christmas fell on the weekend)",
      instant: "2027-12-27T10:00:00+01:00",
      working: true,
    },
    // The Amsterdam calendar day decides, not the UTC day.
    { name: "23:30 on Christmas Eve in Amsterdam", instant: "2026-12-24T23:30:00+01:00", working: true },
    {
      name: "00:30 on Christmas Day in Amsterdam (still 24 Dec in UTC)",
      instant: "2026-12-24T23:30:00Z",
      working: false,
    },
    {
      name: "00:30 Monday in Amsterdam (still Sunday in UTC)",
      instant: "2026-06-14T22:30:00Z",
      working: true,
    },
  ];

  it.each(cases)("$name → working day: $working", ({ instant, working }) => {
    expect(isWorkingDay(new Date(instant))).toBe(working);
  });
});
