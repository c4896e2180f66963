import { describe, expect, it } from "vitest";
import { PARTICIPANT_FORM_IDS, parseItemRef } from "../../../../src/flows/participants/buttons.ts";
import {
  buildExtendItemForm,
  buildRegistrationForm,
  buildSkipItemForm,
  parseExtendItemForm,
  parseRegistrationForm,
  parseSkipItemForm,
} from "../../../../src/flows/participants/forms.ts";
import { DAY_MS, NOW } from "./fixtures.ts";

const options = {
  careProviders: [{ value: "org-care", label: "Zorg BV" }],
  landlords: [{ value: "org-landlord", label: "Woonstad" }],
  careTeamMembers: [{ value: "m-worker", label: "Sanne" }],
  landlordStaff: [{ value: "m-landlord", label: "Karim" }],
  coordinators: [{ value: "m-coord", label: "Mo" }],
};

const validValues = {
  reference: " HF-017 ",
  careProviderId: "org-care",
  landlordId: "org-landlord",
  dwelling: "Kerkstraat 1",
  leaseType: "threeParty",
  supportWorkerId: "m-worker",
  landlordContactId: "m-landlord",
};

describe("participant registration form (Preventie)", () => {
  it("Preventie: offers the three lease types in Dutch and requires everything but the coordinator", () => {
    const form = buildRegistrationForm(options);
    expect(form.formId).toBe(PARTICIPANT_FORM_IDS.register);
    expect(form.fields.find((f) => f.id === "leaseType")?.options).toEqual([
      { value: "own", label: "Huur op eigen naam" },
      { value: "intermediary", label: "Intermediaire verhuur" },
      { value: "threeParty", label: "Driepartijenovereenkomst" },
    ]);
    expect(form.fields.filter((f) => !f.required).map((f) => f.id)).toEqual(["coordinatorId"]);
  });

  it("Preventie: parses valid values into participant details", () => {
    expect(parseRegistrationForm(validValues)).toEqual({
      ok: true,
      value: {
        reference: "HF-017",
        careProviderId: "org-care",
        landlordId: "org-landlord",
        dwelling: "Kerkstraat 1",
        leaseType: "threeParty",
        supportWorkerId: "m-worker",
        landlordContactId: "m-landlord",
        coordinatorId: null,
      },
    });
  });

  it("Preventie: returns Dutch field errors for a full name, a missing dwelling and an unknown lease type", () => {
    const result = parseRegistrationForm({
      ...validValues,
      reference: "Jan de Vries",
      dwelling: "",
      leaseType: "huur",
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        reference: "Gebruik 2–24 letters, cijfers of streepjes; geen volledige naam.",
        dwelling: "Dit veld is verplicht.",
        leaseType: "Kies een van de opties.",
      },
    });
  });

  it("Preventie: a missing field gets the 'required' message, in English when asked", () => {
    const { supportWorkerId: _omitted, ...values } = validValues;
    expect(parseRegistrationForm(values, "en")).toEqual({
      ok: false,
      errors: { supportWorkerId: "This field is required." },
    });
  });
});

describe("skip-with-reason form", () => {
  it("Maatwerk: carries the item in its metadata and requires a reason", () => {
    const form = buildSkipItemForm("p-1", "matching");
    expect(parseItemRef(form.metadata)).toEqual({ p: "p-1", i: "matching" });
    expect(form.fields).toHaveLength(1);
    expect(form.fields[0]).toMatchObject({ id: "reason", kind: "textarea", required: true });
    expect(parseSkipItemForm({ reason: "  " })).toEqual({
      ok: false,
      errors: { reason: "Dit veld is verplicht." },
    });
    expect(parseSkipItemForm({ reason: " Niet van toepassing " })).toEqual({
      ok: true,
      value: { reason: "Niet van toepassing" },
    });
  });
});

describe("extend form", () => {
  it("Preventie: starts at the current due date and parses a future date with a reason", () => {
    const current = new Date(NOW.getTime() + DAY_MS);
    const form = buildExtendItemForm("p-1", "habitableHome", current);
    expect(form.fields[0]).toMatchObject({
      id: "newDueAt",
      kind: "datetime",
      initial: current.toISOString(),
    });
    const newDue = new Date(NOW.getTime() + 7 * DAY_MS);
    expect(parseExtendItemForm({ newDueAt: newDue.toISOString(), reason: "Witgoed" }, NOW)).toEqual({
      ok: true,
      value: { newDueAt: newDue, reason: "Witgoed" },
    });
  });

  it.each([
    ["not a date", "morgen", "Vul een geldige datum en tijd in."],
    ["in the past", new Date(NOW.getTime() - DAY_MS).toISOString(), "Kies een moment in de toekomst."],
    ["empty", "", "Dit veld is verplicht."],
  ])("Preventie: a new date that is %s gets a Dutch field error", (_label, newDueAt, message) => {
    expect(parseExtendItemForm({ newDueAt, reason: "Witgoed" }, NOW)).toEqual({
      ok: false,
      errors: { newDueAt: message },
    });
  });
});
