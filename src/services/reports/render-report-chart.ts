/**
 * The report chart (SPEC §6 Reports) as SVG or PNG. Vega-Lite compiles the chart spec, Vega draws
 * it to SVG on the server (no canvas), and resvg turns the SVG into a PNG. The text is set in the
 * DejaVu Sans font shipped with the dejavu-fonts-ttf package, so the picture is the same on every
 * machine, including a container without any system fonts; nothing is fetched at run time.
 * The chat can attach the same picture to `/nabuur rapport` (renderReportChart).
 */
import { createRequire } from "node:module";
import type { Locale } from "../../flows/model.ts";
import type { ReportFigures } from "../../flows/reports/cooperation-report.ts";
import { CHART_FONT_FAMILY, reportChartSpec } from "../../flows/reports/report-chart-spec.ts";

export type ChartFormat = "svg" | "png";

export interface ChartFile {
  contentType: string;
  filename: string;
  body: Buffer;
}

const require = createRequire(import.meta.url);
const FONT_FILES = {
  regular: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"),
  bold: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"),
};

/** Sharper PNG for chat clients and high-density screens. */
const PNG_SCALE = 2;

/**
 * Vega estimates text widths without a canvas (0.8 em per character), which leaves gaps and cuts
 * labels short. Measure with the real font instead, so labels and the layout fit the drawn text.
 */
let measurer: PDFKit.PDFDocument | null = null;
/** pdfkit's document, loaded with the chart libraries below (it only measures text here). */
let PDFDocument: typeof import("pdfkit") | null = null;

function measureText(item: { fontSize?: number; fontWeight?: string | number }, text: unknown): number {
  const value = text == null ? "" : String(text);
  const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
  if (size <= 0 || value === "") return 0;
  if (measurer === null) {
    if (!PDFDocument) throw new Error("the chart libraries are not loaded");
    measurer = new PDFDocument({ autoFirstPage: false });
    measurer.registerFont("regular", FONT_FILES.regular);
    measurer.registerFont("bold", FONT_FILES.bold);
  }
  const weight = item.fontWeight;
  const bold = weight === "bold" || (typeof weight === "number" && weight >= 600);
  return measurer
    .font(bold ? "bold" : "regular")
    .fontSize(size)
    .widthOfString(value);
}

/**
 * Vega, Vega-Lite, resvg and pdfkit are loaded on the first chart, not when the server starts: most
 * processes never draw one.
 */
let libraries: Promise<{
  vega: typeof import("vega");
  compile: typeof import("vega-lite").compile;
  Resvg: typeof import("@resvg/resvg-js").Resvg;
}> | null = null;

function loadLibraries() {
  libraries ??= Promise.all([
    import("vega"),
    import("vega-lite"),
    import("@resvg/resvg-js"),
    import("pdfkit"),
  ]).then(([vega, vegaLite, resvg, pdfkit]) => {
    PDFDocument = pdfkit.default;
    (vega as unknown as { textMetrics: { width: typeof measureText } }).textMetrics.width = measureText;
    return { vega, compile: vegaLite.compile, Resvg: resvg.Resvg };
  });
  return libraries;
}

/** The chart as an SVG document (text as text, in DejaVu Sans or the viewer's sans-serif). */
async function renderReportChartSvg(figures: ReportFigures, locale: Locale): Promise<string> {
  const { vega, compile } = await loadLibraries();
  const { spec } = compile(reportChartSpec(figures, locale));
  // Inline data only: the loader refuses anything that would reach the network or the disk.
  const loader = vega.loader();
  loader.load = () => Promise.reject(new Error("the report chart loads no external data"));
  const view = new vega.View(vega.parse(spec), { renderer: "none", loader });
  try {
    const svg = await view.toSVG();
    return svg.replaceAll(
      `font-family="${CHART_FONT_FAMILY}"`,
      `font-family="${CHART_FONT_FAMILY}, sans-serif"`,
    );
  } finally {
    view.finalize();
  }
}

/** The chart as a PNG, drawn with the shipped font only (system fonts are not consulted). */
async function renderReportChartPng(figures: ReportFigures, locale: Locale): Promise<Buffer> {
  const svg = await renderReportChartSvg(figures, locale);
  const { Resvg } = await loadLibraries();
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: PNG_SCALE },
    background: "#ffffff",
    font: {
      loadSystemFonts: false,
      fontFiles: [FONT_FILES.regular, FONT_FILES.bold],
      defaultFontFamily: CHART_FONT_FAMILY,
      sansSerifFamily: CHART_FONT_FAMILY,
    },
  });
  return resvg.render().asPng();
}

/** The chart as a file to send: over the API, or attached to a chat message. */
export async function renderReportChart(
  figures: ReportFigures,
  locale: Locale,
  format: ChartFormat,
): Promise<ChartFile> {
  const name = figures.period ? `rapportage-${figures.period.from}-${figures.period.to}` : "rapportage";
  if (format === "svg") {
    return {
      contentType: "image/svg+xml; charset=utf-8",
      filename: `${name}.svg`,
      body: Buffer.from(await renderReportChartSvg(figures, locale), "utf8"),
    };
  }
  return {
    contentType: "image/png",
    filename: `${name}.png`,
    body: await renderReportChartPng(figures, locale),
  };
}
