/**
 * What the signal cards show, as plain JSON-serialisable snapshots (dates as ISO strings), built
 * from the signal state. Rendering to a neutral Card is in card.ts.
 */
import type { Role } from "../model.ts";
import type { FollowUpReason, Side, SignalKind, SignalSource, SignalState } from "./model.ts";
import { countsTowardsEscalation, needsSharingDecision } from "./rules.ts";

export interface SignalDetailCardSpec {
  kind: "signal.card";
  signalId: string;
  participantId: string;
  participantReference: string;
  signalKind: SignalKind;
  source: SignalSource;
  description: string;
  observedAt: string;
  loggedAt: string;
  loggedBy: string;
  /** False for participant reports: the card then carries the "does not count" label. */
  countsTowardsEscalation: boolean;
  acknowledgements: {
    side: Side;
    dueAt: string;
    acknowledgedAt: string | null;
    acknowledgedBy: string | null;
  }[];
  /** "notApplicable" unless the signal is a sign of nuisance (Signalering 3). */
  participantSharing:
    | "notApplicable"
    | "pending"
    | {
        share: boolean;
        decidedBy: string;
        consultedMemberId: string | null;
        decidedAt: string;
        note: string | null;
      };
  followUp: {
    reason: FollowUpReason;
    ownerMemberId: string;
    dueAt: string;
    recordedAt: string | null;
    recordedBy: string | null;
    note: string | null;
  } | null;
  convertedToCase: boolean;
  status: "open" | "closed";
  closedAt: string | null;
  closedBy: string | null;
}

/** A direct message asking someone to follow a signal up (missed rent, neighbourhood signal). */
export interface SignalFollowUpRequestCardSpec {
  kind: "signal.followUpRequest";
  signalId: string;
  participantReference: string;
  signalKind: SignalKind;
  reason: FollowUpReason;
  ownerRole: Role;
  dueAt: string;
  description: string;
  countsTowardsEscalation: boolean;
}

export type SignalCardSpec = SignalDetailCardSpec | SignalFollowUpRequestCardSpec;

/** Messages with this key update the one card of a signal. */
export function signalCardKey(signalId: string): string {
  return `signal:${signalId}:card`;
}

export function signalCardSpec(state: SignalState): SignalDetailCardSpec {
  const sharing = state.participantSharing;
  return {
    kind: "signal.card",
    signalId: state.signalId,
    participantId: state.participant.participantId,
    participantReference: state.participant.reference,
    signalKind: state.kind,
    source: state.source,
    description: state.description,
    observedAt: state.observedAt.toISOString(),
    loggedAt: state.loggedAt.toISOString(),
    loggedBy: state.loggedBy,
    countsTowardsEscalation: countsTowardsEscalation(state),
    acknowledgements: state.acknowledgements.map((ack) => ({
      side: ack.side,
      dueAt: ack.dueAt.toISOString(),
      acknowledgedAt: ack.acknowledgedAt?.toISOString() ?? null,
      acknowledgedBy: ack.acknowledgedBy,
    })),
    participantSharing: !needsSharingDecision(state.kind)
      ? "notApplicable"
      : sharing === null
        ? "pending"
        : {
            share: sharing.share,
            decidedBy: sharing.decidedBy,
            consultedMemberId: sharing.consultedMemberId,
            decidedAt: sharing.decidedAt.toISOString(),
            note: sharing.note,
          },
    followUp:
      state.followUp === null
        ? null
        : {
            reason: state.followUp.reason,
            ownerMemberId: state.followUp.ownerMemberId,
            dueAt: state.followUp.dueAt.toISOString(),
            recordedAt: state.followUp.recordedAt?.toISOString() ?? null,
            recordedBy: state.followUp.recordedBy,
            note: state.followUp.note,
          },
    convertedToCase: state.caseId !== null,
    status: state.status,
    closedAt: state.closedAt?.toISOString() ?? null,
    closedBy: state.closedBy,
  };
}

export function followUpRequestCardSpec(state: SignalState): SignalFollowUpRequestCardSpec | null {
  if (state.followUp === null) return null;
  return {
    kind: "signal.followUpRequest",
    signalId: state.signalId,
    participantReference: state.participant.reference,
    signalKind: state.kind,
    reason: state.followUp.reason,
    ownerRole: state.followUp.ownerRole,
    dueAt: state.followUp.dueAt.toISOString(),
    description: state.description,
    countsTowardsEscalation: countsTowardsEscalation(state),
  };
}
