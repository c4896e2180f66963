/**
 * SPEC §3 Intake: the landlord's system is authenticated with its own API key, which acts as that
 * landlord's staff — never another landlord's.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { revokeApiKey } from "../../../src/store/api-keys/api-key-repository.ts";
import { TEST_DATABASE_KINDS } from "../../helpers/databases.ts";
import {
  type ApiHarness,
  type ApiKeyForTest,
  complaintBody,
  readError,
  startApiHarness,
} from "./api-harness.ts";

describe.each(TEST_DATABASE_KINDS)("intake API authentication on %s", (kind) => {
  let h: ApiHarness;
  let key: ApiKeyForTest;
  beforeAll(async () => {
    h = await startApiHarness(kind);
    key = await h.newKey();
  });
  afterAll(() => h.stop());

  const casesCount = () => h.prisma.case.count();

  it("no Authorization header → 401 in Dutch, with WWW-Authenticate, and nothing recorded", async () => {
    const response = await h.call("/complaints", { json: complaintBody() });
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toContain("Bearer");
    const error = await readError(response);
    expect(error.code).toBe("unauthorized");
    expect(error.message).toContain("Geen geldige API-sleutel");
    expect(await casesCount()).toBe(0);
  });

  it("a malformed key, an unknown prefix and a wrong secret for a real prefix are all 401", async () => {
    const wrongSecret = `nbr_${key.prefix}_${"a".repeat(64)}`;
    const unknownPrefix = `nbr_${"0".repeat(12)}_${key.token.slice(-64)}`;
    for (const token of ["geheim", "nbr_abc_def", unknownPrefix, wrongSecret]) {
      const response = await h.call("/cases/1", { key: token });
      expect(response.status, token).toBe(401);
      expect((await readError(response)).code).toBe("unauthorized");
    }
    const basic = await h.call("/cases/1", { headers: { authorization: `Basic ${key.token}` } });
    expect(basic.status).toBe(401);
  });

  it("English with Accept-Language: en", async () => {
    const response = await h.call("/cases/1", { headers: { "accept-language": "en-GB,en;q=0.9" } });
    expect((await readError(response)).message).toContain("No valid API key");
  });

  it("a revoked key is refused (401 apiKeyRevoked) and records nothing", async () => {
    const revoked = await h.newKey(h.world.landlord.id, "revoked");
    await revokeApiKey(h.prisma, revoked.prefix, h.clock.now());
    const response = await h.call("/complaints", { key: revoked.token, json: complaintBody() });
    expect(response.status).toBe(401);
    expect((await readError(response)).code).toBe("apiKeyRevoked");
    expect(await casesCount()).toBe(0);
  });

  it("another landlord's key may not file a complaint about this landlord's participant (403)", async () => {
    const other = await h.newKey(h.world.otherLandlord.id, "other");
    const response = await h.call("/complaints", { key: other.token, json: complaintBody() });
    expect(response.status).toBe(403);
    const error = await readError(response);
    expect(error.code).toBe("forbidden");
    expect(error.message).toContain("hoort niet bij uw organisatie");
    expect(await casesCount()).toBe(0);
  });

  it("an unknown participant reference is 404", async () => {
    const response = await h.call("/complaints", {
      key: key.token,
      json: complaintBody({ participant: "HF-999" }),
    });
    expect(response.status).toBe(404);
    expect((await readError(response)).code).toBe("participantNotFound");
  });

  it("a reference with LIKE wildcards (%, _) is taken literally: 404, no complaint on a participant nobody named", async () => {
    for (const participant of ["%", "H%", "_F-007", "HF-00_"]) {
      const response = await h.call("/complaints", { key: key.token, json: complaintBody({ participant }) });
      expect(response.status).toBe(404);
      expect((await readError(response)).code).toBe("participantNotFound");
    }
    expect(await casesCount()).toBe(0);
  });

  it("the key acts as the landlord's system member: the timeline names it and the access log names the key", async () => {
    const response = await h.call("/complaints", { key: key.token, json: complaintBody() });
    expect(response.status).toBe(201);
    const received = await h.prisma.timelineEntry.findFirstOrThrow({
      where: { event: "complaint.received" },
    });
    expect(received.actorId).toBe(key.memberId);
    const member = await h.prisma.member.findUniqueOrThrow({ where: { id: key.memberId } });
    expect(member).toMatchObject({
      role: "landlordStaff",
      organisationId: h.world.landlord.id,
      active: false,
    });
    const log = await h.prisma.accessLog.findMany({ where: { apiKeyId: key.id } });
    expect(log.map((row) => row.action)).toContain("api.complaint.filed");
    const stored = await h.prisma.apiKey.findUniqueOrThrow({ where: { id: key.id } });
    expect(stored.hash).not.toContain(key.token.slice(-64));
    expect(stored.lastUsedAt).not.toBeNull();
  });

  it("GET of another landlord's case is 403; of an unknown case 404", async () => {
    const other = await h.newKey(h.world.otherLandlord.id, "other-status");
    const number = (await h.prisma.case.findFirstOrThrow()).number;
    const denied = await h.call(`/cases/${number}`, { key: other.token });
    expect(denied.status).toBe(403);
    const unknown = await h.call("/cases/999999", { key: key.token });
    expect(unknown.status).toBe(404);
    expect((await readError(unknown)).code).toBe("caseNotFound");
  });

  it("the OpenAPI document needs no key", async () => {
    const response = await h.call("/openapi.json");
    expect(response.status).toBe(200);
  });
});
