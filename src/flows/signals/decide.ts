/**
 * Signalering after logging: the receiving side acknowledges, the landlord and the team decide
 * together whether a nuisance signal is shared with the participant, follow-up is recorded, a
 * participant's own report may become a case, and the signal is closed.
 */
import type { FlowContext } from "../context.ts";
import { assertNever, type Decision, type Effect } from "../effects.ts";
import { FlowError } from "../errors.ts";
import { blankToNull } from "../text-input.ts";
import { signalCard, signalTimeline } from "./effects.ts";
import type { SignalAcknowledgement, SignalEvent, SignalState } from "./model.ts";
import { FOLLOW_UP_DEADLINE_KEY, needsSharingDecision, shareDeadlineKey, sideOf } from "./rules.ts";

/** Longest free-text note accepted on a signal event. */
export const NOTE_MAX_LENGTH = 2000;

export function decideSignal(
  state: SignalState,
  event: SignalEvent,
  ctx: FlowContext,
): Decision<SignalState> {
  if (state.status === "closed") {
    throw new FlowError("signal.closed", { signalId: state.signalId });
  }
  switch (event.type) {
    case "acknowledged":
      return acknowledged(state, event, ctx);
    case "participantSharingDecided":
      return participantSharingDecided(state, event, ctx);
    case "followUpRecorded":
      return followUpRecorded(state, event, ctx);
    case "convertedToCase":
      return convertedToCase(state, event);
    case "closed":
      return closed(state, event, ctx);
    default:
      return assertNever(event);
  }
}

type EventOf<T extends SignalEvent["type"]> = Extract<SignalEvent, { type: T }>;

// Signalering 1: only someone of the receiving side can confirm the signal reached them.
function acknowledged(
  state: SignalState,
  event: EventOf<"acknowledged">,
  ctx: FlowContext,
): Decision<SignalState> {
  const side = sideOf(event.actor);
  if (side === null) {
    throw new FlowError("signal.ackNotReceivingSide");
  }
  const ack = state.acknowledgements.find((candidate) => candidate.side === side);
  if (ack === undefined) {
    throw new FlowError("signal.ackByLoggingSide", { side });
  }
  if (ack.acknowledgedAt !== null) {
    throw new FlowError("signal.alreadyAcknowledged", { side });
  }
  const done: SignalAcknowledgement = {
    ...ack,
    acknowledgedAt: ctx.now,
    acknowledgedBy: event.actor.memberId,
  };
  const next: SignalState = {
    ...state,
    acknowledgements: state.acknowledgements.map((candidate) => (candidate.side === side ? done : candidate)),
  };
  return {
    state: next,
    effects: [
      signalTimeline(next, "signal.acknowledged", event.actor.memberId, {
        side,
        withinDeadline: ctx.now.getTime() <= ack.dueAt.getTime(),
        dueAt: ack.dueAt.toISOString(),
      }),
      { type: "deadline.complete", key: shareDeadlineKey(side) },
      signalCard(next),
    ],
  };
}

// Signalering 3: the landlord does not share a nuisance signal with the participant without
// consulting the team; who decided, with whom and when is recorded.
function participantSharingDecided(
  state: SignalState,
  event: EventOf<"participantSharingDecided">,
  ctx: FlowContext,
): Decision<SignalState> {
  if (!needsSharingDecision(state.kind)) {
    throw new FlowError("signal.sharingNotApplicable", { signalKind: state.kind });
  }
  const side = sideOf(event.actor);
  if (side === null) {
    throw new FlowError("signal.sharingNotAllowed");
  }
  const consultedMemberId = blankToNull(event.consultedMemberId);
  if (side === "landlord" && consultedMemberId === null) {
    throw new FlowError("signal.sharingNeedsTeam");
  }
  const note = optionalNote(event.note);
  const previous = state.participantSharing;
  const next: SignalState = {
    ...state,
    participantSharing: {
      share: event.share,
      decidedBy: event.actor.memberId,
      decidedByRole: event.actor.role,
      consultedMemberId,
      decidedAt: ctx.now,
      note,
    },
  };
  return {
    state: next,
    effects: [
      signalTimeline(next, "signal.participantSharingDecided", event.actor.memberId, {
        share: event.share,
        decidedBySide: side,
        consultedMemberId,
        decidedAt: ctx.now.toISOString(),
        previousShare: previous === null ? null : previous.share,
        note,
      }),
      signalCard(next),
    ],
  };
}

// Signals from the neighbourhood are followed up promptly; a missed rent payment is taken up
// with the participant. The first recorded follow-up completes the follow-up deadline.
function followUpRecorded(
  state: SignalState,
  event: EventOf<"followUpRecorded">,
  ctx: FlowContext,
): Decision<SignalState> {
  const note = optionalNote(event.note);
  if (note === null) {
    throw new FlowError("signal.noteRequired");
  }
  const firstRecord = state.followUp !== null && state.followUp.recordedAt === null;
  const next: SignalState =
    state.followUp === null
      ? state
      : {
          ...state,
          followUp: { ...state.followUp, recordedAt: ctx.now, recordedBy: event.actor.memberId, note },
        };
  const effects: Effect[] = [
    signalTimeline(next, "signal.followUpRecorded", event.actor.memberId, {
      note,
      followUpReason: state.followUp?.reason ?? null,
    }),
  ];
  if (firstRecord) {
    effects.push({ type: "deadline.complete", key: FOLLOW_UP_DEADLINE_KEY });
  }
  effects.push(signalCard(next));
  return { state: next, effects };
}

// Signalering: the participant's own report becomes a participant-report case (opened by the
// service). It still never counts towards escalation.
function convertedToCase(state: SignalState, event: EventOf<"convertedToCase">): Decision<SignalState> {
  if (state.kind !== "participantReport") {
    throw new FlowError("signal.conversionNotApplicable", { signalKind: state.kind });
  }
  if (state.caseId !== null) {
    throw new FlowError("signal.alreadyConverted", { caseId: state.caseId });
  }
  const caseId = event.caseId.trim();
  if (caseId === "") {
    throw new FlowError("signal.caseIdRequired");
  }
  const next: SignalState = { ...state, caseId };
  return {
    state: next,
    effects: [
      signalTimeline(next, "signal.convertedToCase", event.actor.memberId, { caseId }),
      signalCard(next),
    ],
  };
}

// Closing cancels whatever is still open: unacknowledged sides and an unrecorded follow-up.
function closed(state: SignalState, event: EventOf<"closed">, ctx: FlowContext): Decision<SignalState> {
  const note = optionalNote(event.note);
  const next: SignalState = {
    ...state,
    status: "closed",
    closedAt: ctx.now,
    closedBy: event.actor.memberId,
    closeNote: note,
  };
  const reason = note ?? "signal.closed";
  const effects: Effect[] = [signalTimeline(next, "signal.closed", event.actor.memberId, { note })];
  for (const ack of state.acknowledgements) {
    if (ack.acknowledgedAt === null) {
      effects.push({ type: "deadline.cancel", key: shareDeadlineKey(ack.side), reason });
    }
  }
  if (state.followUp !== null && state.followUp.recordedAt === null) {
    effects.push({ type: "deadline.cancel", key: FOLLOW_UP_DEADLINE_KEY, reason });
  }
  effects.push(signalCard(next));
  return { state: next, effects };
}

function optionalNote(note: string | null): string | null {
  const trimmed = blankToNull(note);
  if (trimmed !== null && trimmed.length > NOTE_MAX_LENGTH) {
    throw new FlowError("signal.noteTooLong", { max: NOTE_MAX_LENGTH });
  }
  return trimmed;
}
