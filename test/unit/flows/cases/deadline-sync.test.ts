import { describe, expect, it } from "vitest";
import { cardRefreshes } from "../../../../src/flows/cases/card-refresh.ts";
import { caseOverviewSpec, deadlineViews } from "../../../../src/flows/cases/card-specs.ts";
import { renderCaseCard } from "../../../../src/flows/cases/cards.ts";
import { withDeadlineRow } from "../../../../src/flows/cases/deadline-sync.ts";
import { START_DEADLINE_KEY } from "../../../../src/flows/cases/open-case.ts";
import { deadlineLine } from "../../../../src/flows/cases/render/blocks.ts";
import type { DeadlineView } from "../../../../src/flows/deadlines/model.ts";
import { DAY, daysAfter, Scenario, T0 } from "./fixtures.ts";

function startRow(state: Scenario["state"], extra: Partial<DeadlineView> = {}): DeadlineView {
  const entry = state.deadlines.find((deadline) => deadline.key === START_DEADLINE_KEY)!;
  return {
    id: "dl-start",
    subject: `case:${state.id}`,
    key: entry.key,
    rule: entry.rule,
    step: entry.step,
    ownerRole: entry.ownerRole,
    ownerMemberId: entry.ownerMemberId,
    dueAt: entry.dueAt,
    state: "open",
    ...extra,
  };
}

describe("case card: deadlines as they are (Termijnen)", () => {
  it("a deadline reported done from its nudge leaves the case's open deadlines; the card is re-posted without it", () => {
    const { state } = new Scenario();
    const after = withDeadlineRow(state, startRow(state, { state: "done" }));
    expect(after.deadlines.map((deadline) => deadline.key)).not.toContain(START_DEADLINE_KEY);
    expect(after.deadlines).toHaveLength(state.deadlines.length - 1);
    const refreshes = cardRefreshes(state, after, T0);
    const caseCard = refreshes.find((effect) => effect.updateKey === `case:${state.id}:card`);
    expect(caseCard?.card).toEqual(caseOverviewSpec(after, T0));
    expect(JSON.stringify(caseCard?.card)).not.toContain(START_DEADLINE_KEY);
  });

  it("more time and a new owner show on the case; reopened, the deadline is listed again", () => {
    const { state } = new Scenario();
    const later = new Date(T0.getTime() + 3 * DAY).toISOString();
    const extended = withDeadlineRow(state, startRow(state, { dueAt: later, ownerMemberId: "U-other" }));
    expect(extended.deadlines.find((deadline) => deadline.key === START_DEADLINE_KEY)).toMatchObject({
      dueAt: later,
      ownerMemberId: "U-other",
      audience: "shared",
      actionId: null,
    });
    const done = withDeadlineRow(state, startRow(state, { state: "done" }));
    const reopened = withDeadlineRow(done, startRow(state));
    expect(reopened.deadlines.find((deadline) => deadline.key === START_DEADLINE_KEY)).toEqual(
      state.deadlines.find((deadline) => deadline.key === START_DEADLINE_KEY),
    );
    // Unknown to the case and not open: nothing changes.
    expect(withDeadlineRow(done, startRow(state, { state: "cancelled" }))).toBe(done);
  });

  it("an overdue deadline is marked on the case card as on the list; one still ahead is not", () => {
    const { state } = new Scenario();
    const start = state.deadlines.find((deadline) => deadline.key === START_DEADLINE_KEY)!;
    const before = deadlineViews(state, "shared", T0);
    const late = deadlineViews(state, "shared", daysAfter(200));
    const line = (views: typeof before, locale: "nl" | "en") =>
      deadlineLine(views.find((deadline) => deadline.key === START_DEADLINE_KEY)!, locale);
    expect(before.every((deadline) => !deadline.overdue)).toBe(true);
    expect(late.find((deadline) => deadline.key === start.key)?.overdue).toBe(true);
    expect(line(before, "nl")).not.toContain("te laat");
    expect(line(late, "nl")).toMatch(/ · ⚠️ te laat$/);
    expect(line(late, "en")).toMatch(/ · ⚠️ overdue$/);
    expect(JSON.stringify(renderCaseCard(caseOverviewSpec(state, daysAfter(200)), "nl"))).toContain(
      "⚠️ te laat",
    );
  });
});
