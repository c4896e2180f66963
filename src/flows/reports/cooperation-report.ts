/**
 * The figures the guideline cites and the parties track (SPEC §6 Reports): how many participants
 * cause no, occasional, or serious/persistent nuisance (the guideline cites 92.2% / 6% / 1.7%), how
 * many complaints were started within 24 hours (Actie 1), how many cases were resolved within three
 * months (Termijnen), how many signals were shared within 48 hours (Signalering) and how many
 * rehousings there were (Interventie 3).
 *
 * One computation serves the chat command (`/nabuur rapport`), the intake API's GET /reports and
 * the report chart. Over a period, each figure counts what started in it: complaints received,
 * cases opened, signals observed, rehousings accepted.
 */
import { TZDate } from "@date-fns/tz";
import { addMonths } from "date-fns/addMonths";
import { AMSTERDAM_TIME_ZONE } from "../calendar/amsterdam.ts";
import type { Card } from "../cards/card.ts";
import type { CaseState, Complaint } from "../cases/state.ts";
import type { Locale } from "../model.ts";
import type { SignalState } from "../signals/model.ts";
import type { ReportPeriod } from "./report-period.ts";
import { formatDate, formatPercent, reportTexts } from "./texts.ts";

const DAY = 24 * 3600_000;

/** The guideline's own figures for comparison (Richtlijn overlast, inleiding). */
export const GUIDELINE_REFERENCE = { withoutComplaints: 0.922, occasional: 0.06, seriousOrPersistent: 0.017 };

export interface ReportFigures {
  /** null: everything until now. */
  period: ReportPeriod | null;
  /** Participants registered before the period ended. */
  participants: number;
  withoutComplaints: number;
  occasional: number;
  seriousOrPersistent: number;
  /** Nuisance cases opened in the period that were started, or whose 24 hours have passed. */
  casesToStart: number;
  startedWithin24h: number;
  /** Nuisance cases opened in the period that were resolved, or whose three months have passed. */
  casesToResolve: number;
  resolvedWithin3Months: number;
  /** Signals observed in the period that another side had to receive, and were received or overdue. */
  signalsToShare: number;
  sharedWithin48h: number;
  /** Rehousings the participant accepted in the period. */
  rehousings: number;
  /**
   * Termijnen ("merkbaar, ook voor de klagers"): nuisance cases opened in the period whose first
   * update to the complainants is recorded or due, and those with at least one update recorded.
   */
  casesToUpdateComplainants: number;
  complainantsUpdated: number;
  /**
   * Termijnen (`team.complainant.update`): the landlord's updates to the complainants — done:
   * recorded in the period; planned and overdue: the next update of each open nuisance case as the
   * report is made, not yet due or past due.
   */
  complainantUpdates: { done: number; planned: number; overdue: number };
}

interface ReportParticipant {
  participantId: string;
  registeredAt: Date;
}

export interface ReportScope {
  participants: ReportParticipant[];
  cases: CaseState[];
  signals: SignalState[];
}

function within(period: ReportPeriod | null, instant: string | Date): boolean {
  if (period === null) return true;
  const time = typeof instant === "string" ? Date.parse(instant) : instant.getTime();
  return time >= period.start.getTime() && time < period.end.getTime();
}

function receivedAt(state: CaseState): string {
  return state.complaints[0]?.receivedAt ?? state.openedAt;
}

/**
 * A participant's nuisance is serious or persistent from three counting complaints, or when one of
 * their cases reached Actie 4 or later (second warning letter, summons, court).
 */
function isSerious(counting: Complaint[], cases: CaseState[], period: ReportPeriod | null): boolean {
  const laterSteps = new Set(["actie4", "actie5", "actie6"]);
  return (
    counting.length >= 3 ||
    cases.some((state) =>
      state.ladder.steps.some(
        (taken) =>
          laterSteps.has(taken.step) && (period === null || Date.parse(taken.takenAt) < period.end.getTime()),
      ),
    )
  );
}

