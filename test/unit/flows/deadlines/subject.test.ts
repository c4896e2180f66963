/** A deadline's subject read back from its string column. */
import { describe, expect, it } from "vitest";
import { deadlineSubjectParts, parseDeadlineSubject } from "../../../../src/flows/deadlines/subject.ts";

describe("deadline subjects", () => {
  it("parse each kind unchanged and split into kind and id", () => {
    for (const value of ["case:c1", "participant:p1", "signal:s1", "cooperation:k1"]) {
      expect(parseDeadlineSubject(value)).toBe(value);
    }
    const subject = parseDeadlineSubject("case:c1");
    expect(subject && deadlineSubjectParts(subject)).toEqual({ kind: "case", id: "c1" });
  });

  it("refuse a value that names no known kind", () => {
    for (const value of ["", "case", "tenant:t1", "Case:c1", ":c1"]) {
      expect(parseDeadlineSubject(value), value).toBeNull();
    }
  });
});
