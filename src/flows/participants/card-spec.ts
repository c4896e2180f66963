/**
 * What the participant cards show, as plain JSON-serialisable snapshots (dates as ISO strings),
 * built from the participant state. Rendering to a neutral Card is in card.ts.
 */
import type { LeaseType, Role } from "../model.ts";
import { itemOwnership, ONBOARDING_ITEMS } from "./checklist.ts";
import type { OnboardingItemKey, OnboardingItemStatus, OnboardingOwner, ParticipantState } from "./model.ts";

export interface OnboardingItemSnapshot {
  key: OnboardingItemKey;
  guidelineNumber: number;
  owner: OnboardingOwner;
  ownerRole: Role;
  ownerMemberId: string | null;
  status: OnboardingItemStatus;
  dueAt: string;
  closedAt: string | null;
  closedBy: string | null;
  note: string | null;
  extensionReason: string | null;
}

/** The onboarding checklist card in the shared channel (Preventie 1–8). */
export interface OnboardingCardSpec {
  kind: "participant.onboarding";
  participantId: string;
  reference: string;
  dwelling: string;
  leaseType: LeaseType;
  supportWorkerId: string;
  landlordContactId: string;
  coordinatorId: string | null;
  items: OnboardingItemSnapshot[];
}

/** A direct message to a person who was just made responsible for a participant. */
export interface ParticipantAssignedCardSpec {
  kind: "participant.assigned";
  participantId: string;
  reference: string;
  dwelling: string;
  assignment: OnboardingOwner;
  openItems: number;
}

export type ParticipantCardSpec = OnboardingCardSpec | ParticipantAssignedCardSpec;

/** Messages with this key update the one checklist card of a participant. */
export function onboardingCardKey(participantId: string): string {
  return `participant:${participantId}:onboarding`;
}

export function onboardingCardSpec(state: ParticipantState): OnboardingCardSpec {
  return {
    kind: "participant.onboarding",
    participantId: state.participantId,
    reference: state.reference,
    dwelling: state.dwelling,
    leaseType: state.leaseType,
    supportWorkerId: state.supportWorkerId,
    landlordContactId: state.landlordContactId,
    coordinatorId: state.coordinatorId,
    items: state.checklist.map((item) => ({
      key: item.key,
      guidelineNumber: ONBOARDING_ITEMS[item.key].guidelineNumber,
      owner: ONBOARDING_ITEMS[item.key].owner,
      ...itemOwnership(state, item.key),
      status: item.status,
      dueAt: item.dueAt.toISOString(),
      closedAt: item.closedAt?.toISOString() ?? null,
      closedBy: item.closedBy,
      note: item.note,
      extensionReason: item.extensionReason,
    })),
  };
}

export function assignedCardSpec(
  state: ParticipantState,
  assignment: OnboardingOwner,
): ParticipantAssignedCardSpec {
  return {
    kind: "participant.assigned",
    participantId: state.participantId,
    reference: state.reference,
    dwelling: state.dwelling,
    assignment,
    openItems: state.checklist.filter((item) => item.status === "open").length,
  };
}
