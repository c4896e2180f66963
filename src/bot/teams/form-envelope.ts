/**
 * What a form card carries back to the bot in its submit action's `data`: the form's metadata,
 * the form's shape (fields without their values) and the conversation the form was asked for in,
 * so that the bot can read the inputs and show the form again with errors without keeping any
 * state between the two requests (as Slack keeps a modal's private_metadata).
 * Teams merges the input values into the same `data` object, next to this envelope.
 */
import { z } from "zod";
import type { Form, FormField } from "../../flows/cards/card.ts";

/** The key of the envelope inside `data`; no field id may use it. */
export const FORM_DATA_KEY = "nabuurForm";

/**
 * A field id as Nabuur's forms use them (camelCase words). The envelope comes back from the
 * client, so an id like "__proto__" or "constructor" is refused: values and errors are looked up
 * by field id.
 */
const fieldId = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]{0,99}$/)
  .refine((id) => !(id in Object.prototype), "not a field id");

const fieldSchema = z.object({
  id: fieldId,
  label: z.string().max(2000),
  kind: z.enum(["text", "textarea", "select", "datetime", "checkbox", "file"]),
  required: z.boolean(),
  hint: z.string().max(2000).optional(),
  options: z
    .array(z.object({ value: z.string().max(2000), label: z.string().max(2000) }))
    .max(1000)
    .optional(),
  maxLength: z.number().int().positive().optional(),
  accept: z.array(z.string().max(16)).max(50).optional(),
});

const specSchema = z.object({
  formId: z.string().min(1).max(255),
  title: z.string().max(500),
  submitLabel: z.string().max(200),
  fields: z.array(fieldSchema).max(100),
});

const envelopeSchema = z.object({
  metadata: z.string().max(3000),
  spec: z.string().max(60_000),
  /** The conversation (channel) where the form was asked for; the submit may come from elsewhere. */
  channelId: z.string().max(500).nullable().default(null),
});

export type FormEnvelope = z.infer<typeof envelopeSchema>;

/** The envelope of a form; initial values stay out (they are in the inputs). */
export function encodeFormEnvelope(form: Form, channelId: string | null = null): FormEnvelope {
  const fields = form.fields.map(({ initial: _initial, ...field }) => field);
  return {
    metadata: form.metadata,
    spec: JSON.stringify({ formId: form.formId, title: form.title, submitLabel: form.submitLabel, fields }),
    channelId,
  };
}

export interface SubmittedForm {
  /** The form without values, its metadata included. */
  form: Form;
  /** Where the form was asked for, if known. */
  channelId: string | null;
}

/** The form and where it was asked for, from a submit's data; null when it carries none. */
export function decodeFormEnvelope(data: Record<string, unknown>): SubmittedForm | null {
  const envelope = envelopeSchema.safeParse(data[FORM_DATA_KEY]);
  if (!envelope.success) return null;
  let spec: unknown;
  try {
    spec = JSON.parse(envelope.data.spec);
  } catch {
    return null;
  }
  const parsed = specSchema.safeParse(spec);
  if (!parsed.success) return null;
  return {
    form: { ...parsed.data, metadata: envelope.data.metadata, fields: parsed.data.fields as FormField[] },
    channelId: envelope.data.channelId,
  };
}

/** The form again, with the submitted values as initial values (to show it with errors). */
export function withInitialValues(form: Form, values: Record<string, string>): Form {
  return {
    ...form,
    fields: form.fields.map((field) => {
      const value = values[field.id];
      return value === undefined ? field : { ...field, initial: value };
    }),
  };
}
