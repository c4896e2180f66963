/**
 * The dossier's sections from the case state and the stored rows, for one audience. Pure mapping:
 * what an audience may see is decided by the policy (filterVisible / AUDIENCE_MEMBERS) and by the
 * case's own audience marks on actions and deadlines.
 */
import { assessmentResultLabel } from "../../flows/assessment/texts.ts";
import { actionDeadlineKey } from "../../flows/cases/case-actions.ts";
import type { CaseState } from "../../flows/cases/state.ts";
import { isCaseTimelineEvent } from "../../flows/cases/texts/timeline.ts";
import { actionLabel, describeTimelineEvent, uiTexts } from "../../flows/cases/texts.ts";
import { assertNever, type TimelineDetails } from "../../flows/effects.ts";
import { formatDateTime } from "../../flows/format.ts";
import { courtReadiness, type ReadinessCondition } from "../../flows/ladder/court.ts";
import { RETURN_HOME_KEY_PREFIX } from "../../flows/ladder/handlers/interventions.ts";
import type { InterventionDetail } from "../../flows/ladder/model.ts";
import { ladderTexts } from "../../flows/ladder/texts.ts";
import type { Locale } from "../../flows/model.ts";
import type { StoredTimelineEventName } from "../../flows/timeline-events.ts";
import type { DeadlineRecord } from "../../store/dossier/dossier-repository.ts";
import { dossierTexts } from "./dossier-texts.ts";
import type {
  DeadlineOutcome,
  DossierAction,
  DossierAudience,
  DossierDeadline,
  DossierIntervention,
  DossierReadinessCondition,
} from "./dossier-types.ts";

/** Names of people by member id ("system" is Nabuur itself). */
export type NameOf = (memberId: string | null) => string;

function lookup(table: Record<string, string>, key: string): string {
  return Object.hasOwn(table, key) ? table[key]! : key;
}

export function stepLabel(step: string, locale: Locale): string {
  return lookup(uiTexts[locale].steps as Record<string, string>, step);
}

function ruleLabel(rule: string, locale: Locale): string {
  return lookup(uiTexts[locale].deadlineRules as Record<string, string>, rule);
}

/** One readable sentence per timeline entry; deadline events get their own wording. */
export function describeEntry(
  event: StoredTimelineEventName,
  details: TimelineDetails,
  locale: Locale,
): string {
  const t = dossierTexts[locale];
  const rule = ruleLabel(String(details.rule ?? ""), locale);
  const date = (key: string) => formatDateTime(String(details[key] ?? ""), locale);
  if (event.startsWith("deadline.nudge.")) {
    const stage = event.slice("deadline.nudge.".length);
    return t.fallbackEvents.nudge(lookup(t.nudgeStages, stage), rule, date("dueAt"));
  }
  if (event === "deadline.extended" && details.newDueAt !== undefined)
    return t.fallbackEvents.extended(rule, date("newDueAt"));
  if (event === "deadline.done") return t.fallbackEvents.done(rule);
  if (event === "deadline.handedOver") return t.fallbackEvents.handedOver(rule);
  if (event === "deadline.reopened") return t.fallbackEvents.reopened(rule);
  if (isCaseTimelineEvent(event)) return describeTimelineEvent(event, details, locale);
  return event;
}

/** Care-only actions are marked "careTeam" by the guideline's templates or by a person. */
export function dossierActions(state: CaseState, audience: DossierAudience, locale: Locale): DossierAction[] {
  const ui = uiTexts[locale];
  return state.actions
    .filter((a) => audience === "careTeam" || a.audience === "shared")
    .map((a) => ({
      id: a.id,
      text: actionLabel(a.code, a.text, locale),
      step: a.step,
      ownerRole: a.ownerRole,
      status: a.status,
      statusLabel: ui.actionStatuses[a.status],
      origin: a.origin,
      dueAt: a.dueAt,
      decidedAt: a.decidedAt,
      doneAt: a.doneAt,
      skipReason: a.skipReason,
      careOnly: a.audience === "careTeam",
    }));
}

function isCareOnlyDeadline(state: CaseState, key: string): boolean {
  // Interventie 2: the return home after a time-out stays care-only after its deadline closed.
  if (key.startsWith(RETURN_HOME_KEY_PREFIX)) return true;
  if (state.deadlines.some((d) => d.key === key && d.audience === "careTeam")) return true;
  return state.actions.some(
    (a) => a.audience === "careTeam" && (a.deadlineKey === key || actionDeadlineKey(a.id) === key),
  );
}

function deadlineOutcome(row: DeadlineRecord, now: Date): DeadlineOutcome {
  switch (row.state) {
    case "cancelled":
      return "cancelled";
    case "done":
      return row.closedAt !== null && row.closedAt.getTime() > row.dueAt.getTime() ? "late" : "met";
    case "open":
      return now.getTime() > row.dueAt.getTime() ? "overdue" : "running";
  }
}

