import { describe, expect, it } from "vitest";
import {
  amsterdamDateAndTime,
  amsterdamLocalToIso,
  formValuesFromTeams,
} from "../../../../src/bot/teams/form-values.ts";
import { complaintIntakeForm, parseIntakeForm } from "../../../../src/flows/cases/forms/intake-form.ts";

describe("Europe/Amsterdam date and time ↔ UTC", () => {
  it.each([
    // [Amsterdam date, time, UTC instant, why]
    ["2025-01-15", "14:30", "2025-01-15T13:30:00.000Z", "winter time is UTC+1"],
    ["2025-07-15", "14:30", "2025-07-15T12:30:00.000Z", "summer time is UTC+2"],
    ["2025-03-30", "01:30", "2025-03-30T00:30:00.000Z", "just before the spring switch"],
    ["2025-03-30", "03:30", "2025-03-30T01:30:00.000Z", "just after the spring switch"],
    ["2025-10-26", "12:00", "2025-10-26T11:00:00.000Z", "the autumn switch day, afternoon"],
    ["2024-12-31", "23:59", "2024-12-31T22:59:00.000Z", "new year's eve in Amsterdam is still 2024"],
  ])("%s %s → %s (%s)", (date, time, iso) => {
    expect(amsterdamLocalToIso(date, time)).toBe(iso);
    expect(amsterdamDateAndTime(iso)).toEqual({ date, time });
  });

  it("accepts seconds from Input.Time and refuses what is not a date or time", () => {
    expect(amsterdamLocalToIso("2025-01-15", "14:30:00")).toBe("2025-01-15T13:30:00.000Z");
    expect(amsterdamLocalToIso("2025-02-31", "10:00")).toBeNull();
    expect(amsterdamLocalToIso("15-01-2025", "10:00")).toBeNull();
    expect(amsterdamLocalToIso("2025-01-15", "25:00")).toBeNull();
    expect(amsterdamDateAndTime("not a date")).toBeNull();
  });
});

describe("formValuesFromTeams", () => {
  const fields = [
    { id: "text", kind: "text" as const },
    { id: "area", kind: "textarea" as const },
    { id: "pick", kind: "select" as const },
    { id: "when", kind: "datetime" as const },
    { id: "flag", kind: "checkbox" as const },
  ];

  it("turns the submitted inputs into the neutral values (datetime as one UTC ISO string)", () => {
    const result = formValuesFromTeams(
      fields,
      {
        text: "Jan",
        area: "",
        pick: "b",
        when: "2025-07-01",
        when__time: "09:00",
        flag: "true",
        nabuurForm: {},
      },
      "nl",
    );
    expect(result).toEqual({
      values: { text: "Jan", pick: "b", when: "2025-07-01T07:00:00.000Z", flag: "true" },
      errors: {},
    });
  });

  it("an unchecked toggle is false; empty optional inputs are left out", () => {
    expect(formValuesFromTeams(fields, {}, "nl")).toEqual({ values: { flag: "false" }, errors: {} });
  });

  it("a date without a time (or the other way round) is an error on the field", () => {
    expect(formValuesFromTeams(fields, { when: "2025-07-01" }, "nl").errors).toEqual({
      when: "Vul ook een tijd in.",
    });
    expect(formValuesFromTeams(fields, { when__time: "09:00" }, "en").errors).toEqual({
      when: "Please fill in a date as well.",
    });
    expect(formValuesFromTeams(fields, { when: "2025-02-30", when__time: "09:00" }, "nl").errors).toEqual({
      when: "Dit is geen geldige datum en tijd.",
    });
  });

  it("SPEC §3 Intake: values from the Teams complaint form are accepted by the flow's own parser", () => {
    const form = complaintIntakeForm({ participants: [{ value: "p1", label: "HF-001" }] });
    const { values, errors } = formValuesFromTeams(
      form.fields,
      {
        participant: "p1",
        type: "noise",
        description: "Harde muziek na middernacht",
        occurredAt: "2025-03-01",
        occurredAt__time: "23:30",
        receivedByLandlordAt: "2025-03-02",
        receivedByLandlordAt__time: "09:15",
        complainantAnonymous: "true",
      },
      "nl",
    );
    expect(errors).toEqual({});
    const parsed = parseIntakeForm(values, new Date("2025-03-03T12:00:00Z"));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(parsed.value.complaint.occurredAt.toISOString()).toBe("2025-03-01T22:30:00.000Z");
      expect(parsed.value.complaint.receivedByLandlordAt.toISOString()).toBe("2025-03-02T08:15:00.000Z");
      // "na 22:00" follows 23:30 without being asked.
      expect(parsed.value.complaint.afterTen).toBe(true);
    }
  });
});
