import { describe, expect, it } from "vitest";
import {
  type NudgeWindow,
  nextNudge,
  nudgeToSend,
  PING_LATE_MS,
} from "../../../../src/flows/deadlines/schedule.ts";
import { DEFAULT_NUDGE_SETTINGS, nudgeSettingsSchema } from "../../../../src/flows/deadlines/settings.ts";
import { at } from "./fixtures.ts";

const settings = DEFAULT_NUDGE_SETTINGS;
/** Due Wednesday 4 March 2026 14:00: ping Wed 14:00, overdue Thu 08:30. */
const deadline: NudgeWindow = {
  createdAt: at("2026-03-02T09:00+01:00"),
  dueAt: at("2026-03-04T14:00+01:00"),
};

describe("nextNudge — what the store writes as (nextNudgeAt, nudgeStage)", () => {
  it("Termijnen: the ping, then overdue, each exactly once, then nothing", () => {
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
      ["due", at("2026-03-04T14:00+01:00").toISOString(), 2],
      ["overdue", at("2026-03-05T08:30+01:00").toISOString(), 3],
    ]);
  });

  it("a row stored after an old heads-up (1) goes on to the ping (2)", () => {
    expect(nextNudge(deadline, 1, settings)).toEqual({
      stage: "due",
      at: at("2026-03-04T14:00+01:00"),
      stageIndex: 2,
    });
  });

  it("nothing is left once overdue (3) is done", () => {
    expect(nextNudge(deadline, 3, settings)).toBeNull();
  });

  it("rejects a stored nudgeStage outside 0–3", () => {
    expect(() => nextNudge(deadline, 4, settings)).toThrow(RangeError);
    expect(() => nextNudge(deadline, -1, settings)).toThrow(RangeError);
    expect(() => nextNudge(deadline, 1.5, settings)).toThrow(RangeError);
  });
});

describe("nudgeToSend — what the sweep does for a claimed row", () => {
  it("nothing before the due time", () => {
    expect(nudgeToSend(deadline, 0, at("2026-03-04T13:59+01:00"), settings)).toBeNull();
  });

  it("the ping at its time", () => {
    expect(nudgeToSend(deadline, 0, at("2026-03-04T14:00+01:00"), settings)).toEqual({
      stage: "due",
      at: at("2026-03-04T14:00+01:00"),
      stageIndex: 2,
      silent: false,
    });
  });

  it("a ping more than an hour late is silent: the row moves on, the digest says it", () => {
    const late = new Date(at("2026-03-04T14:00+01:00").getTime() + PING_LATE_MS + 60_000);
    expect(nudgeToSend(deadline, 0, late, settings)).toMatchObject({ stage: "due", silent: true });
  });

  it("after a pause (a clock jump of four weeks) only the latest stage is done, the ping is skipped", () => {
    expect(nudgeToSend(deadline, 0, at("2026-04-01T10:00+02:00"), settings)).toEqual({
      stage: "overdue",
      at: at("2026-03-05T08:30+01:00"),
      stageIndex: 3,
      silent: false,
    });
  });

  it("nothing once overdue is done", () => {
    expect(nudgeToSend(deadline, 3, at("2026-04-01T10:00+02:00"), settings)).toBeNull();
  });
});

describe("nudge settings from configuration", () => {
  it("defaults apply to missing keys; unknown keys are refused", () => {
    expect(nudgeSettingsSchema.parse({})).toEqual(DEFAULT_NUDGE_SETTINGS);
    expect(nudgeSettingsSchema.safeParse({ headsUpHours: 3 }).success).toBe(false);
  });
});
