import { describe, expect, it } from "vitest";
import type { FlowContext } from "../../../../src/flows/context.ts";
import { parseCooperationRef } from "../../../../src/flows/cooperation/buttons.ts";
import { decideCooperation } from "../../../../src/flows/cooperation/decide.ts";
import type { CooperationState, ScheduleCooperationInput } from "../../../../src/flows/cooperation/model.ts";
import { scheduleCooperationMeeting } from "../../../../src/flows/cooperation/schedule.ts";
import type { Effect } from "../../../../src/flows/effects.ts";
import type { Actor } from "../../../../src/flows/model.ts";

const NOW = new Date("2024-03-04T09:00:00.000Z");
const DAY_MS = 86_400_000;
const YEAR_MS = 365 * DAY_MS;
/** The yearly rule as a plain 365 days, so the dates are easy to predict. */
const ctxAt = (now: Date): FlowContext => ({
  now,
  dueAt: (_rule, from) => new Date(from.getTime() + YEAR_MS),
});
const ctx = ctxAt(NOW);

const coordinator: Actor = { memberId: "m-coord", role: "coordinator", organisationId: "org-care" };
const input: ScheduleCooperationInput = {
  cooperationId: "co-1",
  careProviderId: "org-care",
  landlordId: "org-landlord",
  coordinatorId: "m-coord",
  actor: coordinator,
  plannedFor: null,
};

function ofType<T extends Effect["type"]>(effects: Effect[], type: T): Extract<Effect, { type: T }>[] {
  return effects.filter((effect): effect is Extract<Effect, { type: T }> => effect.type === type);
}

const scheduled = (): CooperationState => scheduleCooperationMeeting(input, ctx).state;

describe("scheduleCooperationMeeting (Onderhoud samenwerking)", () => {
  it("Onderhoud samenwerking: the first meeting is planned a year on, owned by the coordinator", () => {
    const { state, effects } = scheduleCooperationMeeting(input, ctx);
    expect(state).toMatchObject({
      meetingNumber: 1,
      plannedFor: new Date(NOW.getTime() + YEAR_MS),
      lastHeld: null,
    });
    expect(ofType(effects, "deadline.schedule")).toEqual([
      {
        type: "deadline.schedule",
        key: "cooperation.meeting.1",
        rule: "team.cooperation.yearly",
        step: "cooperation",
        ownerRole: "coordinator",
        ownerMemberId: "m-coord",
        dueAt: new Date(NOW.getTime() + YEAR_MS),
      },
    ]);
    expect(ofType(effects, "timeline")[0]).toMatchObject({
      step: "cooperation",
      event: "cooperation.scheduled",
      visibility: "shared",
      details: { actorId: "m-coord", careProviderId: "org-care", landlordId: "org-landlord" },
    });
    expect(ofType(effects, "message")[0]).toMatchObject({
      target: { kind: "channel", audience: "shared", inCaseThread: false },
      updateKey: "cooperation:co-1:meeting",
      card: { kind: "cooperation.meeting", meetingNumber: 1 },
    });
  });

  it("Onderhoud samenwerking: a date the parties agreed on is used as it is", () => {
    const agreed = new Date(NOW.getTime() + 60 * DAY_MS);
    expect(scheduleCooperationMeeting({ ...input, plannedFor: agreed }, ctx).state.plannedFor).toEqual(
      agreed,
    );
  });

  it("Onderhoud samenwerking: a date in the past is refused", () => {
    expect(() =>
      scheduleCooperationMeeting({ ...input, plannedFor: new Date(NOW.getTime() - DAY_MS) }, ctx),
    ).toThrow(expect.objectContaining({ code: "cooperation.dateNotInFuture" }));
  });
});

describe("decideCooperation: held", () => {
  it("Onderhoud samenwerking: marking the meeting held completes it and schedules the next one a year after", () => {
    const heldAt = new Date(NOW.getTime() + 300 * DAY_MS);
    const { state, effects } = decideCooperation(
      scheduled(),
      {
        type: "held",
        actor: coordinator,
        heldAt,
        parties: ["communityPolice", "careTeam", "landlord"],
        notes: "Nieuwe woonconsulent voorgesteld",
      },
      ctxAt(new Date(heldAt.getTime() + DAY_MS)),
    );
    expect(ofType(effects, "deadline.complete")).toEqual([
      { type: "deadline.complete", key: "cooperation.meeting.1" },
    ]);
    expect(ofType(effects, "deadline.schedule")).toEqual([
      expect.objectContaining({
        key: "cooperation.meeting.2",
        rule: "team.cooperation.yearly",
        ownerRole: "coordinator",
        ownerMemberId: "m-coord",
        dueAt: new Date(heldAt.getTime() + YEAR_MS),
      }),
    ]);
    expect(state.meetingNumber).toBe(2);
    expect(state.lastHeld).toEqual({
      meetingNumber: 1,
      heldAt,
      recordedBy: "m-coord",
      // Kept in the order of the parties list, whatever order they were ticked in.
      parties: ["careTeam", "landlord", "communityPolice"],
      notes: "Nieuwe woonconsulent voorgesteld",
    });
    expect(ofType(effects, "timeline").map((e) => e.event)).toEqual([
      "cooperation.held",
      "cooperation.scheduled",
    ]);
  });

  it("Onderhoud samenwerking: held three years in a row gives meetings 2, 3 and 4, each a year apart", () => {
    let state = scheduled();
    const keys: string[] = [];
    for (let year = 1; year <= 3; year++) {
      const heldAt = new Date(NOW.getTime() + year * YEAR_MS);
      const decision = decideCooperation(
        state,
        { type: "held", actor: coordinator, heldAt, parties: [], notes: null },
        ctxAt(heldAt),
      );
      state = decision.state;
      keys.push(...ofType(decision.effects, "deadline.schedule").map((d) => d.key));
      expect(state.plannedFor).toEqual(new Date(heldAt.getTime() + YEAR_MS));
    }
    expect(keys).toEqual(["cooperation.meeting.2", "cooperation.meeting.3", "cooperation.meeting.4"]);
  });

  it("Onderhoud samenwerking: a meeting recorded over a year late still gets a next date in the future", () => {
    const heldAt = new Date(NOW.getTime() + DAY_MS);
    const recordedAt = new Date(NOW.getTime() + 2 * YEAR_MS);
    const { state } = decideCooperation(
      scheduled(),
      { type: "held", actor: coordinator, heldAt, parties: [], notes: null },
      ctxAt(recordedAt),
    );
    expect(state.plannedFor).toEqual(new Date(recordedAt.getTime() + YEAR_MS));
  });

  it("Onderhoud samenwerking: a meeting cannot be held in the future", () => {
    expect(() =>
      decideCooperation(
        scheduled(),
        {
          type: "held",
          actor: coordinator,
          heldAt: new Date(NOW.getTime() + DAY_MS),
          parties: [],
          notes: null,
        },
        ctx,
      ),
    ).toThrow(expect.objectContaining({ code: "cooperation.heldInFuture" }));
  });
});

