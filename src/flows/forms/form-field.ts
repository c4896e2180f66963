/**
 * One field of a neutral form (a Slack modal input, a Teams card input): its id, label, kind and
 * whether it is required, with only the extras the field has (hint, choices, initial value, limit).
 */
import type { FormField } from "../cards/card.ts";

type FieldExtras = Pick<FormField, "required"> &
  Partial<Pick<FormField, "hint" | "options" | "initial" | "maxLength">>;

export function formField(
  kind: FormField["kind"],
  id: string,
  label: string,
  extras: FieldExtras,
): FormField {
  const { required, hint, options, initial, maxLength } = extras;
  return {
    id,
    label,
    kind,
    required,
    ...(hint === undefined ? {} : { hint }),
    ...(options === undefined ? {} : { options }),
    ...(initial === undefined ? {} : { initial }),
    ...(maxLength === undefined ? {} : { maxLength }),
  };
}
