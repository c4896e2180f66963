import { describe, expect, it } from "vitest";
import type { Actor } from "../../../../src/flows/model.ts";
import { decideSignal } from "../../../../src/flows/signals/decide.ts";
import { logSignal } from "../../../../src/flows/signals/log.ts";
import type { SignalSource } from "../../../../src/flows/signals/model.ts";
import {
  admin,
  communityOfficer,
  coordinator,
  ctx,
  ctxAt,
  DAY_MS,
  HOUR_MS,
  housingConsultant,
  input,
  landlordStaff,
  logged,
  NOW,
  OBSERVED,
  ofType,
  supportWorker,
} from "./fixtures.ts";

describe("logSignal: passing signals on within 48 hours (Signalering 1)", () => {
  it("Signalering 1: a signal logged by the landlord starts a 48 h deadline for the care team, counted from when it was observed", () => {
    const { state, effects } = logSignal(input(), ctx);
    expect(ofType(effects, "deadline.schedule")).toEqual([
      {
        type: "deadline.schedule",
        key: "signal.share.careTeam",
        rule: "guideline.signal.share48h",
        step: "signal",
        ownerRole: "careTeamMember",
        ownerMemberId: "m-worker",
        dueAt: new Date(OBSERVED.getTime() + DAY_MS),
      },
    ]);
    expect(state.acknowledgements).toEqual([
      {
        side: "careTeam",
        dueAt: new Date(OBSERVED.getTime() + DAY_MS),
        acknowledgedAt: null,
        acknowledgedBy: null,
      },
    ]);
  });

  it("Signalering 1: a signal logged by the care team must reach the landlord (owner: the landlord contact)", () => {
    const { effects } = logSignal(input({ actor: supportWorker, source: "careTeam" }), ctx);
    expect(ofType(effects, "deadline.schedule").map((d) => [d.key, d.ownerRole, d.ownerMemberId])).toEqual([
      ["signal.share.landlord", "landlordStaff", "m-landlord"],
    ]);
  });

  it("Signalering 1: the signal is posted to the shared channel and logged on the shared timeline with the actor", () => {
    const { effects } = logSignal(input(), ctx);
    expect(ofType(effects, "message").map((m) => [m.target, m.updateKey, m.card.kind])).toEqual([
      [{ kind: "channel", audience: "shared", inCaseThread: false }, "signal:s-1:card", "signal.card"],
    ]);
    expect(ofType(effects, "timeline")).toEqual([
      expect.objectContaining({
        step: "signal",
        event: "signal.logged",
        visibility: "shared",
        details: expect.objectContaining({
          actorId: "m-landlord",
          signalId: "s-1",
          source: "landlord",
          observedAt: OBSERVED.toISOString(),
          receivingSides: "careTeam",
        }),
      }),
    ]);
  });

  it.each<[string, Actor, SignalSource, string[]]>([
    ["landlord staff, source landlord", landlordStaff, "landlord", ["careTeam"]],
    ["landlord staff, source municipality", landlordStaff, "municipality", ["careTeam"]],
    ["support worker, source police", supportWorker, "police", ["landlord"]],
    ["coordinator, source neighbourhood", coordinator, "neighbourhood", ["landlord"]],
    ["community officer (partner), source police", communityOfficer, "police", ["careTeam", "landlord"]],
    ["community officer (partner), source landlord", communityOfficer, "landlord", ["careTeam"]],
    ["support worker passing on what the landlord said", supportWorker, "landlord", []],
    ["admin, source neighbourhood", admin, "neighbourhood", ["careTeam", "landlord"]],
  ])("Signalering 1: logged by %s → must still reach %j", (_label, actor, source, sides) => {
    const { state, effects } = logSignal(input({ actor, source }), ctx);
    expect(state.acknowledgements.map((ack) => ack.side)).toEqual(sides);
    expect(
      ofType(effects, "deadline.schedule").filter((d) => d.rule === "guideline.signal.share48h"),
    ).toHaveLength(sides.length);
  });

  it("Signalering: a signal observed in the future is refused", () => {
    expect(() => logSignal(input({ observedAt: new Date(NOW.getTime() + HOUR_MS) }), ctx)).toThrow(
      expect.objectContaining({ code: "signal.observedInFuture" }),
    );
  });

  it("Signalering: a signal without a description is refused", () => {
    expect(() => logSignal(input({ description: "   " }), ctx)).toThrow(
      expect.objectContaining({ code: "signal.descriptionRequired" }),
    );
  });
});

