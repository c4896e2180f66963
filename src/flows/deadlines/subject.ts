/**
 * Whose deadline (and whose timeline) a row is: "case:<id>", "participant:<id>", "signal:<id>" or
 * "cooperation:<id>". Stored as one string column; read back through `parseDeadlineSubject`.
 */

const DEADLINE_SUBJECT_KINDS = ["case", "participant", "signal", "cooperation"] as const;
export type DeadlineSubjectKind = (typeof DEADLINE_SUBJECT_KINDS)[number];

export type DeadlineSubject =
  | `case:${string}`
  | `participant:${string}`
  | `signal:${string}`
  | `cooperation:${string}`;

function isSubjectKind(value: string | undefined): value is DeadlineSubjectKind {
  return (DEADLINE_SUBJECT_KINDS as readonly (string | undefined)[]).includes(value);
}

/** The kind and id of a subject; the id is what follows the kind up to a next ":". */
export function deadlineSubjectParts(subject: DeadlineSubject): { kind: DeadlineSubjectKind; id: string } {
  const [kind, id = ""] = subject.split(":");
  return { kind: kind as DeadlineSubjectKind, id };
}

function isDeadlineSubject(value: string): value is DeadlineSubject {
  return isSubjectKind(value.split(":", 1)[0]) && value.includes(":");
}

/** A stored subject column as a subject, or null when it names no known kind. */
export function parseDeadlineSubject(value: string): DeadlineSubject | null {
  return isDeadlineSubject(value) ? value : null;
}
