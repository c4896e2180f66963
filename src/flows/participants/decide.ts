/**
 * Preventie: the onboarding checklist after registration. Items are ticked, skipped with a reason,
 * given more time or reopened; changed details move the open deadlines to the new owners.
 * The guideline is a guideline, not a prescription: nothing here blocks a human choice, it only
 * makes sure every choice is written down.
 */
import type { FlowContext } from "../context.ts";
import { assertNever, type Decision, type Effect } from "../effects.ts";
import { FlowError } from "../errors.ts";
import { blankToNull } from "../text-input.ts";
import {
  findItem,
  itemOwnership,
  ONBOARDING_ITEMS,
  onboardingDeadlineKey,
  replaceItem,
} from "./checklist.ts";
import {
  assignedMessage,
  checklistCard,
  ONBOARDING_ITEM_RULE,
  preventionTimeline,
  scheduleItem,
} from "./effects.ts";
import type { OnboardingItem, OnboardingItemKey, ParticipantEvent, ParticipantState } from "./model.ts";
import { applyChanges, changedFields } from "./validate.ts";

export function decideParticipant(
  state: ParticipantState,
  event: ParticipantEvent,
  ctx: FlowContext,
): Decision<ParticipantState> {
  switch (event.type) {
    case "itemDone":
      return itemDone(state, event, ctx);
    case "itemSkipped":
      return itemSkipped(state, event, ctx);
    case "itemExtended":
      return itemExtended(state, event, ctx);
    case "itemReopened":
      return itemReopened(state, event, ctx);
    case "detailsUpdated":
      return detailsUpdated(state, event);
    default:
      return assertNever(event);
  }
}

type EventOf<T extends ParticipantEvent["type"]> = Extract<ParticipantEvent, { type: T }>;

function itemDone(
  state: ParticipantState,
  event: EventOf<"itemDone">,
  ctx: FlowContext,
): Decision<ParticipantState> {
  const item = openItem(state, event.itemKey);
  const note = blankToNull(event.note);
  const next = withClosedItem(state, item, "done", event.actor.memberId, ctx.now, note);
  return {
    state: next,
    effects: [
      preventionTimeline("onboarding.itemDone", event.actor.memberId, {
        ...itemDetails(item.key),
        note,
      }),
      { type: "deadline.complete", key: onboardingDeadlineKey(item.key) },
      checklistCard(next),
    ],
  };
}

// Maatwerk: an item may be skipped, but never without a written reason.
function itemSkipped(
  state: ParticipantState,
  event: EventOf<"itemSkipped">,
  ctx: FlowContext,
): Decision<ParticipantState> {
  const item = openItem(state, event.itemKey);
  const reason = requireReason(event.reason);
  const next = withClosedItem(state, item, "skipped", event.actor.memberId, ctx.now, reason);
  return {
    state: next,
    effects: [
      preventionTimeline("onboarding.itemSkipped", event.actor.memberId, {
        ...itemDetails(item.key),
        reason,
      }),
      { type: "deadline.cancel", key: onboardingDeadlineKey(item.key), reason },
      checklistCard(next),
    ],
  };
}

function itemExtended(
  state: ParticipantState,
  event: EventOf<"itemExtended">,
  ctx: FlowContext,
): Decision<ParticipantState> {
  const item = openItem(state, event.itemKey);
  const reason = requireReason(event.reason);
  if (!(event.newDueAt.getTime() > ctx.now.getTime())) {
    throw new FlowError("participant.dueNotInFuture", { itemKey: item.key });
  }
  const extended: OnboardingItem = { ...item, dueAt: event.newDueAt, extensionReason: reason };
  const next = withItem(state, extended);
  return {
    state: next,
    effects: [
      preventionTimeline("onboarding.itemExtended", event.actor.memberId, {
        ...itemDetails(item.key),
        previousDueAt: item.dueAt.toISOString(),
        newDueAt: event.newDueAt.toISOString(),
        reason,
      }),
      scheduleItem(next, extended),
      checklistCard(next),
    ],
  };
}

