import { describe, expect, it } from "vitest";
import {
  createDueAt,
  DEADLINE_RULE_UNITS,
  DEFAULT_DEADLINE_SETTINGS,
  deadlineSettingsSchema,
  describeRule,
} from "../../../../src/flows/calendar/deadline-policy.ts";
import { DEADLINE_RULES, type DeadlineRule } from "../../../../src/flows/context.ts";
import { LOCALES } from "../../../../src/flows/model.ts";

const iso = (value: string): string => new Date(value).toISOString();
const dueAt = createDueAt(DEFAULT_DEADLINE_SETTINGS);

describe("createDueAt with default settings (Termijnen and team agreements)", () => {
  // Friday 27 March 2026, 14:00 CET; DST starts on Sunday 29 March.
  const from = new Date("2026-03-27T14:00:00+01:00");
  const expected: Record<DeadlineRule, string> = {
    // Actie 1: 24 elapsed hours.
    "guideline.actie1.passToTeam": "2026-03-28T14:00:00+01:00",
    // Actie 1: 1 working day, same wall-clock time (Monday, now CEST).
    "guideline.actie1.startAndReport": "2026-03-30T14:00:00+02:00",
    // Signalering: 48 elapsed hours across the DST start → 15:00 on the wall clock.
    "guideline.signal.share48h": "2026-03-29T15:00:00+02:00",
    // Check after about four weeks: 28 days, a Friday.
    "guideline.check.fourWeeks": "2026-04-24T14:00:00+02:00",
    // Actie 2: after six weeks: 42 days, a Friday.
    "guideline.followUp.sixWeeks": "2026-05-08T14:00:00+02:00",
    // Within 3 months: 27 June is a Saturday → Monday 29 June.
    "guideline.resolution.threeMonths": "2026-06-29T14:00:00+02:00",
    // 5 working days: Mon 30, Tue 31, Wed 1, Thu 2, Fri 3 April (Goede Vrijdag is a working day).
    "team.assessment.hearing": "2026-04-03T14:00:00+02:00",
    // 10 working days: also skips Tweede paasdag (Monday 6 April).
    "team.action.default": "2026-04-13T14:00:00+02:00",
    "team.letter.discuss": "2026-04-03T14:00:00+02:00",
    "team.legalAdvice": "2026-04-03T14:00:00+02:00",
    // 20 working days: also skips Koningsdag (Monday 27 April).
    "team.onboarding.item": "2026-04-28T14:00:00+02:00",
    "team.reflection.meeting": "2026-04-13T14:00:00+02:00",
    // 12 months: Saturday 27 March 2027, Easter weekend, Tweede paasdag → Tuesday 30 March.
    "team.cooperation.yearly": "2027-03-30T14:00:00+02:00",
    // 10 working days each, like an agreed action.
    "team.complainant.update": "2026-04-13T14:00:00+02:00",
    "team.timeOut.return": "2026-04-13T14:00:00+02:00",
    "team.advocacy.housing": "2026-04-13T14:00:00+02:00",
  };

  it.each(DEADLINE_RULES.map((rule) => ({ rule, due: expected[rule] })))("$rule → $due", ({ rule, due }) => {
    expect(dueAt(rule, from).toISOString()).toBe(iso(due));
  });

  it("DST end: a Saturday complaint gets 24 real hours to reach the team but until Monday 17:30 to start", () => {
    const saturday = new Date("2026-10-24T16:00:00+02:00");
    expect(dueAt("guideline.actie1.passToTeam", saturday).toISOString()).toBe(
      iso("2026-10-25T15:00:00+01:00"),
    );
    expect(dueAt("guideline.actie1.startAndReport", saturday).toISOString()).toBe(
      iso("2026-10-26T17:30:00+01:00"),
    );
  });

  it("counts from a non-working day to the end of the configured working hours", () => {
    const due = createDueAt(DEFAULT_DEADLINE_SETTINGS, { start: "09:00", end: "16:00" });
    expect(due("guideline.actie1.startAndReport", new Date("2026-12-26T10:00:00+01:00")).toISOString()).toBe(
      iso("2026-12-28T16:00:00+01:00"),
    );
  });

  it("every rule has a unit and a default", () => {
    expect(Object.keys(DEADLINE_RULE_UNITS).sort()).toEqual([...DEADLINE_RULES].sort());
    expect(Object.keys(DEFAULT_DEADLINE_SETTINGS).sort()).toEqual([...DEADLINE_RULES].sort());
  });
});

