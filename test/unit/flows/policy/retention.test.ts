/**
 * AVG bewaartermijnen as pure policy: when each part of a closed case is due, which timeline
 * values each part removes, and what is left of the case state.
 */
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../../../src/config.ts";
import {
  anonymiseCaseState,
  type RetentionSettings,
  retentionPartsDue,
  timelineKeysToAnonymise,
} from "../../../../src/flows/policy/retention.ts";
import type { StoredTimelineEventName } from "../../../../src/flows/timeline-events.ts";
import { COMPLAINANT_NAME, fullScenario, SECRETS } from "../cases/full-scenario.ts";

const DAY = 86_400_000;
const settings: RetentionSettings = { careDays: 730, housingDays: 1826 };
const closedAt = new Date("2025-01-10T12:00:00Z");
const closed = {
  status: "closed",
  closedAt,
  careAnonymisedAt: null,
  anonymisedAt: null,
  legalHoldSince: null,
};
const afterClosing = (days: number, ms = 0) => new Date(closedAt.getTime() + days * DAY + ms);

describe("retentionPartsDue", () => {
  it("care data exactly after the care period, housing data exactly after the housing period", () => {
    expect(retentionPartsDue(closed, afterClosing(730, -1), settings)).toEqual([]);
    expect(retentionPartsDue(closed, afterClosing(730), settings)).toEqual(["care"]);
    const careDone = { ...closed, careAnonymisedAt: afterClosing(730) };
    expect(retentionPartsDue(careDone, afterClosing(1826, -1), settings)).toEqual([]);
    expect(retentionPartsDue(careDone, afterClosing(1826), settings)).toEqual(["housing"]);
    expect(
      retentionPartsDue({ ...careDone, anonymisedAt: afterClosing(1826) }, afterClosing(5000), settings),
    ).toEqual([]);
  });

  it("the housing part covers the care part when both are due", () => {
    expect(retentionPartsDue(closed, afterClosing(1826), settings)).toEqual(["housing"]);
    expect(retentionPartsDue(closed, afterClosing(10), { careDays: 30, housingDays: 10 })).toEqual([
      "housing",
    ]);
  });

  it("never for open or resolved cases, nor while a legal hold applies", () => {
    expect(
      retentionPartsDue({ ...closed, status: "open", closedAt: null }, afterClosing(9999), settings),
    ).toEqual([]);
    expect(retentionPartsDue({ ...closed, status: "resolved" }, afterClosing(9999), settings)).toEqual([]);
    expect(
      retentionPartsDue({ ...closed, legalHoldSince: afterClosing(1) }, afterClosing(9999), settings),
    ).toEqual([]);
  });
});

describe("timelineKeysToAnonymise", () => {
  const entry = (
    event: string,
    visibility: string,
    details: Record<string, string | number | boolean | null>,
  ) => ({
    event: event as StoredTimelineEventName,
    visibility,
    details: { actorId: "U-worker", ...details },
  });

  it("care-only entries keep ids, dates, counts and what was done; never what was found or said", () => {
    const hearing = entry("hearing.recorded", "careTeam", { heldAt: "2024-03-04T09:00:00Z", notes: "x" });
    expect(timelineKeysToAnonymise(hearing, "care")).toEqual(["notes"]);
    const answer = entry("assessment.answered", "careTeam", {
      assessmentId: "a-1",
      question: "behaviour",
      value: "conscious",
    });
    expect(timelineKeysToAnonymise(answer, "care")).toEqual(["question", "value"]);
    const offered = entry("intervention.offered", "careTeam", {
      interventionId: "int-1",
      intervention: "timeOut",
      timeOutReason: "safety",
      note: "x",
    });
    expect(timelineKeysToAnonymise(offered, "care")).toEqual(["note"]);
    expect(timelineKeysToAnonymise(offered, "housing")).toEqual(["note"]);
  });

  it("shared and landlord entries lose their free text in the housing part only; codes stay", () => {
    const started = entry("case.started", "shared", { inTime: true, approach: "Gesprek vandaag" });
    expect(timelineKeysToAnonymise(started, "care")).toEqual([]);
    expect(timelineKeysToAnonymise(started, "housing")).toEqual(["approach"]);
    const closing = entry("case.closed", "shared", { reason: "other", text: "Verhuisd" });
    expect(timelineKeysToAnonymise(closing, "housing")).toEqual(["text"]);
    const skipped = entry("action.skipped", "shared", { actionCode: "smallGesture", reason: "Wil niet" });
    expect(timelineKeysToAnonymise(skipped, "housing")).toEqual(["reason"]);
    const complainant = entry("complainant.recorded", "landlord", { complaintId: "c-1", anonymous: false });
    expect(timelineKeysToAnonymise(complainant, "housing")).toEqual([]);
    const anyNewText = entry("something.new", "shared", { freeText: "iets persoonlijks", count: 3 });
    expect(timelineKeysToAnonymise(anyNewText, "housing")).toEqual(["freeText"]);
  });

  it("on a whole case: the care part leaves no care-only content, the housing part nothing personal", () => {
    const timeline = fullScenario().timeline();
    const remaining = (part: "care" | "housing") =>
      JSON.stringify(
        timeline.map((e) => {
          const details = { ...e.details };
          for (const key of timelineKeysToAnonymise(e, part)) details[key] = null;
          return details;
        }),
      );
    const care = remaining("care");
    for (const secret of SECRETS) expect(care).not.toContain(secret);
    expect(care).toContain("Begeleider spreekt de deelnemer vandaag");
    expect(remaining("housing")).not.toContain("Begeleider spreekt de deelnemer vandaag");
  });
});

