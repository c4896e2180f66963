/** A case form with one required text area: a reason, a note, the approach or the feedback. */
import type { Form } from "../../cards/card.ts";
import type { Locale } from "../../model.ts";
import { formTexts } from "../texts/forms.ts";

export function textForm(
  form: { formId: string; title: string; metadata: string },
  field: { id: string; label: string; hint: string; maxLength: number },
  locale: Locale,
): Form {
  return {
    formId: form.formId,
    title: form.title,
    submitLabel: formTexts[locale].submit,
    metadata: form.metadata,
    fields: [
      {
        id: field.id,
        label: field.label,
        kind: "textarea",
        required: true,
        hint: field.hint,
        maxLength: field.maxLength,
      },
    ],
  };
}
