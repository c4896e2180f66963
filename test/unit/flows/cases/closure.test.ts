import { describe, expect, it } from "vitest";
import { code, daysAfter, landlord, openInput, Scenario, T0, timelineOf, worker } from "./fixtures.ts";

describe("Termijnen and closure", () => {
  it("Termijnen: resolved before the three-month deadline is recorded as within 3 months", () => {
    const s = new Scenario();
    const decision = s
      .at(new Date(T0.getTime() + 3_600_000))
      .apply({ type: "resolved", actor: worker, note: null });
    expect(timelineOf(decision)[0]).toMatchObject({
      event: "case.resolved",
      details: { withinThreeMonths: true },
    });
    expect(decision.effects).toContainEqual({ type: "deadline.complete", key: "resolution.threeMonths" });
    expect(decision.effects).toContainEqual({
      type: "deadline.cancel",
      key: "check.fourWeeks",
      reason: "resolved",
    });
    expect(s.state).toMatchObject({ status: "resolved", deadlines: [] });
  });

  it("Termijnen: resolved after the deadline is recorded as late", () => {
    const s = new Scenario();
    const decision = s.at(daysAfter(5)).apply({ type: "resolved", actor: worker, note: "Na bemiddeling" });
    expect(timelineOf(decision)[0]?.details.withinThreeMonths).toBe(false);
  });

  it("a resolved case takes no new complaints but can still be closed", () => {
    const s = new Scenario();
    s.apply({ type: "resolved", actor: worker, note: null });
    expect(code(() => s.addComplaint("cmp-2"))).toBe("case.notOpen");
    s.apply({ type: "closed", actor: worker, reason: "resolved", text: null });
    expect(s.state.status).toBe("closed");
  });

  it("Signalering: closing as wrongly attributed marks every complaint as not counting", () => {
    const s = new Scenario();
    s.assess("conscious", true, true);
    expect(s.state.complaints[0]?.countsTowardsEscalation).toBe(true);
    const decision = s.apply({
      type: "closed",
      actor: landlord,
      reason: "wronglyAttributed",
      text: "Overlast kwam van de bovenburen",
    });
    expect(s.state.complaints.every((c) => c.wronglyAttributed && !c.countsTowardsEscalation)).toBe(true);
    expect(timelineOf(decision).map((e) => e.event)).toEqual(["complaints.wronglyAttributed", "case.closed"]);
    expect(s.state.closure).toMatchObject({ reason: "wronglyAttributed", closedBy: "U-landlord" });
  });

  it("closing with 'other' needs a text; closing cancels every running deadline", () => {
    const s = new Scenario();
    expect(code(() => s.apply({ type: "closed", actor: worker, reason: "other", text: " " }))).toBe(
      "close.otherReasonRequired",
    );
    const decision = s.apply({ type: "closed", actor: worker, reason: "other", text: "Deelnemer verhuisd" });
    const cancelled = decision.effects
      .filter((e) => e.type === "deadline.cancel")
      .map((e) => e.key)
      .sort();
    expect(cancelled).toEqual([
      "actie1.start",
      "check.fourWeeks",
      "complainants.update",
      "resolution.threeMonths",
    ]);
  });

  it("the close reason must fit the kind of case", () => {
    const nuisance = new Scenario();
    expect(
      code(() =>
        nuisance.apply({ type: "closed", actor: worker, reason: "participantReportHandled", text: null }),
      ),
    ).toBe("close.reasonNotApplicable");
    const report = new Scenario(openInput({ kind: "participantReport", actor: worker }));
    expect(
      code(() => report.apply({ type: "closed", actor: worker, reason: "wronglyAttributed", text: null })),
    ).toBe("close.reasonNotApplicable");
    report.apply({ type: "closed", actor: worker, reason: "participantReportHandled", text: null });
    expect(report.state.status).toBe("closed");
  });

  it("a closed case refuses every further event (case.closed)", () => {
    const s = new Scenario();
    s.apply({ type: "closed", actor: worker, reason: "resolved", text: null });
    expect(code(() => s.apply({ type: "careNoteAdded", actor: worker, text: "x" }))).toBe("case.closed");
    expect(code(() => s.apply({ type: "resolved", actor: worker, note: null }))).toBe("case.closed");
  });

  it("every decision increments the version", () => {
    const s = new Scenario();
    expect(s.state.version).toBe(1);
    s.apply({ type: "caseStarted", actor: worker, approach: "We bellen de deelnemer" });
    expect(s.state.version).toBe(2);
    expect(s.state.timelineEntries).toBe(s.timeline().length);
  });
});
