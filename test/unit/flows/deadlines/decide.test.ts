import { describe, expect, it } from "vitest";
import { decideDeadline } from "../../../../src/flows/deadlines/decide.ts";
import type { DeadlineView } from "../../../../src/flows/deadlines/model.ts";
import { code as refusal } from "../cases/fixtures.ts";
import { at, coordinator, ctx, ctxAt, openDeadline, supportWorker } from "./fixtures.ts";

const done: DeadlineView = { ...openDeadline, state: "done" };
const cancelled: DeadlineView = { ...openDeadline, state: "cancelled" };

describe("decideDeadline — done (Klaar)", () => {
  it("Actie 1: reported done in time → completed, timeline under actie1 with late=false", () => {
    const decision = decideDeadline(
      openDeadline,
      { type: "done", actor: supportWorker, note: "  Gebeld  " },
      ctx,
    );
    expect(decision.state.state).toBe("done");
    expect(decision.effects).toEqual([
      {
        type: "timeline",
        step: "actie1",
        event: "deadline.done",
        visibility: "shared",
        details: {
          actorId: "m-worker",
          deadlineId: "dl-1",
          key: "actie1.start",
          rule: "guideline.actie1.startAndReport",
          dueAt: "2026-03-05T09:00:00.000Z",
          late: false,
          note: "Gebeld",
        },
      },
      { type: "deadline.complete", key: "actie1.start" },
    ]);
  });

  it("Termijnen: reported done after the due time → the timeline records it as late", () => {
    const decision = decideDeadline(
      openDeadline,
      { type: "done", actor: supportWorker },
      ctxAt(at("2026-03-05T11:00+01:00")),
    );
    expect(decision.effects[0]).toMatchObject({ details: { late: true, note: null } });
  });

  it.each([
    ["done", done],
    ["cancelled", cancelled],
  ])("refuses a %s deadline with deadline.closed", (_state, deadline) => {
    expect(refusal(() => decideDeadline(deadline, { type: "done", actor: supportWorker }, ctx))).toBe(
      "deadline.closed",
    );
  });
});

describe("decideDeadline — more time (Meer tijd)", () => {
  const later = at("2026-03-09T10:00+01:00");

  it("Maatwerk: a later due time with a reason → rescheduled under the same key, reason in the timeline", () => {
    const decision = decideDeadline(
      openDeadline,
      { type: "extended", actor: supportWorker, newDueAt: later, reason: " Deelnemer ziek " },
      ctx,
    );
    expect(decision.state).toEqual({ ...openDeadline, dueAt: later.toISOString() });
    expect(decision.effects).toEqual([
      {
        type: "timeline",
        step: "actie1",
        event: "deadline.extended",
        visibility: "shared",
        details: {
          actorId: "m-worker",
          deadlineId: "dl-1",
          key: "actie1.start",
          rule: "guideline.actie1.startAndReport",
          previousDueAt: "2026-03-05T09:00:00.000Z",
          newDueAt: later.toISOString(),
          reason: "Deelnemer ziek",
        },
      },
      {
        type: "deadline.schedule",
        key: "actie1.start",
        rule: "guideline.actie1.startAndReport",
        step: "actie1",
        ownerRole: "careTeamMember",
        ownerMemberId: "m-worker",
        dueAt: later,
      },
    ]);
  });

  it.each([
    ["no reason", { newDueAt: at("2026-03-09T10:00+01:00"), reason: "   " }, "deadline.reasonRequired"],
    ["an earlier due time", { newDueAt: at("2026-03-05T09:00+01:00"), reason: "x" }, "deadline.notLater"],
    ["the same due time", { newDueAt: at("2026-03-05T10:00+01:00"), reason: "x" }, "deadline.notLater"],
    ["an invalid date", { newDueAt: new Date(Number.NaN), reason: "x" }, "deadline.invalidDate"],
  ])("refuses %s", (_what, input, code) => {
    expect(
      refusal(() => decideDeadline(openDeadline, { type: "extended", actor: supportWorker, ...input }, ctx)),
    ).toBe(code);
  });

  it("refuses a new due time that is later than the old one but already past", () => {
    const overdueCtx = ctxAt(at("2026-03-06T12:00+01:00"));
    const input = { newDueAt: at("2026-03-06T09:00+01:00"), reason: "x" };
    expect(
      refusal(() =>
        decideDeadline(openDeadline, { type: "extended", actor: supportWorker, ...input }, overdueCtx),
      ),
    ).toBe("deadline.notInFuture");
  });

  it("refuses more time on a done deadline", () => {
    const input = { newDueAt: at("2026-03-09T10:00+01:00"), reason: "x" };
    expect(
      refusal(() => decideDeadline(done, { type: "extended", actor: supportWorker, ...input }, ctx)),
    ).toBe("deadline.closed");
  });
});