/** No, occasional, or serious or persistent nuisance: only complaints that count (justified, not wrongly attributed). */
function classifyParticipants(scope: ReportScope, period: ReportPeriod | null) {
  const byParticipant = new Map<string, CaseState[]>();
  for (const state of scope.cases) {
    if (state.kind !== "nuisance") continue;
    byParticipant.set(state.participantId, [...(byParticipant.get(state.participantId) ?? []), state]);
  }
  const counts = { participants: 0, withoutComplaints: 0, occasional: 0, seriousOrPersistent: 0 };
  for (const participant of scope.participants) {
    if (period !== null && participant.registeredAt.getTime() >= period.end.getTime()) continue;
    counts.participants++;
    const cases = byParticipant.get(participant.participantId) ?? [];
    const counting = cases.flatMap((state) =>
      state.complaints.filter((c) => c.countsTowardsEscalation && within(period, c.receivedAt)),
    );
    if (counting.length === 0) counts.withoutComplaints++;
    else if (
      isSerious(
        counting,
        cases.filter((state) => state.complaints.some((c) => counting.includes(c))),
        period,
      )
    )
      counts.seriousOrPersistent++;
    else counts.occasional++;
  }
  return counts;
}

/** Actie 1: the team starts within 24 hours of the complaint reaching it. */
function startFigures(nuisance: CaseState[], now: Date) {
  let casesToStart = 0;
  let startedWithin24h = 0;
  for (const state of nuisance) {
    const due = Date.parse(receivedAt(state)) + DAY;
    if (state.startedAt === null) {
      // Closed before it was started (e.g. wrongly attributed): nothing to start.
      if (state.closure !== null || now.getTime() <= due) continue;
      casesToStart++;
      continue;
    }
    casesToStart++;
    if (Date.parse(state.startedAt) <= due) startedWithin24h++;
  }
  return { casesToStart, startedWithin24h };
}

/** Termijnen: a case is resolved within three months of its opening. */
function resolutionFigures(nuisance: CaseState[], now: Date) {
  let casesToResolve = 0;
  let resolvedWithin3Months = 0;
  for (const state of nuisance) {
    const limit = addMonths(new TZDate(Date.parse(state.openedAt), AMSTERDAM_TIME_ZONE), 3).getTime();
    const resolved =
      state.resolvedAt ?? (state.closure?.reason === "resolved" ? state.closure.closedAt : null);
    if (resolved === null) {
      // Closed for another reason, or still within its three months: not counted either way.
      if (state.closure !== null || now.getTime() <= limit) continue;
      casesToResolve++;
      continue;
    }
    casesToResolve++;
    if (Date.parse(resolved) <= limit) resolvedWithin3Months++;
  }
  return { casesToResolve, resolvedWithin3Months };
}

/**
 * Signalering: the directly cooperating parties share signals within 48 hours. A signal counts once
 * each side that had to receive it did, or once a side's deadline passed without it.
 */
function signalFigures(signals: SignalState[], period: ReportPeriod | null, now: Date) {
  let signalsToShare = 0;
  let sharedWithin48h = 0;
  for (const signal of signals) {
    if (signal.acknowledgements.length === 0 || !within(period, signal.observedAt)) continue;
    const late = signal.acknowledgements.some((ack) =>
      ack.acknowledgedAt === null
        ? ack.dueAt.getTime() < now.getTime()
        : ack.acknowledgedAt.getTime() > ack.dueAt.getTime(),
    );
    const received = signal.acknowledgements.every((ack) => ack.acknowledgedAt !== null);
    if (late) signalsToShare++;
    else if (received) {
      signalsToShare++;
      sharedWithin48h++;
    }
  }
  return { signalsToShare, sharedWithin48h };
}

/**
 * Termijnen: the landlord updates the complainants regularly. A case counts once it has an update
 * or has been open longer than ten working days' worth of calendar time (two weeks).
 */
