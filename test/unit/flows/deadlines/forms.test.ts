import { describe, expect, it } from "vitest";
import { DEADLINE_FORM_IDS, parseDeadlineRef } from "../../../../src/flows/deadlines/buttons.ts";
import {
  buildExtendDeadlineForm,
  buildHandOverForm,
  parseExtendDeadlineForm,
  parseHandOverForm,
} from "../../../../src/flows/deadlines/forms.ts";
import {
  DEADLINE_ERROR_CODES,
  DEADLINE_TEXTS,
  deadlineErrorMessage,
} from "../../../../src/flows/deadlines/texts.ts";
import { NOW, openDeadline } from "./fixtures.ts";

const options = [
  { value: "m-worker", label: "Sanne (begeleider)" },
  { value: "m-coord", label: "Ahmed (coördinator)" },
];

describe("button payloads", () => {
  it('accept {"d":…} and reject anything else', () => {
    expect(parseDeadlineRef('{"d":"dl-1"}')).toEqual({ d: "dl-1" });
    expect(parseDeadlineRef('{"d":""}')).toBeNull();
    expect(parseDeadlineRef('{"d":"dl-1","x":1}')).toBeNull();
    expect(parseDeadlineRef("not json")).toBeNull();
  });
});

describe("Meer tijd form", () => {
  it("asks for a new due time (starting at the current one) and a reason, carrying the deadline id", () => {
    const form = buildExtendDeadlineForm(openDeadline);
    expect(form.formId).toBe(DEADLINE_FORM_IDS.extend);
    expect(parseDeadlineRef(form.metadata)).toEqual({ d: "dl-1" });
    expect(form.fields.map((field) => [field.id, field.kind, field.required])).toEqual([
      ["newDueAt", "datetime", true],
      ["reason", "textarea", true],
    ]);
    expect(form.fields[0]?.initial).toBe(openDeadline.dueAt);
    expect(form.fields[0]?.hint).toBe("Nu uiterlijk do 5 mrt 2026 10:00. Kies een later moment.");
  });

  const context = { now: NOW, currentDueAt: openDeadline.dueAt };

  it("Maatwerk: a later moment and a reason are accepted", () => {
    expect(
      parseExtendDeadlineForm({ newDueAt: "2026-03-09T09:00:00Z", reason: " Deelnemer ziek " }, context),
    ).toEqual({
      ok: true,
      value: { newDueAt: new Date("2026-03-09T09:00:00Z"), reason: "Deelnemer ziek" },
    });
  });

  it.each([
    [
      { newDueAt: "", reason: "" },
      { newDueAt: "Dit veld is verplicht.", reason: "Dit veld is verplicht." },
    ],
    [{ newDueAt: "morgen", reason: "x" }, { newDueAt: "Vul een geldige datum en tijd in." }],
    [
      { newDueAt: "2026-03-05T08:00:00Z", reason: "x" },
      { newDueAt: "Kies een moment na de huidige termijn (do 5 mrt 2026 10:00)." },
    ],
    [
      { newDueAt: "2026-03-09T09:00:00Z", reason: "x".repeat(1001) },
      { reason: "Het veld 'Reden' is te lang: maximaal 1000 tekens." },
    ],
  ])("Dutch field errors for %j", (values, errors) => {
    expect(parseExtendDeadlineForm(values, context)).toEqual({ ok: false, errors });
  });

  it("an overdue deadline needs a moment in the future, not just after the old due time", () => {
    const later = { now: new Date("2026-03-06T12:00:00Z"), currentDueAt: openDeadline.dueAt };
    expect(parseExtendDeadlineForm({ newDueAt: "2026-03-06T09:00:00Z", reason: "x" }, later)).toEqual({
      ok: false,
      errors: { newDueAt: "Kies een moment in de toekomst." },
    });
  });

  it("English field errors", () => {
    expect(parseExtendDeadlineForm({ reason: "x" }, context, "en")).toEqual({
      ok: false,
      errors: { newDueAt: "This field is required." },
    });
  });
});

describe("Overdragen form", () => {
  it("offers the members passed in, without the current owner, and an optional note", () => {
    const form = buildHandOverForm(openDeadline, options);
    expect(form.formId).toBe(DEADLINE_FORM_IDS.handOver);
    expect(form.title).toBe("Termijn overdragen");
    expect(form.fields[0]).toMatchObject({ id: "toMemberId", kind: "select", required: true });
    expect(form.fields[0]?.options).toEqual([{ value: "m-coord", label: "Ahmed (coördinator)" }]);
    expect(form.fields[1]).toMatchObject({ id: "note", kind: "textarea", required: false });
  });

  const context = { options, currentOwnerId: "m-worker" };

  it("returns the chosen member and the note (blank note → null)", () => {
    expect(parseHandOverForm({ toMemberId: "m-coord", note: " Vakantie " }, context)).toEqual({
      ok: true,
      value: { toMemberId: "m-coord", note: "Vakantie" },
    });
    expect(parseHandOverForm({ toMemberId: "m-coord", note: "  " }, context)).toEqual({
      ok: true,
      value: { toMemberId: "m-coord", note: null },
    });
  });

  it.each([
    [{}, "Dit veld is verplicht."],
    [{ toMemberId: "m-stranger" }, "Kies een van de opties."],
    [{ toMemberId: "m-worker" }, "Kies iemand anders dan de huidige eigenaar."],
  ])("Dutch field error for %j", (values, message) => {
    expect(parseHandOverForm(values, context)).toEqual({ ok: false, errors: { toMemberId: message } });
  });
});

describe("texts", () => {
  it("every refusal code has a Dutch and an English message", () => {
    for (const code of DEADLINE_ERROR_CODES) {
      expect(deadlineErrorMessage(code, {}, "nl")).not.toBe("");
      expect(deadlineErrorMessage(code, {}, "en")).not.toBe(deadlineErrorMessage(code, {}, "nl"));
    }
  });

  it("English has the same keys as Dutch", () => {
    const keys = (value: object): string[] =>
      Object.entries(value).flatMap(([key, inner]) =>
        typeof inner === "object" && inner !== null ? keys(inner).map((k) => `${key}.${k}`) : [key],
      );
    expect(keys(DEADLINE_TEXTS.en).sort()).toEqual(keys(DEADLINE_TEXTS.nl).sort());
  });
});
