import { describe, expect, it } from "vitest";
import { decideParticipant } from "../../../../src/flows/participants/decide.ts";
import type { ParticipantState } from "../../../../src/flows/participants/model.ts";
import { registerParticipant } from "../../../../src/flows/participants/register.ts";
import { ctx, ctxAt, DAY_MS, landlordStaff, NOW, ofType, registration, supportWorker } from "./fixtures.ts";

const registered = (): ParticipantState => registerParticipant(registration, ctx).state;
const later = ctxAt(new Date(NOW.getTime() + 2 * 3_600_000));

function item(state: ParticipantState, key: string) {
  const found = state.checklist.find((i) => i.key === key);
  if (found === undefined) throw new Error(`no item ${key}`);
  return found;
}

describe("decideParticipant: itemDone", () => {
  it("Preventie 4: ticking the key handover completes its deadline and records who did it", () => {
    const { state, effects } = decideParticipant(
      registered(),
      { type: "itemDone", actor: supportWorker, itemKey: "keyHandover", note: "Taart met de buurman" },
      later,
    );
    expect(item(state, "keyHandover")).toMatchObject({
      status: "done",
      closedBy: "m-worker",
      closedAt: later.now,
      note: "Taart met de buurman",
    });
    expect(ofType(effects, "deadline.complete")).toEqual([
      { type: "deadline.complete", key: "onboarding.keyHandover" },
    ]);
    expect(ofType(effects, "timeline")[0]).toMatchObject({
      step: "prevention",
      event: "onboarding.itemDone",
      visibility: "shared",
      details: { actorId: "m-worker", itemKey: "keyHandover", guidelineNumber: 4 },
    });
    expect(ofType(effects, "message")[0]?.updateKey).toBe("participant:p-1:onboarding");
  });

  it("Preventie: an item that is already done cannot be ticked again", () => {
    const done = decideParticipant(
      registered(),
      { type: "itemDone", actor: supportWorker, itemKey: "keyHandover", note: null },
      ctx,
    ).state;
    expect(() =>
      decideParticipant(
        done,
        { type: "itemDone", actor: supportWorker, itemKey: "keyHandover", note: null },
        ctx,
      ),
    ).toThrow(expect.objectContaining({ code: "participant.itemNotOpen" }));
  });
});

describe("decideParticipant: itemSkipped", () => {
  it.each(["", "   "])("Maatwerk: skipping without a reason (%j) is refused", (reason) => {
    expect(() =>
      decideParticipant(
        registered(),
        { type: "itemSkipped", actor: supportWorker, itemKey: "matching", reason },
        ctx,
      ),
    ).toThrow(expect.objectContaining({ code: "participant.reasonRequired" }));
  });

  it("Preventie 6: skipping the introduction to the neighbours (the participant's own choice) cancels its deadline with the reason", () => {
    const reason = "Deelnemer wil zelf geen kennismaking";
    const { state, effects } = decideParticipant(
      registered(),
      {
        type: "itemSkipped",
        actor: supportWorker,
        itemKey: "neighboursAndHouseRules",
        reason: ` ${reason} `,
      },
      ctx,
    );
    expect(item(state, "neighboursAndHouseRules")).toMatchObject({ status: "skipped", note: reason });
    expect(ofType(effects, "deadline.cancel")).toEqual([
      { type: "deadline.cancel", key: "onboarding.neighboursAndHouseRules", reason },
    ]);
    expect(ofType(effects, "timeline")[0]?.details).toMatchObject({ actorId: "m-worker", reason });
  });
});

describe("decideParticipant: itemExtended", () => {
  it("Preventie 5: more time moves the deadline to the new date under the same key and owner", () => {
    const newDueAt = new Date(NOW.getTime() + 10 * DAY_MS);
    const { state, effects } = decideParticipant(
      registered(),
      {
        type: "itemExtended",
        actor: supportWorker,
        itemKey: "habitableHome",
        newDueAt,
        reason: "Witgoed besteld",
      },
      ctx,
    );
    expect(item(state, "habitableHome")).toMatchObject({
      status: "open",
      dueAt: newDueAt,
      extensionReason: "Witgoed besteld",
    });
    expect(ofType(effects, "deadline.schedule")).toEqual([
      {
        type: "deadline.schedule",
        key: "onboarding.habitableHome",
        rule: "team.onboarding.item",
        step: "prevention",
        ownerRole: "careTeamMember",
        ownerMemberId: "m-worker",
        dueAt: newDueAt,
      },
    ]);
    expect(ofType(effects, "timeline")[0]?.details).toMatchObject({
      previousDueAt: new Date(NOW.getTime() + DAY_MS).toISOString(),
      newDueAt: newDueAt.toISOString(),
      reason: "Witgoed besteld",
    });
  });

  it("Preventie: more time needs a reason", () => {
    const newDueAt = new Date(NOW.getTime() + 10 * DAY_MS);
    expect(() =>
      decideParticipant(
        registered(),
        { type: "itemExtended", actor: supportWorker, itemKey: "habitableHome", newDueAt, reason: "" },
        ctx,
      ),
    ).toThrow(expect.objectContaining({ code: "participant.reasonRequired" }));
  });

  it.each([
    ["now", NOW],
    ["in the past", new Date(NOW.getTime() - DAY_MS)],
  ])("Preventie: more time with a new date %s is refused", (_label, newDueAt) => {
    expect(() =>
      decideParticipant(
        registered(),
        { type: "itemExtended", actor: supportWorker, itemKey: "habitableHome", newDueAt, reason: "later" },
        ctx,
      ),
    ).toThrow(expect.objectContaining({ code: "participant.dueNotInFuture" }));
  });
});

