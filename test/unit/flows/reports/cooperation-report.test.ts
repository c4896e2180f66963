import { describe, expect, it } from "vitest";
import type { CaseState } from "../../../../src/flows/cases/state.ts";
import {
  computeReport,
  type ReportScope,
  renderReportCard,
} from "../../../../src/flows/reports/cooperation-report.ts";
import { reportPeriod } from "../../../../src/flows/reports/report-period.ts";
import type { SignalState } from "../../../../src/flows/signals/model.ts";
import { DAY, daysAfter, landlord, openInput, Scenario, T0, worker } from "../cases/fixtures.ts";
import { logged } from "../signals/fixtures.ts";

function startedCase(participantId: string, startAfterHours: number) {
  const scenario = new Scenario({ ...openInput(), participantId, caseId: `case-${participantId}` });
  scenario.at(new Date(T0.getTime() + startAfterHours * 3600_000));
  scenario.apply({ type: "caseStarted", actor: worker, approach: "Gesprek met de deelnemer deze week." });
  return scenario;
}

function scope(participantIds: string[], cases: CaseState[], signals: SignalState[] = []): ReportScope {
  return {
    participants: participantIds.map((participantId) => ({ participantId, registeredAt: daysAfter(-30) })),
    cases,
    signals,
  };
}

