/**
 * Teams with the real core: a direct message for someone the bot has never seen (no conversation
 * reference) waits in the outbox, parked; it goes out as soon as that person shows up — installs
 * the app (conversationUpdate membersAdded) or writes to the bot for the first time.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config.ts";
import { type Nabuur, startNabuur } from "../../../src/server.ts";
import { ManualClock } from "../../../src/services/clock.ts";
import { registerParticipant } from "../../../src/services/participant-service.ts";
import { FakeBotConnector } from "../../helpers/fake-bot-connector.ts";
import { fileNoiseComplaint } from "../../helpers/procedure.ts";
import { MONDAY_MORNING } from "../../helpers/runtime.ts";
import { testLogger } from "../../helpers/test-logger.ts";
import { createWorld, type World } from "../../helpers/world.ts";
import { BOT_ID, personalMessage, TENANT } from "./harness.ts";

const SANNE = { id: "29:user-sanne", name: "Sanne", aadObjectId: "aad-sanne" };
const KARIM = { id: "29:user-karim", name: "Karim", aadObjectId: "aad-karim" };
const CHATS = { sanne: "a:personal-sanne", karim: "a:personal-karim" } as const;

describe("Teams: direct messages for someone the bot has not seen yet", () => {
  const connector = new FakeBotConnector();
  const clock = new ManualClock(MONDAY_MORNING);
  let serviceUrl: string;
  let nabuur: Nabuur;
  let world: World;
  let messagesUrl: string;

  const post = (activity: Record<string, unknown>) =>
    fetch(messagesUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(activity),
    });
  const sentTo = (chat: string) =>
    connector.activities().filter((request) => request.conversationId?.startsWith(chat));
  /** The person's Teams direct messages in the outbox, by status. */
  const directMessages = async (aadObjectId: string) =>
    (await nabuur.database.prisma.outboxMessage.findMany({ where: { platform: "teams" } }))
      .filter((row) => (row.target as { userId?: string }).userId === aadObjectId)
      .map((row) => row.status);
  /** Delivers until nothing is on its way; no timing involved. */
  const settle = async () => {
    for (let round = 0; round < 5; round++) await nabuur.scheduler.tick();
  };

  beforeAll(async () => {
    serviceUrl = await connector.start();
    nabuur = await startNabuur({
      config: loadConfig({ PORT: "0", DATA_DIR: "memory://", TEAMS_ENABLED: "true" }),
      logger: testLogger(),
      clock,
      schedulerCron: null,
    });
    messagesUrl = `${nabuur.url}/api/messages`;
    world = await createWorld(nabuur.database.prisma, { bindChannels: false });
    const prisma = nabuur.database.prisma;
    await prisma.member.update({ where: { id: world.worker.id }, data: { teamsUserId: SANNE.aadObjectId } });
    await prisma.member.update({
      where: { id: world.coordinator.id },
      data: { teamsUserId: KARIM.aadObjectId },
    });
    // A case assigned to Sanne (support worker) with Karim as coordinator: both get direct messages.
    const participant = await registerParticipant(nabuur.runtime, world.actor(world.worker), {
      reference: "HF-W01",
      careProviderId: world.careProvider.id,
      landlordId: world.landlord.id,
      dwelling: "Lange Nieuwstraat 5",
      leaseType: "intermediary",
      supportWorkerId: world.worker.id,
      landlordContactId: world.landlordStaff.id,
      coordinatorId: world.coordinator.id,
    });
    await fileNoiseComplaint(nabuur.runtime, world, participant.participantId);
    await settle();
  });

  afterAll(async () => {
    await nabuur.scheduler.stop();
    await nabuur.stop();
    await connector.stop();
  });

  it("they wait, parked, while the bot knows no conversation with the person", async () => {
    expect(await directMessages(SANNE.aadObjectId)).toContain("parked");
    expect(sentTo(CHATS.sanne)).toEqual([]);
  });

  it("installing the app (membersAdded in the personal chat) delivers them there", async () => {
    const response = await post({
      id: "install-sanne",
      type: "conversationUpdate",
      channelId: "msteams",
      serviceUrl,
      timestamp: new Date().toISOString(),
      from: SANNE,
      recipient: { id: BOT_ID, name: "Nabuur" },
      conversation: { id: CHATS.sanne, conversationType: "personal", tenantId: TENANT },
      channelData: { tenant: { id: TENANT } },
      membersAdded: [{ id: BOT_ID }],
    });
    expect(response.status).toBeLessThan(300);
    await settle();
    expect(await directMessages(SANNE.aadObjectId)).not.toContain("parked");
    expect(JSON.stringify(sentTo(CHATS.sanne).map((request) => request.body))).toContain("HF-W01");
  });

  it("so does the person's first message to the bot", async () => {
    expect(await directMessages(KARIM.aadObjectId)).toContain("parked");
    const response = await post({
      ...personalMessage(serviceUrl, "help", KARIM),
      conversation: { tenantId: TENANT, id: CHATS.karim, conversationType: "personal" },
    });
    expect(response.status).toBeLessThan(300);
    await settle();
    expect(await directMessages(KARIM.aadObjectId)).not.toContain("parked");
    expect(JSON.stringify(sentTo(CHATS.karim).map((request) => request.body))).toContain("HF-W01");
  });
});
