import { describe, expect, it } from "vitest";
import { decideCase } from "../../../../src/flows/cases/decide-case.ts";
import { openCase } from "../../../../src/flows/cases/open-case.ts";
import type { ScheduleDeadlineEffect } from "../../../../src/flows/effects.ts";
import {
  complaint,
  ctxAt,
  DAY,
  landlord,
  messagesOf,
  openInput,
  T0,
  timelineOf,
  worker,
} from "./fixtures.ts";

function schedules(effects: ReturnType<typeof openCase>["effects"]): ScheduleDeadlineEffect[] {
  return effects.filter((e): e is ScheduleDeadlineEffect => e.type === "deadline.schedule");
}

describe("Actie 1: a landlord's complaint becomes a case", () => {
  it("Actie 1: records the complaint, passed to the team within 24 h of the landlord's receipt", () => {
    const decision = openCase(openInput(), ctxAt(T0));
    const received = timelineOf(decision).find((e) => e.event === "complaint.received");
    expect(received).toMatchObject({
      step: "actie1",
      visibility: "shared",
      details: {
        complaintId: "cmp-1",
        complaintType: "noise",
        afterTen: true,
        passedToTeamInTime: true,
        actorId: "U-landlord",
      },
    });
    expect(decision.state).toMatchObject({ status: "open", step: "actie1", kind: "nuisance", version: 1 });
    expect(decision.state.complaints[0]).toMatchObject({ justified: null, countsTowardsEscalation: false });
  });

  it("Actie 1: a complaint passed on later than 24 h after the landlord received it is recorded as late", () => {
    const late = complaint({ receivedByLandlordAt: new Date(T0.getTime() - 2 * DAY) });
    const decision = openCase(openInput({ complaint: late }), ctxAt(T0));
    expect(
      timelineOf(decision).find((e) => e.event === "complaint.received")?.details.passedToTeamInTime,
    ).toBe(false);
    expect(decision.state.complaints[0]?.passedToTeamInTime).toBe(false);
  });

  it("Actie 1 / Termijnen: starts the start, four-week and three-month deadlines with their owners", () => {
    const decision = openCase(openInput(), ctxAt(T0));
    const byKey = Object.fromEntries(schedules(decision.effects).map((s) => [s.key, s]));
    expect(byKey["actie1.start"]).toMatchObject({
      rule: "guideline.actie1.startAndReport",
      ownerRole: "careTeamMember",
      ownerMemberId: "U-worker",
      dueAt: new Date(T0.getTime() + DAY),
    });
    // The three months count from the landlord's receipt, not from the intake.
    expect(byKey["resolution.threeMonths"]).toMatchObject({
      rule: "guideline.resolution.threeMonths",
      dueAt: new Date(T0.getTime() - 3 * 3_600_000 + DAY),
    });
    expect(byKey["check.fourWeeks"]).toMatchObject({
      rule: "guideline.check.fourWeeks",
      ownerMemberId: "U-worker",
    });
    // Termijnen: the landlord contact updates the complainants in the team's rhythm.
    expect(byKey["complainants.update"]).toMatchObject({
      rule: "team.complainant.update",
      ownerRole: "landlordStaff",
      ownerMemberId: "U-landlord",
    });
    expect(decision.state.deadlines.map((d) => d.key).sort()).toEqual([
      "actie1.start",
      "check.fourWeeks",
      "complainants.update",
      "resolution.threeMonths",
    ]);
  });

  it("Omgaan met overlast 1: the first complaint proposes informing the neighbourhood (landlord) and discussing the approach (care-only)", () => {
    const decision = openCase(openInput(), ctxAt(T0));
    expect(decision.state.actions.map((a) => [a.code, a.ownerRole, a.audience, a.status, a.origin])).toEqual([
      ["informNeighbourhood", "landlordStaff", "shared", "proposed", "guideline"],
      ["discussApproachWithParticipant", "careTeamMember", "careTeam", "proposed", "guideline"],
    ]);
    const proposed = timelineOf(decision).filter((e) => e.event === "action.proposed");
    expect(proposed.map((e) => [e.step, e.visibility])).toEqual([
      ["actie1", "shared"],
      ["actie1", "careTeam"],
    ]);
  });

  it("Actie 1: posts the case card to the shared channel, next steps in the thread, assessment to the care team, a DM to the worker", () => {
    const decision = openCase(openInput(), ctxAt(T0));
    const messages = messagesOf(decision);
    expect(messages.map((m) => [m.card.kind, m.target, m.updateKey])).toEqual([
      ["case.card", { kind: "channel", audience: "shared", inCaseThread: false }, "case:case-1:card"],
      [
        "case.assessment",
        { kind: "channel", audience: "careTeam", inCaseThread: true },
        "case:case-1:assessment",
      ],
      // The proposals of the first complaint: the care team's card, the landlord contact's message.
      ["case.proposal", { kind: "channel", audience: "careTeam", inCaseThread: true }, "case:case-1:actions"],
      ["case.actionProposed", { kind: "dm", memberId: "U-landlord" }, null],
      ["case.nextSteps", { kind: "channel", audience: "shared", inCaseThread: true }, null],
      ["case.assignment", { kind: "dm", memberId: "U-worker" }, "case:case-1:assignment"],
    ]);
  });

  it("Actie 1: whether the complainant stays anonymous is recorded for the landlord only", () => {
    const decision = openCase(openInput({ complaint: complaint({ complainantAnonymous: true }) }), ctxAt(T0));
    const entry = timelineOf(decision).find((e) => e.event === "complainant.recorded");
    expect(entry).toMatchObject({ visibility: "landlord", details: { anonymous: true } });
    const shared = timelineOf(decision).filter((e) => e.visibility === "shared");
    expect(shared.every((e) => !("anonymous" in e.details))).toBe(true);
  });

  it("Actie 1: the team starting completes the start deadline and tells the landlord how it is handled", () => {
    const opened = openCase(openInput(), ctxAt(T0));
    const started = decideCase(
      opened.state,
      { type: "caseStarted", actor: worker, approach: "Gesprek morgen" },
      ctxAt(new Date(T0.getTime() + 3_600_000)),
    );
    expect(started.effects).toContainEqual({ type: "deadline.complete", key: "actie1.start" });
    expect(timelineOf(started)).toEqual([
      expect.objectContaining({
        event: "case.started",
        visibility: "shared",
        details: expect.objectContaining({ inTime: true, approach: "Gesprek morgen" }),
      }),
    ]);
    expect(started.state).toMatchObject({ step: "actie2", approach: "Gesprek morgen" });
  });

  it("Actie 1 is the team's step: landlord staff cannot start a nuisance case", () => {
    const opened = openCase(openInput(), ctxAt(T0));
    expect(() =>
      decideCase(opened.state, { type: "caseStarted", actor: landlord, approach: "x" }, ctxAt(T0)),
    ).toThrow("role.notAllowed");
  });
});

describe("Signalering: a participant's own report", () => {
  const report = () => openCase(openInput({ kind: "participantReport", actor: worker }), ctxAt(T0));

  it("Signalering: the report is its own kind of case, labelled 'telt niet mee' on its card", () => {
    const decision = report();
    const card = messagesOf(decision).find((m) => m.updateKey === "case:case-1:card");
    expect(card?.card.kind).toBe("case.participantReportCard");
    expect(decision.state).toMatchObject({ kind: "participantReport", step: "signal" });
    expect(
      timelineOf(decision).find((e) => e.event === "report.received")?.details.countsTowardsEscalation,
    ).toBe(false);
  });

  it("Signalering: a report gets no assessment card and no four-week check; the landlord picks it up", () => {
    const decision = report();
    expect(messagesOf(decision).some((m) => m.card.kind === "case.assessment")).toBe(false);
    const keys = schedules(decision.effects).map((s) => [s.key, s.ownerRole]);
    expect(keys).toEqual([
      ["actie1.start", "landlordStaff"],
      ["resolution.threeMonths", "coordinator"],
    ]);
  });
});
