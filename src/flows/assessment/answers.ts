/**
 * Actie 2 (Beoordeling klacht): after hearing the participant the support worker answers three
 * questions. The answers are clicked one by one, in any order, and can change until confirmed.
 */

const BEHAVIOURS = ["conscious", "unconscious"] as const;
/** bewust / onbewust gedrag */
export type Behaviour = (typeof BEHAVIOURS)[number];

const ASSESSMENT_QUESTIONS = ["behaviour", "justifiedByParticipant", "justifiedByWorker"] as const;
export type AssessmentQuestion = (typeof ASSESSMENT_QUESTIONS)[number];

/** Answers so far; `null` = not answered yet. */
export interface AssessmentAnswers {
  behaviour: Behaviour | null;
  /** Is the complaint justified according to the participant? (terecht volgens de deelnemer) */
  justifiedByParticipant: boolean | null;
  /** Is the complaint justified according to the support worker? (terecht volgens de begeleider) */
  justifiedByWorker: boolean | null;
}

/** All three questions answered. */
export interface CompleteAnswers {
  behaviour: Behaviour;
  justifiedByParticipant: boolean;
  justifiedByWorker: boolean;
}

/** One click on one of the three button pairs. */
export type AssessmentAnswer =
  | { question: "behaviour"; value: Behaviour }
  | { question: "justifiedByParticipant"; value: boolean }
  | { question: "justifiedByWorker"; value: boolean };

export function applyAnswer(answers: AssessmentAnswers, answer: AssessmentAnswer): AssessmentAnswers {
  switch (answer.question) {
    case "behaviour":
      return { ...answers, behaviour: answer.value };
    case "justifiedByParticipant":
      return { ...answers, justifiedByParticipant: answer.value };
    case "justifiedByWorker":
      return { ...answers, justifiedByWorker: answer.value };
  }
}

/** The answers, when all three are given; otherwise null. */
export function completeAnswers(answers: AssessmentAnswers): CompleteAnswers | null {
  const { behaviour, justifiedByParticipant, justifiedByWorker } = answers;
  if (behaviour === null || justifiedByParticipant === null || justifiedByWorker === null) return null;
  return { behaviour, justifiedByParticipant, justifiedByWorker };
}

/** Which questions are still open (for the card and the "assessment.incomplete" error). */
export function missingQuestions(answers: AssessmentAnswers): AssessmentQuestion[] {
  return ASSESSMENT_QUESTIONS.filter((question) => answers[question] === null);
}
