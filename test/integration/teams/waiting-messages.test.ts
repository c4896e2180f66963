/**
 * Teams with the real core: a direct message for someone the bot has never seen (no conversation
 * reference) waits in the outbox, parked; it goes out as soon as that person shows up — installs
 * the app (conversationUpdate membersAdded) or writes to the bot for the first time.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerParticipant } from "../../../src/services/participant-service.ts";
import { fileNoiseComplaint } from "../../helpers/procedure.ts";
import { BOT_ID, personalMessage, TENANT } from "../../helpers/teams-activities.ts";
import { startTeamsAppHarness, type TeamsAppHarness } from "../../helpers/teams-harness.ts";

const SANNE = { id: "29:user-sanne", name: "Sanne", aadObjectId: "aad-sanne" };
const KARIM = { id: "29:user-karim", name: "Karim", aadObjectId: "aad-karim" };
const CHATS = { sanne: "a:personal-sanne", karim: "a:personal-karim" } as const;

describe("Teams: direct messages for someone the bot has not seen yet", () => {
  let h: TeamsAppHarness;

  /** The person's Teams direct messages in the outbox, by status. */
  const directMessages = async (aadObjectId: string) =>
    (await h.prisma.outboxMessage.findMany({ where: { platform: "teams" } }))
      .filter((row) => (row.target as { userId?: string }).userId === aadObjectId)
      .map((row) => row.status);
  /** Delivers until nothing is on its way; no timing involved. */
  const settle = async () => {
    for (let round = 0; round < 5; round++) await h.tick();
  };

  beforeAll(async () => {
    h = await startTeamsAppHarness();
    const { world } = h;
    await h.link(world.worker, SANNE);
    await h.link(world.coordinator, KARIM);
    // A case assigned to Sanne (support worker) with Karim as coordinator: both get direct messages.
    const participant = await registerParticipant(h.nabuur.runtime, world.actor(world.worker), {
      reference: "HF-W01",
      careProviderId: world.careProvider.id,
      landlordId: world.landlord.id,
      dwelling: "Lange Nieuwstraat 5",
      leaseType: "intermediary",
      supportWorkerId: world.worker.id,
      landlordContactId: world.landlordStaff.id,
      coordinatorId: world.coordinator.id,
    });
    await fileNoiseComplaint(h.nabuur.runtime, world, participant.participantId);
    await settle();
  });

  afterAll(() => h.stop());

  it("they wait, parked, while the bot knows no conversation with the person", async () => {
    expect(await directMessages(SANNE.aadObjectId)).toContain("parked");
    expect(h.sentTo(CHATS.sanne)).toEqual([]);
  });

  it("installing the app (membersAdded in the personal chat) delivers them there", async () => {
    const response = await h.post({
      id: "install-sanne",
      type: "conversationUpdate",
      channelId: "msteams",
      serviceUrl: h.serviceUrl,
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
    expect(JSON.stringify(h.sentTo(CHATS.sanne).map((request) => request.body))).toContain("HF-W01");
  });

  it("so does the person's first message to the bot", async () => {
    expect(await directMessages(KARIM.aadObjectId)).toContain("parked");
    const response = await h.post(personalMessage(h.serviceUrl, "help", KARIM, CHATS.karim));
    expect(response.status).toBeLessThan(300);
    await settle();
    expect(await directMessages(KARIM.aadObjectId)).not.toContain("parked");
    expect(JSON.stringify(h.sentTo(CHATS.karim).map((request) => request.body))).toContain("HF-W01");
  });
});
