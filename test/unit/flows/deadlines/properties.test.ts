import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isWithinWorkingHours } from "../../../../src/flows/calendar/index.ts";
import { nextNudge, planNudges } from "../../../../src/flows/deadlines/schedule.ts";
import type { NudgeSettings } from "../../../../src/flows/deadlines/settings.ts";

const HOUR_MS = 3_600_000;
const hours = { start: "08:30", end: "17:30" };

const cases = fc.record({
  createdAt: fc
    .date({
      min: new Date("2025-01-01T00:00:00Z"),
      max: new Date("2027-12-31T00:00:00Z"),
      noInvalidDate: true,
    })
    .map((date) => new Date(date.getTime())),
  // From 6 hours before creation (registered late) to 60 days after.
  dueOffsetMinutes: fc.integer({ min: -6 * 60, max: 60 * 24 * 60 }),
  overdueGraceHours: fc.integer({ min: 0, max: 48 }),
});

function build(c: { createdAt: Date; dueOffsetMinutes: number; overdueGraceHours: number }) {
  const deadline = {
    createdAt: c.createdAt,
    dueAt: new Date(c.createdAt.getTime() + c.dueOffsetMinutes * 60_000),
  };
  const settings: NudgeSettings = {
    overdueGraceHours: c.overdueGraceHours,
    workingHours: hours,
  };
  return { deadline, settings };
}

describe("nudge schedule properties over 2025–2027", () => {
  it("Termijnen: at most one ping and exactly one overdue moment, in order, never before due or creation", () => {
    fc.assert(
      fc.property(cases, (c) => {
        const { deadline, settings } = build(c);
        const nudges = planNudges(deadline, settings);
        expect(nudges.filter((nudge) => nudge.stage === "overdue")).toHaveLength(1);
        expect(nudges.filter((nudge) => nudge.stage === "due").length).toBeLessThanOrEqual(1);
        expect(nudges.some((nudge) => nudge.stage === "headsUp")).toBe(false);
        for (let i = 1; i < nudges.length; i++) {
          expect(nudges[i]!.at.getTime()).toBeGreaterThan(nudges[i - 1]!.at.getTime());
        }
        for (const nudge of nudges) {
          expect(nudge.at.getTime()).toBeGreaterThanOrEqual(deadline.dueAt.getTime());
          expect(nudge.at.getTime()).toBeGreaterThanOrEqual(deadline.createdAt.getTime());
        }
      }),
      { numRuns: 400 },
    );
  });

  it("everything is inside working hours; overdue comes after due + grace, at an opening of the working hours", () => {
    fc.assert(
      fc.property(cases, (c) => {
        const { deadline, settings } = build(c);
        for (const nudge of planNudges(deadline, settings)) {
          expect(isWithinWorkingHours(nudge.at, hours)).toBe(true);
          if (nudge.stage !== "overdue") continue;
          expect(nudge.at.getTime()).toBeGreaterThan(
            deadline.dueAt.getTime() + settings.overdueGraceHours * HOUR_MS - 1,
          );
          // An opening: a minute earlier is outside the working hours.
          expect(isWithinWorkingHours(new Date(nudge.at.getTime() - 60_000), hours)).toBe(false);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("the ping is planned exactly when the due time is inside working hours and after creation", () => {
    fc.assert(
      fc.property(cases, (c) => {
        const { deadline, settings } = build(c);
        const hasPing = planNudges(deadline, settings).some((nudge) => nudge.stage === "due");
        expect(hasPing).toBe(
          deadline.dueAt.getTime() > deadline.createdAt.getTime() &&
            isWithinWorkingHours(deadline.dueAt, hours),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("walking nextNudge from nudgeStage 0 gives exactly the planned nudges, each once", () => {
    fc.assert(
      fc.property(cases, (c) => {
        const { deadline, settings } = build(c);
        const walked = [];
        let stage = 0;
        for (
          let next = nextNudge(deadline, stage, settings);
          next !== null;
          next = nextNudge(deadline, stage, settings)
        ) {
          walked.push({ stage: next.stage, at: next.at });
          stage = next.stageIndex;
        }
        expect(walked).toEqual(planNudges(deadline, settings));
      }),
      { numRuns: 200 },
    );
  });
});
