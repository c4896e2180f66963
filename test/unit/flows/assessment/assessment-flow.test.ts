import { describe, expect, it } from "vitest";
import {
  daysAfter,
  landlord,
  messagesOf,
  code as refusal,
  Scenario,
  T0,
  timelineOf,
  worker,
} from "../cases/fixtures.ts";

describe("Actie 2: assessment in the case thread", () => {
  it("Actie 2: the three answers can be clicked in any order and changed until confirmed", () => {
    const s = new Scenario();
    s.apply({
      type: "assessmentAnswered",
      actor: worker,
      answer: { question: "justifiedByWorker", value: false },
    });
    s.apply({
      type: "assessmentAnswered",
      actor: worker,
      answer: { question: "behaviour", value: "conscious" },
    });
    s.apply({
      type: "assessmentAnswered",
      actor: worker,
      answer: { question: "justifiedByWorker", value: true },
    });
    expect(s.state.assessmentDraft?.answers).toEqual({
      behaviour: "conscious",
      justifiedByParticipant: null,
      justifiedByWorker: true,
    });
    expect(s.state.step).toBe("actie2");
  });

  it("Actie 2: the same answer clicked twice (double click) is refused the second time and written once", () => {
    const s = new Scenario();
    const answer = {
      type: "assessmentAnswered",
      actor: worker,
      answer: { question: "behaviour", value: "conscious" },
    } as const;
    s.apply(answer);
    const decisions = s.decisions.length;
    expect(refusal(() => s.apply(answer))).toBe("assessment.alreadyAnswered");
    expect(s.decisions).toHaveLength(decisions);
    const answered = s.decisions.flatMap(timelineOf).filter((e) => e.event === "assessment.answered");
    expect(answered).toHaveLength(1);
    // Changing the answer is still possible, and changing it back too.
    s.apply({ ...answer, answer: { question: "behaviour", value: "unconscious" } });
    s.apply(answer);
    expect(s.state.assessmentDraft?.answers.behaviour).toBe("conscious");
  });

  it("Actie 2: a re-assessment starts from the earlier answers; clicking one of them again is allowed", () => {
    const s = new Scenario();
    s.assess("conscious", true, true);
    s.apply({
      type: "assessmentAnswered",
      actor: worker,
      answer: { question: "behaviour", value: "conscious" },
    });
    expect(s.state.assessmentDraft?.reassessment).toBe(true);
    expect(s.state.assessmentDraft?.clicked).toEqual(["behaviour"]);
  });

  it("Actie 2: confirming before all three answers are given is refused (assessment.incomplete)", () => {
    const s = new Scenario();
    s.apply({
      type: "assessmentAnswered",
      actor: worker,
      answer: { question: "behaviour", value: "unconscious" },
    });
    expect(refusal(() => s.apply({ type: "assessmentConfirmed", actor: worker, history: [] }))).toBe(
      "assessment.incomplete",
    );
  });

  it("Actie 2: answers and reasoning stay with the care team; the shared timeline only says it was assessed", () => {
    const s = new Scenario();
    const confirmed = s.assess("conscious", false, true);
    const entries = timelineOf(confirmed);
    const reasoning = entries.find((e) => e.event === "assessment.confirmed");
    expect(reasoning?.visibility).toBe("careTeam");
    expect(reasoning?.details).toMatchObject({
      row: "consciousParticipantDisagrees",
      source: "table",
      actorId: "U-worker",
    });
    const shared = entries.filter((e) => e.visibility === "shared");
    expect(shared.map((e) => e.event)).toEqual(["assessment.completed"]);
    expect(Object.keys(shared[0]?.details ?? {})).not.toContain("row");
    const answered = s.timeline().filter((e) => e.event === "assessment.answered");
    expect(answered.every((e) => e.visibility === "careTeam")).toBe(true);
  });

  it("Actie 2: the assessment card goes to the care team thread, never to the shared channel", () => {
    const s = new Scenario();
    s.assess("unconscious", true, true);
    const cards = s
      .messages()
      .filter((m) => m.card.kind === "case.assessment" || m.card.kind === "case.proposal");
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      expect(card.target).toEqual({ kind: "channel", audience: "careTeam", inCaseThread: true });
    }
  });

  it("Actie 2: the worker's judgement marks the complaint justified or not", () => {
    const justified = new Scenario();
    justified.assess("unconscious", false, true);
    expect(justified.state.complaints[0]).toMatchObject({ justified: true, countsTowardsEscalation: true });
    const unjustified = new Scenario();
    unjustified.assess("conscious", true, false);
    expect(unjustified.state.complaints[0]).toMatchObject({
      justified: false,
      countsTowardsEscalation: false,
    });
  });

  it("Actie 2 (onbewust, terecht): confirming schedules the six-week follow-up", () => {
    const s = new Scenario();
    const decision = s.assess("unconscious", true, true);
    const schedule = decision.effects.find(
      (e) => e.type === "deadline.schedule" && e.key === "followUp.sixWeeks",
    );
    expect(schedule).toMatchObject({
      rule: "guideline.followUp.sixWeeks",
      ownerRole: "careTeamMember",
      ownerMemberId: "U-worker",
    });
    expect(s.action("followUpSixWeeks").deadlineKey).toBe("followUp.sixWeeks");
  });

  it("Actie 2: the other rows schedule no six-week follow-up", () => {
    const s = new Scenario();
    const decision = s.assess("conscious", true, true);
    expect(
      decision.effects.some((e) => e.type === "deadline.schedule" && e.key === "followUp.sixWeeks"),
    ).toBe(false);
  });

  it("Actie 2: confirming without a recorded hearing is allowed but recorded", () => {
    const s = new Scenario();
    const decision = s.assess("conscious", true, true);
    expect(
      timelineOf(decision).find((e) => e.event === "assessment.confirmed")?.details.hearingRecorded,
    ).toBe(false);
    const withHearing = new Scenario();
    withHearing.apply({
      type: "hearingRecorded",
      actor: worker,
      heldAt: T0,
      notes: "Deelnemer erkent de muziek.",
    });
    const confirmed = withHearing.assess("conscious", true, true);
    expect(
      timelineOf(confirmed).find((e) => e.event === "assessment.confirmed")?.details.hearingRecorded,
    ).toBe(true);
  });

  it("wederhoor: hearing notes are care-only", () => {
    const s = new Scenario();
    const decision = s.apply({ type: "hearingRecorded", actor: worker, heldAt: T0, notes: "Vertrouwelijk" });
    expect(timelineOf(decision)).toEqual([
      expect.objectContaining({ event: "hearing.recorded", visibility: "careTeam", step: "actie2" }),
    ]);
    const shared = messagesOf(decision).filter(
      (m) => m.target.kind === "channel" && m.target.audience === "shared",
    );
    expect(JSON.stringify(shared)).not.toContain("Vertrouwelijk");
    expect(s.state.hearings).toEqual([
      { heldAt: T0.toISOString(), notes: "Vertrouwelijk", recordedBy: "U-worker" },
    ]);
  });

  it("Actie 2 is the care team's: landlord staff cannot answer the assessment", () => {
    const s = new Scenario();
    expect(
      refusal(() =>
        s.apply({
          type: "assessmentAnswered",
          actor: landlord,
          answer: { question: "behaviour", value: "conscious" },
        }),
      ),
    ).toBe("role.notAllowed");
  });

  it("a new complaint gets its own assessment; earlier answers do not carry over", () => {
    const s = new Scenario();
    s.assess("unconscious", true, true);
    s.at(daysAfter(3)).addComplaint("cmp-2", "smell");
    expect(s.state.assessmentDraft).toMatchObject({
      complaintIds: ["cmp-2"],
      reassessment: false,
      answers: { behaviour: null, justifiedByParticipant: null, justifiedByWorker: null },
    });
  });
});

