/**
 * Several instances behind one load balancer, on one PostgreSQL database: two Nabuurs (two
 * runtimes, two HTTP servers) as a load balancer would see them. A Teams file offered by one
 * instance is delivered when the person's consent reaches the other (the offer waits in the
 * database, not in one instance's memory), exactly once; and the intake API's per-key rate limit
 * counts the requests to both instances together.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FILE_CONSENT_CONTENT_TYPE, FILE_INFO_CONTENT_TYPE } from "../../../src/bot/teams/private-files.ts";
import { loadConfig } from "../../../src/config.ts";
import { createLogger } from "../../../src/logger.ts";
import { type Nabuur, startNabuur } from "../../../src/server.ts";
import { ManualClock } from "../../../src/services/clock.ts";
import { createPostgresDatabase } from "../../helpers/databases.ts";
import { type ConnectorRequest, FakeBotConnector } from "../../helpers/fake-bot-connector.ts";
import { MONDAY_MORNING } from "../../helpers/runtime.ts";
import { conversations, fileConsentInvoke, personalMessage, USER } from "../../helpers/teams-activities.ts";
import { createWorld } from "../../helpers/world.ts";
import { createTestKey } from "../api/api-harness.ts";
import { driveCaseToActie5 } from "../dossier/dossier-scenario.ts";

const INTAKE_LIMIT_PER_MINUTE = 60;

interface ConsentAttachment {
  contentType: string;
  name: string;
  content: { sizeInBytes: number; acceptContext: { id: string } };
}

const attachmentsOf = (request: ConnectorRequest) =>
  (request.body?.attachments ?? []) as unknown as ConsentAttachment[];

describe.skipIf(!process.env.TEST_DATABASE_URL)("two instances on one PostgreSQL database", () => {
  const connector = new FakeBotConnector();
  const clock = new ManualClock(MONDAY_MORNING);
  let serviceUrl: string;
  let drop: () => Promise<void>;
  const instances: Nabuur[] = [];
  let caseNumber: string;
  let landlordId: string;

  beforeAll(async () => {
    serviceUrl = await connector.start();
    const postgres = await createPostgresDatabase();
    drop = postgres.drop;
    for (let i = 0; i < 2; i++) {
      instances.push(
        await startNabuur({
          config: loadConfig({
            PORT: "0",
            DATABASE_URL: postgres.url,
            TEAMS_ENABLED: "true",
            LOG_LEVEL: "silent",
          }),
          logger: createLogger("silent"),
          clock,
          schedulerCron: null,
        }),
      );
    }
    const [a] = instances as [Nabuur, Nabuur];
    const world = await createWorld(a.database.prisma, { bindChannels: false });
    landlordId = world.landlord.id;
    await a.database.prisma.member.update({
      where: { id: world.worker.id },
      data: { teamsUserId: USER.aadObjectId },
    });
    ({ caseNumber } = await driveCaseToActie5(a.runtime, clock, world));
  }, 240_000);
  afterAll(async () => {
    for (const instance of instances) await instance.stop();
    await connector.stop();
    await drop?.();
  });

  const post = (instance: Nabuur, activity: Record<string, unknown>) =>
    fetch(`${instance.url}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(activity),
    });

  it("a file offered by one instance is delivered when the consent reaches the other, once", async () => {
    const [a, b] = instances as [Nabuur, Nabuur];
    const consentCards = () =>
      connector
        .activities()
        .flatMap(attachmentsOf)
        .filter((attachment) => attachment.contentType === FILE_CONSENT_CONTENT_TYPE);
    expect((await post(a, personalMessage(serviceUrl, `dossier ${caseNumber} pdf`))).status).toBeLessThan(
      300,
    );
    await connector.waitFor(() => consentCards().length >= 1);
    const [pdf] = consentCards();

    const uploadInfo = { name: pdf!.name, uploadUrl: connector.uploadUrl(pdf!.name), fileType: "pdf" };
    const accepted = await post(
      b,
      fileConsentInvoke(serviceUrl, "accept", pdf!.content.acceptContext, { uploadInfo }),
    );
    expect(accepted.status).toBe(200);
    expect(connector.uploads).toHaveLength(1);
    expect(connector.uploads[0]!.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(connector.uploads[0]!.bytes.length).toBe(pdf!.content.sizeInBytes);
    await connector.waitFor(() =>
      connector
        .activities()
        .some((r) => attachmentsOf(r).some((a) => a.contentType === FILE_INFO_CONTENT_TYPE)),
    );

    // The same consent at the first instance: taken already, nothing is uploaded twice.
    const personal = conversations.personal().id;
    const again = await post(
      a,
      fileConsentInvoke(serviceUrl, "accept", pdf!.content.acceptContext, { uploadInfo }),
    );
    expect(again.status).toBe(200);
    await connector.waitFor(() =>
      connector
        .activities()
        .some(
          (r) =>
            r.conversationId?.startsWith(personal) &&
            String(r.body?.text ?? "").includes("niet (meer) beschikbaar"),
        ),
    );
    expect(connector.uploads).toHaveLength(1);
  });

  it("counts the intake API's rate limit across both instances", async () => {
    const [a, b] = instances as [Nabuur, Nabuur];
    const key = await createTestKey(a.database.prisma, landlordId, "two-instances");
    const call = (instance: Nabuur) =>
      fetch(`${instance.url}/api/v1/cases/${caseNumber}`, {
        headers: { authorization: `Bearer ${key.token}` },
      });
    const statuses: number[] = [];
    // Alternating, as a load balancer would: each instance sees half of the requests.
    for (let i = 0; i < INTAKE_LIMIT_PER_MINUTE; i++) statuses.push((await call(i % 2 === 0 ? a : b)).status);
    expect(statuses.every((status) => status === 200)).toBe(true);
    const refusedAtA = await call(a);
    const refusedAtB = await call(b);
    expect(refusedAtA.status).toBe(429);
    expect(refusedAtB.status).toBe(429);
    expect(Number(refusedAtB.headers.get("retry-after"))).toBeGreaterThan(0);
    // A minute on (the instances' clock), the key may call again.
    clock.advance(60_000);
    expect((await call(b)).status).toBe(200);
  });
});
