/**
 * GET /cases/:number gives landlord staff what they need — status, step, agreed actions, deadlines,
 * letters — and nothing care-only (separation of housing and care, SPEC §6). The OpenAPI document
 * describes every route the router serves.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createIntakeApi } from "../../../src/api/intake-api.ts";
import type { CaseStatusBody, ComplaintCreated } from "../../../src/api/schemas.ts";
import { ownedByLandlord } from "../../../src/flows/cases/state.ts";
import { createLogger } from "../../../src/logger.ts";
import { handleCaseEvent } from "../../../src/services/case-service.ts";
import { TEST_DATABASE_KINDS } from "../../helpers/databases.ts";
import {
  type ApiHarness,
  type ApiKeyForTest,
  complaintBody,
  readJson,
  startApiHarness,
} from "./api-harness.ts";

const HEARING_NOTE = "GEHEIM-WEDERHOOR slaapt slecht door medicatie";
const CARE_NOTE = "GEHEIM-ZORGNOTITIE dosering aangepast";

describe.each(TEST_DATABASE_KINDS)("GET /cases/:number on %s", (kind) => {
  let h: ApiHarness;
  let key: ApiKeyForTest;
  let caseNumber: string;
  beforeAll(async () => {
    h = await startApiHarness(kind);
    key = await h.newKey();
    const created = await h.call("/complaints", { key: key.token, json: complaintBody() });
    caseNumber = (await readJson<ComplaintCreated>(created)).caseNumber;
    const { id: caseId } = await h.prisma.case.findFirstOrThrow();
    const worker = h.world.actor(h.world.worker);
    await handleCaseEvent(h.runtime, caseId, {
      type: "caseStarted",
      actor: worker,
      approach: "Gesprek vandaag",
    });
    await handleCaseEvent(h.runtime, caseId, {
      type: "hearingRecorded",
      actor: worker,
      heldAt: h.clock.now(),
      notes: HEARING_NOTE,
    });
    for (const answer of [
      { question: "behaviour", value: "unconscious" },
      { question: "justifiedByParticipant", value: true },
      { question: "justifiedByWorker", value: true },
    ] as const) {
      await handleCaseEvent(h.runtime, caseId, { type: "assessmentAnswered", actor: worker, answer });
    }
    const assessed = await handleCaseEvent(h.runtime, caseId, {
      type: "assessmentConfirmed",
      actor: worker,
      history: [],
    });
    // Each proposal accepted by its owner's side: the landlord decides its own actions.
    for (const action of assessed.actions) {
      await handleCaseEvent(h.runtime, caseId, {
        type: "actionAccepted",
        actor: ownedByLandlord(action) ? h.world.actor(h.world.landlordStaff) : worker,
        actionId: action.id,
      });
    }
    await handleCaseEvent(h.runtime, caseId, { type: "careNoteAdded", actor: worker, text: CARE_NOTE });
  });
  afterAll(() => h.stop());

  it("Actie 2: the landlord sees status, step, the agreed actions owned by or relevant to it and the deadlines", async () => {
    const response = await h.call(`/cases/${caseNumber}`, { key: key.token });
    expect(response.status).toBe(200);
    const body = await readJson<CaseStatusBody>(response);
    expect(body).toMatchObject({
      number: caseNumber,
      participant: "HF-007",
      kind: "nuisance",
      status: "open",
      statusLabel: "Open",
      step: "actie2",
      complaints: 1,
    });
    expect(body.stepLabel).toContain("Actie 2");
    expect(body.agreedActions.length).toBeGreaterThan(0);
    for (const action of body.agreedActions)
      expect(action.status === "accepted" || action.status === "done").toBe(true);
    expect(body.deadlines.length).toBeGreaterThan(0);
    expect(body.deadlines.map((d: { rule: string }) => d.rule)).toContain("guideline.resolution.threeMonths");
  });

  it("no care-only content: no hearing notes, care notes, assessment answers or care-only actions", async () => {
    const text = await (await h.call(`/cases/${caseNumber}`, { key: key.token })).text();
    expect(text).not.toContain("GEHEIM");
    expect(text).not.toContain("unconscious");
    expect(text).not.toContain("Onbewust");
    const state = (await h.prisma.case.findFirstOrThrow()).state as {
      actions: { id: string; audience: string }[];
    };
    const careOnly = state.actions.filter((a) => a.audience === "careTeam").map((a) => a.id);
    const shown = JSON.parse(text).agreedActions.map((a: { id: string }) => a.id);
    for (const id of careOnly) expect(shown).not.toContain(id);
  });

  it("labels follow Accept-Language", async () => {
    const body = await readJson<CaseStatusBody>(
      await h.call(`/cases/${caseNumber}`, { key: key.token, headers: { "accept-language": "en" } }),
    );
    expect(body.statusLabel).toBe("Open");
    expect(body.stepLabel).toMatch(/^Actie 2/);
    expect(body.deadlines[0]?.description).not.toBe("");
  });

  it("another landlord's key gets 403 for this case, and every view is in the access log", async () => {
    const other = await h.newKey(h.world.otherLandlord.id, "other");
    expect((await h.call(`/cases/${caseNumber}`, { key: other.token })).status).toBe(403);
    const viewed = await h.prisma.accessLog.count({ where: { apiKeyId: key.id, action: "api.case.viewed" } });
    expect(viewed).toBeGreaterThanOrEqual(3);
  });

  it("the OpenAPI document is OpenAPI 3.1, parses, and names every path the router serves", async () => {
    const response = await h.call("/openapi.json");
    const document = JSON.parse(await response.text());
    expect(document.openapi).toBe("3.1.0");
    const router = createIntakeApi({ runtime: h.runtime, logger: createLogger("silent") });
    const served = (router.stack as { route?: { path: string } }[])
      .flatMap((layer) => (layer.route ? [layer.route.path] : []))
      .map((path) => path.replace(/:(\w+)/g, "{$1}"));
    expect(served.length).toBeGreaterThanOrEqual(6);
    for (const path of served) {
      expect(Object.keys(document.paths), path).toContain(path);
    }
    const schemas = document.components.schemas;
    expect(schemas.ComplaintRequest.required).toEqual(
      expect.arrayContaining([
        "participant",
        "type",
        "description",
        "occurredAt",
        "receivedByLandlordAt",
        "complainant",
      ]),
    );
    expect(schemas.ComplaintRequest.properties.type.enum).toEqual([
      "noise",
      "smell",
      "visitors",
      "publicSpace",
      "other",
    ]);
    expect(document.components.securitySchemes.apiKey.scheme).toBe("bearer");
  });
});
