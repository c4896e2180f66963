import { describe, expect, it } from "vitest";
import type { Form } from "../../../../src/flows/cards/card.ts";
import { caseRefValue, decodeValue } from "../../../../src/flows/cases/buttons.ts";
import {
  addActionForm,
  alternativeForm,
  breachForm,
  careNoteForm,
  changeActionForm,
  closeCaseForm,
  complaintIntakeForm,
  courtPathForm,
  evictionForm,
  extendDeadlineForm,
  followUpCheckForm,
  hearingForm,
  interventionForm,
  interventionOutcomeForm,
  letterForm,
  parseAddActionForm,
  parseAlternativeForm,
  parseChangeActionForm,
  parseCloseCaseForm,
  parseCourtPathForm,
  parseDateTime,
  parseEvictionForm,
  parseExtendDeadlineForm,
  parseFollowUpCheckForm,
  parseIntakeForm,
  parseInterventionForm,
  parseLetterForm,
  parseReflectionForm,
  parseSkipActionForm,
  parseSupportAfterEvictionForm,
  reflectionForm,
  skipActionForm,
  skipEscalationForm,
  startCaseForm,
  supportAfterEvictionForm,
  writtenFeedbackForm,
} from "../../../../src/flows/cases/forms.ts";
import { LOCALES } from "../../../../src/flows/model.ts";
import { T0 } from "./fixtures.ts";

const VALID_INTAKE = {
  participant: "p-1",
  type: "noise",
  description: "Harde muziek",
  occurredAt: "2024-03-03T23:30:00+01:00",
  receivedByLandlordAt: "2024-03-04T08:00:00+01:00",
  complainantAnonymous: false,
  complainantName: "Els",
  complainantContact: "",
};

describe("SPEC §3 Intake: the complaint form", () => {
  it("has the intake fields: participant, type, description, when, landlord receipt, complainant", () => {
    const form = complaintIntakeForm({ participants: [{ value: "p-1", label: "HF-017" }] });
    expect(form.fields.map((f) => [f.id, f.kind, f.required])).toEqual([
      ["participant", "select", true],
      ["type", "select", true],
      ["description", "textarea", true],
      ["occurredAt", "datetime", true],
      ["receivedByLandlordAt", "datetime", true],
      ["complainantAnonymous", "checkbox", false],
      ["complainantName", "text", false],
      ["complainantContact", "text", false],
    ]);
    expect(form.fields[1]?.options?.map((o) => o.label)).toEqual([
      "Geluidsoverlast",
      "Stankoverlast",
      "Overlast door bezoek",
      "Overlast op straat / openbare ruimte",
      "Andere overlast",
    ]);
  });

  it("parses valid input into a complaint and a separate complainant (landlord only)", () => {
    const result = parseIntakeForm(VALID_INTAKE, T0);
    expect(result).toEqual({
      ok: true,
      value: {
        participantId: "p-1",
        complaint: {
          type: "noise",
          description: "Harde muziek",
          occurredAt: new Date("2024-03-03T22:30:00Z"),
          afterTen: true,
          receivedByLandlordAt: new Date("2024-03-04T07:00:00Z"),
          complainantAnonymous: false,
        },
        complainant: { anonymous: false, name: "Els", contact: null },
      },
    });
  });

  it('"na 22:00" follows the time entered (22:00 until 07:00 Amsterdam time), whatever is sent with it', () => {
    const afterTen = (occurredAt: string, sent: string) => {
      const result = parseIntakeForm({ ...VALID_INTAKE, occurredAt, afterTen: sent }, T0);
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      return result.value.complaint.afterTen;
    };
    expect(afterTen("2024-03-03T22:00:00+01:00", "false")).toBe(true);
    expect(afterTen("2024-03-04T02:30:00+01:00", "false")).toBe(true);
    expect(afterTen("2024-03-04T06:59:00+01:00", "false")).toBe(true);
    expect(afterTen("2024-03-04T07:00:00+01:00", "true")).toBe(false);
    expect(afterTen("2024-03-03T21:59:00+01:00", "true")).toBe(false);
    // Summer time: 22:30 in Amsterdam is 20:30 UTC.
    expect(afterTen("2023-07-03T20:30:00Z", "false")).toBe(true);
  });

  it("an anonymous complainant's typed name is not kept", () => {
    const result = parseIntakeForm({ ...VALID_INTAKE, complainantAnonymous: "on" }, T0);
    expect(result.ok && result.value.complainant).toEqual({ anonymous: true, name: null, contact: null });
  });

  it("returns Dutch field errors for bad input", () => {
    const result = parseIntakeForm(
      {
        participant: "",
        type: "loud",
        description: " ",
        occurredAt: "2024-03-05T10:00:00+01:00",
        receivedByLandlordAt: "2024-03-04T08:00",
        complainantAnonymous: false,
      },
      T0,
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        participant: "Vul dit veld in.",
        type: "Maak een keuze.",
        description: "Vul dit veld in.",
        receivedByLandlordAt: "Vul een geldige datum en tijd in.",
      },
    });
  });

  it("checks the complainant, the order of the dates and a receipt in the future", () => {
    const result = parseIntakeForm(
      {
        ...VALID_INTAKE,
        complainantName: "",
        occurredAt: "2024-03-05T10:00:00+01:00",
        receivedByLandlordAt: "2024-03-05T09:00:00+01:00",
      },
      T0,
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        complainantName: "Vul naam of contactgegevens van de klager in, of vink 'anoniem' aan.",
        occurredAt: "De overlast kan niet na de ontvangst door de verhuurder hebben plaatsgevonden.",
        receivedByLandlordAt: "Deze datum ligt in de toekomst.",
      },
    });
  });

  it("English field errors are available", () => {
    const result = parseIntakeForm({ ...VALID_INTAKE, description: "" }, T0, "en");
    expect(result).toEqual({ ok: false, errors: { description: "Please fill in this field." } });
  });
});

