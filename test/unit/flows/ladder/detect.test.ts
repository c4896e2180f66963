import { describe, expect, it } from "vitest";
import { detectEscalation, type PriorComplaint } from "../../../../src/flows/ladder/detect.ts";
import { daysAfter, landlord, openInput, Scenario, T0, worker } from "../cases/fixtures.ts";

function prior(overrides: Partial<PriorComplaint> = {}): PriorComplaint {
  return {
    participantId: "p-1",
    caseId: "case-0",
    caseKind: "nuisance",
    complaintId: "old-1",
    type: "noise",
    occurredAt: daysAfter(-60).toISOString(),
    receivedAt: daysAfter(-60).toISOString(),
    justified: true,
    wronglyAttributed: false,
    ...overrides,
  };
}

describe("Actie 3 situatie 1: a new, similar, justified complaint after an earlier justified one", () => {
  it("Actie 3 situatie 1: second justified noise complaint in the same case → propose Actie 3", () => {
    const s = new Scenario();
    s.assess("conscious", true, true);
    expect(s.state.ladder.proposals).toEqual([]);
    s.at(daysAfter(7)).addComplaint("cmp-2", "noise");
    s.assess("conscious", true, true);
    expect(s.state.ladder.proposals).toEqual([
      expect.objectContaining({
        step: "actie3",
        situation: "similarComplaint",
        triggerComplaintId: "cmp-2",
        status: "pending",
        proposedBy: "detection",
      }),
    ]);
    // Proposed, not taken: people decide.
    expect(s.state.ladder.current).toBeNull();
  });

  it("Actie 3 situatie 1: an earlier justified complaint from an earlier case counts (history passed in)", () => {
    const s = new Scenario();
    s.assess("unconscious", true, true, [prior()]);
    expect(s.state.ladder.proposals[0]).toMatchObject({
      step: "actie3",
      situation: "similarComplaint",
      countingComplaints: 2,
    });
    expect(s.state.priorCountingComplaints).toBe(1);
  });

  it("Actie 3: a justified complaint of a different type after one earlier complaint is not 'similar'", () => {
    const s = new Scenario();
    s.assess("unconscious", true, true, [prior({ type: "smell" })]);
    expect(s.state.ladder.proposals).toEqual([]);
  });

  it("Actie 3: a first complaint on its own never escalates", () => {
    const s = new Scenario();
    s.assess("conscious", true, true);
    expect(detectEscalation([], s.state)).toBeNull();
  });
});

describe("Actie 3 situatie 2: repeated or continuing complaints", () => {
  it("Actie 3 situatie 2: three or more justified complaints (any type) → propose Actie 3 in consultation", () => {
    const s = new Scenario();
    s.assess("conscious", true, true, [
      prior({ type: "smell", complaintId: "o1" }),
      prior({ type: "visitors", complaintId: "o2" }),
    ]);
    expect(s.state.ladder.proposals[0]).toMatchObject({
      step: "actie3",
      situation: "repeatedComplaints",
      countingComplaints: 3,
    });
  });

  it("Actie 3 situatie 2: a further justified complaint after Actie 3 was taken → propose Actie 4", () => {
    const s = new Scenario();
    s.assess("conscious", true, true, [prior()]);
    s.apply({ type: "ladderStepTaken", actor: landlord, step: "actie3", situation: null });
    s.at(daysAfter(14)).addComplaint("cmp-2", "smell");
    s.assess("conscious", true, true, [prior()]);
    const pending = s.state.ladder.proposals.filter((p) => p.status === "pending");
    expect(pending).toEqual([
      expect.objectContaining({
        step: "actie4",
        situation: "repeatedComplaints",
        triggerComplaintId: "cmp-2",
      }),
    ]);
  });

  it("Actie 3–6: a complaint from before the current step was taken does not propose the next step", () => {
    const s = new Scenario();
    s.assess("conscious", true, true, [prior()]);
    s.apply({ type: "ladderStepTaken", actor: landlord, step: "actie3", situation: null });
    // Re-assessing the same (older) complaint: nothing new.
    s.assess("conscious", true, true, [prior()]);
    expect(s.state.ladder.proposals.filter((p) => p.status === "pending")).toEqual([]);
  });

  it("after Actie 6 there is no further step to propose", () => {
    const s = new Scenario();
    s.assess("conscious", true, true, [prior()]);
    s.apply({ type: "ladderStepTaken", actor: landlord, step: "actie6", situation: "repeatedComplaints" });
    s.at(daysAfter(3)).addComplaint("cmp-2");
    s.assess("conscious", true, true, [prior()]);
    expect(s.state.ladder.proposals.filter((p) => p.status === "pending")).toEqual([]);
  });
});

