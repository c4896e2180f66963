/**
 * Turning submitted form values into typed event inputs with zod, and zod issues into field
 * errors `{ fieldId: message }` that the bots show next to the fields (Dutch by default).
 * Shared by the participant, signal and cooperation forms.
 */
import type { z } from "zod";

/**
 * Submitted values by field id, as the adapters normalise them: text as typed, a select as its
 * option value, a checkbox as "true" or absent, a date-time as an ISO 8601 string.
 */
export type FormValues = Record<string, string | undefined>;

export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

/** Parses `values` with `schema`; on failure the first message per field is returned. */
export function parseForm<T>(schema: z.ZodType<T>, values: FormValues): FormResult<T> {
  const parsed = schema.safeParse(values);
  if (parsed.success) {
    return { ok: true, value: parsed.data };
  }
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "_form");
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}

/** An ISO date-time string as a Date, or null when it is not a valid instant. */
export function parseInstant(value: string): Date | null {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
