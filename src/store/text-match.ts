/**
 * Case-insensitive matching of text that a person or another system typed (a participant's
 * reference, a member's display name). Prisma turns `equals` with `mode: "insensitive"` into
 * PostgreSQL's ILIKE without escaping, so `%`, `_` and `\` in the input would act as wildcards
 * ("%" matching every participant). They are escaped with ILIKE's default escape character, so
 * the input only ever matches itself, ignoring case.
 */
function escapeLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}

/** A Prisma string filter: equal to `text`, ignoring case, wildcards taken literally. */
export function equalsIgnoringCase(text: string): { equals: string; mode: "insensitive" } {
  return { equals: escapeLikePattern(text), mode: "insensitive" };
}