describe("anonymiseCaseState", () => {
  const { state } = fullScenario();

  it("care: no care-only content; housing data and the link to the participant stay", () => {
    const care = anonymiseCaseState(state, "care");
    const text = JSON.stringify(care);
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    expect(care.assessments).toEqual([]);
    expect(care.complaints[0]!.description).toBe("Harde muziek en geschreeuw");
    expect(care.participantId).toBe(state.participantId);
    expect(care.ladder.interventions.map((i) => [i.detail.kind, i.outcome])).toEqual(
      state.ladder.interventions.map((i) => [i.detail.kind, i.outcome]),
    );
  });

  it("housing: nothing personal, no link to the participant; the skeleton stays", () => {
    const housing = anonymiseCaseState(state, "housing");
    const text = JSON.stringify(housing);
    for (const secret of [...SECRETS, COMPLAINANT_NAME, "Harde muziek", "Begeleider spreekt"]) {
      expect(text).not.toContain(secret);
    }
    expect(housing.participantId).toBe("");
    expect(housing.participant.reference).toBe("");
    expect(housing.complaints.map((c) => c.type)).toEqual(state.complaints.map((c) => c.type));
    expect(housing.ladder.letters).toEqual(state.ladder.letters);
    expect(housing.closedAt).toBe(state.closedAt);
  });

  it("changes nothing more the second time, and leaves the input alone", () => {
    const before = JSON.stringify(state);
    for (const part of ["care", "housing"] as const) {
      const once = anonymiseCaseState(state, part);
      expect(anonymiseCaseState(once, part)).toEqual(once);
    }
    expect(JSON.stringify(state)).toBe(before);
  });
});

describe("RETENTION_CARE_DAYS and RETENTION_HOUSING_DAYS", () => {
  it("default to about two and five years and refuse what is not a positive number of days", () => {
    const config = loadConfig({});
    expect([config.RETENTION_CARE_DAYS, config.RETENTION_HOUSING_DAYS]).toEqual([730, 1826]);
    expect(loadConfig({ RETENTION_CARE_DAYS: "365", RETENTION_HOUSING_DAYS: "3650" })).toMatchObject({
      RETENTION_CARE_DAYS: 365,
      RETENTION_HOUSING_DAYS: 3650,
    });
    for (const [name, value] of [
      ["RETENTION_CARE_DAYS", "0"],
      ["RETENTION_CARE_DAYS", "two years"],
      ["RETENTION_HOUSING_DAYS", "-5"],
      ["RETENTION_HOUSING_DAYS", "1.5"],
    ]) {
      expect(() => loadConfig({ [name!]: value })).toThrow(ConfigError);
      expect(() => loadConfig({ [name!]: value })).toThrow(new RegExp(`^${name}:`));
    }
  });
});
