/** Actie 1: more complaints on an open case, and the team starting on it. */
import { FlowError } from "../../errors.ts";
import type { CaseDecision } from "../builder.ts";
import { caseRef } from "../card-specs.ts";
import { complaintFromInput, draftForUnassessed } from "../complaints.ts";
import type { CaseEventOf } from "../events.ts";
import { ASSIGNMENT_KEY, assignmentSpec, START_DEADLINE_KEY } from "../open-case.ts";
import { requireText } from "../permissions.ts";

export function complaintAdded(d: CaseDecision, event: CaseEventOf<"complaintAdded">): void {
  if (d.state.complaints.some((c) => c.id === event.complaint.id)) throw new FlowError("complaint.duplicate");
  const complaint = complaintFromInput(event.complaint, d.ctx);
  d.state.complaints.push(complaint);
  const report = d.state.kind === "participantReport";
  // Actie 3 and later: the complaint belongs to the step the case is at (a second similar justified
  // complaint, and so on), not to the case's first contact.
  const step = report
    ? "signal"
    : d.state.step === "actie1" || d.state.step === "actie2"
      ? "actie1"
      : d.state.step;
  d.timeline(
    step,
    report ? "report.received" : "complaint.added",
    "shared",
    {
      complaintId: complaint.id,
      complaintType: complaint.type,
      afterTen: complaint.afterTen,
      receivedByLandlordAt: complaint.receivedByLandlordAt,
      passedToTeamInTime: complaint.passedToTeamInTime,
    },
    { announce: true },
  );
  d.timeline(step, "complainant.recorded", "landlord", {
    complaintId: complaint.id,
    anonymous: complaint.complainantAnonymous,
  });
  if (!report) {
    // Actie 2 again: the new complaint is assessed after a hearing; earlier answers do not carry over.
    d.state.assessmentDraft = draftForUnassessed(d.state, d.nextId("ass"));
    // After an earlier assessment the new complaint gets an assessment of its own (the earlier one
    // stays as it was), and the support worker is asked to hear the participant and assess it.
    const { supportWorkerId } = d.state.participant;
    if (d.state.assessments.length > 0 && supportWorkerId !== null) {
      d.message({ kind: "dm", memberId: supportWorkerId }, null, {
        kind: "case.complaintAdded",
        complaintType: complaint.type,
        step: d.state.step,
        ...caseRef(d.state),
      });
    }
  }
}

export function caseStarted(d: CaseDecision, event: CaseEventOf<"caseStarted">): void {
  if (d.state.startedAt !== null) throw new FlowError("case.alreadyStarted");
  const approach = requireText(event.approach, "approach");
  const deadline = d.state.deadlines.find((dl) => dl.key === START_DEADLINE_KEY);
  const inTime = deadline === undefined || d.now.getTime() <= Date.parse(deadline.dueAt);
  d.state.startedAt = d.nowIso;
  d.state.approach = approach;
  d.complete(START_DEADLINE_KEY);
  const report = d.state.kind === "participantReport";
  if (!report && d.state.step === "actie1") d.state.step = "actie2";
  // Actie 1: the team tells the landlord how the complaint will be handled.
  d.timeline(
    report ? "signal" : "actie1",
    "case.started",
    "shared",
    { inTime, approach },
    { announce: true },
  );
  // The support worker's message about the new case says it started and loses its start button.
  const { supportWorkerId } = d.state.participant;
  if (supportWorkerId !== null) {
    d.message(
      { kind: "dm", memberId: supportWorkerId },
      ASSIGNMENT_KEY(d.state.id),
      assignmentSpec(d.state, report ? null : (deadline?.dueAt ?? null)),
    );
  }
}
