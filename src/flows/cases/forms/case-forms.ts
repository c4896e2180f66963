/**
 * Forms about the case: start and report back (Actie 1), the hearing (Actie 2), extending a
 * deadline, closing, a care note, the written feedback to the landlord and the follow-up checks.
 */
import { z } from "zod";
import type { Form } from "../../cards/card.ts";
import type { Locale } from "../../model.ts";
import {
  CASE_FORM_IDS,
  type CaseRefValue,
  type CheckRefValue,
  caseRefValue,
  checkRefValue,
  encodeValue,
} from "../actions.ts";
import { type CaseKind, CLOSE_REASONS, type CloseReason } from "../state.ts";
import { formTexts } from "../texts/forms.ts";
import { uiTexts } from "../texts/ui.ts";
import {
  choice,
  type FormResult,
  type FormValues,
  optionalText,
  options,
  requiredDate,
  requiredText,
  runForm,
  yesNo,
  yesNoOptions,
} from "./fields.ts";

function textForm(
  formId: string,
  title: string,
  ref: CaseRefValue,
  fieldId: string,
  label: string,
  hint: string,
  locale: Locale,
): Form {
  return {
    formId,
    title,
    submitLabel: formTexts[locale].submit,
    metadata: encodeValue(caseRefValue, ref),
    fields: [{ id: fieldId, label, kind: "textarea", required: true, hint, maxLength: 3000 }],
  };
}

// Actie 1: the team tells the landlord how the complaint will be handled.
export function startCaseForm(ref: CaseRefValue, locale: Locale = "nl"): Form {
  const t = formTexts[locale];
  return textForm(
    CASE_FORM_IDS.start,
    t.titles.start,
    ref,
    "approach",
    t.labels.approach,
    t.hints.shared,
    locale,
  );
}

export function parseStartCaseForm(
  values: FormValues,
  locale: Locale = "nl",
): FormResult<{ approach: string }> {
  return runForm(z.object({ approach: requiredText(formTexts[locale], 3000) }), values);
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
    .object({ heldAt: requiredDate(t), notes: requiredText(t, 3000) })
    .refine((v) => v.heldAt.getTime() <= now.getTime(), { path: ["heldAt"], message: t.errors.inFuture });
  return runForm(schema, values);
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
    .object({ key: requiredText(t, 200), dueAt: requiredDate(t), reason: requiredText(t, 1000) })
    .refine((v) => v.dueAt.getTime() > now.getTime(), { path: ["dueAt"], message: t.errors.notInFuture });
  return runForm(schema, values);
}

/** The close reasons that fit the kind of case. */
export function closeReasonsFor(kind: CaseKind): CloseReason[] {
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
    .object({ reason: choice(t, CLOSE_REASONS), text: optionalText(t, 1000) })
    .refine((v) => v.reason !== "other" || v.text !== null, { path: ["text"], message: t.errors.required });
  return runForm(schema, values);
}

export function careNoteForm(ref: CaseRefValue, locale: Locale = "nl"): Form {
  const t = formTexts[locale];
  return textForm(
    CASE_FORM_IDS.careNote,
    t.titles.careNote,
    ref,
    "text",
    t.labels.careNote,
    t.hints.notesCareOnly,
    locale,
  );
}

export function parseCareNoteForm(values: FormValues, locale: Locale = "nl"): FormResult<{ text: string }> {
  return runForm(z.object({ text: requiredText(formTexts[locale], 3000) }), values);
}

// "De begeleider koppelt genomen acties en afspraken schriftelijk terug aan de verhuurder."
export function writtenFeedbackForm(ref: CaseRefValue, initial: string, locale: Locale = "nl"): Form {
  const form = textForm(
    CASE_FORM_IDS.writtenFeedback,
    formTexts[locale].titles.writtenFeedback,
    ref,
    "text",
    formTexts[locale].labels.feedback,
    formTexts[locale].hints.shared,
    locale,
  );
  return { ...form, fields: form.fields.map((f) => ({ ...f, initial })) };
}

export function parseWrittenFeedbackForm(
  values: FormValues,
  locale: Locale = "nl",
): FormResult<{ text: string }> {
  return runForm(z.object({ text: requiredText(formTexts[locale], 3000) }), values);
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
  return runForm(z.object({ answer: yesNo(t), note: optionalText(t, 1000) }), values);
}
