import { describe, expect, it } from "vitest";
import { type NudgeWindow, nextNudge, nudgeToSend } from "../../../../src/flows/deadlines/schedule.ts";
import { DEFAULT_NUDGE_SETTINGS, nudgeSettingsSchema } from "../../../../src/flows/deadlines/settings.ts";
import { at } from "./fixtures.ts";

const settings = { ...DEFAULT_NUDGE_SETTINGS, overdueGraceHours: 2 };
/** Due Wednesday 4 March 2026 14:00: heads-up Tue 14:00, due Wed 14:00, overdue Wed 16:00. */
const deadline: NudgeWindow = {
  createdAt: at("2026-03-02T09:00+01:00"),
  dueAt: at("2026-03-04T14:00+01:00"),
};

describe("nextNudge — what the store writes as (nextNudgeAt, nudgeStage)", () => {
  it("Termijnen: each stage comes exactly once, in order, then nothing", () => {
    const sent: [string, string, number][] = [];
    let stage = 0;
    for (
      let next = nextNudge(deadline, stage, settings);
      next !== null;
      next = nextNudge(deadline, stage, settings)
    ) {
      sent.push([next.stage, next.at.toISOString(), next.stageIndex]);
      stage = next.stageIndex;
    }
    expect(sent).toEqual([
      ["headsUp", at("2026-03-03T14:00+01:00").toISOString(), 1],
      ["due", at("2026-03-04T14:00+01:00").toISOString(), 2],
      ["overdue", at("2026-03-04T16:00+01:00").toISOString(), 3],
    ]);
  });

  it("a dropped due ping keeps its number: after the heads-up (1) comes the escalation (3)", () => {
    const next = nextNudge(deadline, 1, DEFAULT_NUDGE_SETTINGS);
    expect(next).toEqual({ stage: "overdue", at: at("2026-03-04T14:00+01:00"), stageIndex: 3 });
  });

  it("nothing is left once the escalation (3) is sent", () => {
    expect(nextNudge(deadline, 3, settings)).toBeNull();
  });

  it("rejects a stored nudgeStage outside 0–3", () => {
    expect(() => nextNudge(deadline, 4, settings)).toThrow(RangeError);
    expect(() => nextNudge(deadline, -1, settings)).toThrow(RangeError);
    expect(() => nextNudge(deadline, 1.5, settings)).toThrow(RangeError);
  });
});

describe("nudgeToSend — what the sweep sends for a claimed row", () => {
  it("nothing before the heads-up time", () => {
    expect(nudgeToSend(deadline, 0, at("2026-03-03T13:59+01:00"), settings)).toBeNull();
  });

  it("the heads-up at its time", () => {
    expect(nudgeToSend(deadline, 0, at("2026-03-03T14:00+01:00"), settings)?.stage).toBe("headsUp");
  });

  it("after a pause only the latest due stage is sent, the stale ones are skipped", () => {
    const nudge = nudgeToSend(deadline, 0, at("2026-03-04T16:05+01:00"), settings);
    expect(nudge).toEqual({ stage: "overdue", at: at("2026-03-04T16:00+01:00"), stageIndex: 3 });
  });

  it("a stage already sent is never sent again", () => {
    expect(nudgeToSend(deadline, 3, at("2026-03-10T10:00+01:00"), settings)).toBeNull();
    expect(nudgeToSend(deadline, 2, at("2026-03-04T15:00+01:00"), settings)).toBeNull();
  });
});

describe("nudgeSettingsSchema", () => {
  it("defaults: heads-up 24 h before, escalation at due (grace 0), Monday–Friday 08:30–17:30", () => {
    expect(nudgeSettingsSchema.parse({})).toEqual({
      headsUpLeadHours: 24,
      overdueGraceHours: 0,
      workingHours: { start: "08:30", end: "17:30" },
    });
  });

  it("reads working hours as HH:MM-HH:MM and keeps configured hours", () => {
    expect(
      nudgeSettingsSchema.parse({ headsUpLeadHours: 48, overdueGraceHours: 4, workingHours: "09:00-17:00" }),
    ).toEqual({ headsUpLeadHours: 48, overdueGraceHours: 4, workingHours: { start: "09:00", end: "17:00" } });
  });

  it("rejects negative hours, unknown keys and malformed working hours", () => {
    expect(nudgeSettingsSchema.safeParse({ headsUpLeadHours: -1 }).success).toBe(false);
    expect(nudgeSettingsSchema.safeParse({ overdueGraceHour: 2 }).success).toBe(false);
    expect(nudgeSettingsSchema.safeParse({ workingHours: "17:30-08:30" }).success).toBe(false);
  });
});
