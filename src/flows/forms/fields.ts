/**
 * Shared pieces of every form parser: the submitted values, running a zod schema over them into
 * typed input or field errors `{ fieldId: message }`, and zod field schemas for text, choices,
 * checkboxes and date-times. The messages come from each module's own texts (Dutch by default).
 */
import { z } from "zod";

/**
 * What a platform hands back from a form, by field id: text as typed, a select as its option
 * value, a checkbox as "true"/"false" (or a boolean), a date-time as an ISO 8601 string.
 */
export type FormValues = Record<string, string | boolean | null | undefined>;

export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

/** A select option as the form builders take it. */
export interface SelectOption {
  value: string;
  label: string;
}

/** Parses `values` with `schema`; on failure the first message per field, keyed by field id. */
export function parseForm<T>(schema: z.ZodType<T>, values: FormValues): FormResult<T> {
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "_form");
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}

/**
 * A date-time value: ISO 8601 with a zone ("2024-03-12T22:30:00+01:00", "…Z") or Unix seconds
 * (Slack's datetimepicker). A time without a zone is refused: it would depend on the server.
 */
export function parseDateTime(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== "string") return undefined;
  const trimmed = value.trim();
  if (/^\d{9,11}$/.test(trimmed)) return new Date(Number(trimmed) * 1000);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(trimmed)) return undefined;
  const time = Date.parse(trimmed);
  return Number.isNaN(time) ? undefined : new Date(time);
}

function blank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

/** The messages of a text field. */
export interface TextMessages {
  required: string;
  /** `label` names the field, so the message is clear also where it is not shown on the field. */
  tooLong: (max: number, label?: string) => string;
}

/**
 * Trimmed text that must not be empty; at most `max` characters when a maximum is given (every
 * free-text field has one: a forged submit can carry megabytes). `label` is named when too long.
 */
export function requiredText(messages: TextMessages, max?: number, label?: string) {
  const text = z.string({ error: messages.required }).trim().min(1, { error: messages.required });
  return max === undefined ? text : text.max(max, { error: messages.tooLong(max, label) });
}

/**
 * `requiredText` where a missing or non-text value counts as "": the field gets the `required`
 * message as a plain check, so the form's cross-field checks still run and every error shows at once.
 */
export function requiredTextOrEmpty(messages: TextMessages, max?: number, label?: string) {
  return z.preprocess((v) => (typeof v === "string" ? v : ""), requiredText(messages, max, label));
}

/** Trimmed text or null when left empty; at most `max` characters when a maximum is given. */
export function optionalText(messages: Pick<TextMessages, "tooLong">, max?: number, label?: string) {
  const text = max === undefined ? z.string() : z.string().max(max, { error: messages.tooLong(max, label) });
  return z.preprocess((v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : null), text.nullable());
}

/** Required text (at most `max` characters) that must be one of `values`. */
export function requiredOption<const T extends readonly [string, ...string[]]>(
  messages: TextMessages & { invalidOption: string },
  values: T,
  max = 64,
) {
  return requiredText(messages, max).pipe(z.enum(values, { error: messages.invalidOption }));
}

/** A select over fixed options; "" counts as not chosen; one message for missing and unknown. */
export function choice<const T extends readonly [string, ...string[]]>(message: string, values: T) {
  return z.preprocess((v) => (blank(v) ? undefined : v), z.enum(values, { error: message }));
}

/** Like `choice`, but not choosing gives null. */
export function optionalChoice<const T extends readonly [string, ...string[]]>(message: string, values: T) {
  return z.preprocess((v) => (blank(v) ? null : v), z.enum(values, { error: message }).nullable());
}

/** Yes/no as a select (two options "yes" / "no"), read as a boolean. */
export function yesNo(message: string) {
  return choice(message, ["yes", "no"] as const).transform((v) => v === "yes");
}

/** A checkbox: ticked when the platform sends true, "true", "on", "yes" or "1". */
export function checkbox() {
  return z.preprocess(
    (v) => v === true || v === "true" || v === "on" || v === "yes" || v === "1",
    z.boolean(),
  );
}

/** A required date-time; missing and invalid values both give `message`. */
export function requiredDate(message: string) {
  return z.preprocess(
    (v) => (blank(v) ? undefined : (parseDateTime(v) ?? "invalid")),
    z.date({ error: message }),
  );
}

/** An optional date-time (null when left empty); an invalid value gives `message`. */
export function optionalDate(message: string) {
  return z.preprocess(
    (v) => (blank(v) ? null : (parseDateTime(v) ?? "invalid")),
    z.date({ error: message }).nullable(),
  );
}

/** A check on a parsed instant: the error message, or null when the instant is fine. */
export type InstantRule = (date: Date) => string | null;

/** The instant must lie after `limit` ("in the future" when `limit` is now). */
export function after(limit: Date, message: string): InstantRule {
  return (date) => (date.getTime() > limit.getTime() ? null : message);
}

/** The instant may not lie after `limit` ("not in the future" when `limit` is now). */
export function notAfter(limit: Date, message: string): InstantRule {
  return (date) => (date.getTime() <= limit.getTime() ? null : message);
}

/**
 * Turns submitted text into a Date: `invalidDate` when it is no date-time, else the message of
 * the first rule the instant breaks. For `.transform` on a text schema.
 */
export function toInstant(invalidDate: string, ...rules: InstantRule[]) {
  return (value: string, ctx: z.RefinementCtx<string>): Date => {
    const date = parseDateTime(value);
    const message = date === undefined ? invalidDate : firstBroken(rules, date);
    if (date === undefined || message !== undefined) {
      ctx.issues.push({ code: "custom", message, input: value });
      return z.NEVER;
    }
    return date;
  };
}

function firstBroken(rules: readonly InstantRule[], date: Date): string | undefined {
  for (const rule of rules) {
    const message = rule(date);
    if (message !== null) return message;
  }
  return undefined;
}

/** A required date-time as text: empty gives `required`, no date-time `invalidDate`, then the rules. */
export function requiredInstant(messages: TextMessages & { invalidDate: string }, ...rules: InstantRule[]) {
  return requiredText(messages).transform(toInstant(messages.invalidDate, ...rules));
}
