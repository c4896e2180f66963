/**
 * A case form: its id, title and metadata with the fields, under the one submit label; and the
 * commonest of them, one required text area (a reason, a note, the approach or the feedback).
 */
import type { Form, FormField } from "../../cards/card.ts";
import type { Locale } from "../../model.ts";
import { formTexts } from "../texts/forms.ts";

type FormHead = { formId: string; title: string; metadata: string };

export function caseForm(form: FormHead, fields: FormField[], locale: Locale): Form {
  return {
    formId: form.formId,
    title: form.title,
    submitLabel: formTexts[locale].submit,
    metadata: form.metadata,
    fields,
  };
}

export function textForm(
  form: FormHead,
  field: { id: string; label: string; hint: string; maxLength: number },
  locale: Locale,
): Form {
  return caseForm(
    form,
    [
      {
        id: field.id,
        label: field.label,
        kind: "textarea",
        required: true,
        hint: field.hint,
        maxLength: field.maxLength,
      },
    ],
    locale,
  );
}
