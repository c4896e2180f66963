import { describe, expect, it } from "vitest";
import { FlowError } from "../../../../src/flows/errors.ts";
import { registerParticipant } from "../../../../src/flows/participants/register.ts";
import { ctx, DAY_MS, NOW, ofType, registration } from "./fixtures.ts";

describe("registerParticipant (Preventie)", () => {
  it("Preventie 1–8: creates the eight onboarding items in the guideline's order, all open", () => {
    const { state } = registerParticipant(registration, ctx);
    expect(state.checklist.map((item) => item.key)).toEqual([
      "roleAgreements",
      "matching",
      "viewingAndDocuments",
      "keyHandover",
      "habitableHome",
      "neighboursAndHouseRules",
      "housingConsultantContact",
      "neighbourhoodConnection",
    ]);
    expect(state.checklist.every((item) => item.status === "open")).toBe(true);
    expect(state.reference).toBe("HF-017");
    expect(state.registeredAt).toEqual(NOW);
    expect(state.registeredBy).toBe("m-worker");
  });

  it.each([
    ["onboarding.roleAgreements", "coordinator", "m-coord"],
    ["onboarding.matching", "landlordStaff", "m-landlord"],
    ["onboarding.viewingAndDocuments", "careTeamMember", "m-worker"],
    ["onboarding.keyHandover", "careTeamMember", "m-worker"],
    ["onboarding.habitableHome", "careTeamMember", "m-worker"],
    ["onboarding.neighboursAndHouseRules", "careTeamMember", "m-worker"],
    ["onboarding.housingConsultantContact", "landlordStaff", "m-landlord"],
    ["onboarding.neighbourhoodConnection", "careTeamMember", "m-worker"],
  ] as const)(
    "Preventie: deadline %s is owned by %s (%s) under the team's onboarding rule",
    (key, role, member) => {
      const { effects } = registerParticipant(registration, ctx);
      const deadline = ofType(effects, "deadline.schedule").find((effect) => effect.key === key);
      expect(deadline).toEqual({
        type: "deadline.schedule",
        key,
        rule: "team.onboarding.item",
        step: "prevention",
        ownerRole: role,
        ownerMemberId: member,
        dueAt: new Date(NOW.getTime() + DAY_MS),
      });
    },
  );

  it("Preventie 1: without a coordinator the role agreements are owned by the coordinator role, unnamed", () => {
    const { effects } = registerParticipant({ ...registration, coordinatorId: null }, ctx);
    const deadline = ofType(effects, "deadline.schedule").find((e) => e.key === "onboarding.roleAgreements");
    expect(deadline?.ownerRole).toBe("coordinator");
    expect(deadline?.ownerMemberId).toBeNull();
  });

  it("Preventie: records a shared prevention timeline entry naming the actor", () => {
    const { effects } = registerParticipant(registration, ctx);
    const [entry] = ofType(effects, "timeline");
    expect(entry).toMatchObject({
      step: "prevention",
      event: "participant.registered",
      visibility: "shared",
      details: { actorId: "m-worker", reference: "HF-017", leaseType: "intermediary" },
    });
  });

  it("Preventie: posts the checklist card to the shared channel and a direct message to every item owner", () => {
    const { effects } = registerParticipant(registration, ctx);
    const messages = ofType(effects, "message");
    expect(messages.map((m) => [m.target, m.updateKey, m.card.kind])).toEqual([
      [
        { kind: "channel", audience: "shared", inCaseThread: false },
        "participant:p-1:onboarding",
        "participant.onboarding",
      ],
      [{ kind: "dm", memberId: "m-worker" }, null, "participant.assigned"],
      [{ kind: "dm", memberId: "m-landlord" }, null, "participant.assigned"],
      [{ kind: "dm", memberId: "m-coord" }, null, "participant.assigned"],
    ]);
  });

  it("Preventie: trims the details and treats an empty coordinator as none", () => {
    const { state } = registerParticipant(
      { ...registration, reference: "  HF-017 ", dwelling: " Kerkstraat 1 ", coordinatorId: "  " },
      ctx,
    );
    expect(state.reference).toBe("HF-017");
    expect(state.dwelling).toBe("Kerkstraat 1");
    expect(state.coordinatorId).toBeNull();
  });

  it.each([
    ["a single character", "H"],
    ["a full name with spaces", "Jan de Vries"],
    ["more than 24 characters", "HF-0123456789-0123456789X"],
    ["punctuation", "HF_017!"],
  ])(
    "Preventie: refuses a reference with %s (the shared channel never needs a full name)",
    (_label, reference) => {
      expect(() => registerParticipant({ ...registration, reference }, ctx)).toThrow(
        expect.objectContaining({ code: "participant.invalidReference" }),
      );
    },
  );

  it.each(["careProviderId", "landlordId", "dwelling", "supportWorkerId", "landlordContactId"] as const)(
    "Preventie: refuses a registration without %s",
    (field) => {
      try {
        registerParticipant({ ...registration, [field]: " " }, ctx);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(FlowError);
        expect((error as FlowError).code).toBe("participant.missingField");
        expect((error as FlowError).params).toEqual({ field });
      }
    },
  );

  it("Actie 6 depends on the lease type: an unknown lease type is refused", () => {
    expect(() => registerParticipant({ ...registration, leaseType: "rental" as never }, ctx)).toThrow(
      expect.objectContaining({ code: "participant.invalidLeaseType" }),
    );
  });
});
