import { describe, expect, it } from "vitest";
import {
  createDueAt,
  DEFAULT_DEADLINE_SETTINGS,
  isWorkingDay,
} from "../../../../src/flows/calendar/index.ts";
import { planNudges } from "../../../../src/flows/deadlines/schedule.ts";
import { DEFAULT_NUDGE_SETTINGS, type NudgeSettings } from "../../../../src/flows/deadlines/settings.ts";
import { asPairs, at, expected } from "./fixtures.ts";

const dueAt = createDueAt(DEFAULT_DEADLINE_SETTINGS);
const withGrace = (hours: number): NudgeSettings => ({ ...DEFAULT_NUDGE_SETTINGS, overdueGraceHours: hours });

describe("planNudges — the three stages on working days", () => {
  it("Termijnen: heads-up 24 h before, ping at due, escalation after the grace — each once, in order", () => {
    const nudges = planNudges(
      { createdAt: at("2026-03-02T09:00+01:00"), dueAt: at("2026-03-04T14:00+01:00") },
      withGrace(2),
    );
    expect(asPairs(nudges)).toEqual(
      expected(
        ["headsUp", "2026-03-03T14:00+01:00"],
        ["due", "2026-03-04T14:00+01:00"],
        ["overdue", "2026-03-04T16:00+01:00"],
      ),
    );
  });

  it("Termijnen: with the default grace 0 the escalation replaces the due ping at the due time", () => {
    const nudges = planNudges({
      createdAt: at("2026-03-02T09:00+01:00"),
      dueAt: at("2026-03-04T14:00+01:00"),
    });
    expect(asPairs(nudges)).toEqual(
      expected(["headsUp", "2026-03-03T14:00+01:00"], ["overdue", "2026-03-04T14:00+01:00"]),
    );
  });

  it("Termijnen: an escalation whose grace ends after 17:30 waits for the next morning", () => {
    const nudges = planNudges(
      { createdAt: at("2026-03-02T09:00+01:00"), dueAt: at("2026-03-04T16:00+01:00") },
      withGrace(4),
    );
    expect(asPairs(nudges).at(-1)).toEqual(["overdue", at("2026-03-05T08:30+01:00").toISOString()]);
  });

  it("a deadline created less than 24 h before due gets its heads-up when it is created, never earlier", () => {
    const nudges = planNudges({
      createdAt: at("2026-03-04T09:15+01:00"),
      dueAt: at("2026-03-04T16:00+01:00"),
    });
    expect(asPairs(nudges)).toEqual(
      expected(["headsUp", "2026-03-04T09:15+01:00"], ["overdue", "2026-03-04T16:00+01:00"]),
    );
  });

  it("a deadline created after its due time (registered late) gets one escalation, at the next working moment", () => {
    const nudges = planNudges({
      createdAt: at("2026-03-07T10:00+01:00"),
      dueAt: at("2026-03-06T10:00+01:00"),
    });
    expect(asPairs(nudges)).toEqual(expected(["overdue", "2026-03-09T08:30+01:00"]));
  });

  it("a lead time of 0 turns the heads-up off", () => {
    const nudges = planNudges(
      { createdAt: at("2026-03-02T09:00+01:00"), dueAt: at("2026-03-04T14:00+01:00") },
      { ...DEFAULT_NUDGE_SETTINGS, headsUpLeadHours: 0 },
    );
    expect(nudges.map((nudge) => nudge.stage)).toEqual(["overdue"]);
  });

  it("configured working hours 09:00–17:00: the heads-up moves to 16:59, the ping to 09:00", () => {
    const settings: NudgeSettings = {
      ...DEFAULT_NUDGE_SETTINGS,
      workingHours: { start: "09:00", end: "17:00" },
    };
    const nudges = planNudges(
      { createdAt: at("2026-03-02T09:00+01:00"), dueAt: at("2026-03-05T08:45+01:00") },
      settings,
    );
    expect(asPairs(nudges)).toEqual(
      expected(["headsUp", "2026-03-03T16:59+01:00"], ["overdue", "2026-03-05T09:00+01:00"]),
    );
  });
});

