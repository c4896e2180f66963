/**
 * Shared pieces of the case forms: submitted values, zod field schemas with Dutch (or English)
 * messages, and turning zod issues into `{ fieldId: message }`.
 */
import { z } from "zod";
import type { FormField } from "../../cards/card.ts";
import type { Locale, Role } from "../../model.ts";
import { clip } from "../format.ts";
import type { FormTexts } from "../texts/forms.ts";
import { uiTexts } from "../texts/ui.ts";

/** What a platform hands back from a form: text, a selected option, a checkbox, a date-time. */
export type FormValues = Record<string, string | boolean | null | undefined>;

export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

/** Parse with the form's schema; the first message per field, keyed by field id. */
export function runForm<T>(schema: z.ZodType<T>, values: FormValues): FormResult<T> {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, value: result.data };
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
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

export function requiredText(t: FormTexts, max: number) {
  return z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : ""),
    z.string().min(1, t.errors.required).max(max, t.errors.tooLong(max)),
  );
}

export function optionalText(t: FormTexts, max: number) {
  return z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : null),
    z.string().max(max, t.errors.tooLong(max)).nullable(),
  );
}

export function requiredDate(t: FormTexts) {
  return z.preprocess(
    (v) => (blank(v) ? undefined : (parseDateTime(v) ?? "invalid")),
    z.date({ error: t.errors.dateTime }),
  );
}

export function optionalDate(t: FormTexts) {
  return z.preprocess(
    (v) => (blank(v) ? null : (parseDateTime(v) ?? "invalid")),
    z.date({ error: t.errors.dateTime }).nullable(),
  );
}

export function checkbox() {
  return z.preprocess(
    (v) => v === true || v === "true" || v === "on" || v === "yes" || v === "1",
    z.boolean(),
  );
}

/** A select over fixed options; "" counts as not chosen. */
export function choice<const T extends readonly [string, ...string[]]>(t: FormTexts, options: T) {
  return z.preprocess((v) => (blank(v) ? undefined : v), z.enum(options, { error: t.errors.choose }));
}

export function optionalChoice<const T extends readonly [string, ...string[]]>(t: FormTexts, options: T) {
  return z.preprocess((v) => (blank(v) ? null : v), z.enum(options, { error: t.errors.choose }).nullable());
}

/** Yes/no as a select (two options "yes" / "no"). */
export function yesNo(t: FormTexts) {
  return z
    .preprocess((v) => (blank(v) ? undefined : v), z.enum(["yes", "no"], { error: t.errors.choose }))
    .transform((v) => v === "yes");
}

export function yesNoOptions(locale: Locale) {
  const ui = uiTexts[locale];
  return [
    { value: "yes", label: ui.yes },
    { value: "no", label: ui.no },
  ];
}

/** Roles that can own a case action. */
export const OWNER_ROLES = [
  "careTeamMember",
  "coordinator",
  "landlordStaff",
] as const satisfies readonly Role[];

export function roleOptions(locale: Locale) {
  return OWNER_ROLES.map((role) => ({ value: role, label: uiTexts[locale].roles[role] }));
}

/** Select options within the platforms' 75-character label limit. */
export function options(list: { value: string; label: string }[]): FormField["options"] {
  return list.map((o) => ({ value: o.value, label: clip(o.label, 75) }));
}
