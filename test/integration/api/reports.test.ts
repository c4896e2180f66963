/**
 * GET /reports: the guideline's figures (SPEC §6 Reports) over the key's own landlord's
 * participants for a period, as JSON and as a chart (PNG, SVG) in Dutch or English. The PNG is
 * drawn with the font the package ships (system fonts are never consulted), so its text must show.
 */
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ComplaintCreated, ReportBody, SignalCreated } from "../../../src/api/schemas.ts";
import { reportPeriod } from "../../../src/flows/reports/report-period.ts";
import { handleCaseEvent } from "../../../src/services/case-service.ts";
import { guidelineReport } from "../../../src/services/reports/guideline-report.ts";
import { handleSignalEvent } from "../../../src/services/signal-service.ts";
import { TEST_DATABASE_KINDS } from "../../helpers/databases.ts";
import {
  type ApiHarness,
  type ApiKeyForTest,
  complaintBody,
  readError,
  readJson,
  startApiHarness,
} from "./api-harness.ts";

const NOVEMBER = "from=2026-11-01&to=2026-11-30";
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Dark pixels (text, axis labels) in the rows from `top` to `bottom` (fractions of the height). */
function darkPixels(png: PNG, top: number, bottom: number): number {
  let dark = 0;
  for (let y = Math.floor(png.height * top); y < Math.floor(png.height * bottom); y++) {
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      if (png.data[i]! < 100 && png.data[i + 1]! < 100 && png.data[i + 2]! < 100) dark++;
    }
  }
  return dark;
}

