/**
 * Termijnen: the nuisance resolved (goal: within 3 months), and closing a case — also when the
 * complaints turn out to be wrongly attributed to the participant (they then never count).
 */
import { FlowError } from "../../errors.ts";
import { blankToNull } from "../../text-input.ts";
import type { CaseDecision } from "../builder.ts";
import { withCounting } from "../complaints.ts";
import type { CaseEventOf } from "../events.ts";
import { RESOLUTION_DEADLINE_KEY } from "../open-case.ts";
import type { CloseReason } from "../state.ts";

function withinThreeMonths(d: CaseDecision): boolean {
  const running = d.state.deadlines.find((dl) => dl.key === RESOLUTION_DEADLINE_KEY);
  if (running !== undefined) return d.now.getTime() <= Date.parse(running.dueAt);
  const first = d.state.complaints[0];
  if (first === undefined) return true;
  const due = d.ctx.dueAt("guideline.resolution.threeMonths", new Date(first.receivedByLandlordAt));
  return d.now.getTime() <= due.getTime();
}

export function resolved(d: CaseDecision, event: CaseEventOf<"resolved">): void {
  const inTime = withinThreeMonths(d);
  d.complete(RESOLUTION_DEADLINE_KEY);
  d.cancelAll("resolved");
  d.state.status = "resolved";
  d.state.resolvedAt = d.nowIso;
  d.state.assessmentDraft = null;
  d.timeline(
    "closure",
    "case.resolved",
    "shared",
    { withinThreeMonths: inTime, note: blankToNull(event.note) },
    { announce: true },
  );
}

function assertReasonFits(d: CaseDecision, reason: CloseReason): void {
  const report = d.state.kind === "participantReport";
  if (reason === "participantReportHandled" && !report) throw new FlowError("close.reasonNotApplicable");
  if (reason === "wronglyAttributed" && report) throw new FlowError("close.reasonNotApplicable");
}

export function closed(d: CaseDecision, event: CaseEventOf<"closed">): void {
  assertReasonFits(d, event.reason);
  const text = (event.text ?? "").trim();
  if (event.reason === "other" && text === "") throw new FlowError("close.otherReasonRequired");

  if (event.reason === "wronglyAttributed") {
    // Signalering: complaints wrongly attributed to the participant never count against them.
    d.state.complaints = d.state.complaints.map((c) =>
      withCounting(d.state.kind, { ...c, wronglyAttributed: true }),
    );
    d.timeline("closure", "complaints.wronglyAttributed", "shared", { count: d.state.complaints.length });
  }
  if (event.reason === "resolved" && d.state.status === "open") {
    d.state.resolvedAt = d.nowIso;
    d.timeline("closure", "case.resolved", "shared", { withinThreeMonths: withinThreeMonths(d), note: null });
    d.complete(RESOLUTION_DEADLINE_KEY);
  }
  d.cancelAll("closed");
  d.state.status = "closed";
  d.state.step = "closure";
  d.state.closedAt = d.nowIso;
  d.state.assessmentDraft = null;
  d.state.closure = {
    reason: event.reason,
    text: text === "" ? null : text,
    closedAt: d.nowIso,
    closedBy: d.actor.memberId,
  };
  d.timeline(
    "closure",
    "case.closed",
    "shared",
    { reason: event.reason, text: text === "" ? null : text },
    { announce: true },
  );
}
