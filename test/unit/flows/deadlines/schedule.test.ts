import { describe, expect, it } from "vitest";
import { nextOpeningAfter, planNudges } from "../../../../src/flows/deadlines/schedule.ts";
import { DEFAULT_NUDGE_SETTINGS, type NudgeSettings } from "../../../../src/flows/deadlines/settings.ts";
import { asPairs, at, expected } from "./fixtures.ts";

const withGrace = (hours: number): NudgeSettings => ({ ...DEFAULT_NUDGE_SETTINGS, overdueGraceHours: hours });
const hours = DEFAULT_NUDGE_SETTINGS.workingHours;

describe("planNudges — a ping at due, overdue the next morning, nothing before due", () => {
  it("Termijnen: due inside working hours — one ping at due, overdue at the next morning's opening", () => {
    const nudges = planNudges({
      createdAt: at("2026-03-02T09:00+01:00"),
      dueAt: at("2026-03-04T14:00+01:00"),
    });
    expect(asPairs(nudges)).toEqual(
      expected(["due", "2026-03-04T14:00+01:00"], ["overdue", "2026-03-05T08:30+01:00"]),
    );
  });

  it("no heads-up in the first hours of a deadline days away: nothing is planned before the due time", () => {
    const createdAt = at("2026-03-02T09:00+01:00");
    for (const nudge of planNudges({ createdAt, dueAt: at("2026-03-03T09:00+01:00") })) {
      expect(nudge.at.getTime()).toBeGreaterThanOrEqual(at("2026-03-03T09:00+01:00").getTime());
    }
  });

  it("due outside working hours: no ping (nobody is woken up); overdue at the next opening", () => {
    const nudges = planNudges({
      createdAt: at("2026-03-02T09:00+01:00"),
      dueAt: at("2026-03-04T20:00+01:00"),
    });
    expect(asPairs(nudges)).toEqual(expected(["overdue", "2026-03-05T08:30+01:00"]));
  });

  it("due before the morning opening: overdue that same morning", () => {
    const nudges = planNudges({
      createdAt: at("2026-03-02T09:00+01:00"),
      dueAt: at("2026-03-04T07:00+01:00"),
    });
    expect(asPairs(nudges)).toEqual(expected(["overdue", "2026-03-04T08:30+01:00"]));
  });

  it("a grace period counts from the due time: 4 h after 16:00 is after 17:30, so the next morning", () => {
    const nudges = planNudges(
      { createdAt: at("2026-03-02T09:00+01:00"), dueAt: at("2026-03-04T16:00+01:00") },
      withGrace(4),
    );
    expect(asPairs(nudges)).toEqual(
      expected(["due", "2026-03-04T16:00+01:00"], ["overdue", "2026-03-05T08:30+01:00"]),
    );
  });

  it("a deadline created after its due time (registered late): overdue at the next opening, no ping", () => {
    const nudges = planNudges({
      createdAt: at("2026-03-07T10:00+01:00"),
      dueAt: at("2026-03-06T10:00+01:00"),
    });
    expect(asPairs(nudges)).toEqual(expected(["overdue", "2026-03-09T08:30+01:00"]));
  });

  it("weekend: a Friday-afternoon deadline is overdue on Monday 08:30", () => {
    const nudges = planNudges({
      createdAt: at("2026-03-02T09:00+01:00"),
      dueAt: at("2026-03-06T15:00+01:00"),
    });
    expect(asPairs(nudges)).toEqual(
      expected(["due", "2026-03-06T15:00+01:00"], ["overdue", "2026-03-09T08:30+01:00"]),
    );
  });

  it("Signalering 48 h: logged Friday 19:00, due Sunday 19:00 — no ping on Sunday, overdue Monday 08:30", () => {
    const nudges = planNudges({
      createdAt: at("2026-03-06T19:00+01:00"),
      dueAt: at("2026-03-08T19:00+01:00"),
    });
    expect(asPairs(nudges)).toEqual(expected(["overdue", "2026-03-09T08:30+01:00"]));
  });

  it("Koningsdag (Monday 27 April 2026): a Friday deadline is overdue on Tuesday 28 April", () => {
    const nudges = planNudges({
      createdAt: at("2026-04-20T09:00+02:00"),
      dueAt: at("2026-04-24T16:00+02:00"),
    });
    expect(asPairs(nudges)).toEqual(
      expected(["due", "2026-04-24T16:00+02:00"], ["overdue", "2026-04-28T08:30+02:00"]),
    );
  });

  it("a due time on Koningsdag itself is not pinged", () => {
    const nudges = planNudges({
      createdAt: at("2026-04-20T09:00+02:00"),
      dueAt: at("2026-04-27T10:00+02:00"),
    });
    expect(asPairs(nudges)).toEqual(expected(["overdue", "2026-04-28T08:30+02:00"]));
  });

  it("29 March 2026 (clocks forward): due Friday 27 March 16:00 CET is overdue Monday 08:30 CEST", () => {
    const nudges = planNudges({
      createdAt: at("2026-03-23T09:00+01:00"),
      dueAt: at("2026-03-27T16:00+01:00"),
    });
    expect(asPairs(nudges)).toEqual(
      expected(["due", "2026-03-27T16:00+01:00"], ["overdue", "2026-03-30T08:30+02:00"]),
    );
  });

  it("25 October 2026 (clocks back): due Friday 23 October 16:00 CEST is overdue Monday 08:30 CET", () => {
    const nudges = planNudges({
      createdAt: at("2026-10-19T09:00+02:00"),
      dueAt: at("2026-10-23T16:00+02:00"),
    });
    expect(asPairs(nudges)).toEqual(
      expected(["due", "2026-10-23T16:00+02:00"], ["overdue", "2026-10-26T08:30+01:00"]),
    );
  });
});

describe("nextOpeningAfter — when the next morning digest comes", () => {
  it("inside working hours: the next working day's opening", () => {
    expect(nextOpeningAfter(at("2026-03-04T10:00+01:00"), hours)).toEqual(at("2026-03-05T08:30+01:00"));
  });
  it("before the opening: that morning", () => {
    expect(nextOpeningAfter(at("2026-03-04T06:00+01:00"), hours)).toEqual(at("2026-03-04T08:30+01:00"));
  });
  it("Friday evening: Monday morning", () => {
    expect(nextOpeningAfter(at("2026-03-06T18:00+01:00"), hours)).toEqual(at("2026-03-09T08:30+01:00"));
  });
});
