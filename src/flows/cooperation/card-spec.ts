/**
 * What the cooperation meeting card shows, as a plain JSON-serialisable snapshot.
 */
import type { CooperationParty, CooperationState } from "./model.ts";

export interface CooperationMeetingCardSpec {
  kind: "cooperation.meeting";
  cooperationId: string;
  careProviderId: string;
  landlordId: string;
  coordinatorId: string | null;
  meetingNumber: number;
  plannedFor: string;
  rescheduleReason: string | null;
  lastHeld: { heldAt: string; parties: CooperationParty[]; notes: string | null } | null;
}

export type CooperationCardSpec = CooperationMeetingCardSpec;

/** Messages with this key update the one card of a cooperation pair. */
export function cooperationCardKey(cooperationId: string): string {
  return `cooperation:${cooperationId}:meeting`;
}

export function cooperationCardSpec(state: CooperationState): CooperationMeetingCardSpec {
  return {
    kind: "cooperation.meeting",
    cooperationId: state.cooperationId,
    careProviderId: state.careProviderId,
    landlordId: state.landlordId,
    coordinatorId: state.coordinatorId,
    meetingNumber: state.meetingNumber,
    plannedFor: state.plannedFor.toISOString(),
    rescheduleReason: state.rescheduleReason,
    lastHeld:
      state.lastHeld === null
        ? null
        : {
            heldAt: state.lastHeld.heldAt.toISOString(),
            parties: state.lastHeld.parties,
            notes: state.lastHeld.notes,
          },
  };
}
