import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isWithinWorkingHours, nextWorkingHoursStart } from "../../../../src/flows/calendar/index.ts";
import { NUDGE_STAGE_NUMBERS, nextNudge, planNudges } from "../../../../src/flows/deadlines/schedule.ts";
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
  headsUpLeadHours: fc.integer({ min: 0, max: 72 }),
  overdueGraceHours: fc.integer({ min: 0, max: 48 }),
});

function build(c: {
  createdAt: Date;
  dueOffsetMinutes: number;
  headsUpLeadHours: number;
  overdueGraceHours: number;
}) {
  const deadline = {
    createdAt: c.createdAt,
    dueAt: new Date(c.createdAt.getTime() + c.dueOffsetMinutes * 60_000),
  };
  const settings: NudgeSettings = {
    headsUpLeadHours: c.headsUpLeadHours,
    overdueGraceHours: c.overdueGraceHours,
    workingHours: hours,
  };
  return { deadline, settings };
}

describe("nudge schedule properties over 2025–2027", () => {
  it("Termijnen: nudges are strictly ordered, at most one per stage, exactly one escalation, never before creation", () => {
    fc.assert(
      fc.property(cases, (c) => {
        const { deadline, settings } = build(c);
        const nudges = planNudges(deadline, settings);
        const stages = nudges.map((nudge) => NUDGE_STAGE_NUMBERS[nudge.stage]);
        expect(new Set(stages).size).toBe(stages.length);
        expect(nudges.at(-1)?.stage).toBe("overdue");
        for (let i = 1; i < nudges.length; i += 1) {
          expect(stages[i]).toBeGreaterThan(stages[i - 1] ?? 0);
          expect(nudges[i]?.at.getTime()).toBeGreaterThan(nudges[i - 1]?.at.getTime() ?? 0);
        }
        for (const nudge of nudges)
          expect(nudge.at.getTime()).toBeGreaterThanOrEqual(deadline.createdAt.getTime());
      }),
      { numRuns: 400 },
    );
  });

  it("the heads-up comes before due; outside working hours only when the next working hours start too late", () => {
    fc.assert(
      fc.property(cases, (c) => {
        const { deadline, settings } = build(c);
        const headsUp = planNudges(deadline, settings).find((nudge) => nudge.stage === "headsUp");
        if (headsUp === undefined) return;
        expect(headsUp.at.getTime()).toBeLessThan(deadline.dueAt.getTime());
        const planned = deadline.dueAt.getTime() - settings.headsUpLeadHours * HOUR_MS;
        if (!isWithinWorkingHours(headsUp.at, hours)) {
          expect(nextWorkingHoursStart(headsUp.at, hours).getTime()).toBeGreaterThanOrEqual(
            deadline.dueAt.getTime(),
          );
          expect(headsUp.at.getTime()).toBe(Math.max(planned, deadline.createdAt.getTime()));
        } else if (headsUp.at.getTime() < planned) {
          // Brought forward: the latest working minute before the planned moment (sampled per 15 min).
          for (let t = headsUp.at.getTime() + 60_000; t < planned; t += 15 * 60_000) {
            expect(isWithinWorkingHours(new Date(t), hours)).toBe(false);
          }
        } else if (headsUp.at.getTime() > Math.max(planned, deadline.createdAt.getTime())) {
          // Only ever later than planned when moved to the start of the next working hours.
          expect(headsUp.at).toEqual(
            nextWorkingHoursStart(new Date(Math.max(planned, deadline.createdAt.getTime())), hours),
          );
        }
      }),
      { numRuns: 400 },
    );
  });

  it("the due ping and the escalation are always inside working hours, never before due (+ grace)", () => {
    fc.assert(
      fc.property(cases, (c) => {
        const { deadline, settings } = build(c);
        for (const nudge of planNudges(deadline, settings)) {
          if (nudge.stage === "headsUp") continue;
          expect(isWithinWorkingHours(nudge.at, hours)).toBe(true);
          const grace = nudge.stage === "overdue" ? settings.overdueGraceHours * HOUR_MS : 0;
          expect(nudge.at.getTime()).toBeGreaterThanOrEqual(deadline.dueAt.getTime() + grace);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("the due ping is left out only when the escalation falls at the same moment", () => {
    fc.assert(
      fc.property(cases, (c) => {
        const { deadline, settings } = build(c);
        const nudges = planNudges(deadline, settings);
        const hasDue = nudges.some((nudge) => nudge.stage === "due");
        const duePing = nextWorkingHoursStart(
          new Date(Math.max(deadline.dueAt.getTime(), deadline.createdAt.getTime())),
          hours,
        );
        expect(hasDue).toBe(nudges.at(-1)?.at.getTime() !== duePing.getTime());
      }),
      { numRuns: 300 },
    );
  });

  it("walking nextNudge from nudgeStage 0 sends exactly the planned nudges, each once", () => {
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
