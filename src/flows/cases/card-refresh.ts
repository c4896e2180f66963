/**
 * After a decision, re-post the case's standing cards whose content changed. Each card has a
 * stable update key, so the platform message is edited in place instead of posted again.
 */
import type { MessageEffect, MessageTarget } from "../effects.ts";
import { assessmentSpec, caseOverviewSpec, caseSummarySpec, ladderSpec, proposalSpec } from "./card-specs.ts";
import type { CaseCardSpec } from "./cards.ts";
import { complaintNumber } from "./complaints.ts";
import type { CaseState } from "./state.ts";

interface StandingCard {
  updateKey: (state: CaseState) => string;
  target: MessageTarget;
  /** The card as of `now`, or null when the case has no such card (yet). */
  build: (state: CaseState, now: Date) => CaseCardSpec | null;
  /**
   * When the card moves to a new key (a new message), the earlier message as it reads once
   * replaced, or null to leave it as it was.
   */
  replaced?: (before: CaseState, after: CaseState, now: Date) => CaseCardSpec | null;
}

const SHARED_CHANNEL: MessageTarget = { kind: "channel", audience: "shared", inCaseThread: false };
const SHARED_THREAD: MessageTarget = { kind: "channel", audience: "shared", inCaseThread: true };
const CARE_THREAD: MessageTarget = { kind: "channel", audience: "careTeam", inCaseThread: true };

export const CASE_CARD_KEY = (caseId: string) => `case:${caseId}:card`;
/**
 * Actie 2: one assessment card per set of complaints assessed together. The case's first keeps the
 * case's own key; a complaint added after an earlier assessment gets a card of its own, so the
 * earlier card stays as it was (a re-assessment edits the card it re-assesses).
 */
function assessmentCardKey(state: CaseState): string {
  const first = assessedFirst(state);
  return first === undefined || first === state.complaints[0]?.id
    ? `case:${state.id}:assessment`
    : `case:${state.id}:assessment:${first}`;
}
function assessedFirst(state: CaseState): string | undefined {
  return (state.assessmentDraft?.complaintIds ?? state.assessments.at(-1)?.complaintIds ?? [])[0];
}
/**
 * The earlier assessment card once a new complaint has its own: it says which complaint's
 * assessment replaced it and loses its buttons (pressing them would not answer the new one).
 */
function replacedAssessment(before: CaseState, after: CaseState): CaseCardSpec | null {
  const first = assessedFirst(after);
  if (before.kind !== "nuisance" || first === undefined) return null;
  return { ...assessmentSpec(before), replacedBy: complaintNumber(after, first) };
}
const PROPOSAL_CARD_KEY = (caseId: string) => `case:${caseId}:actions`;
const LADDER_CARD_KEY = (caseId: string) => `case:${caseId}:ladder`;
/** The care team's summary of the case kept on screen by a person (one message per member). */
export const CASE_SUMMARY_KEY = (caseId: string) => `case:${caseId}:summary`;

const STANDING_CARDS: StandingCard[] = [
  // The case card in the shared channel; the case thread hangs under it.
  { updateKey: (state) => CASE_CARD_KEY(state.id), target: SHARED_CHANNEL, build: caseOverviewSpec },
  // Actie 2: the assessment buttons, care team only (participant reports are not assessed).
  {
    updateKey: assessmentCardKey,
    target: CARE_THREAD,
    build: (state) => (state.kind === "nuisance" ? assessmentSpec(state) : null),
    replaced: replacedAssessment,
  },
  // Proposed and agreed actions with their buttons, care team only.
  {
    updateKey: (state) => PROPOSAL_CARD_KEY(state.id),
    target: CARE_THREAD,
    build: (state) => (state.actions.length > 0 ? proposalSpec(state) : null),
  },
  // Actie 3–6, in the shared thread once escalation was proposed or a step taken.
  {
    updateKey: (state) => LADDER_CARD_KEY(state.id),
    target: SHARED_THREAD,
    build: (state) =>
      state.ladder.proposals.length > 0 || state.ladder.current !== null ? ladderSpec(state) : null,
  },
];

/**
 * The standing cards that differ between `before` and `after`, both built as of `now` (so a card
 * is not re-posted only because time passed, but a re-posted card marks what is overdue by now).
 */
export function cardRefreshes(before: CaseState | null, after: CaseState, now: Date): MessageEffect[] {
  const effects: MessageEffect[] = [];
  for (const card of STANDING_CARDS) {
    const next = card.build(after, now);
    if (next === null) continue;
    const updateKey = card.updateKey(after);
    const moved = before !== null && card.updateKey(before) !== updateKey;
    // A card under another key is a new message: the one before is left as it was, or says it was
    // replaced.
    if (moved && card.replaced) {
      const earlier = card.replaced(before, after, now);
      if (earlier !== null)
        effects.push({
          type: "message",
          target: card.target,
          updateKey: card.updateKey(before),
          card: earlier,
        });
    }
    const previous = before === null || moved ? null : card.build(before, now);
    if (previous !== null && JSON.stringify(previous) === JSON.stringify(next)) continue;
    effects.push({ type: "message", target: card.target, updateKey, card: next });
  }
  // The care team's summaries that people keep on screen follow the case like its cards (a new
  // case has none yet).
  if (before !== null) {
    const summary = shownCareSummariesAsOf(after, now);
    if (JSON.stringify(caseSummarySpec(before, "careTeam", now)) !== JSON.stringify(summary.card)) {
      effects.push(summary);
    }
  }
  return effects;
}

/** The care team's case summaries that people keep on screen, as of `now` (only where one is shown). */
function shownCareSummariesAsOf(state: CaseState, now: Date): MessageEffect {
  return {
    type: "message",
    target: { kind: "shownCareSummaries" },
    updateKey: CASE_SUMMARY_KEY(state.id),
    card: caseSummarySpec(state, "careTeam", now),
  };
}

/**
 * Termijnen: the case card as of `now`, edited in place (no new message): when one of its deadlines
 * passes, the card marks it overdue — and so do the care team's summaries kept on screen.
 */
export function caseCardsAsOf(state: CaseState, now: Date): MessageEffect[] {
  return [
    {
      type: "message",
      target: SHARED_CHANNEL,
      updateKey: CASE_CARD_KEY(state.id),
      card: caseOverviewSpec(state, now),
    },
    shownCareSummariesAsOf(state, now),
  ];
}
