import { describe, expect, it } from "vitest";
import type { LadderCardSpec } from "../../../../src/flows/cases/cards.ts";
import type { PriorComplaint } from "../../../../src/flows/ladder/detect.ts";
import { evaluatePreconditions } from "../../../../src/flows/ladder/preconditions.ts";
import { daysAfter, landlord, messagesOf, Scenario, timelineOf, worker } from "../cases/fixtures.ts";

const PRIOR: PriorComplaint = {
  participantId: "p-1",
  caseId: "case-0",
  caseKind: "nuisance",
  complaintId: "old-1",
  type: "noise",
  occurredAt: daysAfter(-30).toISOString(),
  receivedAt: daysAfter(-30).toISOString(),
  justified: true,
  wronglyAttributed: false,
};

function metMap(s: Scenario, step: "actie3" | "actie4" | "actie5" | "actie6") {
  return Object.fromEntries(evaluatePreconditions(s.state, step).map((r) => [r.id, r.met]));
}

describe("Preconditions per ladder step (shown, never blocking)", () => {
  it("Actie 3: grounds (earlier justified complaint) and every complaint assessed", () => {
    const s = new Scenario();
    expect(metMap(s, "actie3")).toEqual({ escalationGrounds: false, assessmentDone: false });
    s.assess("conscious", true, true, [PRIOR]);
    expect(metMap(s, "actie3")).toEqual({ escalationGrounds: true, assessmentDone: true });
  });

  it("Actie 4: Actie 3 taken, warning letter, continuing nuisance, interventions without success", () => {
    const s = new Scenario();
    s.assess("conscious", true, true, [PRIOR]);
    expect(metMap(s, "actie4")).toEqual({
      previousStepTaken: false,
      previousLetterRecorded: false,
      continuingNuisance: false,
      interventionsUnsuccessful: false,
    });
    s.apply({ type: "ladderStepTaken", actor: landlord, step: "actie3", situation: null });
    s.at(daysAfter(2)).apply({
      type: "letterRecorded",
      actor: landlord,
      step: "actie3",
      sentAt: daysAfter(1),
      registered: false,
      signedForSeen: false,
    });
    s.apply({
      type: "interventionOffered",
      actor: worker,
      detail: { kind: "timeOut", reason: "coolingOff" },
      note: null,
    });
    const intervention = s.state.ladder.interventions[0]!;
    s.apply({
      type: "interventionOutcome",
      actor: worker,
      interventionId: intervention.id,
      outcome: "unsuccessful",
      note: null,
    });
    s.at(daysAfter(10)).addComplaint("cmp-2");
    s.assess("conscious", true, true, [PRIOR]);
    expect(metMap(s, "actie4")).toEqual({
      previousStepTaken: true,
      previousLetterRecorded: true,
      continuingNuisance: true,
      interventionsUnsuccessful: true,
    });
  });

  it("Actie 5: adds legal advice requested at Actie 4", () => {
    const s = new Scenario();
    s.assess("conscious", true, true, [PRIOR]);
    s.apply({ type: "ladderStepTaken", actor: landlord, step: "actie4", situation: "repeatedComplaints" });
    expect(metMap(s, "actie5").legalAdviceRequested).toBe(false);
    s.apply({ type: "legalAdviceRequested", actor: worker, step: "actie4", note: null });
    expect(metMap(s, "actie5")).toMatchObject({ previousStepTaken: true, legalAdviceRequested: true });
  });

  it("Actie 6: the summons letter registered and signed 'voor gezien', and the three court conditions", () => {
    const s = new Scenario();
    s.assess("conscious", true, true, [PRIOR]);
    s.apply({ type: "ladderStepTaken", actor: landlord, step: "actie5", situation: "repeatedComplaints" });
    s.apply({
      type: "letterRecorded",
      actor: landlord,
      step: "actie5",
      sentAt: daysAfter(0),
      registered: true,
      signedForSeen: false,
    });
    expect(metMap(s, "actie6")).toMatchObject({
      previousLetterRecorded: true,
      summonsRegisteredAndSigned: false,
    });
    s.apply({
      type: "letterRecorded",
      actor: landlord,
      step: "actie5",
      sentAt: daysAfter(0),
      registered: true,
      signedForSeen: true,
    });
    expect(Object.keys(metMap(s, "actie6"))).toEqual([
      "previousStepTaken",
      "previousLetterRecorded",
      "summonsRegisteredAndSigned",
      "continuingNuisance",
      "legalAdviceRequested",
      "nuisanceDossier",
      "agreementsBroken",
      "everythingPossibleDone",
    ]);
    expect(metMap(s, "actie6")).toMatchObject({
      summonsRegisteredAndSigned: true,
      nuisanceDossier: true,
      agreementsBroken: false,
    });
  });

  it("a step taken with unmet preconditions is allowed; the unmet ones are recorded and shown on the ladder card", () => {
    const s = new Scenario();
    s.assess("conscious", true, true);
    const decision = s.apply({ type: "ladderStepTaken", actor: landlord, step: "actie4", situation: null });
    expect(s.state.ladder.current).toBe("actie4");
    const entry = timelineOf(decision).find((e) => e.event === "ladder.stepTaken");
    expect(entry?.details).toMatchObject({
      step: "actie4",
      unmetPreconditions:
        "previousStepTaken,previousLetterRecorded,continuingNuisance,interventionsUnsuccessful",
      unmetCount: 4,
    });
    const ladder = messagesOf(decision).find((m) => m.card.kind === "case.ladder")?.card as LadderCardSpec;
    expect(ladder.steps[0]?.unmetPreconditions).toEqual([
      "previousStepTaken",
      "previousLetterRecorded",
      "continuingNuisance",
      "interventionsUnsuccessful",
    ]);
    expect(ladder.next?.step).toBe("actie5");
  });

  it("a step that was already taken cannot be taken again", () => {
    const s = new Scenario();
    s.assess("conscious", true, true);
    s.apply({ type: "ladderStepTaken", actor: landlord, step: "actie4", situation: null });
    expect(() =>
      s.apply({ type: "ladderStepTaken", actor: landlord, step: "actie3", situation: null }),
    ).toThrow("ladder.stepAlreadyTaken");
  });
});