describe("decideSignal: acknowledged (Signalering 1)", () => {
  it("Signalering 1: the care team's acknowledgement completes the 48 h deadline, within time", () => {
    const at = ctxAt(new Date(NOW.getTime() + 2 * HOUR_MS));
    const { state, effects } = decideSignal(logged(), { type: "acknowledged", actor: coordinator }, at);
    expect(ofType(effects, "deadline.complete")).toEqual([
      { type: "deadline.complete", key: "signal.share.careTeam" },
    ]);
    expect(state.acknowledgements[0]).toMatchObject({ acknowledgedAt: at.now, acknowledgedBy: "m-coord" });
    expect(ofType(effects, "timeline")[0]?.details).toMatchObject({
      actorId: "m-coord",
      side: "careTeam",
      withinDeadline: true,
    });
  });

  it("Signalering 1: an acknowledgement after 48 h still completes the deadline but is recorded as late", () => {
    const late = ctxAt(new Date(OBSERVED.getTime() + DAY_MS + HOUR_MS));
    const { effects } = decideSignal(logged(), { type: "acknowledged", actor: supportWorker }, late);
    expect(ofType(effects, "deadline.complete")).toHaveLength(1);
    expect(ofType(effects, "timeline")[0]?.details).toMatchObject({ withinDeadline: false });
  });

  it("Signalering 1: the logging side cannot acknowledge its own signal — the deadline stays open", () => {
    expect(() => decideSignal(logged(), { type: "acknowledged", actor: housingConsultant }, ctx)).toThrow(
      expect.objectContaining({ code: "signal.ackByLoggingSide" }),
    );
  });

  it.each([
    ["a partner", communityOfficer],
    ["an admin", admin],
  ])("Signalering 1: %s is not a receiving side and cannot acknowledge", (_label, actor) => {
    expect(() => decideSignal(logged(), { type: "acknowledged", actor }, ctx)).toThrow(
      expect.objectContaining({ code: "signal.ackNotReceivingSide" }),
    );
  });

  it("Signalering 1: a side acknowledges once", () => {
    const once = decideSignal(logged(), { type: "acknowledged", actor: supportWorker }, ctx).state;
    expect(() => decideSignal(once, { type: "acknowledged", actor: coordinator }, ctx)).toThrow(
      expect.objectContaining({ code: "signal.alreadyAcknowledged" }),
    );
  });

  it("Signalering 1: a partner's signal needs both sides; each side completes only its own deadline", () => {
    const state = logged({ actor: communityOfficer, source: "police" });
    const byLandlord = decideSignal(state, { type: "acknowledged", actor: landlordStaff }, ctx);
    expect(ofType(byLandlord.effects, "deadline.complete")).toEqual([
      { type: "deadline.complete", key: "signal.share.landlord" },
    ]);
    const byCare = decideSignal(byLandlord.state, { type: "acknowledged", actor: supportWorker }, ctx);
    expect(ofType(byCare.effects, "deadline.complete")).toEqual([
      { type: "deadline.complete", key: "signal.share.careTeam" },
    ]);
    expect(byCare.state.acknowledgements.every((ack) => ack.acknowledgedAt !== null)).toBe(true);
  });
});

describe("decideSignal: closed", () => {
  it("Signalering: closing cancels the open 48 h deadline and refuses later events", () => {
    const { state, effects } = decideSignal(
      logged(),
      { type: "closed", actor: landlordStaff, note: "Bleek een misverstand" },
      ctx,
    );
    expect(state.status).toBe("closed");
    expect(ofType(effects, "deadline.cancel")).toEqual([
      { type: "deadline.cancel", key: "signal.share.careTeam", reason: "Bleek een misverstand" },
    ]);
    expect(() => decideSignal(state, { type: "acknowledged", actor: supportWorker }, ctx)).toThrow(
      expect.objectContaining({ code: "signal.closed" }),
    );
  });
});
