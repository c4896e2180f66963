/**
 * A bad request loses nothing and changes nothing: every wrong field is named at once in plain
 * Dutch (English on request), oversized and non-JSON bodies are refused, and each key is limited
 * per minute.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_DATABASE_KINDS } from "../../helpers/databases.ts";
import {
  type ApiHarness,
  type ApiKeyForTest,
  complaintBody,
  readError,
  startApiHarness,
} from "./api-harness.ts";

describe.each(TEST_DATABASE_KINDS)("intake API refusals on %s", (kind) => {
  let h: ApiHarness;
  let key: ApiKeyForTest;
  let outboxAtStart = 0;
  beforeAll(async () => {
    h = await startApiHarness(kind, { rateLimitPerMinute: 40 });
    key = await h.newKey();
    // Registering the participants posted their cards; nothing after that may add to the outbox.
    outboxAtStart = await h.prisma.outboxMessage.count();
  });
  afterAll(() => h.stop());

  const nothingRecorded = async () => {
    expect(await h.prisma.case.count()).toBe(0);
    expect(await h.prisma.complaint.count()).toBe(0);
    expect(await h.prisma.outboxMessage.count()).toBe(outboxAtStart);
    expect(await h.prisma.idempotencyRecord.count()).toBe(0);
  };

  it("400 lists every bad field at once, in plain Dutch, and records nothing", async () => {
    const response = await h.call("/complaints", {
      key: key.token,
      headers: { "idempotency-key": "bad-1" },
      json: {
        participant: "",
        type: "lawaai",
        occurredAt: "gisteren",
        afterTen: "ja",
        receivedByLandlordAt: "2026-11-23T08:15:00+01:00",
        complainant: { anonymous: false },
        occuredAt: "typo",
      },
    });
    expect(response.status).toBe(400);
    const error = await readError(response);
    expect(error.code).toBe("validationFailed");
    expect(error.message).toBe(`De aanvraag bevat ${error.fields.length} fouten. Er is niets vastgelegd.`);
    const byField = Object.fromEntries(
      error.fields.map((f: { field: string; message: string }) => [f.field, f.message]),
    );
    expect(Object.keys(byField).sort()).toEqual(
      [
        "afterTen",
        "complainant.name",
        "description",
        "occurredAt",
        "occuredAt",
        "participant",
        "type",
      ].sort(),
    );
    expect(byField.participant).toBe("De deelnemer (participant) is leeg.");
    expect(byField.description).toBe("Vul de beschrijving (description) in.");
    expect(byField.type).toContain("noise, smell, visitors, publicSpace, other");
    expect(byField.occurredAt).toContain("datum met tijd en tijdzone");
    expect(byField.afterTen).toContain("true of false");
    expect(byField.occuredAt).toContain("kennen we niet");
    expect(byField["complainant.name"]).toContain("anoniem");
    await nothingRecorded();
  });

  it("the same problems in English with Accept-Language: en", async () => {
    const response = await h.call("/complaints", {
      key: key.token,
      headers: { "accept-language": "en" },
      json: complaintBody({ description: undefined }),
    });
    const error = await readError(response);
    expect(error.message).toBe("The request has 1 error. Nothing was recorded.");
    expect(error.fields).toEqual([
      { field: "description", problem: "required", message: "Please fill in the description." },
    ]);
  });

  it("dates in the wrong order or in the future are named too", async () => {
    const response = await h.call("/complaints", {
      key: key.token,
      json: complaintBody({
        occurredAt: "2026-11-23T09:00:00+01:00",
        afterTen: false,
        receivedByLandlordAt: "2026-11-24T08:00:00+01:00",
      }),
    });
    expect(response.status).toBe(400);
    const error = await readError(response);
    expect(error.fields.map((f: { field: string; problem: string }) => `${f.field}:${f.problem}`)).toEqual([
      "receivedByLandlordAt:inFuture",
    ]);
    const order = await h.call("/complaints", {
      key: key.token,
      json: complaintBody({
        occurredAt: "2026-11-23T09:00:00+01:00",
        afterTen: false,
        receivedByLandlordAt: "2026-11-23T08:00:00+01:00",
      }),
    });
    expect((await readError(order)).fields[0]).toMatchObject({
      field: "occurredAt",
      problem: "occurredAfterReceipt",
    });
    await nothingRecorded();
  });

  it("a body that is not a JSON object, invalid JSON and no body are 400", async () => {
    const array = await h.call("/complaints", { key: key.token, json: [1, 2] });
    expect(array.status).toBe(400);
    expect((await readError(array)).fields[0]?.problem).toBe("notAnObject");
    const broken = await h.call("/complaints", {
      key: key.token,
      body: '{"participant": "HF-007",',
      headers: { "content-type": "application/json" },
    });
    expect(broken.status).toBe(400);
    expect((await readError(broken)).code).toBe("invalidJson");
    const empty = await h.call("/complaints", { key: key.token, method: "POST" });
    expect(empty.status).toBe(400);
    await nothingRecorded();
  });

  it("415 when the body is not application/json", async () => {
    const response = await h.call("/complaints", {
      key: key.token,
      body: "participant=HF-007",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(response.status).toBe(415);
    expect((await readError(response)).code).toBe("unsupportedMediaType");
    await nothingRecorded();
  });

  it("413 when the body is larger than 64 kB", async () => {
    const response = await h.call("/complaints", {
      key: key.token,
      json: complaintBody({ description: "x".repeat(70 * 1024) }),
    });
    expect(response.status).toBe(413);
    const error = await readError(response);
    expect(error.code).toBe("payloadTooLarge");
    expect(error.message).toContain("64 kB");
    await nothingRecorded();
  });

  it("text the database cannot store (a NUL character, half a surrogate pair) is a 400 naming the field", async () => {
    for (const [field, value] of [
      ["participant", "HF-007\u0000"],
      ["description", "Harde muziek\u0000"],
      ["description", "Harde muziek \ud83d"],
    ] as const) {
      const response = await h.call("/complaints", {
        key: key.token,
        json: complaintBody({ [field]: value }),
      });
      expect(response.status, `${field} ${JSON.stringify(value)}`).toBe(400);
      expect((await readError(response)).fields).toEqual([
        expect.objectContaining({ field, problem: "invalidCharacters" }),
      ]);
    }
    await nothingRecorded();
  });

  it("a body nested thousands of levels deep is a 400, with or without an Idempotency-Key", async () => {
    const nested = `{"participant":${"[".repeat(20_000)}${"]".repeat(20_000)}}`;
    const withoutKey: Record<string, string> = { "content-type": "application/json" };
    for (const headers of [withoutKey, { ...withoutKey, "idempotency-key": "deep-1" }]) {
      const response = await h.call("/complaints", { key: key.token, body: nested, headers });
      expect(response.status).toBe(400);
      const error = await readError(response);
      expect(error.code).toBe("nestedTooDeep");
      expect(error.message).toContain("maximaal 32 niveaus");
    }
    await nothingRecorded();
  });

  it("an invalid Idempotency-Key is 400", async () => {
    const response = await h.call("/complaints", {
      key: key.token,
      json: complaintBody(),
      headers: { "idempotency-key": "met spatie" },
    });
    expect(response.status).toBe(400);
    expect((await readError(response)).code).toBe("idempotencyKeyInvalid");
    await nothingRecorded();
  });

  it("an unknown address under the API is 404 in the same JSON shape", async () => {
    const response = await h.call("/klachten", { key: key.token });
    expect(response.status).toBe(404);
    expect((await readError(response)).code).toBe("notFound");
  });

  it("429 with Retry-After once a key exceeds its requests per minute; other keys are not affected", async () => {
    const busy = await h.newKey(h.world.landlord.id, "busy");
    const statuses: number[] = [];
    for (let i = 0; i < 41; i++) statuses.push((await h.call("/cases/999", { key: busy.token })).status);
    expect(statuses.slice(0, 40).every((status) => status === 404)).toBe(true);
    const limited = await h.call("/cases/999", { key: busy.token });
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect((await readError(limited)).message).toContain("40 per minuut");
    expect((await h.call("/cases/999", { key: key.token })).status).toBe(404);
    // A minute later the key may ask again.
    h.clock.advance(61_000);
    expect((await h.call("/cases/999", { key: busy.token })).status).toBe(404);
  });
});
