/**
 * Forms about the case: start and report back (Actie 1), the hearing (Actie 2), extending a
 * deadline, closing, a care note, the written feedback to the landlord and the follow-up checks.
 */
import { z } from "zod";
import type { Form } from "../../cards/card.ts";
import { encodeValue } from "../../cards/payload.ts";
import type { FormResult, FormValues } from "../../forms/fields.ts";
import {
  choice,
  optionalText,
  parseForm,
  requiredDate,
  requiredTextOrEmpty,
  yesNo,
} from "../../forms/fields.ts";
import type { Locale } from "../../model.ts";
import {
  CASE_FORM_IDS,
  type CaseRefValue,
  type CheckRefValue,
  caseRefValue,
  checkRefValue,
} from "../buttons.ts";
import { type CaseKind, CLOSE_REASONS, type CloseReason } from "../state.ts";
import { formTexts } from "../texts/forms.ts";
import { uiTexts } from "../texts/ui.ts";
import { options, yesNoOptions } from "./options.ts";
import { textForm } from "./text-form.ts";

// Actie 1: the team tells the landlord how the complaint will be handled.
export function startCaseForm(ref: CaseRefValue, locale: Locale = "nl"): Form {
  const t = formTexts[locale];
  return textForm(
    { formId: CASE_FORM_IDS.start, title: t.titles.start, metadata: encodeValue(caseRefValue, ref) },
    { id: "approach", label: t.labels.approach, hint: t.hints.shared, maxLength: 3000 },
    locale,
  );
}

export function parseStartCaseForm(
  values: FormValues,
  locale: Locale = "nl",
): FormResult<{ approach: string }> {
  return parseForm(
    z.object({
      approach: requiredTextOrEmpty(formTexts[locale].errors, 3000, formTexts[locale].labels.approach),
    }),
    values,
  );
}

// Actie 2: wederhoor; the notes are care-only.
export function hearingForm(ref: CaseRefValue, locale: Locale = "nl"): Form {
  const t = formTexts[locale];
  return {
    formId: CASE_FORM_IDS.hearing,
    title: t.titles.hearing,
    submitLabel: t.submit,
    metadata: encodeValue(caseRefValue, ref),
    fields: [
      { id: "heldAt", label: t.labels.heldAt, kind: "datetime", required: true },
      {
        id: "notes",
        label: t.labels.notes,
        kind: "textarea",
        required: true,
        hint: t.hints.notesCareOnly,
        maxLength: 3000,
      },
    ],
  };
}

export function parseHearingForm(
  values: FormValues,
  now: Date,
  locale: Locale = "nl",
): FormResult<{ heldAt: Date; notes: string }> {
  const t = formTexts[locale];
  const schema = z
    .object({
      heldAt: requiredDate(t.errors.dateTime),
      notes: requiredTextOrEmpty(t.errors, 3000, t.labels.notes),
    })
    .refine((v) => v.heldAt.getTime() <= now.getTime(), { path: ["heldAt"], message: t.errors.inFuture });
  return parseForm(schema, values);
}

export function extendDeadlineForm(
  ref: CaseRefValue,
  deadlines: { key: string; label: string }[],
  locale: Locale = "nl",
): Form {
  const t = formTexts[locale];
  return {
    formId: CASE_FORM_IDS.extendDeadline,
    title: t.titles.extendDeadline,
    submitLabel: t.submit,
    metadata: encodeValue(caseRefValue, ref),
    fields: [
      {
        id: "key",
        label: t.labels.deadline,
        kind: "select",
        required: true,
        options: options(deadlines.map((d) => ({ value: d.key, label: d.label }))),
      },
      { id: "dueAt", label: t.labels.newDueAt, kind: "datetime", required: true },
      { id: "reason", label: t.labels.reason, kind: "textarea", required: true, maxLength: 1000 },
    ],
  };
}

export function parseExtendDeadlineForm(
  values: FormValues,
  now: Date,
  locale: Locale = "nl",
): FormResult<{ key: string; dueAt: Date; reason: string }> {
  const t = formTexts[locale];
  const schema = z
    .object({
      key: requiredTextOrEmpty(t.errors, 200, t.labels.deadline),
      dueAt: requiredDate(t.errors.dateTime),
      reason: requiredTextOrEmpty(t.errors, 1000, t.labels.reason),
    })
    .refine((v) => v.dueAt.getTime() > now.getTime(), { path: ["dueAt"], message: t.errors.notInFuture });
  return parseForm(schema, values);
}