// A done or skipped item is open again, with a fresh period counted from now.
function itemReopened(
  state: ParticipantState,
  event: EventOf<"itemReopened">,
  ctx: FlowContext,
): Decision<ParticipantState> {
  const item = existingItem(state, event.itemKey);
  if (item.status === "open") {
    throw new FlowError("participant.itemAlreadyOpen", { itemKey: item.key });
  }
  const reopened: OnboardingItem = {
    ...item,
    status: "open",
    dueAt: ctx.dueAt(ONBOARDING_ITEM_RULE, ctx.now),
    closedAt: null,
    closedBy: null,
    note: null,
    extensionReason: null,
  };
  const next = withItem(state, reopened);
  return {
    state: next,
    effects: [
      preventionTimeline("onboarding.itemReopened", event.actor.memberId, {
        ...itemDetails(item.key),
        previousStatus: item.status,
        dueAt: reopened.dueAt.toISOString(),
      }),
      scheduleItem(next, reopened),
      checklistCard(next),
    ],
  };
}

// A new support worker, landlord contact or coordinator takes over the open items they own.
function detailsUpdated(
  state: ParticipantState,
  event: EventOf<"detailsUpdated">,
): Decision<ParticipantState> {
  const details = applyChanges(state, event.changes);
  const fields = changedFields(state, details);
  if (fields.length === 0) {
    throw new FlowError("participant.nothingChanged");
  }
  const next: ParticipantState = { ...state, ...details };
  const changedValues = Object.fromEntries(fields.map((field) => [field, details[field]]));

  const effects: Effect[] = [
    preventionTimeline("participant.detailsUpdated", event.actor.memberId, {
      participantId: state.participantId,
      changedFields: fields.join(","),
      ...changedValues,
    }),
  ];
  for (const item of next.checklist) {
    if (item.status !== "open") continue;
    const before = itemOwnership(state, item.key);
    const after = itemOwnership(next, item.key);
    if (before.ownerMemberId !== after.ownerMemberId) {
      effects.push(scheduleItem(next, item));
    }
  }
  if (fields.includes("supportWorkerId")) {
    effects.push(assignedMessage(next, next.supportWorkerId, "careTeam"));
  }
  if (fields.includes("landlordContactId")) {
    effects.push(assignedMessage(next, next.landlordContactId, "landlord"));
  }
  if (fields.includes("coordinatorId") && next.coordinatorId !== null) {
    effects.push(assignedMessage(next, next.coordinatorId, "coordinator"));
  }
  effects.push(checklistCard(next));
  return { state: next, effects };
}

function existingItem(state: ParticipantState, key: OnboardingItemKey): OnboardingItem {
  const item = findItem(state, key);
  if (item === undefined) {
    throw new FlowError("participant.unknownItem", { itemKey: String(key) });
  }
  return item;
}

function openItem(state: ParticipantState, key: OnboardingItemKey): OnboardingItem {
  const item = existingItem(state, key);
  if (item.status !== "open") {
    throw new FlowError("participant.itemNotOpen", { itemKey: item.key });
  }
  return item;
}

function withItem(state: ParticipantState, item: OnboardingItem): ParticipantState {
  return { ...state, checklist: replaceItem(state.checklist, item) };
}

/** The item done or skipped by `memberId` at `now`, with its note or reason. */
function withClosedItem(
  state: ParticipantState,
  item: OnboardingItem,
  status: "done" | "skipped",
  memberId: string,
  now: Date,
  note: string | null,
): ParticipantState {
  return withItem(state, { ...item, status, closedAt: now, closedBy: memberId, note });
}

function itemDetails(key: OnboardingItemKey): { itemKey: string; guidelineNumber: number } {
  return { itemKey: key, guidelineNumber: ONBOARDING_ITEMS[key].guidelineNumber };
}

function requireReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed === "") {
    throw new FlowError("participant.reasonRequired");
  }
  return trimmed;
}
