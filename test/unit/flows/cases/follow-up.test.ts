import { describe, expect, it } from "vitest";
import { daysAfter, landlord, messagesOf, Scenario, timelineOf, worker } from "./fixtures.ts";

describe("Omgaan met overlast: written feedback, care record, care notes and the checks", () => {
  it("the worker's written feedback is posted to the shared thread with the agreed actions and recorded", () => {
    const s = new Scenario();
    s.assess("conscious", true, true);
    s.apply({ type: "actionAccepted", actor: worker, actionId: s.action("agreeComplainantActions").id });
    s.apply({ type: "actionAccepted", actor: worker, actionId: s.action("supportNormalBehaviour").id });
    const decision = s.apply({
      type: "writtenFeedbackSent",
      actor: worker,
      text: "Afgesproken: muziek uit om 22:00.",
    });
    const feedback = messagesOf(decision).find((m) => m.card.kind === "case.writtenFeedback");
    expect(feedback?.target).toEqual({ kind: "channel", audience: "shared", inCaseThread: true });
    const card = feedback?.card;
    if (card?.kind !== "case.writtenFeedback") throw new Error("no feedback card");
    // Only actions that concern the landlord; the care-only support action stays out.
    expect(card.agreedActions.map((a) => a.code)).toEqual(["agreeComplainantActions", "reportInWriting"]);
    expect(s.action("reportInWriting").status).toBe("done");
    expect(timelineOf(decision)[0]).toMatchObject({ event: "writtenFeedback.sent", visibility: "shared" });
  });

  it("registering in the care record is care-only and completes the care-record action", () => {
    const s = new Scenario();
    s.assess("conscious", true, true);
    const decision = s.apply({ type: "careRecordRegistered", actor: worker, note: "In ONS gezet" });
    expect(timelineOf(decision)).toEqual([
      expect.objectContaining({ event: "careRecord.registered", visibility: "careTeam" }),
    ]);
    expect(s.action("registerInCareRecord").status).toBe("done");
  });

  it("a care note goes to the care team only: its thread, and the care team's case summaries kept on screen", () => {
    const s = new Scenario();
    const decision = s.apply({ type: "careNoteAdded", actor: worker, text: "Terugval in gebruik" });
    expect(messagesOf(decision)).toEqual([
      expect.objectContaining({
        target: { kind: "shownCareSummaries" },
        updateKey: `case:${s.state.id}:summary`,
        card: expect.objectContaining({ kind: "case.summary", audience: "careTeam" }),
      }),
      expect.objectContaining({ target: { kind: "channel", audience: "careTeam", inCaseThread: true } }),
    ]);
    expect(timelineOf(decision)[0]?.visibility).toBe("careTeam");
  });

  it("after about four weeks: the check completes its deadline and records whether new complaints came in", () => {
    const s = new Scenario();
    const decision = s.at(daysAfter(28)).apply({
      type: "fourWeekCheckDone",
      actor: worker,
      newComplaintsFound: true,
      note: "Wijkagent had 1 melding",
    });
    expect(decision.effects).toContainEqual({ type: "deadline.complete", key: "check.fourWeeks" });
    expect(s.state.checks).toEqual([
      expect.objectContaining({
        kind: "fourWeeks",
        nuisanceContinues: true,
        note: "Wijkagent had 1 melding",
      }),
    ]);
  });

  it("Actie 2 (onbewust, terecht): the six-week follow-up completes its action and deadline", () => {
    const s = new Scenario();
    s.assess("unconscious", true, true);
    const decision = s
      .at(daysAfter(42))
      .apply({ type: "sixWeekFollowUpDone", actor: worker, complaintsStopped: true, note: null });
    expect(decision.effects).toContainEqual({ type: "deadline.complete", key: "followUp.sixWeeks" });
    expect(s.action("followUpSixWeeks").status).toBe("done");
    expect(s.state.checks[0]).toMatchObject({ kind: "sixWeeks", nuisanceContinues: false });
  });

  it("landlord staff cannot write care notes", () => {
    const s = new Scenario();
    expect(() => s.apply({ type: "careNoteAdded", actor: landlord, text: "x" })).toThrow("role.notAllowed");
  });
});