describe("Proposals vs decisions: nothing a person decided is overwritten by a later proposal", () => {
  it("re-assessment replaces only still-proposed actions; accepted, changed, skipped and done ones stay", () => {
    const s = new Scenario();
    s.assess("conscious", true, true);
    const accepted = s.action("informLandlordWithParticipant");
    const changed = s.action("agreeComplainantActions");
    const skipped = s.action("supportNormalBehaviour");
    const done = s.action("reportInWriting");
    const stillProposed = s.action("smallGesture");
    s.apply({ type: "actionAccepted", actor: worker, actionId: accepted.id });
    s.apply({
      type: "actionChanged",
      actor: landlord,
      actionId: changed.id,
      text: "Verhuurder belt de klager vrijdag",
    });
    s.apply({
      type: "actionSkipped",
      actor: worker,
      actionId: skipped.id,
      reason: "Gebeurt al in de begeleiding",
    });
    s.apply({ type: "actionDone", actor: worker, actionId: done.id });

    // Re-assessment: now unconscious + unjustified → a different row.
    const decision = s.assess("unconscious", false, false);
    const byId = (id: string) => s.state.actions.find((a) => a.id === id);
    expect(byId(accepted.id)?.status).toBe("accepted");
    expect(byId(changed.id)).toMatchObject({ status: "accepted", text: "Verhuurder belt de klager vrijdag" });
    expect(byId(skipped.id)).toMatchObject({ status: "skipped", skipReason: "Gebeurt al in de begeleiding" });
    expect(byId(done.id)?.status).toBe("done");
    // The still-proposed small gesture is in the new proposal too, so it stays as it is.
    expect(byId(stillProposed.id)?.status).toBe("proposed");
    // The new row's actions were added as proposals.
    expect(s.action("agreeRelationRepair").status).toBe("proposed");
    expect(s.action("neighbourMediation").status).toBe("proposed");
    expect(
      timelineOf(decision).some((e) => e.event === "assessment.confirmed" && e.details.reassessment === true),
    ).toBe(true);
  });

  it("re-assessment removes still-proposed actions the new row no longer proposes (and their deadlines)", () => {
    const s = new Scenario();
    s.assess("unconscious", true, true);
    const followUp = s.action("followUpSixWeeks");
    const explain = s.action("explainBehaviourChange");
    s.apply({ type: "actionAccepted", actor: worker, actionId: explain.id });
    const decision = s.assess("unconscious", false, false);
    expect(s.state.actions.some((a) => a.id === followUp.id)).toBe(false);
    expect(decision.effects).toContainEqual({
      type: "deadline.cancel",
      key: "followUp.sixWeeks",
      reason: "proposalReplaced",
    });
    expect(s.state.actions.find((a) => a.id === explain.id)?.status).toBe("accepted");
    expect(timelineOf(decision).find((e) => e.event === "actions.replaced")?.details.count).toBeGreaterThan(
      0,
    );
  });

  it("a decided action is not proposed a second time for the same complaints", () => {
    const s = new Scenario();
    s.assess("conscious", true, true);
    s.apply({ type: "actionDone", actor: worker, actionId: s.action("reportInWriting").id });
    s.assess("conscious", true, true);
    expect(s.state.actions.filter((a) => a.code === "reportInWriting")).toHaveLength(1);
  });
});