describe("decideCooperation: rescheduled", () => {
  it("Onderhoud samenwerking: rescheduling with a reason replaces the same meeting's deadline", () => {
    const plannedFor = new Date(NOW.getTime() + 400 * DAY_MS);
    const { state, effects } = decideCooperation(
      scheduled(),
      { type: "rescheduled", actor: coordinator, plannedFor, reason: "Wijkagent dan beschikbaar" },
      ctx,
    );
    expect(state).toMatchObject({
      meetingNumber: 1,
      plannedFor,
      rescheduleReason: "Wijkagent dan beschikbaar",
    });
    expect(ofType(effects, "deadline.schedule")).toEqual([
      expect.objectContaining({ key: "cooperation.meeting.1", dueAt: plannedFor }),
    ]);
    expect(ofType(effects, "timeline")[0]?.details).toMatchObject({
      previousPlannedFor: new Date(NOW.getTime() + YEAR_MS).toISOString(),
      plannedFor: plannedFor.toISOString(),
      reason: "Wijkagent dan beschikbaar",
    });
  });

  it("Onderhoud samenwerking: rescheduling without a reason is refused", () => {
    expect(() =>
      decideCooperation(
        scheduled(),
        {
          type: "rescheduled",
          actor: coordinator,
          plannedFor: new Date(NOW.getTime() + 400 * DAY_MS),
          reason: " ",
        },
        ctx,
      ),
    ).toThrow(expect.objectContaining({ code: "cooperation.reasonRequired" }));
  });

  it("Onderhoud samenwerking: rescheduling into the past is refused", () => {
    expect(() =>
      decideCooperation(
        scheduled(),
        {
          type: "rescheduled",
          actor: coordinator,
          plannedFor: new Date(NOW.getTime() - DAY_MS),
          reason: "Vergissing",
        },
        ctx,
      ),
    ).toThrow(expect.objectContaining({ code: "cooperation.dateNotInFuture" }));
  });

  it("Onderhoud samenwerking: a held meeting clears the previous reschedule reason", () => {
    const moved = decideCooperation(
      scheduled(),
      {
        type: "rescheduled",
        actor: coordinator,
        plannedFor: new Date(NOW.getTime() + 10 * DAY_MS),
        reason: "Eerder",
      },
      ctx,
    ).state;
    const heldAt = new Date(NOW.getTime() + 10 * DAY_MS);
    const { state } = decideCooperation(
      moved,
      { type: "held", actor: coordinator, heldAt, parties: [], notes: null },
      ctxAt(heldAt),
    );
    expect(state.rescheduleReason).toBeNull();
  });
});

describe("decideCooperation: coordinatorChanged", () => {
  it("Onderhoud samenwerking: a new coordinator takes over the planned meeting, same date", () => {
    const { state, effects } = decideCooperation(
      scheduled(),
      { type: "coordinatorChanged", actor: coordinator, coordinatorId: "m-coord-2" },
      ctx,
    );
    expect(state.coordinatorId).toBe("m-coord-2");
    expect(ofType(effects, "deadline.schedule")).toEqual([
      expect.objectContaining({
        key: "cooperation.meeting.1",
        ownerMemberId: "m-coord-2",
        dueAt: new Date(NOW.getTime() + YEAR_MS),
      }),
    ]);
  });

  it("Onderhoud samenwerking: the same coordinator again is refused as no change", () => {
    expect(() =>
      decideCooperation(
        scheduled(),
        { type: "coordinatorChanged", actor: coordinator, coordinatorId: "m-coord" },
        ctx,
      ),
    ).toThrow(expect.objectContaining({ code: "cooperation.nothingChanged" }));
  });
});

describe("cooperation button payload", () => {
  it("carries the pair and the meeting number", () => {
    expect(parseCooperationRef('{"c":"co-1","n":2}')).toEqual({ c: "co-1", n: 2 });
    expect(parseCooperationRef('{"c":"co-1"}')).toBeNull();
    expect(parseCooperationRef("not json")).toBeNull();
  });
});
