import { describe, expect, it } from "vitest";
import { computeReport, renderReportCard } from "../../../../src/flows/reports/cooperation-report.ts";
import { DAY, daysAfter, openInput, Scenario, T0, worker } from "../cases/fixtures.ts";

function startedCase(participantId: string, startAfterHours: number) {
  const scenario = new Scenario({ ...openInput(), participantId, caseId: `case-${participantId}` });
  scenario.at(new Date(T0.getTime() + startAfterHours * 3600_000));
  scenario.apply({ type: "caseStarted", actor: worker, approach: "Gesprek met de deelnemer deze week." });
  return scenario;
}

describe("reports (SPEC §6): the guideline's figures", () => {
  it("counts participants without, with occasional and with serious or persistent nuisance; only counting complaints", () => {
    const occasional = startedCase("p-occasional", 2);
    occasional.assess("unconscious", true, true);
    const unjustified = startedCase("p-unjustified", 2);
    unjustified.assess("conscious", false, false);
    const serious = startedCase("p-serious", 2);
    serious.assess("conscious", true, true);
    serious.at(daysAfter(10)).addComplaint("c2");
    serious.at(daysAfter(20)).addComplaint("c3");
    serious.assess("conscious", true, true);
    const report = computeReport(
      ["p-none", "p-occasional", "p-unjustified", "p-serious"],
      [occasional.state, unjustified.state, serious.state],
    );
    expect(report).toMatchObject({
      participants: 4,
      withoutComplaints: 2,
      occasional: 1,
      seriousOrPersistent: 1,
    });
  });

  it("Actie 1: counts cases started within 24 hours of the complaint reaching the team", () => {
    const quick = startedCase("p-1", 20);
    const late = startedCase("p-2", 30);
    const report = computeReport(["p-1", "p-2"], [quick.state, late.state]);
    expect(report.casesStarted).toBe(2);
    expect(report.startedWithin24h).toBe(1);
  });

  it("Termijnen: counts cases resolved within three months", () => {
    const fast = startedCase("p-1", 1);
    fast.at(new Date(T0.getTime() + 30 * DAY)).apply({ type: "resolved", actor: worker, note: null });
    const slow = startedCase("p-2", 1);
    slow.at(new Date(T0.getTime() + 120 * DAY)).apply({ type: "resolved", actor: worker, note: null });
    const report = computeReport(["p-1", "p-2"], [fast.state, slow.state]);
    expect(report).toMatchObject({ casesResolved: 2, resolvedWithin3Months: 1 });
  });

  it("renders in Dutch with the guideline's reference figures, and in English", () => {
    const report = computeReport(["a", "b"], []);
    expect(JSON.stringify(renderReportCard(report, "nl"))).toContain("92,2%");
    expect(JSON.stringify(renderReportCard(report, "en"))).toContain("No complaints");
  });
});
