/**
 * GET /reports?from=YYYY-MM-DD&to=YYYY-MM-DD — the guideline's figures (SPEC §6 Reports) over the
 * key's own landlord's participants and cases for a period: JSON by default, the chart with
 * `Accept: image/png` or `image/svg+xml`.
 * GET /reports/chart.png, GET /reports/chart.svg — the same figures as a chart.
 * The figures come from the same computation as `/nabuur rapport` in the chat.
 */
import type { Request, Response, Router } from "express";
import type { Locale } from "../../flows/model.ts";
import { GUIDELINE_REFERENCE, type ReportFigures } from "../../flows/reports/cooperation-report.ts";
import { type ReportPeriod, reportPeriod } from "../../flows/reports/report-period.ts";
import { reportTexts } from "../../flows/reports/texts.ts";
import { guidelineReport } from "../../services/reports/guideline-report.ts";
import { type ChartFormat, renderReportChart } from "../../services/reports/render-report-chart.ts";
import type { ServiceRuntime } from "../../services/runtime.ts";
import { principalOf } from "../auth.ts";
import { localeOf } from "../locale.ts";
import { type ReportBody, reportQuerySchema } from "../schemas.ts";
import { validateQuery } from "../validation.ts";

function share(count: number, of: number) {
  return { count, of, share: of === 0 ? null : Math.round((10_000 * count) / of) / 10_000 };
}

function reportBody(figures: ReportFigures, period: ReportPeriod, locale: Locale): ReportBody {
  const f = figures;
  return {
    period: { from: period.from, to: period.to },
    participants: f.participants,
    withoutComplaints: share(f.withoutComplaints, f.participants),
    occasional: share(f.occasional, f.participants),
    seriousOrPersistent: share(f.seriousOrPersistent, f.participants),
    startedWithin24h: share(f.startedWithin24h, f.casesToStart),
    resolvedWithin3Months: share(f.resolvedWithin3Months, f.casesToResolve),
    signalsSharedWithin48h: share(f.sharedWithin48h, f.signalsToShare),
    rehousings: f.rehousings,
    complainantsUpdated: share(f.complainantsUpdated, f.casesToUpdateComplainants),
    complainantUpdates: {
      ...f.complainantUpdates,
      labels: {
        done: reportTexts[locale].complainantUpdates.done,
        planned: reportTexts[locale].complainantUpdates.planned,
        overdue: reportTexts[locale].complainantUpdates.overdue,
      },
    },
    guidelineReference: GUIDELINE_REFERENCE,
    labels: reportTexts[locale].figures,
  };
}

export function registerReportRoutes(router: Router, runtime: ServiceRuntime): void {
  const figuresFor = async (req: Request, res: Response) => {
    const principal = principalOf(res);
    const query = validateQuery(reportQuerySchema, req.query, localeOf(req), (v) =>
      v.from && v.to && v.from > v.to ? [{ field: "to", problem: "periodOrder" }] : [],
    );
    const period = reportPeriod(query.from, query.to);
    // A landlord's key sees its own landlord's participants only.
    return { period, figures: await guidelineReport(runtime, [principal.organisationId], period) };
  };

  const sendChart = async (req: Request, res: Response, figures: ReportFigures, format: ChartFormat) => {
    const file = await renderReportChart(figures, localeOf(req), format);
    res.set("Content-Type", file.contentType);
    res.set("Content-Disposition", `inline; filename="${file.filename}"`);
    res.set("Cache-Control", "no-store");
    res.status(200).send(file.body);
  };

  router.get("/reports", async (req: Request, res: Response) => {
    const { period, figures } = await figuresFor(req, res);
    res.vary("Accept");
    switch (req.accepts(["application/json", "image/png", "image/svg+xml"])) {
      case "image/png":
        return sendChart(req, res, figures, "png");
      case "image/svg+xml":
        return sendChart(req, res, figures, "svg");
      default:
        res.set("Cache-Control", "no-store");
        res.json(reportBody(figures, period, localeOf(req)));
    }
  });
  router.get("/reports/chart.png", async (req: Request, res: Response) =>
    sendChart(req, res, (await figuresFor(req, res)).figures, "png"),
  );
  router.get("/reports/chart.svg", async (req: Request, res: Response) =>
    sendChart(req, res, (await figuresFor(req, res)).figures, "svg"),
  );
}
