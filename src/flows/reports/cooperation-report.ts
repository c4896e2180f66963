/**
 * The figures the guideline cites and the parties track (SPEC §6 Reports): how many participants
 * cause no, occasional, or serious/persistent nuisance (the guideline cites 92.2% / 6% / 1.7%), how
 * many complaints were started within 24 hours (Actie 1), how many cases were resolved within three
 * months (Termijnen), and how many rehousings there were (Interventie 3).
 */
import { TZDate } from "@date-fns/tz";
import { addMonths } from "date-fns";
import type { Card } from "../cards/card.ts";
import type { CaseState } from "../cases/state.ts";
import type { Locale } from "../model.ts";

const DAY = 24 * 3600_000;

export interface ReportFigures {
  participants: number;
  withoutComplaints: number;
  occasional: number;
  seriousOrPersistent: number;
  casesStarted: number;
  startedWithin24h: number;
  casesResolved: number;
  resolvedWithin3Months: number;
  rehousings: number;
}

/** A participant's nuisance is serious or persistent from three counting complaints or Actie 4 on. */
function isSerious(cases: CaseState[]): boolean {
  const counting = cases
    .flatMap((state) => state.complaints)
    .filter((complaint) => complaint.countsTowardsEscalation);
  const laterSteps = new Set(["actie4", "actie5", "actie6"]);
  return (
    counting.length >= 3 ||
    cases.some((state) => state.ladder.current !== null && laterSteps.has(state.ladder.current))
  );
}

export function computeReport(participantIds: string[], cases: CaseState[]): ReportFigures {
  const nuisance = cases.filter((state) => state.kind === "nuisance");
  const byParticipant = new Map<string, CaseState[]>();
  for (const state of nuisance)
    byParticipant.set(state.participantId, [...(byParticipant.get(state.participantId) ?? []), state]);
  let withoutComplaints = 0;
  let occasional = 0;
  let seriousOrPersistent = 0;
  for (const id of participantIds) {
    const own = (byParticipant.get(id) ?? []).filter((state) =>
      state.complaints.some((complaint) => complaint.countsTowardsEscalation),
    );
    if (own.length === 0) withoutComplaints++;
    else if (isSerious(own)) seriousOrPersistent++;
    else occasional++;
  }
  const started = nuisance.filter((state) => state.startedAt !== null);
  const startedWithin24h = started.filter((state) => {
    const received = Date.parse(state.complaints[0]?.receivedAt ?? state.openedAt);
    return Date.parse(state.startedAt!) - received <= DAY;
  }).length;
  const resolved = nuisance.filter(
    (state) => state.resolvedAt !== null || (state.closure !== null && state.closure.reason === "resolved"),
  );
  const resolvedWithin3Months = resolved.filter((state) => {
    const end = Date.parse(state.resolvedAt ?? state.closure!.closedAt);
    const limit = addMonths(new TZDate(Date.parse(state.openedAt), "Europe/Amsterdam"), 3).getTime();
    return end <= limit;
  }).length;
  const rehousings = cases
    .flatMap((state) => state.ladder.interventions)
    .filter(
      (intervention) =>
        intervention.detail.kind === "rehousing" && intervention.detail.participantDecision === "accepted",
    ).length;
  return {
    participants: participantIds.length,
    withoutComplaints,
    occasional,
    seriousOrPersistent,
    casesStarted: started.length,
    startedWithin24h,
    casesResolved: resolved.length,
    resolvedWithin3Months,
    rehousings,
  };
}

function percent(part: number, whole: number, locale: Locale): string {
  if (whole === 0) return "–";
  return `${((100 * part) / whole).toLocaleString(locale === "nl" ? "nl-NL" : "en-GB", { maximumFractionDigits: 1 })}%`;
}

export function renderReportCard(figures: ReportFigures, locale: Locale): Card {
  const nl = locale === "nl";
  const f = figures;
  const p = (part: number, whole: number) => `${part} (${percent(part, whole, locale)})`;
  return {
    summary: nl ? "Nabuur-rapportage" : "Nabuur report",
    blocks: [
      { type: "header", text: nl ? "Rapportage overlast" : "Nuisance report" },
      {
        type: "fields",
        fields: [
          { label: nl ? "Deelnemers" : "Participants", value: String(f.participants) },
          {
            label: nl ? "Geen overlastmeldingen" : "No complaints",
            value: p(f.withoutComplaints, f.participants),
          },
          { label: nl ? "Wel eens overlast" : "Occasional nuisance", value: p(f.occasional, f.participants) },
          {
            label: nl ? "Ernstig of aanhoudend" : "Serious or persistent",
            value: p(f.seriousOrPersistent, f.participants),
          },
          {
            label: nl ? "Binnen 24 uur gestart (Actie 1)" : "Started within 24 h (Actie 1)",
            value: p(f.startedWithin24h, f.casesStarted),
          },
          {
            label: nl ? "Binnen 3 maanden verholpen" : "Resolved within 3 months",
            value: p(f.resolvedWithin3Months, f.casesResolved),
          },
          {
            label: nl ? "Herplaatsingen (Interventie 3)" : "Rehousings (Interventie 3)",
            value: String(f.rehousings),
          },
        ],
      },
      {
        type: "context",
        text: nl
          ? "Ter vergelijking, uit de richtlijn: 92,2% geen overlast, 6% wel eens, 1,7% ernstig of aanhoudend. Meldingen van de deelnemer zelf en ten onrechte toegeschreven klachten tellen niet mee."
          : "For comparison, from the guideline: 92.2% no nuisance, 6% occasional, 1.7% serious or persistent. The participant's own reports and wrongly attributed complaints do not count.",
      },
    ],
  };
}