describe("Never counts against the participant", () => {
  it("Signalering: complaints from participant reports never count", () => {
    const s = new Scenario();
    s.assess("conscious", true, true, [prior({ caseKind: "participantReport" })]);
    expect(s.state.ladder.proposals).toEqual([]);
    expect(s.state.priorCountingComplaints).toBe(0);
  });

  it("Signalering: wrongly attributed complaints never count", () => {
    const s = new Scenario();
    s.assess("conscious", true, true, [prior({ wronglyAttributed: true })]);
    expect(s.state.ladder.proposals).toEqual([]);
  });

  it("Actie 2: complaints judged unjustified never count — earlier or new", () => {
    const earlierUnjustified = new Scenario();
    earlierUnjustified.assess("conscious", true, true, [
      prior({ justified: false }),
      prior({ justified: null, complaintId: "o2" }),
    ]);
    expect(earlierUnjustified.state.ladder.proposals).toEqual([]);

    const newUnjustified = new Scenario();
    newUnjustified.assess("conscious", true, false, [prior(), prior({ complaintId: "o2" })]);
    expect(newUnjustified.state.ladder.proposals).toEqual([]);
    expect(newUnjustified.state.complaints[0]?.countsTowardsEscalation).toBe(false);
  });

  it("Actie 2: a pending proposal is withdrawn when its complaint is re-assessed as unjustified", () => {
    const s = new Scenario();
    s.assess("conscious", true, true, [prior()]);
    expect(s.state.ladder.proposals[0]?.status).toBe("pending");
    const decision = s.assess("conscious", true, false, [prior()]);
    expect(s.state.ladder.proposals[0]?.status).toBe("withdrawn");
    expect(decision.effects).toContainEqual(
      expect.objectContaining({ type: "timeline", event: "escalation.withdrawn", visibility: "shared" }),
    );
    // Judged justified again: the rules propose again.
    s.assess("conscious", true, true, [prior()]);
    expect(s.state.ladder.proposals.map((p) => p.status)).toEqual(["withdrawn", "pending"]);
  });

  it("complaints about another participant never count", () => {
    const s = new Scenario();
    s.assess("conscious", true, true, [prior({ participantId: "p-2" })]);
    expect(s.state.ladder.proposals).toEqual([]);
  });

  it("Signalering: a participant-report case never escalates, whatever its history", () => {
    const s = new Scenario(openInput({ kind: "participantReport", actor: worker }));
    s.state.complaints[0]!.justified = true;
    expect(
      detectEscalation([prior(), prior({ complaintId: "o2" }), prior({ complaintId: "o3" })], s.state),
    ).toBeNull();
    expect(s.state.complaints[0]?.countsTowardsEscalation).toBe(false);
  });

  it("Signalering: a case closed as wrongly attributed leaves complaints that no later case counts", () => {
    const earlier = new Scenario();
    earlier.assess("conscious", true, true);
    earlier.apply({ type: "closed", actor: landlord, reason: "wronglyAttributed", text: null });
    const history: PriorComplaint[] = earlier.state.complaints.map((c) => ({
      participantId: earlier.state.participantId,
      caseId: earlier.state.id,
      caseKind: earlier.state.kind,
      complaintId: c.id,
      type: c.type,
      occurredAt: c.occurredAt,
      receivedAt: c.receivedAt,
      justified: c.justified,
      wronglyAttributed: c.wronglyAttributed,
    }));
    const later = new Scenario(
      openInput({ caseId: "case-2", complaint: { ...openInput().complaint, id: "cmp-9" } }),
      daysAfter(20),
    );
    later.assess("conscious", true, true, history);
    expect(later.state.ladder.proposals).toEqual([]);
  });
});

describe("Propose → accept / skip", () => {
  it("a skipped proposal is not proposed again for the same complaint", () => {
    const s = new Scenario();
    s.assess("conscious", true, true, [prior()]);
    const proposal = s.state.ladder.proposals[0]!;
    expect(() =>
      s.apply({ type: "escalationSkipped", actor: worker, proposalId: proposal.id, reason: "" }),
    ).toThrow("ladder.skipReasonRequired");
    s.apply({
      type: "escalationSkipped",
      actor: worker,
      proposalId: proposal.id,
      reason: "Eerst zorg opschalen",
    });
    s.assess("conscious", true, true, [prior()]);
    expect(s.state.ladder.proposals).toEqual([
      expect.objectContaining({ status: "skipped", skipReason: "Eerst zorg opschalen" }),
    ]);
  });

  it("taking the proposed step marks the proposal taken", () => {
    const s = new Scenario();
    s.assess("conscious", true, true, [prior()]);
    s.at(new Date(T0.getTime() + 3_600_000)).apply({
      type: "ladderStepTaken",
      actor: landlord,
      step: "actie3",
      situation: null,
    });
    expect(s.state.ladder.proposals[0]).toMatchObject({ status: "taken" });
    expect(s.state.ladder.steps[0]).toMatchObject({
      step: "actie3",
      situation: "similarComplaint",
      takenBy: "U-landlord",
    });
    expect(s.state.step).toBe("actie3");
  });

  it("a person can propose an escalation with a reason (situatie 2), one pending at a time", () => {
    const s = new Scenario();
    s.assess("conscious", true, true);
    expect(() =>
      s.apply({
        type: "escalationProposed",
        actor: landlord,
        step: null,
        situation: "repeatedComplaints",
        reason: "",
      }),
    ).toThrow("input.textRequired");
    s.apply({
      type: "escalationProposed",
      actor: landlord,
      step: null,
      situation: "repeatedComplaints",
      reason: "Voortdurende klachten via meldpunt",
    });
    expect(s.state.ladder.proposals[0]).toMatchObject({
      step: "actie3",
      proposedBy: "person",
      countingComplaints: 1,
    });
    expect(() =>
      s.apply({
        type: "escalationProposed",
        actor: landlord,
        step: null,
        situation: "repeatedComplaints",
        reason: "nog een",
      }),
    ).toThrow("ladder.proposalPending");
  });
});
