/**
 * What each escalation step expects before it is taken. The bot never blocks a human decision: a
 * step taken with unmet preconditions is allowed, and the unmet ones are recorded and shown.
 */
import type { CaseState } from "../cases/state.ts";
import { assertNever } from "../effects.ts";
import { courtReadiness, type ReadinessCondition } from "./court.ts";
import { countsTowardsEscalation } from "./detect.ts";
import type { LadderStep, LetterStep } from "./model.ts";
import { LETTER_KIND_BY_STEP } from "./model.ts";

export type PreconditionEvidence = Record<string, string | number | boolean>;

const PRECONDITION_IDS = [
  "escalationGrounds",
  "assessmentDone",
  "previousStepTaken",
  "previousLetterRecorded",
  "summonsRegisteredAndSigned",
  "continuingNuisance",
  "interventionsUnsuccessful",
  "legalAdviceRequested",
  "nuisanceDossier",
  "agreementsBroken",
  "everythingPossibleDone",
] as const;
export type PreconditionId = (typeof PRECONDITION_IDS)[number];

export interface PreconditionResult {
  id: PreconditionId;
  met: boolean;
  evidence: PreconditionEvidence;
}

type Subject = Pick<
  CaseState,
  | "kind"
  | "complaints"
  | "priorCountingComplaints"
  | "assessmentDraft"
  | "ladder"
  | "checks"
  | "actions"
  | "timelineEntries"
>;

function countingInCase(state: Subject): number {
  return state.complaints.filter((c) => countsTowardsEscalation(state.kind, c)).length;
}

// Actie 3: an earlier justified complaint and the new one (situatie 1), or more (situatie 2).
function escalationGrounds(state: Subject): PreconditionResult {
  const counting = countingInCase(state) + state.priorCountingComplaints;
  return { id: "escalationGrounds", met: counting >= 2, evidence: { counting } };
}

// Actie 2 comes first: every complaint is assessed after a hearing.
function assessmentDone(state: Subject): PreconditionResult {
  const unassessed = state.complaints.filter((c) => c.justified === null).length;
  return { id: "assessmentDone", met: unassessed === 0, evidence: { unassessed } };
}

function previousStepTaken(state: Subject, previous: LadderStep): PreconditionResult {
  const taken = state.ladder.steps.find((s) => s.step === previous);
  return {
    id: "previousStepTaken",
    met: taken !== undefined,
    evidence: { step: previous, takenAt: taken?.takenAt ?? "" },
  };
}

function previousLetterRecorded(state: Subject, step: LetterStep): PreconditionResult {
  const letter = state.ladder.letters.find((l) => l.step === step);
  return {
    id: "previousLetterRecorded",
    met: letter !== undefined,
    evidence: { step, letter: LETTER_KIND_BY_STEP[step], sentAt: letter?.sentAt ?? "" },
  };
}

// Actie 5: the summons letter is registered and signed "voor gezien".
function summonsRegisteredAndSigned(state: Subject): PreconditionResult {
  const summons = state.ladder.letters.filter((l) => l.kind === "summons");
  const registered = summons.some((l) => l.registered);
  const signedForSeen = summons.some((l) => l.signedForSeen);
  return {
    id: "summonsRegisteredAndSigned",
    met: registered && signedForSeen,
    evidence: { registered, signedForSeen },
  };
}

// Voortduring: a counting complaint or a check that found continuing nuisance after the step.
function continuingNuisance(state: Subject, since: LadderStep): PreconditionResult {
  const taken = state.ladder.steps.find((s) => s.step === since);
  const from = taken === undefined ? Number.POSITIVE_INFINITY : Date.parse(taken.takenAt);
  const complaintsAfter = state.complaints.filter(
    (c) => countsTowardsEscalation(state.kind, c) && Date.parse(c.receivedAt) > from,
  ).length;
  const checksAfter = state.checks.filter((c) => c.nuisanceContinues && Date.parse(c.at) > from).length;
  return {
    id: "continuingNuisance",
    met: complaintsAfter + checksAfter > 0,
    evidence: { since, complaintsAfter, checksAfter },
  };
}

// "het onsuccesvol doorlopen van de interventies"
function interventionsUnsuccessful(state: Subject): PreconditionResult {
  const offered = state.ladder.interventions.length;
  const pending = state.ladder.interventions.filter((i) => i.outcome === null).length;
  const failed = state.ladder.interventions.filter(
    (i) => i.outcome === "unsuccessful" || i.outcome === "declinedByParticipant",
  ).length;
  return {
    id: "interventionsUnsuccessful",
    met: offered > 0 && pending === 0 && failed > 0,
    evidence: { offered, failed, pending },
  };
}

// Juridisch advies at Actie 4, 5 and 6.
function legalAdviceRequested(state: Subject, step: LadderStep): PreconditionResult {
  const requested =
    state.ladder.legalAdvice.some((a) => a.step === step) ||
    state.actions.some((a) => a.code === "legalAdvice" && a.step === step && a.status === "done");
  return { id: "legalAdviceRequested", met: requested, evidence: { step } };
}

function readinessResult(condition: ReadinessCondition): PreconditionResult {
  switch (condition.id) {
    case "nuisanceDossier":
      return {
        id: condition.id,
        met: condition.met,
        evidence: { letters: condition.letters.length, timelineEntries: condition.timelineEntries },
      };
    case "agreementsBroken":
      return { id: condition.id, met: condition.met, evidence: { breaches: condition.breaches.length } };
    case "everythingPossibleDone":
      return { id: condition.id, met: condition.met, evidence: { offered: condition.interventionsOffered } };
    default:
      return assertNever(condition);
  }
}

// Actie 6: what the court looks for (overlastdossier, geschonden afspraken, alles gedaan).
function readiness(state: Subject): PreconditionResult[] {
  return courtReadiness(state).conditions.map(readinessResult);
}

/** The preconditions of `step`, each met or not, with the evidence found in the case. */
export function evaluatePreconditions(state: Subject, step: LadderStep): PreconditionResult[] {
  switch (step) {
    case "actie3":
      return [escalationGrounds(state), assessmentDone(state)];
    case "actie4":
      return [
        previousStepTaken(state, "actie3"),
        previousLetterRecorded(state, "actie3"),
        continuingNuisance(state, "actie3"),
        interventionsUnsuccessful(state),
      ];
    case "actie5":
      return [
        previousStepTaken(state, "actie4"),
        previousLetterRecorded(state, "actie4"),
        continuingNuisance(state, "actie4"),
        interventionsUnsuccessful(state),
        legalAdviceRequested(state, "actie4"),
      ];
    case "actie6":
      return [
        previousStepTaken(state, "actie5"),
        previousLetterRecorded(state, "actie5"),
        summonsRegisteredAndSigned(state),
        continuingNuisance(state, "actie5"),
        legalAdviceRequested(state, "actie5"),
        ...readiness(state),
      ];
  }
}

export function unmetPreconditions(state: Subject, step: LadderStep): PreconditionId[] {
  return evaluatePreconditions(state, step)
    .filter((result) => !result.met)
    .map((result) => result.id);
}
