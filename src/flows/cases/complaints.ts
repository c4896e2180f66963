/** Complaints entering a case (Actie 1) and the "does it count" bookkeeping. */
import type { FlowContext } from "../context.ts";
import { countsTowardsEscalation } from "../ladder/detect.ts";
import type { ComplaintInput } from "./events.ts";
import type { AssessmentDraft, CaseKind, CaseState, Complaint } from "./state.ts";

/** Actie 1: the landlord passes a complaint to the team within 24 hours of receiving it. */
export function complaintFromInput(input: ComplaintInput, ctx: FlowContext): Complaint {
  const passDue = ctx.dueAt("guideline.actie1.passToTeam", input.receivedByLandlordAt);
  return {
    id: input.id,
    type: input.type,
    description: input.description.trim(),
    occurredAt: input.occurredAt.toISOString(),
    afterTen: input.afterTen,
    receivedByLandlordAt: input.receivedByLandlordAt.toISOString(),
    receivedAt: ctx.now.toISOString(),
    passedToTeamInTime: ctx.now.getTime() <= passDue.getTime(),
    complainantAnonymous: input.complainantAnonymous,
    justified: null,
    wronglyAttributed: false,
    countsTowardsEscalation: false,
  };
}

/** Recompute the stored flag from the one rule (participant reports never count). */
export function withCounting(caseKind: CaseKind, complaint: Complaint): Complaint {
  return { ...complaint, countsTowardsEscalation: countsTowardsEscalation(caseKind, complaint) };
}

/** A fresh Actie 2 draft for the complaints nobody assessed yet (null when there are none). */
export function draftForUnassessed(state: CaseState, id: string): AssessmentDraft | null {
  const unassessed = state.complaints.filter((c) => c.justified === null && !c.wronglyAttributed);
  if (unassessed.length === 0) return null;
  return {
    id,
    complaintIds: unassessed.map((c) => c.id),
    answers: { behaviour: null, justifiedByParticipant: null, justifiedByWorker: null },
    reassessment: false,
  };
}

/** A complaint's number within its case, as people count them ("klacht 2"): 1 for the first. */
export function complaintNumber(state: CaseState, complaintId: string): number {
  return state.complaints.findIndex((c) => c.id === complaintId) + 1;
}