describe("Date-time values from the platforms", () => {
  it.each([
    ["2024-03-04T10:00:00Z", "2024-03-04T10:00:00.000Z"],
    ["2024-03-04T10:00+01:00", "2024-03-04T09:00:00.000Z"],
    ["1709546400", "2024-03-04T10:00:00.000Z"],
  ])("%s is read as %s", (input, iso) => {
    expect(parseDateTime(input)?.toISOString()).toBe(iso);
  });

  it.each(["2024-03-04T10:00", "gisteren", "", "2024-13-45T10:00:00Z"])("%s is refused", (input) => {
    expect(parseDateTime(input)).toBeUndefined();
  });
});

describe("The other case forms", () => {
  const ref = { c: "case-1" };

  it("change-action: new text, owner and optional due date", () => {
    expect(parseChangeActionForm({ text: "Belronde", ownerRole: "landlordStaff", dueAt: "" }, T0)).toEqual({
      ok: true,
      value: { text: "Belronde", ownerRole: "landlordStaff", dueAt: null },
    });
    expect(
      parseChangeActionForm({ text: "Belronde", ownerRole: "partner", dueAt: "2024-03-01T10:00:00Z" }, T0),
    ).toEqual({
      ok: false,
      errors: { ownerRole: "Maak een keuze." },
    });
    expect(
      parseChangeActionForm({ text: "x", ownerRole: "coordinator", dueAt: "2024-03-01T10:00:00Z" }, T0),
    ).toEqual({
      ok: false,
      errors: { dueAt: "Kies een datum in de toekomst." },
    });
  });

  it("skip-with-reason: the reason is required", () => {
    expect(parseSkipActionForm({ reason: "" })).toEqual({
      ok: false,
      errors: { reason: "Vul dit veld in." },
    });
    expect(parseSkipActionForm({ reason: " Past niet " })).toEqual({
      ok: true,
      value: { reason: "Past niet" },
    });
  });

  it("add-action: care-only when ticked", () => {
    expect(
      parseAddActionForm(
        {
          text: "Huisarts bellen",
          ownerRole: "careTeamMember",
          careOnly: true,
          dueAt: "2024-03-06T10:00:00Z",
        },
        T0,
      ),
    ).toEqual({
      ok: true,
      value: {
        text: "Huisarts bellen",
        ownerRole: "careTeamMember",
        dueAt: new Date("2024-03-06T10:00:00Z"),
        audience: "careTeam",
      },
    });
  });

  it("extend-deadline: new date in the future and a reason", () => {
    expect(
      parseExtendDeadlineForm({ key: "check.fourWeeks", dueAt: "2024-03-01T10:00:00Z", reason: "" }, T0),
    ).toEqual({
      ok: false,
      errors: { reason: "Vul dit veld in.", dueAt: "Kies een datum in de toekomst." },
    });
    expect(
      parseExtendDeadlineForm({ key: "check.fourWeeks", dueAt: "nonsense", reason: "ziek" }, T0),
    ).toEqual({
      ok: false,
      errors: { dueAt: "Vul een geldige datum en tijd in." },
    });
    expect(
      parseExtendDeadlineForm({ key: "check.fourWeeks", dueAt: "2024-03-08T10:00:00Z", reason: "ziek" }, T0),
    ).toEqual({
      ok: true,
      value: { key: "check.fourWeeks", dueAt: new Date("2024-03-08T10:00:00Z"), reason: "ziek" },
    });
  });

  it("close-case: reasons per kind, 'other' needs a text, 'wrongly attributed' is offered for complaints", () => {
    expect(closeCaseForm(ref, "nuisance").fields[0]?.options?.map((o) => o.value)).toEqual([
      "resolved",
      "wronglyAttributed",
      "other",
    ]);
    expect(closeCaseForm(ref, "participantReport").fields[0]?.options?.map((o) => o.value)).toEqual([
      "resolved",
      "participantReportHandled",
      "other",
    ]);
    expect(parseCloseCaseForm({ reason: "other", text: "" })).toEqual({
      ok: false,
      errors: { text: "Vul dit veld in." },
    });
    expect(parseCloseCaseForm({ reason: "wronglyAttributed" })).toEqual({
      ok: true,
      value: { reason: "wronglyAttributed", text: null },
    });
  });

  it("letter-recorded (Actie 3/4/5): sent at, registered, signed 'voor gezien'", () => {
    expect(
      parseLetterForm({ sentAt: "2024-03-01T10:00:00Z", registered: "true", signedForSeen: "false" }, T0),
    ).toEqual({
      ok: true,
      value: { sentAt: new Date("2024-03-01T10:00:00Z"), registered: true, signedForSeen: false },
    });
    expect(letterForm({ c: "case-1", s: "actie5" }).fields.find((f) => f.id === "registered")?.initial).toBe(
      "true",
    );
  });

  it("Interventie 2–4: time-out needs a reason, rehousing the participant's choice, another place the participant", () => {
    expect(parseInterventionForm({ kind: "timeOut" })).toEqual({
      ok: false,
      errors: { timeOutReason: "Kies de reden voor de time-out of respijtplaats." },
    });
    expect(parseInterventionForm({ kind: "rehousing" })).toEqual({
      ok: false,
      errors: { participantDecision: "Herplaatsing is de keuze van de deelnemer: leg die keuze vast." },
    });
    expect(parseInterventionForm({ kind: "otherPlace", description: "Skaeve Huse" })).toEqual({
      ok: false,
      errors: { decidedWithParticipant: "Een andere plek wordt alleen samen met de deelnemer besloten." },
    });
    expect(parseInterventionForm({ kind: "scaleUpCare", daily: "on", note: "Elke dag langs" })).toEqual({
      ok: true,
      value: { detail: { kind: "scaleUpCare", daily: true }, note: "Elke dag langs" },
    });
  });

  it("Actie 6: the court form offers only the lease type's party; three-party needs the agreement", () => {
    expect(courtPathForm(ref, "own").fields[0]?.options?.map((o) => o.value)).toEqual(["landlord"]);
    expect(courtPathForm(ref, "intermediary").fields[0]?.options?.map((o) => o.value)).toEqual([
      "careProvider",
    ]);
    expect(parseCourtPathForm({ party: "careProvider", agreement: "" }, "threeParty")).toEqual({
      ok: false,
      errors: { agreement: "Vul dit veld in." },
    });
  });

  it("Actie 6: an alternative agreed needs a description; the eviction a date that has passed", () => {
    expect(parseAlternativeForm({ description: "  " })).toEqual({
      ok: false,
      errors: { description: "Vul dit veld in." },
    });
    expect(parseAlternativeForm({ description: " 24-uursvoorziening " })).toEqual({
      ok: true,
      value: { description: "24-uursvoorziening" },
    });
    expect(parseEvictionForm({ at: "2024-03-01T09:00:00Z" }, T0)).toEqual({
      ok: true,
      value: { at: new Date("2024-03-01T09:00:00Z"), despiteAlternative: false },
    });
    // After an agreed alternative the eviction needs the tick that records it anyway.
    expect(parseEvictionForm({ at: "2024-03-01T09:00:00Z" }, T0, "nl", true)).toEqual({
      ok: false,
      errors: { despiteAlternative: "Vink aan om de ontruiming toch vast te leggen, of sluit dit venster." },
    });
    expect(
      parseEvictionForm({ at: "2024-03-01T09:00:00Z", despiteAlternative: "true" }, T0, "nl", true),
    ).toEqual({
      ok: true,
      value: { at: new Date("2024-03-01T09:00:00Z"), despiteAlternative: true },
    });
    expect(parseEvictionForm({ at: "2024-03-11T09:00:00Z" }, T0)).toEqual({
      ok: false,
      errors: { at: "Deze datum ligt in de toekomst." },
    });
    expect(parseEvictionForm({ at: "gisteren" }, T0)).toEqual({
      ok: false,
      errors: { at: "Vul een geldige datum en tijd in." },
    });
    expect(parseEvictionForm({}, T0, "en").ok).toBe(false);
  });

  it("Nieuwe kansen: support continues unless the participant declines; the reflection meeting has passed", () => {
    expect(parseSupportAfterEvictionForm({})).toEqual({
      ok: true,
      value: { participantDeclines: false, note: null },
    });
    expect(parseSupportAfterEvictionForm({ participantDeclines: "true", note: "Wil zelf verder" })).toEqual({
      ok: true,
      value: { participantDeclines: true, note: "Wil zelf verder" },
    });
    expect(supportAfterEvictionForm(ref).fields.find((f) => f.id === "note")?.hint).toBe(
      "Alleen zichtbaar voor het zorgteam.",
    );
    expect(parseReflectionForm({ heldAt: "2024-03-04T08:00:00Z" }, T0)).toEqual({
      ok: true,
      value: { heldAt: new Date("2024-03-04T08:00:00Z") },
    });
    expect(parseReflectionForm({ heldAt: "2024-03-05T08:00:00Z" }, T0, "en")).toEqual({
      ok: false,
      errors: { heldAt: "This date lies in the future." },
    });
  });

  it("four-week check / six-week follow-up: a yes/no answer", () => {
    expect(parseFollowUpCheckForm({ answer: "no", note: "" })).toEqual({
      ok: true,
      value: { answer: false, note: null },
    });
    expect(parseFollowUpCheckForm({})).toEqual({ ok: false, errors: { answer: "Maak een keuze." } });
  });

  it("every form fits a Slack modal: title and submit ≤ 24 characters, option labels ≤ 75, metadata parses", () => {
    for (const locale of LOCALES) {
      const forms: Form[] = [
        complaintIntakeForm({ participants: [{ value: "p-1", label: "HF-017" }], locale }),
        startCaseForm(ref, locale),
        hearingForm(ref, locale),
        changeActionForm(
          { c: "case-1", a: "act-1" },
          { text: "x", ownerRole: "careTeamMember", dueAt: null },
          locale,
        ),
        skipActionForm({ c: "case-1", a: "act-1" }, locale),
        addActionForm(ref, locale),
        extendDeadlineForm(ref, [{ key: "check.fourWeeks", label: "Vier weken" }], locale),
        closeCaseForm(ref, "nuisance", locale),
        careNoteForm(ref, locale),
        writtenFeedbackForm(ref, "Afspraken", locale),
        followUpCheckForm({ c: "case-1", k: "fourWeeks" }, locale),
        followUpCheckForm({ c: "case-1", k: "sixWeeks" }, locale),
        letterForm({ c: "case-1", s: "actie3" }, locale),
        interventionForm(ref, locale),
        interventionOutcomeForm(ref, [{ id: "int-1", label: "Time-out" }], locale),
        courtPathForm(ref, "threeParty", locale),
        skipEscalationForm({ c: "case-1", p: "esc-1" }, locale),
        breachForm(ref, locale),
        alternativeForm(ref, locale),
        evictionForm(ref, locale),
        supportAfterEvictionForm(ref, locale),
        reflectionForm(ref, locale),
      ];
      expect(new Set(forms.map((f) => f.formId)).size).toBe(forms.length - 1);
      for (const form of forms) {
        expect(form.title.length, form.title).toBeLessThanOrEqual(24);
        expect(form.submitLabel.length).toBeLessThanOrEqual(24);
        expect(JSON.parse(form.metadata)).toBeTypeOf("object");
        for (const field of form.fields) {
          for (const option of field.options ?? []) expect(option.label.length).toBeLessThanOrEqual(75);
        }
      }
    }
    expect(decodeValue(caseRefValue, startCaseForm(ref).metadata)).toEqual(ref);
  });
});
