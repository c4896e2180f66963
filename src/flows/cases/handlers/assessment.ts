/**
 * Actie 2 (Beoordeling klacht): the hearing (wederhoor), the three answers and the confirmation
 * that turns them into the guideline's follow-up proposal. Reasoning stays with the care team.
 */
import { applyAnswer, completeAnswers, missingQuestions } from "../../assessment/answers.ts";
import { isJustified, proposeFollowUp } from "../../assessment/matrix.ts";
import { FlowError } from "../../errors.ts";
import { countingPriorComplaints, detectEscalation } from "../../ladder/detect.ts";
import { proposeDetectedEscalation, withdrawStaleProposals } from "../../ladder/handlers/escalation.ts";
import type { CaseDecision } from "../builder.ts";
import { applyFollowUpProposal } from "../case-actions.ts";
import { complaintNumber, draftForUnassessed, withCounting } from "../complaints.ts";
import type { CaseEventOf } from "../events.ts";
import { requireText } from "../permissions.ts";
import type { AssessmentDraft } from "../state.ts";

function enterActie2(d: CaseDecision): void {
  if (d.state.step === "actie1") d.state.step = "actie2";
}

function refuseReports(d: CaseDecision): void {
  if (d.state.kind === "participantReport") throw new FlowError("assessment.notForParticipantReport");
}

// Actie 2: "Er vindt dus wederhoor plaats." Notes are care-only.
export function hearingRecorded(d: CaseDecision, event: CaseEventOf<"hearingRecorded">): void {
  const notes = requireText(event.notes, "notes");
  d.state.hearings.push({ heldAt: event.heldAt.toISOString(), notes, recordedBy: d.actor.memberId });
  const report = d.state.kind === "participantReport";
  if (!report) enterActie2(d);
  d.timeline(report ? "signal" : "actie2", "hearing.recorded", "careTeam", {
    heldAt: event.heldAt.toISOString(),
    notes,
  });
}

/** The draft being answered: the unassessed complaints, or a re-assessment of the last one. */
function currentDraft(d: CaseDecision): AssessmentDraft {
  const existing = d.state.assessmentDraft ?? draftForUnassessed(d.state, d.nextId("ass"));
  if (existing !== null) return existing;
  const last = d.state.assessments.at(-1);
  if (last === undefined) throw new FlowError("assessment.incomplete", { missing: "" });
  return {
    id: d.nextId("ass"),
    complaintIds: [...last.complaintIds],
    answers: { ...last.answers },
    reassessment: true,
  };
}

/**
 * Actie 2 again: after a new complaint the earlier assessment card is replaced by the new one. A
 * button of the earlier card (it names its first complaint) is refused, naming both complaints, so
 * it never answers the new assessment.
 */
function requireCurrentCard(d: CaseDecision, complaintId: string | undefined, assessed: string[]): void {
  const current = assessed[0];
  if (complaintId === undefined || current === undefined || complaintId === current) return;
  throw new FlowError("assessment.replaced", {
    caseNumber: d.state.number,
    complaint: complaintNumber(d.state, complaintId),
    current: complaintNumber(d.state, current),
  });
}

export function assessmentAnswered(d: CaseDecision, event: CaseEventOf<"assessmentAnswered">): void {
  refuseReports(d);
  const draft = currentDraft(d);
  requireCurrentCard(d, event.complaintId, draft.complaintIds);
  // A double click or a redelivered click: the same answer again changes nothing and is not
  // written to the timeline twice.
  const clicked = draft.clicked ?? [];
  const { question, value } = event.answer;
  if (clicked.includes(question) && draft.answers[question] === value)
    throw new FlowError("assessment.alreadyAnswered");
  d.state.assessmentDraft = {
    ...draft,
    answers: applyAnswer(draft.answers, event.answer),
    clicked: clicked.includes(question) ? clicked : [...clicked, question],
  };
  enterActie2(d);
  d.timeline("actie2", "assessment.answered", "careTeam", {
    assessmentId: draft.id,
    question: event.answer.question,
    value: event.answer.value,
  });
}

export function assessmentConfirmed(d: CaseDecision, event: CaseEventOf<"assessmentConfirmed">): void {
  refuseReports(d);
  const draft = d.state.assessmentDraft;
  requireCurrentCard(
    d,
    event.complaintId,
    draft?.complaintIds ?? d.state.assessments.at(-1)?.complaintIds ?? [],
  );
  if (draft === null)
    throw new FlowError("assessment.incomplete", {
      missing: "behaviour, justifiedByParticipant, justifiedByWorker",
    });
  const answers = completeAnswers(draft.answers);
  if (answers === null)
    throw new FlowError("assessment.incomplete", { missing: missingQuestions(draft.answers).join(", ") });

  const assessed = d.state.complaints.filter((c) => draft.complaintIds.includes(c.id));
  const proposal = proposeFollowUp(
    answers,
    assessed.map((c) => c.type),
  );
  // The worker's judgement decides whether the complaint is justified (and so whether it counts).
  d.state.complaints = d.state.complaints.map((c) =>
    draft.complaintIds.includes(c.id)
      ? withCounting(d.state.kind, { ...c, justified: isJustified(answers) })
      : c,
  );
  const redone = draft.reassessment
    ? (d.state.assessments.filter((a) => a.complaintIds.some((id) => draft.complaintIds.includes(id))).at(-1)
        ?.id ?? null)
    : null;
  const hearingRecorded = d.state.hearings.length > 0;
  d.state.assessments.push({
    id: draft.id,
    complaintIds: draft.complaintIds,
    answers,
    proposal,
    hearingRecorded,
    confirmedAt: d.nowIso,
    confirmedBy: d.actor.memberId,
  });
  d.state.assessmentDraft = null;
  enterActie2(d);
  const { added, removed } = applyFollowUpProposal(d, proposal, draft.id, redone);

  d.timeline("actie2", "assessment.confirmed", "careTeam", {
    assessmentId: draft.id,
    complaintIds: draft.complaintIds.join(","),
    behaviour: answers.behaviour,
    justifiedByParticipant: answers.justifiedByParticipant,
    justifiedByWorker: answers.justifiedByWorker,
    row: proposal.row,
    source: proposal.source,
    derivedRules: proposal.derivedRules.join(","),
    hearingRecorded,
    reassessment: draft.reassessment,
  });
  if (removed > 0) d.timeline("actie2", "actions.replaced", "careTeam", { count: removed });
  d.timeline("actie2", "assessment.completed", "shared", { assessmentId: draft.id, proposedActions: added });

  // Actie 3: a justified complaint may call for escalation (the service passes the history).
  d.state.priorCountingComplaints = countingPriorComplaints(event.history, d.state).length;
  withdrawStaleProposals(d);
  const detection = detectEscalation(event.history, d.state);
  if (detection !== null) proposeDetectedEscalation(d, detection);
}
