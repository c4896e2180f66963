/**
 * Bounded input everywhere: every free-text field of every form has a maximum that the form shows
 * (Slack's max_length, the Adaptive Card's maxLength) and that the form's parser enforces — a
 * forged submit skips the platform's own limit — with a Dutch (or English) message that names the
 * field. A megabyte in any field of any form is refused on that field. The intake API's request
 * schemas bound every string as well.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { complaintRequestSchema, signalRequestSchema } from "../../../../src/api/schemas.ts";
import type { Form } from "../../../../src/flows/cards/card.ts";
import { CASE_FORM_IDS } from "../../../../src/flows/cases/buttons.ts";
import * as caseForms from "../../../../src/flows/cases/forms.ts";
import { DEADLINE_FORM_IDS } from "../../../../src/flows/deadlines/buttons.ts";
import {
  buildExtendDeadlineForm,
  buildHandOverForm,
  parseExtendDeadlineForm,
  parseHandOverForm,
} from "../../../../src/flows/deadlines/forms.ts";
import type { FormResult, FormValues } from "../../../../src/flows/forms/fields.ts";
import type { Locale } from "../../../../src/flows/model.ts";
import { PARTICIPANT_FORM_IDS } from "../../../../src/flows/participants/buttons.ts";
import {
  buildExtendItemForm,
  buildRegistrationForm,
  buildSkipItemForm,
  parseExtendItemForm,
  parseRegistrationForm,
  parseSkipItemForm,
} from "../../../../src/flows/participants/forms.ts";
import { SIGNAL_FORM_IDS } from "../../../../src/flows/signals/buttons.ts";
import {
  buildFollowUpForm,
  buildLogSignalForm,
  buildSharingForm,
  parseFollowUpForm,
  parseLogSignalForm,
  parseSharingForm,
} from "../../../../src/flows/signals/forms.ts";

const NOW = new Date("2026-11-23T09:00:00Z");
const MEGABYTE = "x".repeat(1_000_000);
const c = { c: "case-1" };
const option = { value: "m1", label: "Sanne" };

/** Every form a person can fill in, built as the bot builds it, with its parser. */
function everyForm(locale: Locale): { form: Form; parse: (values: FormValues) => FormResult<unknown> }[] {
  const f = caseForms;
  return [
    {
      form: f.complaintIntakeForm({ participants: [option], locale }),
      parse: (v) => f.parseIntakeForm(v, NOW, locale),
    },
    { form: f.startCaseForm(c, locale), parse: (v) => f.parseStartCaseForm(v, locale) },
    { form: f.hearingForm(c, locale), parse: (v) => f.parseHearingForm(v, NOW, locale) },
    {
      form: f.changeActionForm(
        { c: "case-1", a: "a1" },
        { text: "x", ownerRole: "careTeamMember", dueAt: null },
        locale,
      ),
      parse: (v) => f.parseChangeActionForm(v, NOW, locale),
    },
    {
      form: f.skipActionForm({ c: "case-1", a: "a1" }, locale),
      parse: (v) => f.parseSkipActionForm(v, locale),
    },
    {
      form: f.skipActionForm({ c: "case-1", a: "a1" }, locale, CASE_FORM_IDS.landlordSkipAction),
      parse: (v) => f.parseSkipActionForm(v, locale),
    },
    { form: f.addActionForm(c, locale), parse: (v) => f.parseAddActionForm(v, NOW, locale) },
    {
      form: f.extendDeadlineForm(c, [{ key: "k", label: "Termijn" }], locale),
      parse: (v) => f.parseExtendDeadlineForm(v, NOW, locale),
    },
    { form: f.closeCaseForm(c, "nuisance", locale), parse: (v) => f.parseCloseCaseForm(v, locale) },
    { form: f.careNoteForm(c, locale), parse: (v) => f.parseCareNoteForm(v, locale) },
    { form: f.writtenFeedbackForm(c, "", locale), parse: (v) => f.parseWrittenFeedbackForm(v, locale) },
    {
      form: f.followUpCheckForm({ c: "case-1", k: "fourWeeks" }, locale),
      parse: (v) => f.parseFollowUpCheckForm(v, locale),
    },
    {
      form: f.letterForm({ c: "case-1", s: "actie3" }, locale),
      parse: (v) => f.parseLetterForm(v, NOW, locale),
    },
    { form: f.interventionForm(c, locale), parse: (v) => f.parseInterventionForm(v, locale) },
    {
      form: f.interventionOutcomeForm(c, [{ id: "i1", label: "Time-out" }], locale),
      parse: (v) => f.parseInterventionOutcomeForm(v, locale),
    },
    {
      form: f.courtPathForm(c, "threeParty", locale),
      parse: (v) => f.parseCourtPathForm(v, "threeParty", locale),
    },
    {
      form: f.skipEscalationForm({ c: "case-1", p: "p1" }, locale),
      parse: (v) => f.parseSkipEscalationForm(v, locale),
    },
    { form: f.breachForm(c, locale), parse: (v) => f.parseBreachForm(v, locale) },
    { form: f.alternativeForm(c, locale), parse: (v) => f.parseAlternativeForm(v, locale) },
    { form: f.evictionForm(c, locale), parse: (v) => f.parseEvictionForm(v, NOW, locale) },
    { form: f.reflectionForm(c, locale), parse: (v) => f.parseReflectionForm(v, NOW, locale) },
    {
      form: f.supportAfterEvictionForm(c, locale),
      parse: (v) => f.parseSupportAfterEvictionForm(v, locale),
    },
    {
      form: f.recordActionForm({ c: "case-1", a: "a1" }, locale),
      parse: (v) => f.parseRecordActionForm(v, locale),
    },
    {
      form: f.complainantUpdateForm(c, locale),
      parse: (v) => f.parseComplainantUpdateForm(v, NOW, locale),
    },
    {
      form: f.returnForm(c, [{ id: "i1", label: "Time-out" }], "plan", locale),
      parse: (v) => f.parseReturnForm(v, NOW, "plan", locale),
    },
    {
      form: f.returnForm(c, [{ id: "i1", label: "Time-out" }], "record", locale),
      parse: (v) => f.parseReturnForm(v, NOW, "record", locale),
    },
    { form: f.advocacyStepForm(c, locale), parse: (v) => f.parseAdvocacyStepForm(v, locale) },
    {
      form: buildRegistrationForm(
        {
          careProviders: [option],
          landlords: [option],
          careTeamMembers: [option],
          landlordStaff: [option],
          coordinators: [option],
        },
        locale,
      ),
      parse: (v) => parseRegistrationForm(v, locale),
    },
    { form: buildSkipItemForm("p1", "matching", locale), parse: (v) => parseSkipItemForm(v, locale) },
    {
      form: buildExtendItemForm("p1", "matching", NOW, locale),
      parse: (v) => parseExtendItemForm(v, NOW, locale),
    },
    {
      form: buildLogSignalForm({ participants: [option], members: [option] }, NOW, locale),
      parse: (v) => parseLogSignalForm(v, NOW, locale),
    },
    {
      form: buildSharingForm("s1", "landlord", [option], locale),
      parse: (v) => parseSharingForm(v, "landlord", locale),
    },
    { form: buildFollowUpForm("s1", locale), parse: (v) => parseFollowUpForm(v, locale) },
    {
      form: buildExtendDeadlineForm({ id: "d1", dueAt: NOW.toISOString() }, locale),
      parse: (v) => parseExtendDeadlineForm(v, { now: NOW, currentDueAt: NOW.toISOString() }, locale),
    },
    {
      form: buildHandOverForm({ id: "d1", ownerMemberId: null }, [option], locale),
      parse: (v) => parseHandOverForm(v, { options: [option], currentOwnerId: null }, locale),
    },
  ];
}

