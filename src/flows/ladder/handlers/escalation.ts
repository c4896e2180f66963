/**
 * Actie 3–6: the escalation is proposed (by the rules or by a person); people take the step or
 * decline it with a reason. Taking a step with unmet preconditions is allowed: the unmet ones
 * are recorded in the timeline and shown on the ladder card.
 */
import type { CaseDecision } from "../../cases/builder.ts";
import { createAction } from "../../cases/case-actions.ts";
import type { CaseEventOf } from "../../cases/events.ts";
import { requireText } from "../../cases/permissions.ts";
import { FlowError } from "../../errors.ts";
import { countsTowardsEscalation, type EscalationDetection } from "../detect.ts";
import { type EscalationProposal, type LadderStep, ladderStepIndex, nextLadderStep } from "../model.ts";
import { unmetPreconditions } from "../preconditions.ts";
import { stepActions } from "../steps.ts";
import { refuseParticipantReports } from "./guard.ts";

function countingComplaints(d: CaseDecision): number {
  const inCase = d.state.complaints.filter((c) => countsTowardsEscalation(d.state.kind, c)).length;
  return inCase + d.state.priorCountingComplaints;
}

function pendingProposal(d: CaseDecision): EscalationProposal | undefined {
  return d.state.ladder.proposals.find((p) => p.status === "pending");
}

function recordProposal(d: CaseDecision, proposal: EscalationProposal): void {
  d.state.ladder.proposals.push(proposal);
  d.timeline(
    proposal.step,
    "escalation.proposed",
    "shared",
    {
      proposalId: proposal.id,
      step: proposal.step,
      situation: proposal.situation,
      proposedBy: proposal.proposedBy,
      reason: proposal.reason,
      triggerComplaintId: proposal.triggerComplaintId,
      countingComplaints: proposal.countingComplaints,
    },
    { announce: true },
  );
}

/** Actie 3 situatie 1 or 2, found by `detectEscalation`: proposed, never taken automatically. */
export function proposeDetectedEscalation(d: CaseDecision, detection: EscalationDetection): void {
  recordProposal(d, {
    id: d.nextId("esc"),
    step: detection.step,
    situation: detection.situation,
    proposedBy: "detection",
    proposedByMemberId: d.actor.memberId,
    reason: null,
    triggerComplaintId: detection.triggerComplaintId,
    countingComplaints: detection.countingComplaints,
    status: "pending",
    skipReason: null,
    proposedAt: d.nowIso,
    decidedAt: null,
  });
}

/**
 * A detected proposal whose trigger complaint no longer counts (re-assessed as unjustified) is
 * withdrawn: an unjustified complaint never counts against the participant.
 */
export function withdrawStaleProposals(d: CaseDecision): void {
  for (const proposal of d.state.ladder.proposals) {
    if (proposal.status !== "pending" || proposal.triggerComplaintId === null) continue;
    const trigger = d.state.complaints.find((c) => c.id === proposal.triggerComplaintId);
    if (trigger !== undefined && countsTowardsEscalation(d.state.kind, trigger)) continue;
    proposal.status = "withdrawn";
    proposal.decidedAt = d.nowIso;
    d.timeline(
      proposal.step,
      "escalation.withdrawn",
      "shared",
      { proposalId: proposal.id, step: proposal.step },
      { announce: true },
    );
  }
}

function assertAfterCurrent(d: CaseDecision, step: LadderStep): void {
  const current = d.state.ladder.current;
  if (current !== null && ladderStepIndex(step) <= ladderStepIndex(current)) {
    throw new FlowError("ladder.stepAlreadyTaken", { step });
  }
}

export function escalationProposed(d: CaseDecision, event: CaseEventOf<"escalationProposed">): void {
  refuseParticipantReports(d);
  const step = event.step ?? nextLadderStep(d.state.ladder.current);
  if (step === null) throw new FlowError("ladder.noFurtherStep");
  assertAfterCurrent(d, step);
  if (pendingProposal(d) !== undefined) throw new FlowError("ladder.proposalPending");
  const reason = requireText(event.reason, "reason");
  recordProposal(d, {
    id: d.nextId("esc"),
    step,
    situation: event.situation,
    proposedBy: "person",
    proposedByMemberId: d.actor.memberId,
    reason,
    triggerComplaintId: null,
    countingComplaints: countingComplaints(d),
    status: "pending",
    skipReason: null,
    proposedAt: d.nowIso,
    decidedAt: null,
  });
}

export function escalationSkipped(d: CaseDecision, event: CaseEventOf<"escalationSkipped">): void {
  refuseParticipantReports(d);
  const proposal = d.state.ladder.proposals.find((p) => p.id === event.proposalId && p.status === "pending");
  if (proposal === undefined) throw new FlowError("ladder.proposalUnknown");
  const reason = (event.reason ?? "").trim();
  if (reason === "") throw new FlowError("ladder.skipReasonRequired");
  proposal.status = "skipped";
  proposal.skipReason = reason;
  proposal.decidedAt = d.nowIso;
  d.timeline(
    proposal.step,
    "escalation.skipped",
    "shared",
    { proposalId: proposal.id, step: proposal.step, reason },
    { announce: true },
  );
}

export function ladderStepTaken(d: CaseDecision, event: CaseEventOf<"ladderStepTaken">): void {
  refuseParticipantReports(d);
  assertAfterCurrent(d, event.step);
  const pending = pendingProposal(d);
  const situation =
    event.situation ??
    pending?.situation ??
    (event.step === "actie3" ? "similarComplaint" : "repeatedComplaints");
  // Shown, never blocking: the bot records what was not met when people decided.
  const unmet = unmetPreconditions(d.state, event.step);
  if (pending !== undefined && ladderStepIndex(pending.step) <= ladderStepIndex(event.step)) {
    pending.status = "taken";
    pending.decidedAt = d.nowIso;
  }
  d.state.ladder.steps.push({
    step: event.step,
    situation,
    takenAt: d.nowIso,
    takenBy: d.actor.memberId,
    unmetPreconditions: unmet,
  });
  d.state.ladder.current = event.step;
  d.state.step = event.step;
  d.timeline(
    event.step,
    "ladder.stepTaken",
    "shared",
    {
      step: event.step,
      situation,
      proposalId: pending?.id ?? null,
      unmetPreconditions: unmet.join(","),
      unmetCount: unmet.length,
    },
    { announce: true },
  );
  for (const code of stepActions(event.step, situation)) createAction(d, code, "ladder", event.step);
}
