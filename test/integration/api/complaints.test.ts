/**
 * Actie 1 through the intake API: a complaint from the landlord's system takes the same path as
 * /overlast (fileComplaint), lands in the shared channel's outbox, and — with an Idempotency-Key —
 * is recorded exactly once however often it is retried.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ComplaintCreated, SignalCreated } from "../../../src/api/schemas.ts";
import { TEST_DATABASE_KINDS } from "../../helpers/databases.ts";
import {
  type ApiHarness,
  type ApiKeyForTest,
  complaintBody,
  readError,
  readJson,
  startApiHarness,
} from "./api-harness.ts";

describe.each(TEST_DATABASE_KINDS)("POST /complaints on %s", (kind) => {
  let h: ApiHarness;
  let key: ApiKeyForTest;
  beforeAll(async () => {
    h = await startApiHarness(kind);
    key = await h.newKey();
  });
  afterAll(() => h.stop());

  it("Actie 1: a complaint opens a case whose card goes to the shared channel and the support worker", async () => {
    const response = await h.call("/complaints", {
      key: key.token,
      json: complaintBody(),
      headers: { "idempotency-key": "crm-melding-1001" },
    });
    expect(response.status).toBe(201);
    const body = await readJson<ComplaintCreated>(response);
    expect(body).toMatchObject({ newCase: true, status: "open", step: "actie1" });
    expect(body.statusUrl).toBe(`/api/v1/cases/${body.caseNumber}`);
    const outbox = await h.prisma.outboxMessage.findMany();
    const targets = outbox.map((row) => row.target as { kind: string; channelId?: string; userId?: string });
    expect(targets.some((t) => t.kind === "channel" && t.channelId === h.world.channels.shared)).toBe(true);
    expect(targets.some((t) => t.kind === "dm" && t.userId === "UWORKER")).toBe(true);
    // The complainant's identity is stored for the landlord only, never in a message.
    expect(JSON.stringify(outbox.map((row) => row.card))).not.toContain("Geheim-Buurvrouw");
    const identity = await h.prisma.complainantIdentity.findFirstOrThrow({
      where: { complaintId: body.complaintId },
    });
    expect(identity).toMatchObject({ name: "Mevrouw Geheim-Buurvrouw", contact: "06-12345678" });
  });

  it("the same Idempotency-Key and body again: the stored answer, marked as replayed, and still one case", async () => {
    const first = await h.prisma.case.findFirstOrThrow();
    const outboxBefore = await h.prisma.outboxMessage.count();
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await h.call("/complaints", {
        key: key.token,
        // Another key order and spacing: the same JSON is the same request.
        body: JSON.stringify(Object.fromEntries(Object.entries(complaintBody()).reverse()), null, 2),
        headers: { "idempotency-key": "crm-melding-1001", "content-type": "application/json" },
      });
      expect(response.status).toBe(201);
      expect(response.headers.get("idempotent-replayed")).toBe("true");
      expect((await readJson<ComplaintCreated>(response)).caseNumber).toBe(String(first.number));
    }
    expect(await h.prisma.case.count()).toBe(1);
    expect(await h.prisma.complaint.count()).toBe(1);
    expect(await h.prisma.outboxMessage.count()).toBe(outboxBefore);
  });

  it("the same Idempotency-Key with a different body → 422, nothing recorded", async () => {
    const response = await h.call("/complaints", {
      key: key.token,
      json: complaintBody({ description: "Iets anders" }),
      headers: { "idempotency-key": "crm-melding-1001" },
    });
    expect(response.status).toBe(422);
    const error = await readError(response);
    expect(error.code).toBe("idempotencyKeyReused");
    expect(error.message).toContain("Idempotency-Key");
    expect(await h.prisma.complaint.count()).toBe(1);
  });

  it("concurrent requests with one Idempotency-Key create one complaint", async () => {
    const json = complaintBody({ type: "visitors", description: "Veel bezoek tot laat" });
    const responses = await Promise.all(
      [1, 2, 3].map(() =>
        h.call("/complaints", { key: key.token, json, headers: { "idempotency-key": "race-1" } }),
      ),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    expect(await h.prisma.complaint.count({ where: { type: "visitors" } })).toBe(1);
  });

  it("a second complaint about the participant joins the open case (newCase false)", async () => {
    const response = await h.call("/complaints", {
      key: key.token,
      json: complaintBody({ type: "smell", complainant: { anonymous: true, name: "Wordt niet bewaard" } }),
    });
    expect(response.status).toBe(201);
    const body = await readJson<ComplaintCreated>(response);
    expect(body.newCase).toBe(false);
    expect(await h.prisma.case.count()).toBe(1);
    // An anonymous complainant's name is not kept, even when it was sent.
    expect(
      await h.prisma.complainantIdentity.findFirst({ where: { complaintId: body.complaintId } }),
    ).toBeNull();
  });

  it("a refused request does not use up its Idempotency-Key: the fixed body with the same key is recorded", async () => {
    const bad = await h.call("/complaints", {
      key: key.token,
      json: complaintBody({ type: "lawaai" }),
      headers: { "idempotency-key": "fix-me-1" },
    });
    expect(bad.status).toBe(400);
    const fixed = await h.call("/complaints", {
      key: key.token,
      json: complaintBody({ type: "publicSpace" }),
      headers: { "idempotency-key": "fix-me-1" },
    });
    expect(fixed.status).toBe(201);
  });

  it("POST /signals: a missed rent payment reaches the shared channel with a 48-hour acknowledgement", async () => {
    const response = await h.call("/signals", {
      key: key.token,
      json: {
        participant: "hf-007",
        kind: "missedRent",
        description: "Huur van november niet betaald",
        observedAt: "2026-11-23T08:00:00+01:00",
      },
      headers: { "idempotency-key": "signal-1" },
    });
    expect(response.status).toBe(201);
    const body = await readJson<SignalCreated>(response);
    expect(body).toMatchObject({ kind: "missedRent", participant: "HF-007" });
    expect(body.acknowledgeBefore).toEqual([{ side: "careTeam", dueAt: expect.any(String) }]);
    const signal = await h.prisma.signal.findUniqueOrThrow({ where: { id: body.signalId } });
    expect(signal.kind).toBe("missedRent");
    const again = await h.call("/signals", {
      key: key.token,
      json: {
        participant: "hf-007",
        kind: "missedRent",
        description: "Huur van november niet betaald",
        observedAt: "2026-11-23T08:00:00+01:00",
      },
      headers: { "idempotency-key": "signal-1" },
    });
    expect((await readJson<SignalCreated>(again)).signalId).toBe(body.signalId);
    expect(await h.prisma.signal.count()).toBe(1);
  });
});
