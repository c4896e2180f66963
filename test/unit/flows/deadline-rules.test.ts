/** A deadline row's rule read back from its string column. */
import { describe, expect, it } from "vitest";
import { DEADLINE_RULES, isDeadlineRule, readDeadlineRule } from "../../../src/flows/context.ts";

describe("stored deadline rules", () => {
  it("read every known rule, and an unknown one, back unchanged", () => {
    for (const rule of DEADLINE_RULES) {
      expect(isDeadlineRule(rule), rule).toBe(true);
      expect(readDeadlineRule(rule)).toBe(rule);
    }
    expect(isDeadlineRule("guideline.actie1.24h")).toBe(false);
    expect(readDeadlineRule("guideline.actie1.24h")).toBe("guideline.actie1.24h");
  });
});