describe("deadlineSettingsSchema (team agreements are configurable, guideline periods overridable)", () => {
  it("an empty config gives the defaults", () => {
    expect(deadlineSettingsSchema.parse({})).toEqual(DEFAULT_DEADLINE_SETTINGS);
  });

  it("has the agreed team defaults", () => {
    expect(DEFAULT_DEADLINE_SETTINGS).toMatchObject({
      "team.assessment.hearing": 5,
      "team.action.default": 10,
      "team.letter.discuss": 5,
      "team.legalAdvice": 5,
      "team.onboarding.item": 20,
      "team.reflection.meeting": 10,
      "team.cooperation.yearly": 12,
    });
  });

  it("an overridden team period changes the due time", () => {
    const settings = deadlineSettingsSchema.parse({ "team.assessment.hearing": 3 });
    expect(settings["team.action.default"]).toBe(10);
    const due = createDueAt(settings)("team.assessment.hearing", new Date("2026-03-27T14:00:00+01:00"));
    expect(due.toISOString()).toBe(iso("2026-04-01T14:00:00+02:00"));
  });

  it("an overridden guideline period changes the due time", () => {
    const settings = deadlineSettingsSchema.parse({ "guideline.actie1.passToTeam": 12 });
    const due = createDueAt(settings)("guideline.actie1.passToTeam", new Date("2026-03-27T14:00:00+01:00"));
    expect(due.toISOString()).toBe(iso("2026-03-28T02:00:00+01:00"));
  });

  it.each([
    { name: "unknown rule", input: { "team.assesment.hearing": 5 } },
    { name: "zero", input: { "team.legalAdvice": 0 } },
    { name: "negative", input: { "team.legalAdvice": -2 } },
    { name: "fraction", input: { "team.legalAdvice": 1.5 } },
    { name: "string", input: { "team.legalAdvice": "5" } },
  ])("rejects $name", ({ input }) => {
    expect(deadlineSettingsSchema.safeParse(input).success).toBe(false);
  });
});

describe("describeRule", () => {
  it.each([
    {
      rule: "guideline.actie1.startAndReport",
      nl: "Actie 1: binnen 1 werkdag starten en terugkoppelen",
      en: "Actie 1: start and report back within 1 working day",
    },
    {
      rule: "guideline.actie1.passToTeam",
      nl: "Actie 1: verhuurder geeft de klacht binnen 24 uur door aan het team",
      en: "Actie 1: the landlord passes the complaint to the team within 24 hours",
    },
    {
      rule: "guideline.signal.share48h",
      nl: "Signalering: signaal binnen 48 uur aan elkaar doorgeven",
      en: "Signals: pass the signal on to each other within 48 hours",
    },
    {
      rule: "guideline.followUp.sixWeeks",
      nl: "Actie 2: na 6 weken bij de verhuurder navragen of de klachten verholpen zijn",
      en: "Actie 2: after 6 weeks, ask the landlord whether the complaints have stopped",
    },
    {
      rule: "guideline.resolution.threeMonths",
      nl: "Termijnen: overlast binnen 3 maanden verholpen",
      en: "Deadlines: nuisance resolved within 3 months",
    },
    {
      rule: "team.assessment.hearing",
      nl: "Teamafspraak: wederhoor en beoordeling binnen 5 werkdagen",
      en: "Team agreement: hearing and assessment within 5 working days",
    },
    {
      rule: "team.cooperation.yearly",
      nl: "Samenwerkingsoverleg van alle partijen, elke 12 maanden",
      en: "Cooperation meeting of all parties, every 12 months",
    },
  ] as const)("$rule in Dutch and English", ({ rule, nl, en }) => {
    expect(describeRule(rule, "nl")).toBe(nl);
    expect(describeRule(rule, "en")).toBe(en);
  });

  it("describes the configured period, not the default", () => {
    const settings = deadlineSettingsSchema.parse({
      "team.assessment.hearing": 1,
      "guideline.check.fourWeeks": 30,
    });
    expect(describeRule("team.assessment.hearing", "nl", settings)).toBe(
      "Teamafspraak: wederhoor en beoordeling binnen 1 werkdag",
    );
    expect(describeRule("guideline.check.fourWeeks", "en", settings)).toMatch(/^After 30 days, check/);
  });

  it.each(LOCALES.flatMap((locale) => DEADLINE_RULES.map((rule) => ({ locale, rule }))))(
    "$rule has a complete $locale text",
    ({ locale, rule }) => {
      const text = describeRule(rule, locale);
      expect(text.length).toBeGreaterThan(10);
      expect(text).not.toMatch(/[{}]/);
    },
  );
});