function complainantUpdateFigures(nuisance: CaseState[], now: Date) {
  let casesToUpdateComplainants = 0;
  let complainantsUpdated = 0;
  for (const state of nuisance) {
    const updated = (state.complainantUpdates?.length ?? 0) > 0;
    if (updated) {
      casesToUpdateComplainants++;
      complainantsUpdated++;
    } else if (now.getTime() - Date.parse(state.openedAt) > 14 * DAY && state.closure === null) {
      casesToUpdateComplainants++;
    }
  }
  return { casesToUpdateComplainants, complainantsUpdated };
}

/** Termijnen: the landlord's updates to the complainants, done in the period, planned and overdue now. */
function complainantUpdateCounts(cases: CaseState[], period: ReportPeriod | null, now: Date) {
  const counts = { done: 0, planned: 0, overdue: 0 };
  for (const state of cases) {
    if (state.kind !== "nuisance") continue;
    counts.done += (state.complainantUpdates ?? []).filter((update) => within(period, update.at)).length;
    if (state.status !== "open") continue;
    for (const deadline of state.deadlines) {
      if (deadline.rule !== "team.complainant.update") continue;
      if (Date.parse(deadline.dueAt) < now.getTime()) counts.overdue++;
      else counts.planned++;
    }
  }
  return counts;
}

/** Interventie 3: rehousing happens only by the participant's own choice; accepted ones count. */
function countRehousings(cases: CaseState[], period: ReportPeriod | null): number {
  return cases
    .flatMap((state) => state.ladder.interventions)
    .filter(
      (intervention) =>
        intervention.detail.kind === "rehousing" &&
        intervention.detail.participantDecision === "accepted" &&
        within(period, intervention.outcomeAt ?? intervention.offeredAt),
    ).length;
}

export function computeReport(
  scope: ReportScope,
  options: { period: ReportPeriod | null; now: Date },
): ReportFigures {
  const { period, now } = options;
  const nuisance = scope.cases.filter(
    (state) => state.kind === "nuisance" && within(period, receivedAt(state)),
  );
  return {
    period,
    ...classifyParticipants(scope, period),
    ...startFigures(nuisance, now),
    ...resolutionFigures(nuisance, now),
    ...signalFigures(scope.signals, period, now),
    rehousings: countRehousings(scope.cases, period),
    ...complainantUpdateFigures(nuisance, now),
    complainantUpdates: complainantUpdateCounts(scope.cases, period, now),
  };
}

/** The figures as a card for the chat (`/nabuur rapport`). */
export function renderReportCard(figures: ReportFigures, locale: Locale): Card {
  const t = reportTexts[locale];
  const f = figures;
  const p = (part: number, whole: number) => `${part} (${formatPercent(part, whole, locale)})`;
  const when = f.period
    ? t.period(formatDate(f.period.from, locale), formatDate(f.period.to, locale))
    : t.allTime;
  return {
    summary: locale === "nl" ? "Nabuur-rapportage" : "Nabuur report",
    blocks: [
      { type: "header", text: t.title },
      { type: "context", text: when },
      {
        type: "fields",
        fields: [
          { label: t.participants, value: String(f.participants) },
          { label: t.figures.withoutComplaints, value: p(f.withoutComplaints, f.participants) },
          { label: t.figures.occasional, value: p(f.occasional, f.participants) },
          { label: t.figures.seriousOrPersistent, value: p(f.seriousOrPersistent, f.participants) },
          { label: t.figures.startedWithin24h, value: p(f.startedWithin24h, f.casesToStart) },
          { label: t.figures.resolvedWithin3Months, value: p(f.resolvedWithin3Months, f.casesToResolve) },
          { label: t.figures.signalsSharedWithin48h, value: p(f.sharedWithin48h, f.signalsToShare) },
          { label: t.rehousings, value: String(f.rehousings) },
          { label: t.complainantsUpdated, value: p(f.complainantsUpdated, f.casesToUpdateComplainants) },
          { label: t.complainantUpdates.label, value: t.complainantUpdates.value(f.complainantUpdates) },
        ],
      },
      { type: "context", text: t.guidelineNote },
    ],
  };
}
