/**
 * Forms that record how a step of the guideline was carried out: an action done with a note on
 * how (Omgaan met overlast 1), the landlord's update to the complainants (Termijnen), the return
 * home after a time-out (Interventie 2) and a step as advocate for alternative housing (Nieuwe
 * kansen).
 */
import { z } from "zod";
import type { Form } from "../../cards/card.ts";
import { encodeValue } from "../../cards/payload.ts";
import type { FormResult, FormValues } from "../../forms/fields.ts";
import {
  after,
  choice,
  notAfter,
  optionalText,
  parseForm,
  requiredInstant,
  requiredTextOrEmpty,
} from "../../forms/fields.ts";
import type { Locale } from "../../model.ts";
import {
  type ActionRefValue,
  actionRefValue,
  CASE_FORM_IDS,
  type CaseRefValue,
  caseRefValue,
} from "../buttons.ts";
import { COMPLAINANT_CONTACT_MEANS, type ComplainantContactMeans } from "../state.ts";
import { formTexts } from "../texts/forms.ts";
import { uiTexts } from "../texts/ui.ts";
import { options } from "./options.ts";
import { caseForm, textForm } from "./text-form.ts";

const TEXTS = {
  nl: {
    titles: {
      recordAction: "Actie gedaan",
      complainantUpdate: "Klagers bijgepraat",
      planReturn: "Terugkeer plannen",
      recordReturn: "Terugkeer vastleggen",
      advocacyStep: "Stap pleitbezorging",
    },
    labels: {
      how: "Hoe is het gedaan?",
      at: "Wanneer",
      means: "Hoe",
      updateNote: "Korte notitie",
      timeOut: "Time-out",
      plannedAt: "Datum van de terugkeer",
      returnedAt: "Teruggekeerd op",
      note: "Notitie",
      contacted: "Met wie had je contact?",
      outcome: "Wat leverde het op?",
    },
    hints: {
      how: "Bijvoorbeeld: bewonersbrief in het portiek, of besloten de buurt niet te informeren. Zichtbaar voor wie de actie ziet.",
      updateNote: "Alleen voor medewerkers van de verhuurder: hier mag de klager genoemd worden.",
      careOnly: "Alleen voor het zorgteam.",
    },
    errors: { notLater: "Kies een moment in de toekomst." },
  },
  en: {
    titles: {
      recordAction: "Action done",
      complainantUpdate: "Complainants updated",
      planReturn: "Plan the return home",
      recordReturn: "Record the return home",
      advocacyStep: "Advocacy step",
    },
    labels: {
      how: "How was it done?",
      at: "When",
      means: "How",
      updateNote: "Short note",
      timeOut: "Time-out",
      plannedAt: "Date of the return",
      returnedAt: "Returned on",
      note: "Note",
      contacted: "Whom did you contact?",
      outcome: "What came of it?",
    },
    hints: {
      how: "For example: a letter to the residents in the stairwell, or decided not to inform the neighbourhood. Visible to whoever sees the action.",
      updateNote: "Landlord staff only: the complainant may be named here.",
      careOnly: "Care team only.",
    },
    errors: { notLater: "Choose a moment in the future." },
  },
} as const satisfies Record<Locale, unknown>;

const MAX_NOTE = 1000;

function instant(now: Date, locale: Locale, rule: "past" | "future") {
  const t = formTexts[locale];
  return requiredInstant(
    { required: t.errors.dateTime, tooLong: t.errors.tooLong, invalidDate: t.errors.dateTime },
    rule === "past" ? notAfter(now, t.errors.inFuture) : after(now, TEXTS[locale].errors.notLater),
  );
}

// Omgaan met overlast 1: done, and how (the landlord decides whether and how to inform the neighbourhood).
export function recordActionForm(ref: ActionRefValue, locale: Locale = "nl"): Form {
  const x = TEXTS[locale];
  return textForm(
    {
      formId: CASE_FORM_IDS.recordAction,
      title: x.titles.recordAction,
      metadata: encodeValue(actionRefValue, ref),
    },
    { id: "note", label: x.labels.how, hint: x.hints.how, maxLength: MAX_NOTE },
    locale,
  );
}

export function parseRecordActionForm(
  values: FormValues,
  locale: Locale = "nl",
): FormResult<{ note: string }> {
  const t = formTexts[locale];
  return parseForm(
    z.object({ note: requiredTextOrEmpty(t.errors, MAX_NOTE, TEXTS[locale].labels.how) }),
    values,
  );
}

