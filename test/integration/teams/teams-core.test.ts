/**
 * Teams with the real core: the real Teams AI app on Nabuur's own server (/api/messages), a real
 * database and the scheduler's outbox delivery, against a fake Bot Connector on 127.0.0.1.
 * The same procedure as in Slack; every card passes the adaptivecards validator, and nothing sent
 * to the shared channel names the complainant or shows care-only content.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CASE_BUTTON_IDS } from "../../../src/flows/cases/buttons.ts";
import { fileComplaint } from "../../../src/services/case-service.ts";
import { registerParticipant } from "../../../src/services/participant-service.ts";
import { FakeBotConnector } from "../../helpers/fake-bot-connector.ts";
import {
  CHANNEL,
  cardInvoke,
  channelMessage,
  personalMessage,
  USER,
} from "../../helpers/teams-activities.ts";
import { startTeamsAppHarness, type TeamsAppHarness } from "../../helpers/teams-harness.ts";
import { adaptiveCardProblems } from "../../unit/bot/teams/adaptive-card-validator.ts";

const COMPLAINANT = "Meneer Anoniem-Niet";
const PETRA = { id: "29:user-petra", name: "Petra", aadObjectId: "aad-petra" };

describe("Teams with the real core", () => {
  let h: TeamsAppHarness;

  beforeAll(async () => {
    h = await startTeamsAppHarness();
    await h.link(h.world.worker, USER);
    await h.link(h.world.landlordStaff, PETRA);
    // What reaches the shared channel goes to the privacy ledger when the harness stops.
    await h.bind("shared", CHANNEL);
    // Any activity from the channel stores its conversation reference for proactive messages.
    expect((await h.post(channelMessage(h.serviceUrl, "help"))).status).toBeLessThan(300);
  });

  afterAll(() => h.stop());

  it("Actie 1: a complaint's case card reaches the Teams channel as a valid Adaptive Card, without the complainant", async () => {
    const participant = await registerParticipant(h.nabuur.runtime, h.world.actor(h.world.worker), {
      reference: "HF-T01",
      careProviderId: h.world.careProvider.id,
      landlordId: h.world.landlord.id,
      dwelling: "Vredenburg 1",
      leaseType: "intermediary",
      supportWorkerId: h.world.worker.id,
      landlordContactId: h.world.landlordStaff.id,
      coordinatorId: null,
    });
    await fileComplaint(h.nabuur.runtime, h.world.actor(h.world.landlordStaff), {
      participantId: participant.participantId,
      complaint: {
        type: "noise",
        description: "Bonkende bas tot twee uur 's nachts.",
        occurredAt: new Date(h.clock.now().getTime() - 20 * 3600_000),
        afterTen: true,
        receivedByLandlordAt: new Date(h.clock.now().getTime() - 3600_000),
        complainantAnonymous: false,
      },
      complainant: { anonymous: false, name: COMPLAINANT, contact: "buurman@example.org" },
    });
    await h.tick();
    const outbox = await h.prisma.outboxMessage.findMany({ where: { platform: "teams" } });
    expect(outbox.length).toBeGreaterThan(0);
    expect(
      outbox.filter(
        (message) => message.status !== "sent" && (message.target as { kind: string }).kind === "channel",
      ),
    ).toEqual([]);
    const shared = h.sentTo(CHANNEL);
    expect(JSON.stringify(shared)).toContain("HF-T01");
    for (const request of shared) {
      for (const card of FakeBotConnector.cardsOf(request)) expect(adaptiveCardProblems(card)).toEqual([]);
    }
    expect(JSON.stringify(h.connector.requests)).not.toContain(COMPLAINANT);
  });

  it("Actie 2: the worker's Action.Execute on an assessment button is recorded in the case", async () => {
    const state = (await h.prisma.case.findFirstOrThrow()).state as { id: string };
    const response = await h.post(
      cardInvoke(h.serviceUrl, CASE_BUTTON_IDS.answerUnconscious, {
        value: JSON.stringify({ c: state.id, q: "behaviour", v: "unconscious" }),
      }),
    );
    expect(response.status).toBe(200);
    const entries = await h.prisma.timelineEntry.findMany({
      where: { subject: `case:${state.id}` },
    });
    expect(entries.some((entry) => entry.event.startsWith("assessment."))).toBe(true);
  });

  it("Termijnen: 'overzicht' in the coordinator's personal chat lists the team's open cases with each item named", async () => {
    const karim = { id: "29:user-karim", name: "Karim", aadObjectId: "aad-karim" };
    await h.link(h.world.coordinator, karim);
    const before = h.connector.requests.length;
    const response = await h.post(personalMessage(h.serviceUrl, "overzicht", karim));
    expect(response.status).toBeLessThan(300);
    await h.connector.waitFor(() =>
      JSON.stringify(h.connector.requests.slice(before)).includes("Overzicht van het team"),
    );
    const cards = h.connector.requests.slice(before).flatMap((request) => FakeBotConnector.cardsOf(request));
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) expect(adaptiveCardProblems(card)).toEqual([]);
    const text = JSON.stringify(cards);
    expect(text).toMatch(/Zaak \d+ · HF-T01/);
    expect(text).toContain("Sanne (begeleider)");
    expect(text).toContain("Zaak starten en de verhuurder laten weten hoe het team het aanpakt (Actie 1)");
  });

  it("a member who is not registered is told how to get access, nothing is recorded", async () => {
    const before = await h.prisma.timelineEntry.count();
    const stranger = { id: "29:stranger", name: "Onbekend", aadObjectId: "aad-stranger" };
    const response = await h.post(channelMessage(h.serviceUrl, "zaak 1", [], stranger));
    expect(response.status).toBeLessThan(300);
    await h.connector.waitFor(() => JSON.stringify(h.connector.requests).includes("nog niet aangemeld"));
    expect(await h.prisma.timelineEntry.count()).toBe(before);
  });
});
