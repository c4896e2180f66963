import { describe, expect, it } from "vitest";
import {
  code,
  complaint,
  coordinator,
  DAY,
  daysAfter,
  landlord,
  openInput,
  partner,
  Scenario,
  T0,
  timelineOf,
  worker,
} from "./fixtures.ts";

function assessed(): Scenario {
  const s = new Scenario();
  s.assess("conscious", true, true);
  return s;
}

describe("Proposals vs decisions: accept, change, skip, add, done", () => {
  it("accepting a proposal agrees it and starts its deadline (team.action.default) for the owner", () => {
    const s = assessed();
    const action = s.action("informLandlordWithParticipant");
    const decision = s.apply({ type: "actionAccepted", actor: worker, actionId: action.id });
    expect(decision.effects).toContainEqual({
      type: "deadline.schedule",
      key: `action:${action.id}`,
      rule: "team.action.default",
      step: "actie2",
      ownerRole: "careTeamMember",
      ownerMemberId: "U-worker",
      dueAt: new Date(T0.getTime() + DAY),
    });
    expect(s.action("informLandlordWithParticipant")).toMatchObject({
      status: "accepted",
      decidedBy: "U-worker",
    });
    expect(timelineOf(decision)).toEqual([
      expect.objectContaining({
        event: "action.accepted",
        visibility: "shared",
        details: expect.objectContaining({ actorId: "U-worker" }),
      }),
    ]);
  });

  it("a proposal without a deadline rule gets no deadline when accepted", () => {
    const s = assessed();
    const gesture = s.action("smallGesture");
    const decision = s.apply({ type: "actionAccepted", actor: worker, actionId: gesture.id });
    expect(decision.effects.some((e) => e.type === "deadline.schedule")).toBe(false);
  });

  it("accepting twice is refused", () => {
    const s = assessed();
    const action = s.action("informLandlordWithParticipant");
    s.apply({ type: "actionAccepted", actor: worker, actionId: action.id });
    expect(code(() => s.apply({ type: "actionAccepted", actor: worker, actionId: action.id }))).toBe(
      "action.alreadyAccepted",
    );
  });

  it("changing a proposal sets the new text, owner and due date and agrees it", () => {
    const s = assessed();
    const action = s.action("agreeComplainantActions");
    const due = daysAfter(5);
    const decision = s.apply({
      type: "actionChanged",
      actor: landlord,
      actionId: action.id,
      text: "Woonconsulent belt de klager",
      ownerRole: "landlordStaff",
      dueAt: due,
    });
    expect(s.action("agreeComplainantActions")).toMatchObject({
      status: "accepted",
      text: "Woonconsulent belt de klager",
      ownerMemberId: "U-landlord",
      dueAt: due.toISOString(),
    });
    expect(decision.effects).toContainEqual(
      expect.objectContaining({ type: "deadline.schedule", dueAt: due, ownerMemberId: "U-landlord" }),
    );
  });

  it("skipping without a reason is refused (action.skipReasonRequired)", () => {
    const s = assessed();
    const action = s.action("agreeComplainantActions");
    expect(
      code(() => s.apply({ type: "actionSkipped", actor: worker, actionId: action.id, reason: "  " })),
    ).toBe("action.skipReasonRequired");
    expect(s.action("agreeComplainantActions").status).toBe("proposed");
  });

  it("skipping with a reason records it and cancels a running deadline", () => {
    const s = assessed();
    const action = s.action("informLandlordWithParticipant");
    s.apply({ type: "actionAccepted", actor: worker, actionId: action.id });
    const decision = s.apply({
      type: "actionSkipped",
      actor: worker,
      actionId: action.id,
      reason: "Verhuurder is al op de hoogte",
    });
    expect(decision.effects).toContainEqual({
      type: "deadline.cancel",
      key: `action:${action.id}`,
      reason: "actionSkipped",
    });
    expect(timelineOf(decision)[0]?.details).toMatchObject({ reason: "Verhuurder is al op de hoogte" });
  });

  it("an action added by hand is agreed at once, with an optional deadline", () => {
    const s = assessed();
    const due = daysAfter(2);
    const decision = s.apply({
      type: "actionAdded",
      actor: worker,
      text: "Vloerkleed regelen tegen contactgeluid",
      ownerRole: "careTeamMember",
      dueAt: due,
      audience: "shared",
    });
    const added = s.state.actions.at(-1);
    expect(added).toMatchObject({
      code: "custom",
      origin: "manual",
      status: "accepted",
      text: "Vloerkleed regelen tegen contactgeluid",
    });
    expect(decision.effects).toContainEqual(
      expect.objectContaining({ type: "deadline.schedule", key: `action:${added?.id}`, dueAt: due }),
    );
  });

  it("finishing an action completes its deadline", () => {
    const s = assessed();
    const action = s.action("informLandlordWithParticipant");
    s.apply({ type: "actionAccepted", actor: worker, actionId: action.id });
    const decision = s.apply({ type: "actionDone", actor: worker, actionId: action.id });
    expect(decision.effects).toContainEqual({ type: "deadline.complete", key: `action:${action.id}` });
    expect(s.action("informLandlordWithParticipant").status).toBe("done");
  });

  it("landlord staff cannot act on a care-only action; partners cannot act at all", () => {
    const s = assessed();
    const careOnly = s.action("supportNormalBehaviour");
    expect(code(() => s.apply({ type: "actionAccepted", actor: landlord, actionId: careOnly.id }))).toBe(
      "role.notAllowed",
    );
    const shared = s.action("agreeComplainantActions");
    expect(code(() => s.apply({ type: "actionAccepted", actor: partner, actionId: shared.id }))).toBe(
      "role.notAllowed",
    );
  });

  it("an unknown action is refused", () => {
    const s = assessed();
    expect(code(() => s.apply({ type: "actionDone", actor: worker, actionId: "act-999" }))).toBe(
      "action.unknown",
    );
  });
});

