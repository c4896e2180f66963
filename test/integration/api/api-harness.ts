/**
 * The intake API's router in a real express app on 127.0.0.1, on a real test database with a
 * manual clock: a world with two landlords, a registered participant for each, and API keys.
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { generateApiKey } from "../../../src/api/api-keys.ts";
import type { ErrorBody } from "../../../src/api/errors.ts";
import { createIntakeApi } from "../../../src/api/intake-api.ts";
import type { ManualClock } from "../../../src/services/clock.ts";
import { registerParticipant } from "../../../src/services/participant-service.ts";
import type { ServiceRuntime } from "../../../src/services/runtime.ts";
import { insertApiKey } from "../../../src/store/api-keys/api-key-repository.ts";
import type { PrismaClient } from "../../../src/store/db-types.ts";
import { openTestDatabase, type TestDatabase, type TestDatabaseKind } from "../../helpers/databases.ts";
import { recordLogSecret } from "../../helpers/privacy-ledger.ts";
import { testRuntime } from "../../helpers/runtime.ts";
import { testLogger } from "../../helpers/test-logger.ts";
import { createWorld, type World } from "../../helpers/world.ts";

export interface ApiKeyForTest {
  token: string;
  prefix: string;
  id: string;
  memberId: string;
}

export interface ApiHarness {
  url: string;
  database: TestDatabase;
  prisma: PrismaClient;
  runtime: ServiceRuntime;
  clock: ManualClock;
  world: World;
  /** A fresh key of the world's landlord (each test can have its own rate-limit window). */
  newKey(organisationId?: string, label?: string): Promise<ApiKeyForTest>;
  /** fetch to `${url}/api/v1${path}` with the key (if any) and a JSON body (if any). */
  call(
    path: string,
    options?: {
      key?: string | null;
      method?: string;
      json?: unknown;
      headers?: Record<string, string>;
      body?: string;
    },
  ): Promise<Response>;
  stop(): Promise<void>;
}

/** Starts an express app with the intake API mounted under /api/v1 on 127.0.0.1. */
export async function serveIntakeApi(
  runtime: ServiceRuntime,
  rateLimitPerMinute?: number,
): Promise<{ url: string; close: () => Promise<void> }> {
  const app = express();
  app.use(
    "/api/v1",
    createIntakeApi({
      runtime,
      logger: testLogger(),
      ...(rateLimitPerMinute === undefined ? {} : { rateLimitPerMinute }),
    }),
  );
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, "127.0.0.1", () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export async function createTestKey(
  prisma: PrismaClient,
  organisationId: string,
  label = "test",
): Promise<ApiKeyForTest> {
  const key = generateApiKey();
  const row = await insertApiKey(prisma, {
    organisationId,
    prefix: key.prefix,
    hash: key.hash,
    label,
    memberName: `API-koppeling (${label})`,
  });
  recordLogSecret(key.token);
  return { token: key.token, prefix: key.prefix, id: row.id, memberId: row.memberId };
}

export async function registerWorldParticipants(runtime: ServiceRuntime, world: World): Promise<void> {
  await registerParticipant(runtime, world.actor(world.worker), {
    reference: "HF-007",
    careProviderId: world.careProvider.id,
    landlordId: world.landlord.id,
    dwelling: "Biltstraat 7",
    leaseType: "own",
    supportWorkerId: world.worker.id,
    landlordContactId: world.landlordStaff.id,
    coordinatorId: world.coordinator.id,
  });
  await registerParticipant(runtime, world.actor(world.worker), {
    reference: "HF-042",
    careProviderId: world.careProvider.id,
    landlordId: world.otherLandlord.id,
    dwelling: "Kanaalweg 42",
    leaseType: "intermediary",
    supportWorkerId: world.worker.id,
    landlordContactId: world.otherLandlordStaff.id,
    coordinatorId: world.coordinator.id,
  });
}

export async function startApiHarness(
  kind: TestDatabaseKind,
  options: { rateLimitPerMinute?: number } = {},
): Promise<ApiHarness> {
  const database = await openTestDatabase(kind);
  const prisma = database.prisma;
  const { runtime, clock } = testRuntime(prisma);
  const world = await createWorld(prisma);
  await registerWorldParticipants(runtime, world);
  const server = await serveIntakeApi(runtime, options.rateLimitPerMinute);
  return {
    url: server.url,
    database,
    prisma,
    runtime,
    clock,
    world,
    newKey: (organisationId = world.landlord.id, label = "test") =>
      createTestKey(prisma, organisationId, label),
    call(path, options = {}) {
      const headers: Record<string, string> = { ...(options.headers ?? {}) };
      if (options.key) headers.authorization = `Bearer ${options.key}`;
      let body = options.body;
      if (options.json !== undefined) {
        body = JSON.stringify(options.json);
        headers["content-type"] ??= "application/json";
      }
      return fetch(`${server.url}/api/v1${path}`, {
        method: options.method ?? (body === undefined ? "GET" : "POST"),
        headers,
        ...(body === undefined ? {} : { body }),
      });
    },
    async stop() {
      await server.close();
      await database.destroy();
    },
  };
}

/** A valid complaint about HF-007, a day before the harness's Monday morning. */
export function complaintBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    participant: "HF-007",
    type: "noise",
    description: "Harde muziek na middernacht, drie nachten achter elkaar.",
    occurredAt: "2026-11-22T23:30:00+01:00",
    afterTen: true,
    receivedByLandlordAt: "2026-11-23T08:15:00+01:00",
    complainant: { anonymous: false, name: "Mevrouw Geheim-Buurvrouw", contact: "06-12345678" },
    ...overrides,
  };
}

/** The JSON of an answer, typed for the assertions. */
export async function readJson<T>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

/** The error of a refused request (fields listed for 400). */
export async function readError(response: Response): Promise<Required<ErrorBody["error"]>> {
  const body = await readJson<ErrorBody>(response);
  return { fields: [], ...body.error } as Required<ErrorBody["error"]>;
}