describe("decideDeadline — hand over (Overdragen)", () => {
  it("hands the deadline to the coordinator: new owner and role, same due time, note recorded", () => {
    const decision = decideDeadline(
      openDeadline,
      {
        type: "handedOver",
        actor: supportWorker,
        toMemberId: "m-coord",
        toRole: "coordinator",
        note: "Vakantie",
      },
      ctx,
    );
    expect(decision.state).toEqual({ ...openDeadline, ownerRole: "coordinator", ownerMemberId: "m-coord" });
    expect(decision.effects).toEqual([
      {
        type: "timeline",
        step: "actie1",
        event: "deadline.handedOver",
        visibility: "shared",
        details: {
          actorId: "m-worker",
          deadlineId: "dl-1",
          key: "actie1.start",
          rule: "guideline.actie1.startAndReport",
          fromMemberId: "m-worker",
          fromRole: "careTeamMember",
          toMemberId: "m-coord",
          toRole: "coordinator",
          note: "Vakantie",
        },
      },
      {
        type: "deadline.schedule",
        key: "actie1.start",
        rule: "guideline.actie1.startAndReport",
        step: "actie1",
        ownerRole: "coordinator",
        ownerMemberId: "m-coord",
        dueAt: new Date(openDeadline.dueAt),
      },
    ]);
  });

  it.each([
    ["nobody", "  ", "deadline.newOwnerRequired"],
    ["the current owner", "m-worker", "deadline.sameOwner"],
  ])("refuses a hand-over to %s", (_who, toMemberId, code) => {
    expect(
      refusal(() =>
        decideDeadline(
          openDeadline,
          { type: "handedOver", actor: coordinator, toMemberId, toRole: "careTeamMember" },
          ctx,
        ),
      ),
    ).toBe(code);
  });
});

describe("decideDeadline — reopened", () => {
  it("a done deadline whose due time still lies ahead reopens with the same due time", () => {
    const decision = decideDeadline(done, { type: "reopened", actor: supportWorker }, ctx);
    expect(decision.state).toEqual(openDeadline);
    expect(decision.effects.map((effect) => effect.type)).toEqual(["timeline", "deadline.schedule"]);
    expect(decision.effects[0]).toMatchObject({ step: "actie1", event: "deadline.reopened" });
  });

  it("a done deadline whose due time has passed reopens with a fresh period of its rule from now", () => {
    const now = at("2026-03-10T09:00+01:00");
    const decision = decideDeadline(done, { type: "reopened", actor: supportWorker }, ctxAt(now));
    expect(decision.state.dueAt).toBe(at("2026-03-11T09:00+01:00").toISOString());
    expect(decision.effects[1]).toMatchObject({
      type: "deadline.schedule",
      dueAt: at("2026-03-11T09:00+01:00"),
    });
  });

  it.each([
    ["open", openDeadline, "deadline.alreadyOpen"],
    ["cancelled", cancelled, "deadline.cancelled"],
  ])("refuses to reopen an %s deadline", (_state, deadline, code) => {
    expect(refusal(() => decideDeadline(deadline, { type: "reopened", actor: supportWorker }, ctx))).toBe(
      code,
    );
  });
});
