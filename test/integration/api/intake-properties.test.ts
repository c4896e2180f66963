/**
 * Property: whatever a landlord's system sends to POST /complaints or POST /signals, a malformed
 * request gets a 4xx in the API's JSON error shape, never a 5xx, and the database is left exactly
 * as it was. 10,000 generated requests over real HTTP (keep-alive) to the running intake API.
 * One database kind is enough here: the property is about the API, and the embedded database (the
 * same PostgreSQL, in process) keeps the 10,000 requests fastest.
 */
import { Agent, request } from "node:http";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { complaintRequestSchema, signalRequestSchema } from "../../../src/api/schemas.ts";
import type { PrismaClient } from "../../../src/store/db-types.ts";
import type { TestDatabaseKind } from "../../helpers/databases.ts";
import { type ApiHarness, type ApiKeyForTest, complaintBody, startApiHarness } from "./api-harness.ts";
import { type EndpointModel, malformedRequests, type RawRequest } from "./malformed-requests.ts";

/** 500 runs of 10 requests sent at once, per endpoint: 10,000 requests in all. */
const RUNS_PER_ENDPOINT = 500;
const REQUESTS_PER_RUN = 10;

const ENDPOINTS: Record<"/complaints" | "/signals", EndpointModel> = {
  "/complaints": {
    schema: complaintRequestSchema,
    valid: complaintBody(),
    required: [
      "participant",
      "type",
      "description",
      "occurredAt",
      "afterTen",
      "receivedByLandlordAt",
      "complainant",
    ],
    ownParticipant: "HF-007",
  },
  "/signals": {
    schema: signalRequestSchema,
    valid: {
      participant: "HF-007",
      kind: "nuisanceSign",
      source: "neighbourhood",
      description: "Buren horen 's nachts geschreeuw.",
      observedAt: "2026-11-23T08:00:00+01:00",
    },
    required: ["participant", "kind", "description", "observedAt"],
    ownParticipant: "HF-007",
  },
};

/** Every table's row count and an md5 of its rows: any insert, update or delete changes it. */
async function databaseFingerprint(prisma: PrismaClient): Promise<Record<string, string>> {
  const tables = await prisma.$queryRawUnsafe<{ tablename: string }[]>(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
  );
  const fingerprint: Record<string, string> = {};
  for (const { tablename } of tables) {
    // The rate limit's window counts every request, a refused one too: bookkeeping, not a record.
    if (tablename === "RateLimitWindow") continue;
    const [row] = await prisma.$queryRawUnsafe<{ n: number; h: string }[]>(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM "${tablename}" t`,
    );
    fingerprint[tablename] = `${row!.n}:${row!.h}`;
  }
  return fingerprint;
}

interface Answer {
  status: number;
  contentType: string | undefined;
  body: string;
}

describe("intake API properties", () => {
  const kind: TestDatabaseKind = "pglite";
  const agent = new Agent({ keepAlive: true, maxSockets: REQUESTS_PER_RUN });
  let h: ApiHarness;
  let key: ApiKeyForTest;

  const send = (path: string, raw: RawRequest): Promise<Answer> =>
    new Promise((resolve, reject) => {
      const url = new URL(`${h.url}/api/v1${path}`);
      const headers: Record<string, string | number> = {
        ...raw.headers,
        authorization: `Bearer ${key.token}`,
      };
      if (raw.body !== undefined) headers["content-length"] = raw.body.length;
      const req = request(url, { method: "POST", agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            contentType: res.headers["content-type"],
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        res.on("error", reject);
      });
      req.on("error", reject);
      req.end(raw.body);
    });

  beforeAll(async () => {
    h = await startApiHarness(kind, { rateLimitPerMinute: 1_000_000 });
    key = await h.newKey();
    // The first use of a key records when it was used; after that the clock stands still.
    await send("/complaints", { body: undefined, headers: {}, kind: "warm-up" });
  });
  afterAll(async () => {
    agent.destroy();
    await h.stop();
  });

  it(`${2 * RUNS_PER_ENDPOINT * REQUESTS_PER_RUN} malformed requests: never a 5xx, always the JSON error shape, nothing recorded (${kind})`, async () => {
    const before = await databaseFingerprint(h.prisma);
    const started = Date.now();
    const statuses = new Map<number, number>();
    let cases = 0;
    const check = async (path: string, raw: RawRequest) => {
      const answer = await send(path, raw);
      cases++;
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      const context = `${path} ${raw.kind} → ${answer.status} ${answer.body.slice(0, 300)}`;
      expect(answer.status, context).toBeGreaterThanOrEqual(400);
      expect(answer.status, context).toBeLessThan(500);
      expect(answer.contentType, context).toMatch(/^application\/json/);
      const error = (JSON.parse(answer.body) as { error?: { code?: unknown; message?: unknown } }).error;
      expect(typeof error?.code, context).toBe("string");
      expect(typeof error?.message, context).toBe("string");
    };
    for (const [path, model] of Object.entries(ENDPOINTS)) {
      const batches = fc.array(malformedRequests(model), {
        minLength: REQUESTS_PER_RUN,
        maxLength: REQUESTS_PER_RUN,
      });
      await fc.assert(
        fc.asyncProperty(batches, async (batch) => {
          await Promise.all(batch.map((raw) => check(path, raw)));
        }),
        { numRuns: RUNS_PER_ENDPOINT },
      );
    }
    expect(await databaseFingerprint(h.prisma)).toEqual(before);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const byStatus = [...statuses].sort(([a], [b]) => a - b).map(([status, n]) => `${status}: ${n}`);
    console.log(
      `intake API properties: ${cases} malformed requests in ${seconds} s (${byStatus.join(", ")})`,
    );
    expect(cases).toBe(2 * RUNS_PER_ENDPOINT * REQUESTS_PER_RUN);
  }, 300_000);
});
