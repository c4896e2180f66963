/**
 * SPEC §3 Intake fields, checked the way the landlord's system needs: every problem at once, each
 * named by its field in plain Dutch (or English), and rules between fields only on valid fields.
 */
import { describe, expect, it } from "vitest";
import { ApiError } from "../../../src/api/errors.ts";
import { complaintChecks } from "../../../src/api/routes/complaints.ts";
import { complaintRequestSchema, signalRequestSchema } from "../../../src/api/schemas.ts";
import { apiTexts } from "../../../src/api/texts.ts";
import { validateBody } from "../../../src/api/validation.ts";

const NOW = new Date("2026-11-23T09:00:00Z");

function problems(body: unknown, locale: "nl" | "en" = "nl") {
  try {
    validateBody(complaintRequestSchema, body, locale, (v) => complaintChecks(v, NOW));
  } catch (error) {
    if (error instanceof ApiError) return error.fields ?? [];
    throw error;
  }
  return [];
}

const valid = {
  participant: " HF-007 ",
  type: "noise",
  description: "Harde muziek",
  occurredAt: "2026-11-22T23:30:00+01:00",
  afterTen: true,
  receivedByLandlordAt: "2026-11-23T08:15:00+01:00",
  complainant: { anonymous: true },
};

describe("intake validation", () => {
  it("a valid complaint parses, with the reference trimmed", () => {
    const parsed = validateBody(complaintRequestSchema, valid, "nl", (v) => complaintChecks(v, NOW));
    expect(parsed.participant).toBe("HF-007");
  });

  it("an empty object names every required field once", () => {
    const found = problems({});
    expect(found.map((p) => p.field).sort()).toEqual(
      [
        "afterTen",
        "complainant",
        "description",
        "occurredAt",
        "participant",
        "receivedByLandlordAt",
        "type",
      ].sort(),
    );
    expect(found.every((p) => p.problem === "required")).toBe(true);
    expect(found.find((p) => p.field === "type")?.message).toBe("Vul het soort overlast (type) in.");
  });

  it("unknown fields are named, also inside the complainant", () => {
    const found = problems({ ...valid, complainant: { anonymous: true, naam: "x" }, extra: 1 });
    expect(found.map((p) => [p.field, p.problem])).toEqual(
      expect.arrayContaining([
        ["complainant.naam", "unknownField"],
        ["extra", "unknownField"],
      ]),
    );
  });

  it("too long texts say the maximum", () => {
    const [problem] = problems({ ...valid, description: "x".repeat(3001) }, "en");
    expect(problem).toEqual({
      field: "description",
      problem: "tooLong",
      message: "The description is too long: at most 3000 characters.",
    });
  });

  it("Actie 1: a complaint cannot have happened after the landlord received it, nor lie in the future", () => {
    expect(
      problems({ ...valid, occurredAt: "2026-11-23T08:30:00+01:00", afterTen: false }).map((p) => p.problem),
    ).toEqual(["occurredAfterReceipt"]);
    // Five minutes of clock difference are allowed.
    expect(problems({ ...valid, receivedByLandlordAt: "2026-11-23T10:04:00+01:00" })).toEqual([]);
    expect(
      problems({ ...valid, receivedByLandlordAt: "2026-11-23T10:06:00+01:00" }).map((p) => p.problem),
    ).toEqual(["inFuture"]);
  });

  it('Actie 1: "na 22:00" (afterTen) must agree with the time it happened, 22:00 until 07:00 Amsterdam time', () => {
    expect(problems({ ...valid, occurredAt: "2026-11-22T23:30:00+01:00", afterTen: true })).toEqual([]);
    expect(problems({ ...valid, occurredAt: "2026-11-22T06:59:00+01:00", afterTen: true })).toEqual([]);
    expect(problems({ ...valid, occurredAt: "2026-11-22T14:00:00+01:00", afterTen: false })).toEqual([]);
    const day = problems({ ...valid, occurredAt: "2026-11-22T14:00:00+01:00", afterTen: true });
    expect(day).toEqual([
      {
        field: "afterTen",
        problem: "afterTenContradicts",
        message: expect.stringContaining("tussen 22:00 en 07:00"),
      },
    ]);
    const night = problems({ ...valid, occurredAt: "2026-11-22T22:00:00Z", afterTen: false });
    expect(night.map((p) => `${p.field}:${p.problem}`)).toEqual(["afterTen:afterTenContradicts"]);
  });

  it("a bad date is reported as a date problem, not as an ordering problem as well", () => {
    const found = problems({ ...valid, occurredAt: "22-11-2026" });
    expect(found.map((p) => `${p.field}:${p.problem}`)).toEqual(["occurredAt:dateTime"]);
  });

  it("a named complainant needs a name or contact unless anonymous", () => {
    expect(problems({ ...valid, complainant: { anonymous: false } }).map((p) => p.field)).toEqual([
      "complainant.name",
    ]);
    expect(problems({ ...valid, complainant: { anonymous: false, contact: "06-1" } })).toEqual([]);
  });

  it("every request field has a plain-language name in Dutch and English", () => {
    const fields = [
      ...Object.keys(complaintRequestSchema.shape),
      ...Object.keys(complaintRequestSchema.shape.complainant.shape).map((key) => `complainant.${key}`),
      ...Object.keys(signalRequestSchema.shape),
    ];
    for (const locale of ["nl", "en"] as const) {
      for (const field of fields) expect(apiTexts[locale].fields[field], `${locale} ${field}`).toBeTruthy();
    }
    expect(Object.keys(apiTexts.en.errors).sort()).toEqual(Object.keys(apiTexts.nl.errors).sort());
  });
});