/** The close reasons that fit the kind of case. */
function closeReasonsFor(kind: CaseKind): CloseReason[] {
  return CLOSE_REASONS.filter((r) =>
    kind === "participantReport" ? r !== "wronglyAttributed" : r !== "participantReportHandled",
  );
}

export function closeCaseForm(ref: CaseRefValue, kind: CaseKind, locale: Locale = "nl"): Form {
  const t = formTexts[locale];
  const ui = uiTexts[locale];
  return {
    formId: CASE_FORM_IDS.close,
    title: t.titles.close,
    submitLabel: t.submit,
    metadata: encodeValue(caseRefValue, ref),
    fields: [
      {
        id: "reason",
        label: t.labels.closeReason,
        kind: "select",
        required: true,
        options: options(closeReasonsFor(kind).map((r) => ({ value: r, label: ui.closeReasons[r] }))),
      },
      {
        id: "text",
        label: t.labels.closeText,
        kind: "textarea",
        required: false,
        hint: t.hints.shared,
        maxLength: 1000,
      },
    ],
  };
}

export function parseCloseCaseForm(
  values: FormValues,
  locale: Locale = "nl",
): FormResult<{ reason: CloseReason; text: string | null }> {
  const t = formTexts[locale];
  const schema = z
    .object({
      reason: choice(t.errors.choose, CLOSE_REASONS),
      text: optionalText(t.errors, 1000, t.labels.closeText),
    })
    .refine((v) => v.reason !== "other" || v.text !== null, { path: ["text"], message: t.errors.required });
  return parseForm(schema, values);
}

export function careNoteForm(ref: CaseRefValue, locale: Locale = "nl"): Form {
  const t = formTexts[locale];
  return textForm(
    { formId: CASE_FORM_IDS.careNote, title: t.titles.careNote, metadata: encodeValue(caseRefValue, ref) },
    { id: "text", label: t.labels.careNote, hint: t.hints.notesCareOnly, maxLength: 3000 },
    locale,
  );
}

export function parseCareNoteForm(values: FormValues, locale: Locale = "nl"): FormResult<{ text: string }> {
  const t = formTexts[locale];
  return parseForm(z.object({ text: requiredTextOrEmpty(t.errors, 3000, t.labels.careNote) }), values);
}

// "De begeleider koppelt genomen acties en afspraken schriftelijk terug aan de verhuurder."
export function writtenFeedbackForm(ref: CaseRefValue, initial: string, locale: Locale = "nl"): Form {
  const t = formTexts[locale];
  const form = textForm(
    {
      formId: CASE_FORM_IDS.writtenFeedback,
      title: t.titles.writtenFeedback,
      metadata: encodeValue(caseRefValue, ref),
    },
    { id: "text", label: t.labels.feedback, hint: t.hints.shared, maxLength: 3000 },
    locale,
  );
  return { ...form, fields: form.fields.map((f) => ({ ...f, initial })) };
}

export function parseWrittenFeedbackForm(
  values: FormValues,
  locale: Locale = "nl",
): FormResult<{ text: string }> {
  const t = formTexts[locale];
  return parseForm(z.object({ text: requiredTextOrEmpty(t.errors, 3000, t.labels.feedback) }), values);
}

/** The four-week check (new complaints?) or the six-week follow-up (stopped?). */
export function followUpCheckForm(ref: CheckRefValue, locale: Locale = "nl"): Form {
  const t = formTexts[locale];
  const fourWeeks = ref.k === "fourWeeks";
  return {
    formId: CASE_FORM_IDS.followUpCheck,
    title: fourWeeks ? t.titles.fourWeeks : t.titles.sixWeeks,
    submitLabel: t.submit,
    metadata: encodeValue(checkRefValue, ref),
    fields: [
      {
        id: "answer",
        label: fourWeeks ? t.labels.newComplaintsFound : t.labels.complaintsStopped,
        kind: "select",
        required: true,
        options: yesNoOptions(locale),
      },
      {
        id: "note",
        label: t.labels.note,
        kind: "textarea",
        required: false,
        hint: t.hints.shared,
        maxLength: 1000,
      },
    ],
  };
}

export function parseFollowUpCheckForm(
  values: FormValues,
  locale: Locale = "nl",
): FormResult<{ answer: boolean; note: string | null }> {
  const t = formTexts[locale];
  return parseForm(
    z.object({ answer: yesNo(t.errors.choose), note: optionalText(t.errors, 1000, t.labels.note) }),
    values,
  );
}