describe("planNudges — weekends", () => {
  it("weekend: a heads-up planned on Sunday comes on Friday 17:29 instead", () => {
    const nudges = planNudges({
      createdAt: at("2026-03-04T10:00+01:00"),
      dueAt: at("2026-03-09T10:00+01:00"),
    });
    expect(asPairs(nudges)).toEqual(
      expected(["headsUp", "2026-03-06T17:29+01:00"], ["overdue", "2026-03-09T10:00+01:00"]),
    );
  });

  it("weekend: a Friday-afternoon deadline with 2 h grace is escalated on Monday 08:30", () => {
    const nudges = planNudges(
      { createdAt: at("2026-03-02T09:00+01:00"), dueAt: at("2026-03-06T16:00+01:00") },
      withGrace(2),
    );
    expect(asPairs(nudges)).toEqual(
      expected(
        ["headsUp", "2026-03-05T16:00+01:00"],
        ["due", "2026-03-06T16:00+01:00"],
        ["overdue", "2026-03-09T08:30+01:00"],
      ),
    );
  });

  it("weekend: a deadline created on Saturday gets its heads-up on Monday 08:30, still before the Monday due time", () => {
    const nudges = planNudges({
      createdAt: at("2026-03-07T10:00+01:00"),
      dueAt: at("2026-03-09T14:00+01:00"),
    });
    expect(asPairs(nudges)).toEqual(
      expected(["headsUp", "2026-03-09T08:30+01:00"], ["overdue", "2026-03-09T14:00+01:00"]),
    );
  });

  it("weekend: a due time on Saturday is pinged on Monday 08:30, nobody is woken up for it", () => {
    const nudges = planNudges({
      createdAt: at("2026-03-02T09:00+01:00"),
      dueAt: at("2026-03-07T12:00+01:00"),
    });
    expect(asPairs(nudges)).toEqual(
      expected(["headsUp", "2026-03-06T12:00+01:00"], ["overdue", "2026-03-09T08:30+01:00"]),
    );
  });
});

describe("planNudges — Signalering: the urgent 48-hour signal", () => {
  it("Signalering 48 h: a signal due on Saturday evening gets its heads-up on Friday 17:29", () => {
    const createdAt = at("2026-03-05T20:00+01:00");
    const due = dueAt("guideline.signal.share48h", createdAt);
    expect(due).toEqual(at("2026-03-07T20:00+01:00"));
    expect(asPairs(planNudges({ createdAt, dueAt: due }))).toEqual(
      expected(["headsUp", "2026-03-06T17:29+01:00"], ["overdue", "2026-03-09T08:30+01:00"]),
    );
  });

  it("Signalering 48 h: logged Friday 19:00, due Sunday 19:00 — the heads-up goes out Saturday 19:00, outside working hours, because Monday would be too late", () => {
    const createdAt = at("2026-03-06T19:00+01:00");
    const due = dueAt("guideline.signal.share48h", createdAt);
    expect(due).toEqual(at("2026-03-08T19:00+01:00"));
    expect(asPairs(planNudges({ createdAt, dueAt: due }))).toEqual(
      expected(["headsUp", "2026-03-07T19:00+01:00"], ["overdue", "2026-03-09T08:30+01:00"]),
    );
  });

  it("Signalering 48 h: logged Saturday 10:00, due Monday 10:00 — the heads-up waits for Monday 08:30", () => {
    const createdAt = at("2026-03-07T10:00+01:00");
    const due = dueAt("guideline.signal.share48h", createdAt);
    expect(asPairs(planNudges({ createdAt, dueAt: due }))).toEqual(
      expected(["headsUp", "2026-03-09T08:30+01:00"], ["overdue", "2026-03-09T10:00+01:00"]),
    );
  });
});

