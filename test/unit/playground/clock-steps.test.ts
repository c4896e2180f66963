/** The playground clock's "next working day 09:00": Dutch working days from the calendar code. */
import { describe, expect, it } from "vitest";
import { nextWorkingMorning } from "../../../src/playground/clock-steps.ts";

describe("nextWorkingMorning", () => {
  it("goes from an evening to 09:00 the next working day", () => {
    // Monday 8 September 2025, 20:00 in Amsterdam (CEST, UTC+2).
    expect(nextWorkingMorning(new Date("2025-09-08T18:00:00Z")).toISOString()).toBe(
      "2025-09-09T07:00:00.000Z",
    );
  });

  it("goes from Friday evening to Monday 09:00", () => {
    expect(nextWorkingMorning(new Date("2025-09-12T19:00:00Z")).toISOString()).toBe(
      "2025-09-15T07:00:00.000Z",
    );
  });

  it("takes today's 09:00 early on a working day", () => {
    expect(nextWorkingMorning(new Date("2025-09-09T05:30:00Z")).toISOString()).toBe(
      "2025-09-09T07:00:00.000Z",
    );
  });

  it("skips Dutch public holidays: Christmas, and King's Day on a Monday", () => {
    // Wednesday 24 December 2025 evening (CET, UTC+1): 25 and 26 December, then the weekend.
    expect(nextWorkingMorning(new Date("2025-12-24T18:00:00Z")).toISOString()).toBe(
      "2025-12-29T08:00:00.000Z",
    );
    // Friday 24 April 2026 evening: Monday 27 April is King's Day.
    expect(nextWorkingMorning(new Date("2026-04-24T18:00:00Z")).toISOString()).toBe(
      "2026-04-28T07:00:00.000Z",
    );
  });
});