const textFields = (form: Form) =>
  form.fields.filter((field) => field.kind === "text" || field.kind === "textarea");

describe("bounded text in every form", () => {
  const forms = everyForm("nl");

  it("covers every form the interaction handler routes", () => {
    const covered = forms.map(({ form }) => form.formId).sort();
    const routed = [
      ...Object.values(CASE_FORM_IDS),
      ...Object.values(PARTICIPANT_FORM_IDS),
      ...Object.values(SIGNAL_FORM_IDS),
      ...Object.values(DEADLINE_FORM_IDS),
    ].sort();
    expect(covered).toEqual(routed);
  });

  it.each(forms.map(({ form, parse }) => ({ id: form.formId, form, parse })))(
    "$id: every free-text field has a maximum; one character more is refused, naming the field",
    ({ form, parse }) => {
      for (const field of textFields(form)) {
        expect(field.maxLength, `${form.formId}.${field.id}`).toBeGreaterThan(0);
        const result = parse({ [field.id]: "x".repeat(field.maxLength! + 1) });
        expect(result.ok, `${form.formId}.${field.id}`).toBe(false);
        const message = result.ok ? "" : (result.errors[field.id] ?? "");
        expect(message, `${form.formId}.${field.id}`).toBe(
          `Het veld '${field.label}' is te lang: maximaal ${field.maxLength} tekens.`,
        );
        // Exactly the maximum is fine for the field itself.
        const atMax = parse({ [field.id]: "x".repeat(field.maxLength!) });
        expect(
          atMax.ok ? "" : (atMax.errors[field.id] ?? ""),
          `${form.formId}.${field.id} at max`,
        ).not.toMatch(/te lang/);
      }
    },
  );

  it.each(forms.map(({ form, parse }) => ({ id: form.formId, form, parse })))(
    "$id: a megabyte in any field is refused on that field",
    ({ form, parse }) => {
      for (const field of form.fields.filter((candidate) => candidate.kind !== "checkbox")) {
        const result = parse({ [field.id]: MEGABYTE });
        expect(result.ok, `${form.formId}.${field.id}`).toBe(false);
        expect(result.ok ? undefined : result.errors[field.id], `${form.formId}.${field.id}`).toBeTruthy();
      }
    },
  );

  it("the message is English for English speakers", () => {
    const { form, parse } = everyForm("en")[0]!;
    const description = form.fields.find((field) => field.id === "description")!;
    const result = parse({ description: MEGABYTE });
    expect(result.ok ? null : result.errors.description).toBe(
      `The field '${description.label}' is too long: at most ${description.maxLength} characters.`,
    );
  });
});