// Termijnen: who (the person submitting), when, how, and a short note for landlord staff only.
export function complainantUpdateForm(ref: CaseRefValue, locale: Locale = "nl"): Form {
  const x = TEXTS[locale];
  const means = uiTexts[locale].contactMeans;
  return caseForm(
    {
      formId: CASE_FORM_IDS.complainantUpdate,
      title: x.titles.complainantUpdate,
      metadata: encodeValue(caseRefValue, ref),
    },
    [
      {
        id: "at",
        label: x.labels.at,
        kind: "datetime",
        required: true,
        hint: formTexts[locale].hints.dateTime,
      },
      {
        id: "how",
        label: x.labels.means,
        kind: "select",
        required: true,
        options: options(COMPLAINANT_CONTACT_MEANS.map((m) => ({ value: m, label: means[m] }))),
      },
      {
        id: "note",
        label: x.labels.updateNote,
        kind: "textarea",
        required: false,
        hint: x.hints.updateNote,
        maxLength: MAX_NOTE,
      },
    ],
    locale,
  );
}

export function parseComplainantUpdateForm(
  values: FormValues,
  now: Date,
  locale: Locale = "nl",
): FormResult<{ at: Date; how: ComplainantContactMeans; note: string | null }> {
  const t = formTexts[locale];
  return parseForm(
    z.object({
      at: instant(now, locale, "past"),
      how: choice(t.errors.choose, COMPLAINANT_CONTACT_MEANS),
      note: optionalText(t.errors, MAX_NOTE, TEXTS[locale].labels.updateNote),
    }),
    values,
  );
}

type TimeOutOption = { id: string; label: string };

const RETURN_FORMS = {
  plan: { formId: CASE_FORM_IDS.planReturn, title: "planReturn", atLabel: "plannedAt" },
  record: { formId: CASE_FORM_IDS.recordReturn, title: "recordReturn", atLabel: "returnedAt" },
} as const;

/**
 * Interventie 2: plan the return home (a date in the future; the deadline moves to it) or record it
 * (a date that has passed). Which time-out, the date and a note, all care-only.
 */
export function returnForm(
  ref: CaseRefValue,
  timeOuts: readonly TimeOutOption[],
  kind: "plan" | "record",
  locale: Locale = "nl",
): Form {
  const x = TEXTS[locale];
  const which = RETURN_FORMS[kind];
  return caseForm(
    { formId: which.formId, title: x.titles[which.title], metadata: encodeValue(caseRefValue, ref) },
    [
      {
        id: "interventionId",
        label: x.labels.timeOut,
        kind: "select",
        required: true,
        options: options(timeOuts.map((i) => ({ value: i.id, label: i.label }))),
        ...(timeOuts.length === 1 ? { initial: timeOuts[0]!.id } : {}),
      },
      { id: "at", label: x.labels[which.atLabel], kind: "datetime", required: true, hint: x.hints.careOnly },
      {
        id: "note",
        label: x.labels.note,
        kind: "textarea",
        required: false,
        hint: x.hints.careOnly,
        maxLength: MAX_NOTE,
      },
    ],
    locale,
  );
}

export function parseReturnForm(
  values: FormValues,
  now: Date,
  kind: "plan" | "record",
  locale: Locale = "nl",
): FormResult<{ interventionId: string; at: Date; note: string | null }> {
  const t = formTexts[locale];
  return parseForm(
    z.object({
      interventionId: requiredTextOrEmpty(t.errors, 100, TEXTS[locale].labels.timeOut),
      at: instant(now, locale, kind === "plan" ? "future" : "past"),
      note: optionalText(t.errors, MAX_NOTE, TEXTS[locale].labels.note),
    }),
    values,
  );
}

// Nieuwe kansen: one step as advocate for alternative housing — whom the team contacted, the outcome.
export function advocacyStepForm(ref: CaseRefValue, locale: Locale = "nl"): Form {
  const x = TEXTS[locale];
  return caseForm(
    {
      formId: CASE_FORM_IDS.advocacyStep,
      title: x.titles.advocacyStep,
      metadata: encodeValue(caseRefValue, ref),
    },
    [
      {
        id: "contacted",
        label: x.labels.contacted,
        kind: "text",
        required: true,
        hint: x.hints.careOnly,
        maxLength: 200,
      },
      {
        id: "outcome",
        label: x.labels.outcome,
        kind: "textarea",
        required: true,
        hint: x.hints.careOnly,
        maxLength: MAX_NOTE,
      },
    ],
    locale,
  );
}

export function parseAdvocacyStepForm(
  values: FormValues,
  locale: Locale = "nl",
): FormResult<{ contacted: string; outcome: string }> {
  const t = formTexts[locale];
  const x = TEXTS[locale];
  return parseForm(
    z.object({
      contacted: requiredTextOrEmpty(t.errors, 200, x.labels.contacted),
      outcome: requiredTextOrEmpty(t.errors, MAX_NOTE, x.labels.outcome),
    }),
    values,
  );
}
