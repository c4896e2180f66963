/**
 * Actie 3: when does a complaint call for the next escalation step?
 *
 * Situatie 1 (tweede keer overlast): a new, similar (same participant, same type), justified
 * complaint after an earlier justified one → propose Actie 3.
 * Situatie 2 (herhalende of voortdurende klachten): three or more justified complaints, or a
 * further justified complaint after a step was taken → propose the next step (Actie 3–6).
 *
 * Participant reports, wrongly attributed complaints and complaints judged unjustified never
 * count (Signalering: a report "heeft geen nadelige effecten op het traject van de deelnemer").
 * The result is only a proposal: people decide.
 */

import type { CaseKind, CaseState, Complaint } from "../cases/state.ts";
import type { ComplaintType } from "../model.ts";
import { type EscalationSituation, type LadderStep, nextLadderStep } from "./model.ts";

/** A complaint of the participant from an earlier case (plain data loaded by the service). */
export interface PriorComplaint {
  participantId: string;
  caseId: string;
  caseKind: CaseKind;
  complaintId: string;
  type: ComplaintType;
  occurredAt: string;
  receivedAt: string;
  justified: boolean | null;
  wronglyAttributed: boolean;
}

export type EscalationSubject = Pick<CaseState, "id" | "participantId" | "kind" | "complaints" | "ladder">;

export interface EscalationDetection {
  step: LadderStep;
  situation: EscalationSituation;
  /** The new justified complaint that calls for escalation. */
  triggerComplaintId: string;
  /** The earlier counting complaints it follows (similar ones for situation 1). */
  earlierComplaintIds: string[];
  /** All counting complaints, this case and earlier cases. */
  countingComplaints: number;
}

/** The one rule for "counts against the participant". */
export function countsTowardsEscalation(
  caseKind: CaseKind,
  complaint: Pick<Complaint, "justified" | "wronglyAttributed">,
): boolean {
  return caseKind === "nuisance" && complaint.justified === true && !complaint.wronglyAttributed;
}

interface CountingComplaint {
  id: string;
  type: ComplaintType;
  receivedAt: number;
  inThisCase: boolean;
}

/** Counting complaints of earlier cases (same participant, other complaints than this case's). */
export function countingPriorComplaints(history: readonly PriorComplaint[], subject: EscalationSubject) {
  const own = new Set(subject.complaints.map((complaint) => complaint.id));
  return history.filter(
    (prior) =>
      prior.participantId === subject.participantId &&
      prior.caseId !== subject.id &&
      !own.has(prior.complaintId) &&
      countsTowardsEscalation(prior.caseKind, prior),
  );
}

function countingComplaints(history: readonly PriorComplaint[], subject: EscalationSubject) {
  const prior: CountingComplaint[] = countingPriorComplaints(history, subject).map((c) => ({
    id: c.complaintId,
    type: c.type,
    receivedAt: Date.parse(c.receivedAt),
    inThisCase: false,
  }));
  const current: CountingComplaint[] = subject.complaints
    .filter((c) => countsTowardsEscalation(subject.kind, c))
    .map((c) => ({ id: c.id, type: c.type, receivedAt: Date.parse(c.receivedAt), inThisCase: true }));
  return [...prior, ...current].sort((a, b) => a.receivedAt - b.receivedAt);
}

/** The proposal the rules make now, or null when nothing calls for a (new) escalation. */
export function detectEscalation(
  history: readonly PriorComplaint[],
  subject: EscalationSubject,
): EscalationDetection | null {
  if (subject.kind !== "nuisance") return null;
  const step = nextLadderStep(subject.ladder.current);
  if (step === null) return null;
  const all = countingComplaints(history, subject);
  const trigger = all.filter((c) => c.inThisCase).at(-1);
  if (trigger === undefined) return null;
  // One proposal per trigger: nothing new while one is pending or after people took or skipped it.
  const alreadyProposed = subject.ladder.proposals.some(
    (p) => p.status === "pending" || (p.status !== "withdrawn" && p.triggerComplaintId === trigger.id),
  );
  if (alreadyProposed) return null;
  const earlier = all.filter((c) => c !== trigger && c.receivedAt <= trigger.receivedAt);

  if (subject.ladder.current !== null) {
    // Situatie 2: a further justified complaint after the current step was taken.
    const taken = subject.ladder.steps.find((s) => s.step === subject.ladder.current);
    const takenAt = taken === undefined ? Number.NEGATIVE_INFINITY : Date.parse(taken.takenAt);
    if (trigger.receivedAt <= takenAt) return null;
    return detection(step, "repeatedComplaints", trigger, earlier, all.length);
  }
  if (all.length >= 3) return detection(step, "repeatedComplaints", trigger, earlier, all.length);
  const similar = earlier.filter((c) => c.type === trigger.type);
  if (similar.length > 0) return detection(step, "similarComplaint", trigger, similar, all.length);
  return null;
}

function detection(
  step: LadderStep,
  situation: EscalationSituation,
  trigger: CountingComplaint,
  earlier: CountingComplaint[],
  counting: number,
): EscalationDetection {
  return {
    step,
    situation,
    triggerComplaintId: trigger.id,
    earlierComplaintIds: earlier.map((c) => c.id),
    countingComplaints: counting,
  };
}