describe("bounded text in the intake API", () => {
  /** Every string in a JSON schema has a maximum, a format or a fixed set of values. */
  function unboundedStrings(schema: unknown, path = ""): string[] {
    if (schema === null || typeof schema !== "object") return [];
    const node = schema as Record<string, unknown>;
    const found: string[] = [];
    const types = Array.isArray(node.type) ? node.type : [node.type];
    if (
      types.includes("string") &&
      node.maxLength === undefined &&
      node.enum === undefined &&
      node.format === undefined &&
      node.pattern === undefined
    )
      found.push(path || "(root)");
    for (const [key, value] of Object.entries(node)) {
      if (key === "properties" && value && typeof value === "object") {
        for (const [name, child] of Object.entries(value))
          found.push(...unboundedStrings(child, `${path}.${name}`));
      } else if (Array.isArray(value)) {
        for (const child of value) found.push(...unboundedStrings(child, path));
      } else if (key !== "properties" && value && typeof value === "object") {
        found.push(...unboundedStrings(value, path));
      }
    }
    return found;
  }

  it.each([
    ["POST /complaints", complaintRequestSchema],
    ["POST /signals", signalRequestSchema],
  ] as const)("%s: every text field has a maximum", (_name, schema) => {
    expect(unboundedStrings(z.toJSONSchema(schema, { io: "input" }))).toEqual([]);
  });
});
