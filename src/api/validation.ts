/**
 * Request validation: every bad field is reported at once, in plain language, and nothing is
 * recorded. Field rules come from the zod schemas; rules between fields (dates in order, not in the
 * future) are checked on the fields that are valid by themselves.
 */
import type { z } from "zod";
import type { Locale } from "../flows/model.ts";
import { ApiError, type FieldError } from "./errors.ts";
import { apiTexts, type FieldProblem } from "./texts.ts";

/** A rule between fields: returns the field and the problem when it is broken. */
export interface CrossCheck {
  field: string;
  problem: FieldProblem;
}

function describe(
  locale: Locale,
  field: string,
  problem: FieldProblem,
  params: Record<string, string | number> = {},
) {
  const t = apiTexts[locale];
  const name = t.fields[field] ?? field;
  return { field, problem, message: t.problems[problem](name, params) };
}

/** The value the caller sent at `path` (undefined when the field is missing). */
function valueAt(body: unknown, path: PropertyKey[]): unknown {
  let value = body;
  for (const key of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function issueToErrors(issue: z.core.$ZodIssue, body: unknown, locale: Locale): FieldError[] {
  const path = issue.path.map(String).join(".");
  const t = apiTexts[locale];
  // A missing field is "required", whatever the field's own rule would say about a wrong value.
  if (issue.code !== "unrecognized_keys" && path !== "" && valueAt(body, issue.path) === undefined) {
    return [describe(locale, path, "required")];
  }
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => {
        const field = path === "" ? key : `${path}.${key}`;
        return { field, problem: "unknownField" as const, message: t.problems.unknownField(field, {}) };
      });
    case "invalid_type": {
      if (path === "") return [describe(locale, "", "notAnObject")];
      const expected = t.types[issue.expected] ?? issue.expected;
      return [describe(locale, path, "wrongType", { expected })];
    }
    case "too_small":
      return [describe(locale, path, "empty")];
    case "too_big":
      return [describe(locale, path, "tooLong", { max: Number(issue.maximum) })];
    case "invalid_value":
      return [describe(locale, path, "oneOf", { values: issue.values.map(String).join(", ") })];
    case "invalid_format":
      if (issue.format === "regex") return [describe(locale, path, "invalidCharacters")];
      return [describe(locale, path, issue.format === "date" ? "date" : "dateTime")];
    default:
      return [{ field: path, problem: "wrongType", message: issue.message }];
  }
}

/**
 * Parses `body` with `schema`; `crossChecks` see the fields that parsed on their own. Throws a 400
 * ApiError listing every problem.
 */
export function validateBody<S extends z.ZodObject>(
  schema: S,
  body: unknown,
  locale: Locale,
  crossChecks: (valid: Partial<z.output<S>>) => CrossCheck[] = () => [],
): z.output<S> {
  const result = schema.safeParse(body);
  const errors: FieldError[] = result.success
    ? []
    : result.error.issues.flatMap((i) => issueToErrors(i, body, locale));
  if (errors.some((e) => e.problem === "notAnObject")) {
    throw new ApiError(400, "validationFailed", {
      params: { count: 1 },
      fields: [describe(locale, "", "notAnObject")],
    });
  }
  const valid: Record<string, unknown> = {};
  const input = body as Record<string, unknown>;
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const parsed = field.safeParse(input[key]);
    if (parsed.success) valid[key] = parsed.data;
  }
  const failed = new Set(errors.map((e) => e.field));
  for (const check of crossChecks(valid as Partial<z.output<S>>)) {
    if (!failed.has(check.field)) errors.push(describe(locale, check.field, check.problem));
  }
  if (errors.length > 0 || !result.success) {
    throw new ApiError(400, "validationFailed", { params: { count: errors.length }, fields: errors });
  }
  return result.data;
}

/** Query parameters, checked like a body; the 400 then says the question was wrong (a GET records nothing). */
export function validateQuery<S extends z.ZodObject>(
  schema: S,
  query: unknown,
  locale: Locale,
  crossChecks: (valid: Partial<z.output<S>>) => CrossCheck[] = () => [],
): z.output<S> {
  try {
    return validateBody(schema, query ?? {}, locale, crossChecks);
  } catch (error) {
    if (error instanceof ApiError && error.code === "validationFailed") {
      throw new ApiError(400, "invalidQuery", {
        params: error.params,
        ...(error.fields ? { fields: error.fields } : {}),
      });
    }
    throw error;
  }
}
