/**
 * The names of the report's figures, Dutch and English, shared by the chat card, the API and the
 * chart so that each figure is called the same everywhere.
 */
import { formatLongDate } from "../format.ts";
import type { Locale } from "../model.ts";

export type ShareFigure =
  | "withoutComplaints"
  | "occasional"
  | "seriousOrPersistent"
  | "startedWithin24h"
  | "resolvedWithin3Months"
  | "signalsSharedWithin48h";

export interface ReportTexts {
  title: string;
  participants: string;
  rehousings: string;
  complainantsUpdated: string;
  /** Termijnen: the landlord's updates to the complainants, done, planned and overdue. */
  complainantUpdates: {
    label: string;
    value: (counts: { done: number; planned: number; overdue: number }) => string;
    done: string;
    planned: string;
    overdue: string;
  };
  figures: Record<ShareFigure, string>;
  /** "3 of 4" under a share. */
  partOf: (part: number, whole: number) => string;
  /** Shown instead of a share that has nothing to count yet. */
  nothingToCount: string;
  period: (from: string, to: string) => string;
  allTime: string;
  guidelineNote: string;
  chartReferenceNote: string;
}

const nl: ReportTexts = {
  title: "Rapportage overlast",
  participants: "Deelnemers",
  rehousings: "Herplaatsingen (Interventie 3)",
  complainantsUpdated: "Klagers bijgepraat (Termijnen)",
  complainantUpdates: {
    label: "Updates aan klagers (Termijnen)",
    value: ({ done, planned, overdue }) => `${done} afgerond · ${planned} gepland · ${overdue} te laat`,
    done: "Updates aan klagers afgerond in de periode",
    planned: "Updates aan klagers gepland",
    overdue: "Updates aan klagers te laat",
  },
  figures: {
    withoutComplaints: "Geen overlastmeldingen",
    occasional: "Wel eens overlast",
    seriousOrPersistent: "Ernstig of aanhoudend",
    startedWithin24h: "Binnen 24 uur gestart (Actie 1)",
    resolvedWithin3Months: "Binnen 3 maanden verholpen",
    signalsSharedWithin48h: "Signalen binnen 48 uur gedeeld",
  },
  partOf: (part, whole) => `${part} van ${whole}`,
  nothingToCount: "nog niets te tellen",
  period: (from, to) => `${from} t/m ${to}`,
  allTime: "Alle gegevens tot nu",
  guidelineNote:
    "Ter vergelijking, uit de richtlijn: 92,2% geen overlast, 6% wel eens, 1,7% ernstig of aanhoudend. Meldingen van de deelnemer zelf en ten onrechte toegeschreven klachten tellen niet mee.",
  chartReferenceNote: "Zwart streepje: het cijfer uit de richtlijn (92,2% / 6% / 1,7%)",
};

const en: ReportTexts = {
  title: "Nuisance report",
  participants: "Participants",
  rehousings: "Rehousings (Interventie 3)",
  complainantsUpdated: "Complainants updated (Termijnen)",
  complainantUpdates: {
    label: "Updates to complainants (Termijnen)",
    value: ({ done, planned, overdue }) => `${done} done · ${planned} planned · ${overdue} overdue`,
    done: "Updates to complainants done in the period",
    planned: "Updates to complainants planned",
    overdue: "Updates to complainants overdue",
  },
  figures: {
    withoutComplaints: "No complaints",
    occasional: "Occasional nuisance",
    seriousOrPersistent: "Serious or persistent",
    startedWithin24h: "Started within 24 h (Actie 1)",
    resolvedWithin3Months: "Resolved within 3 months",
    signalsSharedWithin48h: "Signals shared within 48 h",
  },
  partOf: (part, whole) => `${part} of ${whole}`,
  nothingToCount: "nothing to count yet",
  period: (from, to) => `${from} to ${to}`,
  allTime: "All data until now",
  guidelineNote:
    "For comparison, from the guideline: 92.2% no nuisance, 6% occasional, 1.7% serious or persistent. The participant's own reports and wrongly attributed complaints do not count.",
  chartReferenceNote: "Black tick: the guideline's figure (92.2% / 6% / 1.7%)",
};

export const reportTexts: Record<Locale, ReportTexts> = { nl, en };

/** A percentage as people read it in their language: "92,2%" or "92.2%"; "–" when nothing counts. */
export function formatPercent(part: number, whole: number, locale: Locale): string {
  if (whole === 0) return "–";
  const value = ((100 * part) / whole).toLocaleString(locale === "nl" ? "nl-NL" : "en-GB", {
    maximumFractionDigits: 1,
  });
  return `${value}%`;
}

/** A calendar date ("2026-03-31") as a report writes it, like a letter: "31 maart 2026" / "31 March 2026". */
export function formatDate(date: string, locale: Locale): string {
  return formatLongDate(`${date}T12:00:00Z`, locale);
}
