/**
 * Who gets the nuisance dossier, and how: the landlord's key over the intake API (PDF and JSON),
 * and the care team through the chat command `/nabuur dossier <nr>` — each their own version.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ManualClock } from "../../../src/services/clock.ts";
import { answerDossierCommand } from "../../../src/services/dossier/dossier-command.ts";
import { exportDossier } from "../../../src/services/dossier/export-dossier.ts";
import { verifyDossier } from "../../../src/services/dossier/verify-dossier.ts";
import type { Acting } from "../../../src/services/interactions/module.ts";
import type { ServiceRuntime } from "../../../src/services/runtime.ts";
import type { MemberView } from "../../../src/store/members/members.ts";
import { openTestDatabase, TEST_DATABASE_KINDS, type TestDatabase } from "../../helpers/databases.ts";
import { testRuntime } from "../../helpers/runtime.ts";
import { createWorld, type World } from "../../helpers/world.ts";
import { type ApiKeyForTest, createTestKey, serveIntakeApi } from "../api/api-harness.ts";
import { CARE_SECRETS, COMPLAINANT_NAME, driveCaseToActie5 } from "./dossier-scenario.ts";

describe.each(TEST_DATABASE_KINDS)("getting the dossier on %s", (kind) => {
  let database: TestDatabase;
  let runtime: ServiceRuntime;
  let clock: ManualClock;
  let world: World;
  let caseNumber: string;
  let api: { url: string; close: () => Promise<void> };
  let key: ApiKeyForTest;
  let otherKey: ApiKeyForTest;

  const acting = (member: MemberView, locale: "nl" | "en" = "nl"): Acting => ({
    runtime,
    member,
    actor: world.actor(member),
    locale,
    where: { platform: "slack", workspaceId: "T1", channelId: "CCARE" },
  });
  const get = (path: string, token: string, headers: Record<string, string> = {}) =>
    fetch(`${api.url}/api/v1${path}`, { headers: { authorization: `Bearer ${token}`, ...headers } });

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    ({ runtime, clock } = testRuntime(database.prisma));
    world = await createWorld(database.prisma);
    ({ caseNumber } = await driveCaseToActie5(runtime, clock, world));
    key = await createTestKey(database.prisma, world.landlord.id, "crm");
    otherKey = await createTestKey(database.prisma, world.otherLandlord.id, "other");
    api = await serveIntakeApi(runtime);
  });
  afterAll(async () => {
    await api.close();
    await database.destroy();
  });

  it("GET /cases/:nr/dossier.pdf: the landlord's key gets the PDF as an attachment", async () => {
    const response = await get(`/cases/${caseNumber}/dossier.pdf`, key.token);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toContain(
      `overlastdossier-zaak-${caseNumber}-verhuurder.pdf`,
    );
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("GET /cases/:nr/dossier.json: the landlord's version, verifiable, without care-only content", async () => {
    const response = await get(`/cases/${caseNumber}/dossier.json`, key.token);
    expect(response.status).toBe(200);
    const text = await response.text();
    for (const secret of CARE_SECRETS) expect(text).not.toContain(secret);
    const dossier = JSON.parse(text);
    expect(dossier).toMatchObject({ audience: "landlord", generatedBy: { apiKeyPrefix: key.prefix } });
    expect(verifyDossier(dossier).ok).toBe(true);
    const negotiated = await get(`/cases/${caseNumber}/dossier`, key.token, { accept: "application/pdf" });
    expect(negotiated.headers.get("content-type")).toBe("application/pdf");
    const logged = await database.prisma.accessLog.findMany({ where: { apiKeyId: key.id } });
    expect(logged.map((row) => row.action)).toEqual(
      expect.arrayContaining(["dossier.export.landlord.pdf", "dossier.export.landlord.json"]),
    );
  });

  it("another landlord's key gets 403, and nothing is logged as exported for it", async () => {
    const response = await get(`/cases/${caseNumber}/dossier.json`, otherKey.token);
    expect(response.status).toBe(403);
    expect(await database.prisma.accessLog.count({ where: { apiKeyId: otherKey.id } })).toBe(0);
  });

  it("exportDossier for a chat user: the care team gets the care provider's version", async () => {
    const file = await exportDossier(runtime, world.actor(world.worker), caseNumber, "json");
    expect(file).toMatchObject({
      audience: "careTeam",
      filename: `overlastdossier-zaak-${caseNumber}-zorg.json`,
    });
    expect(file.body.toString()).not.toContain(COMPLAINANT_NAME);
    expect(file.body.toString()).toContain("GEHEIM-ZORGNOTITIE");
  });

  it("/nabuur dossier <nr>: the PDF and the JSON for the person only, with a Dutch notice", async () => {
    const answer = await answerDossierCommand(acting(world.worker), [caseNumber]);
    expect(answer.files.map((f) => f.format)).toEqual(["pdf", "json"]);
    expect(answer.result).toMatchObject({ type: "done" });
    const notice = answer.result.type === "done" ? (answer.result.notice ?? "") : "";
    expect(notice).toContain(`zaak ${caseNumber}`);
    expect(notice).toContain("versie voor de zorgaanbieder");
    const onlyPdf = await answerDossierCommand(acting(world.landlordStaff, "en"), [`#${caseNumber}`, "pdf"]);
    expect(onlyPdf.files.map((f) => `${f.format}:${f.audience}`)).toEqual(["pdf:landlord"]);
  });

  it("/nabuur dossier: a partner is told why not, an unknown case and a missing number are answered kindly", async () => {
    const partner = await answerDossierCommand(acting(world.policeOfficer), [caseNumber]);
    expect(partner.files).toEqual([]);
    expect(partner.result).toMatchObject({
      type: "done",
      notice: expect.stringContaining("zorg exporteren"),
    });
    const unknown = await answerDossierCommand(acting(world.worker), ["99999"]);
    expect(unknown.result).toMatchObject({ notice: expect.stringContaining("niet gevonden") });
    const usage = await answerDossierCommand(acting(world.worker), []);
    expect(usage.result).toMatchObject({ notice: expect.stringContaining("/nabuur dossier") });
  });
});
