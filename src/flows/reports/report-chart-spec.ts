/**
 * The report as a picture, for the people who would rather look than read: one bar per share of
 * the guideline's figures (SPEC §6 Reports), the guideline's own 92.2% / 6% / 1.7% marked beside
 * the first three. Plain data: a Vega-Lite specification that services/reports renders to SVG/PNG.
 */
import type { TopLevelSpec } from "vega-lite";
import type { Locale } from "../model.ts";
import { GUIDELINE_REFERENCE, type ReportFigures } from "./cooperation-report.ts";
import { formatDate, formatPercent, reportTexts, type ShareFigure } from "./texts.ts";

/** The font the chart is drawn with; services/reports ships it, so no system font is needed. */
export const CHART_FONT_FAMILY = "DejaVu Sans";

const NUISANCE_COLOURS = {
  withoutComplaints: "#2e7d32",
  occasional: "#f9a825",
  seriousOrPersistent: "#c62828",
};
const PROCEDURE_COLOUR = "#1565c0";

interface ChartRow {
  figure: ShareFigure;
  label: string;
  /** 0–100; null when there is nothing to count yet. */
  percent: number | null;
  /** "75% (3 van 4)". */
  value: string;
  colour: string;
  /** The guideline's figure in percent, for the three nuisance shares. */
  reference: number | null;
}

function reportChartRows(figures: ReportFigures, locale: Locale): ChartRow[] {
  const t = reportTexts[locale];
  const f = figures;
  const row = (
    figure: ShareFigure,
    part: number,
    whole: number,
    colour: string,
    reference: number | null,
  ) => ({
    figure,
    label: t.figures[figure],
    percent: whole === 0 ? null : Math.round((1000 * part) / whole) / 10,
    value:
      whole === 0
        ? `– (${t.nothingToCount})`
        : `${formatPercent(part, whole, locale)} (${t.partOf(part, whole)})`,
    colour,
    reference: reference === null ? null : Math.round(reference * 1000) / 10,
  });
  return [
    row(
      "withoutComplaints",
      f.withoutComplaints,
      f.participants,
      NUISANCE_COLOURS.withoutComplaints,
      GUIDELINE_REFERENCE.withoutComplaints,
    ),
    row(
      "occasional",
      f.occasional,
      f.participants,
      NUISANCE_COLOURS.occasional,
      GUIDELINE_REFERENCE.occasional,
    ),
    row(
      "seriousOrPersistent",
      f.seriousOrPersistent,
      f.participants,
      NUISANCE_COLOURS.seriousOrPersistent,
      GUIDELINE_REFERENCE.seriousOrPersistent,
    ),
    row("startedWithin24h", f.startedWithin24h, f.casesToStart, PROCEDURE_COLOUR, null),
    row("resolvedWithin3Months", f.resolvedWithin3Months, f.casesToResolve, PROCEDURE_COLOUR, null),
    row("signalsSharedWithin48h", f.sharedWithin48h, f.signalsToShare, PROCEDURE_COLOUR, null),
  ];
}

/** A horizontal bar chart of the shares, with the period, participants and rehousings above it. */
export function reportChartSpec(figures: ReportFigures, locale: Locale): TopLevelSpec {
  const t = reportTexts[locale];
  const when = figures.period
    ? t.period(formatDate(figures.period.from, locale), formatDate(figures.period.to, locale))
    : t.allTime;
  const y = { field: "label", type: "nominal" as const, sort: null, title: null };
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: {
      text: t.title,
      subtitle: [
        when,
        `${t.participants}: ${figures.participants} · ${t.rehousings}: ${figures.rehousings}`,
        t.chartReferenceNote,
      ],
      anchor: "start",
      fontSize: 18,
      subtitleFontSize: 12,
      subtitlePadding: 6,
      offset: 14,
    },
    width: 360,
    height: { step: 34 },
    background: "#ffffff",
    padding: 16,
    data: { values: reportChartRows(figures, locale) as unknown as Record<string, unknown>[] },
    encoding: { y },
    layer: [
      {
        transform: [{ filter: "datum.percent !== null" }],
        mark: { type: "bar", cornerRadiusEnd: 3, height: { band: 0.7 } },
        encoding: {
          x: {
            field: "percent",
            type: "quantitative",
            scale: { domain: [0, 100] },
            axis: { title: null, values: [0, 25, 50, 75, 100], labelExpr: "datum.value + '%'" },
          },
          color: { field: "colour", type: "nominal", scale: null },
        },
      },
      {
        transform: [{ filter: "datum.reference !== null" }],
        mark: { type: "tick", color: "#000000", opacity: 1, thickness: 3, size: 30 },
        encoding: { x: { field: "reference", type: "quantitative" } },
      },
      {
        mark: { type: "text", align: "left", baseline: "middle", dx: 8, fontSize: 12, color: "#222222" },
        encoding: { x: { datum: 100 }, text: { field: "value" } },
      },
    ],
    config: {
      font: CHART_FONT_FAMILY,
      view: { stroke: null },
      axis: { labelFontSize: 12, labelLimit: 260, labelColor: "#222222", domainColor: "#888888" },
      axisX: { grid: true, gridColor: "#e5e5e5" },
      title: { color: "#111111", subtitleColor: "#444444" },
    },
  };
}