describe("decideParticipant: itemReopened", () => {
  it("Preventie: a done item can be reopened with a fresh deadline counted from now", () => {
    const done = decideParticipant(
      registered(),
      { type: "itemDone", actor: landlordStaff, itemKey: "housingConsultantContact", note: null },
      ctx,
    ).state;
    const { state, effects } = decideParticipant(
      done,
      { type: "itemReopened", actor: landlordStaff, itemKey: "housingConsultantContact" },
      later,
    );
    expect(item(state, "housingConsultantContact")).toMatchObject({
      status: "open",
      closedAt: null,
      closedBy: null,
    });
    expect(ofType(effects, "deadline.schedule")[0]).toMatchObject({
      key: "onboarding.housingConsultantContact",
      ownerRole: "landlordStaff",
      ownerMemberId: "m-landlord",
      dueAt: new Date(later.now.getTime() + DAY_MS),
    });
  });

  it("Preventie: reopening an open item is refused", () => {
    expect(() =>
      decideParticipant(
        registered(),
        { type: "itemReopened", actor: supportWorker, itemKey: "matching" },
        ctx,
      ),
    ).toThrow(expect.objectContaining({ code: "participant.itemAlreadyOpen" }));
  });
});

describe("decideParticipant: detailsUpdated", () => {
  it("Preventie: a new support worker takes over the open care-side deadlines, not the done or landlord ones", () => {
    const withDone = decideParticipant(
      registered(),
      { type: "itemDone", actor: supportWorker, itemKey: "keyHandover", note: null },
      ctx,
    ).state;
    const { state, effects } = decideParticipant(
      withDone,
      { type: "detailsUpdated", actor: supportWorker, changes: { supportWorkerId: "m-new-worker" } },
      later,
    );
    expect(state.supportWorkerId).toBe("m-new-worker");
    const moved = ofType(effects, "deadline.schedule");
    expect(moved.map((d) => d.key)).toEqual([
      "onboarding.viewingAndDocuments",
      "onboarding.habitableHome",
      "onboarding.neighboursAndHouseRules",
      "onboarding.neighbourhoodConnection",
    ]);
    for (const deadline of moved) {
      expect(deadline).toMatchObject({ ownerRole: "careTeamMember", ownerMemberId: "m-new-worker" });
      // The due time stays as agreed; only the owner changes.
      expect(deadline.dueAt).toEqual(new Date(NOW.getTime() + DAY_MS));
    }
    expect(ofType(effects, "message").map((m) => m.target)).toEqual([
      { kind: "dm", memberId: "m-new-worker" },
      { kind: "channel", audience: "shared", inCaseThread: false },
    ]);
    expect(ofType(effects, "timeline")[0]?.details).toMatchObject({
      actorId: "m-worker",
      changedFields: "supportWorkerId",
      supportWorkerId: "m-new-worker",
    });
  });

  it("Preventie 2 and 7: a new landlord contact takes over the landlord's open items", () => {
    const { effects } = decideParticipant(
      registered(),
      { type: "detailsUpdated", actor: landlordStaff, changes: { landlordContactId: "m-consultant" } },
      ctx,
    );
    expect(ofType(effects, "deadline.schedule").map((d) => [d.key, d.ownerMemberId])).toEqual([
      ["onboarding.matching", "m-consultant"],
      ["onboarding.housingConsultantContact", "m-consultant"],
    ]);
  });

  it("Preventie: changing the dwelling moves no deadline", () => {
    const { state, effects } = decideParticipant(
      registered(),
      { type: "detailsUpdated", actor: supportWorker, changes: { dwelling: "Dorpsplein 3" } },
      ctx,
    );
    expect(state.dwelling).toBe("Dorpsplein 3");
    expect(ofType(effects, "deadline.schedule")).toEqual([]);
  });

  it("Preventie: an update that changes nothing is refused", () => {
    expect(() =>
      decideParticipant(
        registered(),
        { type: "detailsUpdated", actor: supportWorker, changes: { supportWorkerId: "m-worker" } },
        ctx,
      ),
    ).toThrow(expect.objectContaining({ code: "participant.nothingChanged" }));
  });

  it("Preventie: an update with an invalid reference is refused", () => {
    expect(() =>
      decideParticipant(
        registered(),
        { type: "detailsUpdated", actor: supportWorker, changes: { reference: "Jan de Vries" } },
        ctx,
      ),
    ).toThrow(expect.objectContaining({ code: "participant.invalidReference" }));
  });
});
