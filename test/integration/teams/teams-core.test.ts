/**
 * Teams with the real core: the real Teams AI app on Nabuur's own server (/api/messages), a real
 * database and the scheduler's outbox delivery, against a fake Bot Connector on 127.0.0.1.
 * The same procedure as in Slack; every card passes the adaptivecards validator, and nothing sent
 * to the shared channel names the complainant or shows care-only content.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config.ts";
import { CASE_BUTTON_IDS } from "../../../src/flows/cases/buttons.ts";
import { type Nabuur, startNabuur } from "../../../src/server.ts";
import { fileComplaint } from "../../../src/services/case-service.ts";
import { ManualClock } from "../../../src/services/clock.ts";
import { registerParticipant } from "../../../src/services/participant-service.ts";
import { FakeBotConnector } from "../../helpers/fake-bot-connector.ts";
import { recordSharedChannel } from "../../helpers/privacy-ledger.ts";
import { MONDAY_MORNING } from "../../helpers/runtime.ts";
import { testLogger } from "../../helpers/test-logger.ts";
import { createWorld, type World } from "../../helpers/world.ts";
import { adaptiveCardProblems } from "../../unit/bot/teams/adaptive-card-validator.ts";
import { CHANNEL, cardInvoke, channelMessage, personalMessage, USER } from "./harness.ts";

const COMPLAINANT = "Meneer Anoniem-Niet";

describe("Teams with the real core", () => {
  const connector = new FakeBotConnector();
  let serviceUrl: string;
  let nabuur: Nabuur;
  let world: World;
  let messagesUrl: string;
  const clock = new ManualClock(MONDAY_MORNING);

  const post = (activity: Record<string, unknown>) =>
    fetch(messagesUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(activity),
    });

  const sharedActivities = () =>
    connector
      .activities()
      .filter(
        (request) => request.path.includes(encodeURIComponent(CHANNEL)) || request.path.includes(CHANNEL),
      );

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
    await prisma.member.update({ where: { id: world.worker.id }, data: { teamsUserId: USER.aadObjectId } });
    await prisma.member.update({ where: { id: world.landlordStaff.id }, data: { teamsUserId: "aad-petra" } });
    await prisma.channelBinding.create({
      data: {
        platform: "teams",
        kind: "shared",
        scopeKey: `${world.careProvider.id}:${world.landlord.id}`,
        channelId: CHANNEL,
        careProviderId: world.careProvider.id,
        landlordId: world.landlord.id,
        createdById: world.careAdmin.id,
      },
    });
    // Any activity from the channel stores its conversation reference for proactive messages.
    expect((await post(channelMessage(serviceUrl, "help"))).status).toBeLessThan(300);
  });

  afterAll(async () => {
    // The ledger gets what reached the channel: no outbox delivery may still be on its way.
    await nabuur.scheduler.stop();
    await recordSharedChannel(
      "teams",
      sharedActivities().map((request) => request.body),
      nabuur.database.prisma,
    );
    await nabuur.stop();
    await connector.stop();
  });

  it("Actie 1: a complaint's case card reaches the Teams channel as a valid Adaptive Card, without the complainant", async () => {
    const participant = await registerParticipant(nabuur.runtime, world.actor(world.worker), {
      reference: "HF-T01",
      careProviderId: world.careProvider.id,
      landlordId: world.landlord.id,
      dwelling: "Vredenburg 1",
      leaseType: "intermediary",
      supportWorkerId: world.worker.id,
      landlordContactId: world.landlordStaff.id,
      coordinatorId: null,
    });
    await fileComplaint(nabuur.runtime, world.actor(world.landlordStaff), {
      participantId: participant.participantId,
      complaint: {
        type: "noise",
        description: "Bonkende bas tot twee uur 's nachts.",
        occurredAt: new Date(clock.now().getTime() - 20 * 3600_000),
        afterTen: true,
        receivedByLandlordAt: new Date(clock.now().getTime() - 3600_000),
        complainantAnonymous: false,
      },
      complainant: { anonymous: false, name: COMPLAINANT, contact: "buurman@example.org" },
    });
    await nabuur.scheduler.tick();
    const outbox = await nabuur.database.prisma.outboxMessage.findMany({ where: { platform: "teams" } });
    expect(outbox.length).toBeGreaterThan(0);
    expect(
      outbox.filter(
        (message) => message.status !== "sent" && (message.target as { kind: string }).kind === "channel",
      ),
    ).toEqual([]);
    const shared = sharedActivities();
    expect(JSON.stringify(shared)).toContain("HF-T01");
    for (const request of shared) {
      for (const card of FakeBotConnector.cardsOf(request)) expect(adaptiveCardProblems(card)).toEqual([]);
    }
    expect(JSON.stringify(connector.requests)).not.toContain(COMPLAINANT);
  });

  it("Actie 2: the worker's Action.Execute on an assessment button is recorded in the case", async () => {
    const state = (await nabuur.database.prisma.case.findFirstOrThrow()).state as { id: string };
    const response = await post(
      cardInvoke(serviceUrl, CASE_BUTTON_IDS.answerUnconscious, {
        value: JSON.stringify({ c: state.id, q: "behaviour", v: "unconscious" }),
      }),
    );
    expect(response.status).toBe(200);
    const entries = await nabuur.database.prisma.timelineEntry.findMany({
      where: { subject: `case:${state.id}` },
    });
    expect(entries.some((entry) => entry.event.startsWith("assessment."))).toBe(true);
  });

  it("Termijnen: 'overzicht' in the coordinator's personal chat lists the team's open cases with each item named", async () => {
    const karim = { id: "29:user-karim", name: "Karim", aadObjectId: "aad-karim" };
    await nabuur.database.prisma.member.update({
      where: { id: world.coordinator.id },
      data: { teamsUserId: karim.aadObjectId },
    });
    const before = connector.requests.length;
    const response = await post(personalMessage(serviceUrl, "overzicht", karim));
    expect(response.status).toBeLessThan(300);
    await connector.waitFor(() =>
      JSON.stringify(connector.requests.slice(before)).includes("Overzicht van het team"),
    );
    const cards = connector.requests.slice(before).flatMap((request) => FakeBotConnector.cardsOf(request));
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) expect(adaptiveCardProblems(card)).toEqual([]);
    const text = JSON.stringify(cards);
    expect(text).toMatch(/Zaak \d+ · HF-T01/);
    expect(text).toContain("Sanne (begeleider)");
    expect(text).toContain("Zaak starten en de verhuurder laten weten hoe het team het aanpakt (Actie 1)");
  });

  it("a member who is not registered is told how to get access, nothing is recorded", async () => {
    const before = await nabuur.database.prisma.timelineEntry.count();
    const stranger = { id: "29:stranger", name: "Onbekend", aadObjectId: "aad-stranger" };
    const response = await post(channelMessage(serviceUrl, "zaak 1", [], stranger));
    expect(response.status).toBeLessThan(300);
    await connector.waitFor(() => JSON.stringify(connector.requests).includes("nog niet aangemeld"));
    expect(await nabuur.database.prisma.timelineEntry.count()).toBe(before);
  });
});