export function dossierDeadlines(
  state: CaseState,
  rows: DeadlineRecord[],
  audience: DossierAudience,
  locale: Locale,
  now: Date,
): DossierDeadline[] {
  const t = dossierTexts[locale];
  return rows
    .filter((row) => audience === "careTeam" || !isCareOnlyDeadline(state, row.key))
    .map((row) => {
      const action = state.actions.find(
        (a) => a.deadlineKey === row.key || actionDeadlineKey(a.id) === row.key,
      );
      const label = ruleLabel(row.rule, locale);
      const outcome = deadlineOutcome(row, now);
      return {
        key: row.key,
        rule: row.rule,
        description: action ? `${label}: ${actionLabel(action.code, action.text, locale)}` : label,
        step: row.step,
        ownerRole: row.ownerRole,
        dueAt: row.dueAt.toISOString(),
        closedAt: row.closedAt?.toISOString() ?? null,
        outcome,
        outcomeLabel: t.deadlineOutcomes[outcome],
      };
    });
}

function interventionDetail(detail: InterventionDetail, locale: Locale): string {
  const l = ladderTexts[locale];
  switch (detail.kind) {
    case "scaleUpCare":
      return detail.daily ? (locale === "nl" ? "dagelijks" : "daily") : "";
    case "timeOut":
      return l.timeOutReasons[detail.reason];
    case "rehousing":
      return l.participantDecisions[detail.participantDecision];
    case "otherPlace":
      return detail.description;
  }
}

/** Interventie 1–4 as offered and chosen (care team's version only). */
export function dossierInterventions(
  state: CaseState,
  locale: Locale,
  nameOf: NameOf,
): DossierIntervention[] {
  const l = ladderTexts[locale];
  return state.ladder.interventions.map((i) => ({
    id: i.id,
    label: l.interventions[i.detail.kind],
    detail:
      interventionDetail(i.detail, locale) +
      // Interventie 2: the return home after the time-out, planned and recorded (care dossier only).
      (i.returnHome === undefined
        ? ""
        : ` — ${uiTexts[locale].summary.returnHome(
            i.returnHome.plannedAt === null ? null : formatDateTime(i.returnHome.plannedAt, locale),
            i.returnHome.returnedAt === null ? null : formatDateTime(i.returnHome.returnedAt, locale),
          )}`),
    note: i.note,
    step: i.step,
    offeredAt: i.offeredAt,
    offeredBy: nameOf(i.offeredBy),
    outcome: i.outcome,
    outcomeLabel: i.outcome === null ? null : l.outcomes[i.outcome],
    outcomeNote: i.outcomeNote,
    outcomeAt: i.outcomeAt,
  }));
}

export function dossierCareRecord(state: CaseState, locale: Locale, nameOf: NameOf) {
  return {
    hearings: state.hearings.map((h) => ({
      heldAt: h.heldAt,
      notes: h.notes,
      recordedBy: nameOf(h.recordedBy),
    })),
    assessments: state.assessments.map((a) => ({
      confirmedAt: a.confirmedAt,
      row: a.proposal.row,
      rowLabel: assessmentResultLabel({ ...a.proposal, answers: a.answers }, locale),
      confirmedBy: nameOf(a.confirmedBy),
    })),
    careNotes: state.careNotes.map((n) => ({ at: n.at, text: n.text, author: nameOf(n.authorId) })),
  };
}

function readinessEvidence(condition: ReadinessCondition, locale: Locale): string[] {
  const t = dossierTexts[locale];
  switch (condition.id) {
    case "nuisanceDossier":
      return [t.evidence.letters(condition.letters.length), t.evidence.timeline(condition.timelineEntries)];
    case "agreementsBroken":
      return [
        t.evidence.breaches(condition.breaches.length),
        ...condition.breaches.map((b) => `${formatDateTime(b.recordedAt, locale)}: ${b.description}`),
      ];
    case "everythingPossibleDone": {
      const o = condition.outcomes;
      return [
        t.evidence.interventions(
          condition.interventionsOffered,
          o.unsuccessful,
          o.declinedByParticipant,
          o.pending,
        ),
      ];
    }
    default:
      return assertNever(condition);
  }
}

/** Actie 6: the three conditions the court looks for, with the evidence the case holds. */
export function dossierReadiness(state: CaseState, locale: Locale) {
  const readiness = courtReadiness(state);
  const conditions: DossierReadinessCondition[] = readiness.conditions.map((condition) => ({
    id: condition.id,
    met: condition.met,
    label: ladderTexts[locale].readiness[condition.id],
    evidence: readinessEvidence(condition, locale),
  }));
  return { ready: readiness.ready, conditions };
}