describe.each(TEST_DATABASE_KINDS)("GET /reports on %s", (kind) => {
  let h: ApiHarness;
  let key: ApiKeyForTest;
  let otherKey: ApiKeyForTest;

  beforeAll(async () => {
    h = await startApiHarness(kind);
    key = await h.newKey();
    otherKey = await h.newKey(h.world.otherLandlord.id, "other");
    // The landlord's participant HF-007: a justified complaint, started the same morning.
    const filed = await readJson<ComplaintCreated>(
      await h.call("/complaints", { key: key.token, json: complaintBody() }),
    );
    const { id: caseId } = await h.prisma.case.findFirstOrThrow({
      where: { number: Number(filed.caseNumber) },
    });
    const worker = h.world.actor(h.world.worker);
    await handleCaseEvent(h.runtime, caseId, {
      type: "caseStarted",
      actor: worker,
      approach: "Gesprek vandaag",
    });
    for (const answer of [
      { question: "behaviour", value: "unconscious" },
      { question: "justifiedByParticipant", value: true },
      { question: "justifiedByWorker", value: true },
    ] as const) {
      await handleCaseEvent(h.runtime, caseId, { type: "assessmentAnswered", actor: worker, answer });
    }
    await handleCaseEvent(h.runtime, caseId, { type: "assessmentConfirmed", actor: worker, history: [] });
    // A signal the care team received in time.
    const signal = await readJson<SignalCreated>(
      await h.call("/signals", {
        key: key.token,
        json: {
          participant: "HF-007",
          kind: "nuisanceSign",
          description: "Buren horen 's nachts geschreeuw.",
          observedAt: "2026-11-23T08:00:00+01:00",
        },
      }),
    );
    await handleSignalEvent(h.runtime, signal.signalId, { type: "acknowledged", actor: worker });
    // The other landlord's participant HF-042: a complaint nobody started.
    await h.call("/complaints", {
      key: otherKey.token,
      json: complaintBody({ participant: "HF-042" }),
    });
    h.clock.advance(3 * 24 * 3600_000);
  });
  afterAll(() => h.stop());

  it("JSON by default: the guideline's figures over the landlord's own participants", async () => {
    const response = await h.call(`/reports?${NOVEMBER}`, { key: key.token });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await readJson<ReportBody>(response);
    expect(body).toMatchObject({
      period: { from: "2026-11-01", to: "2026-11-30" },
      participants: 1,
      withoutComplaints: { count: 0, of: 1, share: 0 },
      occasional: { count: 1, of: 1, share: 1 },
      seriousOrPersistent: { count: 0, of: 1, share: 0 },
      startedWithin24h: { count: 1, of: 1, share: 1 },
      resolvedWithin3Months: { count: 0, of: 0, share: null },
      signalsSharedWithin48h: { count: 1, of: 1, share: 1 },
      rehousings: 0,
      guidelineReference: { withoutComplaints: 0.922, occasional: 0.06, seriousOrPersistent: 0.017 },
    });
    expect(body.labels.withoutComplaints).toBe("Geen overlastmeldingen");
  });

  it("the figures are those of the chat's /nabuur rapport (one computation)", async () => {
    const body = await readJson<ReportBody>(await h.call(`/reports?${NOVEMBER}`, { key: key.token }));
    const figures = await guidelineReport(
      h.runtime,
      [h.world.landlord.id],
      reportPeriod("2026-11-01", "2026-11-30"),
    );
    expect(body.participants).toBe(figures.participants);
    expect(body.startedWithin24h.of).toBe(figures.casesToStart);
    expect(body.signalsSharedWithin48h.count).toBe(figures.sharedWithin48h);
  });

  it("another landlord's key sees only its own participant and case; a later period sees no complaints", async () => {
    const other = await readJson<ReportBody>(await h.call(`/reports?${NOVEMBER}`, { key: otherKey.token }));
    expect(other).toMatchObject({
      participants: 1,
      // Not assessed yet, so it does not count; not started after three days, so it is late.
      withoutComplaints: { count: 1, of: 1 },
      startedWithin24h: { count: 0, of: 1, share: 0 },
      signalsSharedWithin48h: { count: 0, of: 0, share: null },
    });
    const december = await readJson<ReportBody>(
      await h.call("/reports?from=2026-12-01&to=2026-12-31", { key: key.token }),
    );
    expect(december).toMatchObject({
      participants: 1,
      withoutComplaints: { count: 1, of: 1 },
      startedWithin24h: { of: 0, share: null },
    });
    // Before the participant was registered there is no one to count.
    const october = await readJson<ReportBody>(
      await h.call("/reports?from=2026-10-01&to=2026-10-31", { key: key.token }),
    );
    expect(october.participants).toBe(0);
  });

  it("a wrong period is a plain-language 400 naming each field; English on request", async () => {
    const missing = await h.call("/reports?to=2026-11-30", { key: key.token });
    expect(missing.status).toBe(400);
    const error = await readError(missing);
    expect(error.code).toBe("invalidQuery");
    expect(error.message).toBe("De vraag bevat 1 fout.");
    expect(error.fields).toEqual([
      { field: "from", problem: "required", message: "Vul de eerste dag (from) in." },
    ]);
    const wrong = await readError(
      await h.call("/reports?from=2026-02-30&to=gisteren&extra=1", { key: key.token }),
    );
    expect(wrong.fields.map((f) => `${f.field}:${f.problem}`).sort()).toEqual([
      "extra:unknownField",
      "from:date",
      "to:date",
    ]);
    expect(wrong.fields.find((f) => f.field === "from")?.message).toContain("2026-03-31");
    const order = await h.call("/reports?from=2026-11-30&to=2026-11-01", {
      key: key.token,
      headers: { "accept-language": "en" },
    });
    expect(order.status).toBe(400);
    expect((await readError(order)).fields).toEqual([
      { field: "to", problem: "periodOrder", message: "The last day (to) lies before the first day (from)." },
    ]);
    const repeated = await readError(
      await h.call("/reports?from=2026-11-01&from=2026-11-02&to=2026-11-30", { key: key.token }),
    );
    expect(repeated.fields.map((f) => `${f.field}:${f.problem}`)).toEqual(["from:wrongType"]);
    expect((await h.call(`/reports?${NOVEMBER}`)).status).toBe(401);
  });

  it("the chart as PNG: a valid image whose text is drawn (the shipped font, no system fonts)", async () => {
    const response = await h.call(`/reports/chart.png?${NOVEMBER}`, { key: key.token });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
    const png = PNG.sync.read(bytes);
    expect(png.width).toBe(bytes.readUInt32BE(16));
    expect(png.width).toBeGreaterThan(800);
    expect(png.height).toBeGreaterThan(400);
    // The title and subtitle take the top rows: without a font they would be blank.
    expect(darkPixels(png, 0, 0.2)).toBeGreaterThan(2000);
    // The bars and their labels below.
    expect(darkPixels(png, 0.3, 1)).toBeGreaterThan(2000);
  });

  it("Dutch labels by default, English with Accept-Language: en; Accept: image/png on /reports too", async () => {
    const svg = await h.call(`/reports/chart.svg?${NOVEMBER}`, { key: key.token });
    expect(svg.headers.get("content-type")).toMatch(/^image\/svg\+xml/);
    const dutch = await svg.text();
    expect(dutch).toMatch(/^<svg /);
    expect(dutch).toContain("Rapportage overlast");
    expect(dutch).toContain("Geen overlastmeldingen");
    expect(dutch).toContain("1 november 2026 t/m 30 november 2026");
    const english = await (
      await h.call(`/reports/chart.svg?${NOVEMBER}`, { key: key.token, headers: { "accept-language": "en" } })
    ).text();
    expect(english).toContain("Nuisance report");
    expect(english).toContain("Signals shared within 48 h");
    expect(english).not.toContain("Geen overlastmeldingen");
    const negotiated = await h.call(`/reports?${NOVEMBER}`, {
      key: key.token,
      headers: { accept: "image/png" },
    });
    expect(negotiated.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await negotiated.arrayBuffer()).subarray(0, 8)).toEqual(PNG_SIGNATURE);
    const asSvg = await h.call(`/reports?${NOVEMBER}`, {
      key: key.token,
      headers: { accept: "image/svg+xml" },
    });
    expect(asSvg.headers.get("content-type")).toMatch(/^image\/svg\+xml/);
  });

  it("Termijnen: the landlord's updates to the complainants — done in the period, planned and overdue now — in the JSON, the chat's figures and the OpenAPI document", async () => {
    const before = await readJson<ReportBody>(await h.call(`/reports?${NOVEMBER}`, { key: key.token }));
    // The case's first update to the complainants is planned (the team's rhythm), none done yet.
    expect(before.complainantUpdates).toEqual({
      done: 0,
      planned: 1,
      overdue: 0,
      labels: {
        done: "Updates aan klagers afgerond in de periode",
        planned: "Updates aan klagers gepland",
        overdue: "Updates aan klagers te laat",
      },
    });
    expect(before.complainantsUpdated).toEqual({ count: 0, of: 0, share: null });

    // Landlord staff record an update: done, and the next one is planned.
    const { id: caseId } = await h.prisma.case.findFirstOrThrow({
      where: { participant: { reference: "HF-007" } },
    });
    await handleCaseEvent(h.runtime, caseId, {
      type: "complainantsUpdated",
      actor: h.world.actor(h.world.landlordStaff),
      at: h.clock.now(),
      how: "phone",
      note: null,
    });
    const updated = await readJson<ReportBody>(await h.call(`/reports?${NOVEMBER}`, { key: key.token }));
    expect(updated.complainantUpdates).toMatchObject({ done: 1, planned: 1, overdue: 0 });
    expect(updated.complainantsUpdated).toEqual({ count: 1, of: 1, share: 1 });
    // December's report counts no update done in December.
    const december = await readJson<ReportBody>(
      await h.call("/reports?from=2026-12-01&to=2026-12-31", { key: key.token }),
    );
    expect(december.complainantUpdates).toMatchObject({ done: 0 });

    // A month later nobody recorded the next one: it is overdue.
    h.clock.advance(30 * 24 * 3600_000);
    const late = await readJson<ReportBody>(
      await h.call(`/reports?${NOVEMBER}`, { key: key.token, headers: { "accept-language": "en" } }),
    );
    expect(late.complainantUpdates).toMatchObject({
      done: 1,
      planned: 0,
      overdue: 1,
      labels: { overdue: "Updates to complainants overdue" },
    });
    const figures = await guidelineReport(
      h.runtime,
      [h.world.landlord.id],
      reportPeriod("2026-11-01", "2026-11-30"),
    );
    expect(figures.complainantUpdates).toEqual({ done: 1, planned: 0, overdue: 1 });

    // The OpenAPI document describes the figures.
    const document = (await (await h.call("/openapi.json")).json()) as {
      components: { schemas: { Report: { properties: Record<string, { description?: string }> } } };
    };
    const properties = document.components.schemas.Report.properties;
    expect(properties.complainantUpdates?.description).toContain("team.complainant.update");
    expect(properties.complainantsUpdated?.description).toContain("Termijnen");
  });
});