describe("Buurtbemiddeling only in consultation with the participant", () => {
  function unjustified(): Scenario {
    const s = new Scenario();
    s.assess("unconscious", false, false);
    return s;
  }

  it("accepting neighbour mediation without the participant's consent is refused (mediation.consentRequired)", () => {
    const s = unjustified();
    const mediation = s.action("neighbourMediation");
    expect(code(() => s.apply({ type: "actionAccepted", actor: worker, actionId: mediation.id }))).toBe(
      "mediation.consentRequired",
    );
    s.apply({ type: "mediationConsentRecorded", actor: worker, consent: false });
    expect(code(() => s.apply({ type: "actionAccepted", actor: worker, actionId: mediation.id }))).toBe(
      "mediation.consentRequired",
    );
  });

  it("after the participant consents, mediation can be accepted; the consent is care-only", () => {
    const s = unjustified();
    const consent = s.apply({ type: "mediationConsentRecorded", actor: worker, consent: true });
    expect(timelineOf(consent)).toEqual([
      expect.objectContaining({ event: "mediation.consentRecorded", visibility: "careTeam" }),
    ]);
    s.apply({ type: "actionAccepted", actor: worker, actionId: s.action("neighbourMediation").id });
    expect(s.action("neighbourMediation").status).toBe("accepted");
  });
});

describe("Geluidsoverlast: noise measurement", () => {
  it("a noise measurement request completes the proposed action", () => {
    const s = assessed();
    const decision = s.apply({ type: "noiseMeasurementRequested", actor: landlord, note: null });
    expect(s.action("requestNoiseMeasurement").status).toBe("done");
    expect(timelineOf(decision)[0]).toMatchObject({
      event: "noiseMeasurement.requested",
      visibility: "shared",
    });
  });

  it("a noise measurement is refused for a case without a noise complaint", () => {
    const s = new Scenario(openInput({ complaint: complaint({ type: "smell" }) }));
    expect(code(() => s.apply({ type: "noiseMeasurementRequested", actor: worker, note: null }))).toBe(
      "noiseMeasurement.noiseOnly",
    );
  });
});

describe("Deadlines can be extended with a reason (recorded)", () => {
  it("extending re-schedules the same key and records old and new due time", () => {
    const s = new Scenario();
    const due = daysAfter(10);
    const decision = s.apply({
      type: "deadlineExtended",
      actor: coordinator,
      key: "check.fourWeeks",
      dueAt: due,
      reason: "Vakantie wijkagent",
    });
    expect(decision.effects).toContainEqual(
      expect.objectContaining({ type: "deadline.schedule", key: "check.fourWeeks", dueAt: due }),
    );
    expect(timelineOf(decision)[0]).toMatchObject({
      event: "deadline.extended",
      details: {
        previousDueAt: new Date(T0.getTime() + DAY).toISOString(),
        dueAt: due.toISOString(),
        reason: "Vakantie wijkagent",
      },
    });
  });

  it("extending without a reason, to the past, or an unknown deadline is refused", () => {
    const s = new Scenario();
    expect(
      code(() =>
        s.apply({
          type: "deadlineExtended",
          actor: worker,
          key: "check.fourWeeks",
          dueAt: daysAfter(3),
          reason: "",
        }),
      ),
    ).toBe("deadline.reasonRequired");
    expect(
      code(() =>
        s.apply({
          type: "deadlineExtended",
          actor: worker,
          key: "check.fourWeeks",
          dueAt: daysAfter(-1),
          reason: "x",
        }),
      ),
    ).toBe("deadline.notLater");
    expect(
      code(() =>
        s.apply({ type: "deadlineExtended", actor: worker, key: "nope", dueAt: daysAfter(3), reason: "x" }),
      ),
    ).toBe("deadline.unknown");
  });
});