describe("planNudges — Dutch public holidays", () => {
  it("Koningsdag (Monday 27 April 2026): a heads-up planned on it comes on Friday 24 April 17:29", () => {
    const nudges = planNudges({
      createdAt: at("2026-04-22T10:00+02:00"),
      dueAt: at("2026-04-28T10:00+02:00"),
    });
    expect(asPairs(nudges)).toEqual(
      expected(["headsUp", "2026-04-24T17:29+02:00"], ["overdue", "2026-04-28T10:00+02:00"]),
    );
  });

  it("Koningsdag: a 48 h signal logged on Saturday 25 April is due on the holiday — heads-up on Sunday, since Tuesday is too late", () => {
    const createdAt = at("2026-04-25T12:00+02:00");
    const due = dueAt("guideline.signal.share48h", createdAt);
    expect(asPairs(planNudges({ createdAt, dueAt: due }))).toEqual(
      expected(["headsUp", "2026-04-26T12:00+02:00"], ["overdue", "2026-04-28T08:30+02:00"]),
    );
  });

  it("Tweede Kerstdag (Friday 26 December 2025): a heads-up planned on Sunday comes on Wednesday 24 December 17:29", () => {
    expect(isWorkingDay(at("2025-12-24T12:00+01:00"))).toBe(true);
    const nudges = planNudges(
      { createdAt: at("2025-12-22T10:00+01:00"), dueAt: at("2025-12-29T10:00+01:00") },
      withGrace(1),
    );
    expect(asPairs(nudges)).toEqual(
      expected(
        ["headsUp", "2025-12-24T17:29+01:00"],
        ["due", "2025-12-29T10:00+01:00"],
        ["overdue", "2025-12-29T11:00+01:00"],
      ),
    );
  });

  it("Tweede Kerstdag: a deadline due on Christmas Eve afternoon with 2 h grace is escalated on Monday 29 December", () => {
    const nudges = planNudges(
      { createdAt: at("2025-12-15T10:00+01:00"), dueAt: at("2025-12-24T16:00+01:00") },
      withGrace(2),
    );
    expect(asPairs(nudges).at(-1)).toEqual(["overdue", at("2025-12-29T08:30+01:00").toISOString()]);
  });

  it("Hemelvaart (Thursday 14 May 2026): a heads-up planned on it comes on Wednesday 13 May 17:29", () => {
    const nudges = planNudges({
      createdAt: at("2026-05-11T10:00+02:00"),
      dueAt: at("2026-05-15T11:00+02:00"),
    });
    expect(asPairs(nudges)).toEqual(
      expected(["headsUp", "2026-05-13T17:29+02:00"], ["overdue", "2026-05-15T11:00+02:00"]),
    );
  });

  it("Tweede Pinksterdag (Monday 25 May 2026): a Friday-afternoon deadline is escalated on Tuesday 26 May", () => {
    const nudges = planNudges(
      { createdAt: at("2026-05-18T10:00+02:00"), dueAt: at("2026-05-22T16:00+02:00") },
      withGrace(4),
    );
    expect(asPairs(nudges)).toEqual(
      expected(
        ["headsUp", "2026-05-21T16:00+02:00"],
        ["due", "2026-05-22T16:00+02:00"],
        ["overdue", "2026-05-26T08:30+02:00"],
      ),
    );
  });

  it("Tweede Pinksterdag: a heads-up planned on the holiday comes on Friday 22 May 17:29", () => {
    const nudges = planNudges({
      createdAt: at("2026-05-18T10:00+02:00"),
      dueAt: at("2026-05-26T09:00+02:00"),
    });
    expect(asPairs(nudges)[0]).toEqual(["headsUp", at("2026-05-22T17:29+02:00").toISOString()]);
  });
});

describe("planNudges — daylight saving time (24 elapsed hours, not 24 wall-clock hours)", () => {
  it("29 March 2026 (clocks forward): heads-up 24 h before Sunday 20:00 CEST is Saturday 19:00 CET, sent then because Monday is too late", () => {
    const nudges = planNudges({
      createdAt: at("2026-03-28T09:00+01:00"),
      dueAt: at("2026-03-29T20:00+02:00"),
    });
    expect(asPairs(nudges)).toEqual(
      expected(["headsUp", "2026-03-28T19:00+01:00"], ["overdue", "2026-03-30T08:30+02:00"]),
    );
  });

  it("29 March 2026: a 48 h signal logged Saturday 12:00 CET is due Monday 13:00 CEST; heads-up Monday 08:30 CEST", () => {
    const createdAt = at("2026-03-28T12:00+01:00");
    const due = dueAt("guideline.signal.share48h", createdAt);
    expect(due).toEqual(at("2026-03-30T13:00+02:00"));
    expect(asPairs(planNudges({ createdAt, dueAt: due }))).toEqual(
      expected(["headsUp", "2026-03-30T08:30+02:00"], ["overdue", "2026-03-30T13:00+02:00"]),
    );
  });

  it("29 March 2026: a heads-up planned on Sunday 29 March moves to Friday 27 March 17:29 CET", () => {
    const nudges = planNudges({
      createdAt: at("2026-03-25T10:00+01:00"),
      dueAt: at("2026-03-30T10:00+02:00"),
    });
    expect(asPairs(nudges)).toEqual(
      expected(["headsUp", "2026-03-27T17:29+01:00"], ["overdue", "2026-03-30T10:00+02:00"]),
    );
  });

  it("25 October 2026 (clocks back): heads-up 24 h before Sunday 20:00 CET is Saturday 21:00 CEST, sent then because Monday is too late", () => {
    const nudges = planNudges({
      createdAt: at("2026-10-24T10:00+02:00"),
      dueAt: at("2026-10-25T20:00+01:00"),
    });
    expect(asPairs(nudges)).toEqual(
      expected(["headsUp", "2026-10-24T21:00+02:00"], ["overdue", "2026-10-26T08:30+01:00"]),
    );
  });

  it("25 October 2026: a Monday 09:00 CET deadline gets its heads-up on Friday 23 October 17:29 CEST", () => {
    const nudges = planNudges({
      createdAt: at("2026-10-21T10:00+02:00"),
      dueAt: at("2026-10-26T09:00+01:00"),
    });
    expect(asPairs(nudges)).toEqual(
      expected(["headsUp", "2026-10-23T17:29+02:00"], ["overdue", "2026-10-26T09:00+01:00"]),
    );
  });
});