const LATER = daysAfter(200);
const allTime = { period: null, now: LATER };

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
      scope(
        ["p-none", "p-occasional", "p-unjustified", "p-serious"],
        [occasional.state, unjustified.state, serious.state],
      ),
      allTime,
    );
    expect(report).toMatchObject({
      participants: 4,
      withoutComplaints: 2,
      occasional: 1,
      seriousOrPersistent: 1,
    });
  });

  it("Actie 1: counts cases started within 24 hours; a case not started after 24 hours counts as late", () => {
    const quick = startedCase("p-1", 20);
    const late = startedCase("p-2", 30);
    const notStarted = new Scenario({ ...openInput(), participantId: "p-3", caseId: "case-p-3" });
    const report = computeReport(
      scope(["p-1", "p-2", "p-3"], [quick.state, late.state, notStarted.state]),
      allTime,
    );
    expect(report.casesToStart).toBe(3);
    expect(report.startedWithin24h).toBe(1);
    // Within its first 24 hours a case that was not started yet is not counted either way.
    const early = computeReport(scope(["p-3"], [notStarted.state]), { period: null, now: daysAfter(0.5) });
    expect(early.casesToStart).toBe(0);
  });

  it("Termijnen: counts cases resolved within three months; open past three months counts as not resolved", () => {
    const fast = startedCase("p-1", 1);
    fast.at(new Date(T0.getTime() + 30 * DAY)).apply({ type: "resolved", actor: worker, note: null });
    const slow = startedCase("p-2", 1);
    slow.at(new Date(T0.getTime() + 120 * DAY)).apply({ type: "resolved", actor: worker, note: null });
    const open = startedCase("p-3", 1);
    const report = computeReport(scope(["p-1", "p-2", "p-3"], [fast.state, slow.state, open.state]), allTime);
    expect(report).toMatchObject({ casesToResolve: 3, resolvedWithin3Months: 1 });
    const soon = computeReport(scope(["p-3"], [open.state]), { period: null, now: daysAfter(40) });
    expect(soon.casesToResolve).toBe(0);
  });

  it("Signalering: counts signals every receiving side had within 48 hours; pending ones are not counted yet", () => {
    const inTime = logged({ signalId: "s-1" });
    inTime.acknowledgements = inTime.acknowledgements.map((ack) => ({
      ...ack,
      acknowledgedAt: new Date(ack.dueAt.getTime() - 3600_000),
      acknowledgedBy: "m-worker",
    }));
    const tooLate = logged({ signalId: "s-2" });
    tooLate.acknowledgements = tooLate.acknowledgements.map((ack) => ({
      ...ack,
      acknowledgedAt: new Date(ack.dueAt.getTime() + 3600_000),
      acknowledgedBy: "m-worker",
    }));
    const pending = logged({ signalId: "s-3" });
    const report = computeReport(scope(["p-1"], [], [inTime, tooLate, pending]), {
      period: null,
      now: inTime.acknowledgements[0]!.dueAt,
    });
    expect(report).toMatchObject({ signalsToShare: 2, sharedWithin48h: 1 });
    const overdue = computeReport(scope(["p-1"], [], [pending]), { period: null, now: LATER });
    expect(overdue).toMatchObject({ signalsToShare: 1, sharedWithin48h: 0 });
  });

  it("a period counts what started in it: complaints received, cases opened, signals observed", () => {
    const inPeriod = startedCase("p-1", 2);
    inPeriod.assess("unconscious", true, true);
    const signal = logged();
    // T0 is 2024-03-04; the period before it sees none of this, but every participant.
    const before = computeReport(scope(["p-1", "p-2"], [inPeriod.state], [signal]), {
      period: reportPeriod("2024-01-01", "2024-02-29"),
      now: LATER,
    });
    expect(before).toMatchObject({
      participants: 2,
      withoutComplaints: 2,
      occasional: 0,
      casesToStart: 0,
      casesToResolve: 0,
      signalsToShare: 0,
    });
    const march = computeReport(scope(["p-1", "p-2"], [inPeriod.state], [signal]), {
      period: reportPeriod("2024-03-01", "2024-03-31"),
      now: LATER,
    });
    expect(march).toMatchObject({
      withoutComplaints: 1,
      occasional: 1,
      casesToStart: 1,
      startedWithin24h: 1,
    });
    // A participant registered after the period is not one of its participants.
    const late = scope(["p-late"], []);
    late.participants[0]!.registeredAt = daysAfter(100);
    expect(
      computeReport(late, { period: reportPeriod("2024-03-01", "2024-03-31"), now: LATER }),
    ).toMatchObject({ participants: 0 });
  });

  it("Termijnen: the landlord's updates to the complainants — done in the period, planned and overdue as of now — on the chat's card too", () => {
    const updated = startedCase("p-1", 2);
    updated.at(daysAfter(3)).apply({
      type: "complainantsUpdated",
      actor: landlord,
      at: daysAfter(3),
      how: "phone",
      note: null,
    });
    const waiting = startedCase("p-2", 2);
    const cases = [updated.state, waiting.state];
    // Four days in (the fixtures' rhythm is one day): the updated case's next update is planned, the
    // other case's first one is overdue; one update done.
    const early = computeReport(scope(["p-1", "p-2"], cases), { period: null, now: daysAfter(4) });
    expect(early.complainantUpdates).toEqual({ done: 1, planned: 1, overdue: 1 });
    // Much later nobody recorded the next ones: both overdue.
    const late = computeReport(scope(["p-1", "p-2"], cases), allTime);
    expect(late.complainantUpdates).toEqual({ done: 1, planned: 0, overdue: 2 });
    const card = JSON.stringify(renderReportCard(late, "nl"));
    expect(card).toContain("Updates aan klagers (Termijnen)");
    expect(card).toContain("1 afgerond · 0 gepland · 2 te laat");
    expect(JSON.stringify(renderReportCard(late, "en"))).toContain("1 done · 0 planned · 2 overdue");
  });

  it("renders in Dutch with the guideline's reference figures, and in English", () => {
    const report = computeReport(scope(["a", "b"], []), allTime);
    expect(JSON.stringify(renderReportCard(report, "nl"))).toContain("92,2%");
    expect(JSON.stringify(renderReportCard(report, "nl"))).toContain("Signalen binnen 48 uur gedeeld");
    expect(JSON.stringify(renderReportCard(report, "en"))).toContain("No complaints");
  });
});
