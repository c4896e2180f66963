import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Card } from "../../../src/flows/cards/card.ts";
import { ChatDeliveryError } from "../../../src/services/interactions/chat-port.ts";
import { FakeBotConnector } from "../../helpers/fake-bot-connector.ts";
import {
  BOT_ID,
  CHANNEL,
  channelMessage,
  personalMessage,
  TENANT,
  USER,
} from "../../helpers/teams-activities.ts";
import { adaptiveCardProblems } from "../../unit/bot/teams/adaptive-card-validator.ts";
import { startTeamsHarness, type TeamsHarness } from "./harness.ts";

const card: Card = {
  summary: "Termijn verloopt morgen",
  blocks: [
    { type: "header", text: "Herinnering" },
    { type: "text", text: "Het gesprek met de deelnemer moet *morgen* plaatsvinden." },
    {
      type: "actions",
      buttons: [
        { actionId: "nabuur.deadline.done", label: "Gedaan", value: '{"id":"d1"}', style: "primary" },
      ],
    },
  ],
};

async function deliveryError(promise: Promise<unknown>): Promise<ChatDeliveryError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ChatDeliveryError);
    return error as ChatDeliveryError;
  }
  throw new Error("expected the delivery to fail");
}

describe("Teams ChatPort through the Bot Connector (proactive delivery)", () => {
  let h: TeamsHarness;

  beforeAll(async () => {
    h = await startTeamsHarness();
    // The bot has seen the shared channel and Anna's personal chat.
    await h.post(channelMessage(h.connector.serviceUrl, "help"));
    await h.post(personalMessage(h.connector.serviceUrl, "help"));
  });
  afterAll(() => h.stop());
  beforeEach(() => {
    h.connector.requests.length = 0;
  });

  it("posts a card at the top of a channel and returns where it landed", async () => {
    const posted = await h.bot.chatPort.post(
      { kind: "channel", channelId: CHANNEL, threadMessageId: null },
      card,
    );
    const [request] = h.connector.activities();
    expect(request?.conversationId).toBe(CHANNEL);
    expect(posted).toEqual({ channelId: CHANNEL, messageId: request?.response.id });
    expect(request?.body).toMatchObject({
      type: "message",
      summary: "Termijn verloopt morgen",
      from: { id: BOT_ID },
    });
    const [json] = FakeBotConnector.cardsOf(request!);
    expect(adaptiveCardProblems(json)).toEqual([]);
  });

  it("posts a reply in a channel thread (conversation '<channel>;messageid=<root>')", async () => {
    const posted = await h.bot.chatPort.post(
      { kind: "channel", channelId: CHANNEL, threadMessageId: "1700000000123" },
      card,
    );
    expect(posted.channelId).toBe(`${CHANNEL};messageid=1700000000123`);
    expect(h.connector.activities()[0]?.conversationId).toBe(`${CHANNEL};messageid=1700000000123`);
  });

  it("updates a posted card in place (PUT …/activities/:id)", async () => {
    const posted = await h.bot.chatPort.post(
      { kind: "channel", channelId: CHANNEL, threadMessageId: null },
      card,
    );
    const changed: Card = { ...card, blocks: [{ type: "text", text: "Gedaan door Anna" }] };
    await h.bot.chatPort.update(posted, changed);
    const update = h.connector.requests.find((request) => request.route === "updateActivity");
    expect(update).toMatchObject({ method: "PUT", conversationId: CHANNEL, activityId: posted.messageId });
    const [json] = FakeBotConnector.cardsOf(update!);
    expect(adaptiveCardProblems(json)).toEqual([]);
    expect(JSON.stringify(json)).toContain("Gedaan door Anna");
    // Nobody was shown a copy of their own yet: everyone sees the message itself, no refresh.
    expect(json).not.toHaveProperty("refresh");
  });

  it("sends a direct message in the stored personal chat", async () => {
    const posted = await h.bot.chatPort.post({ kind: "dm", userId: USER.aadObjectId }, card);
    expect(posted.channelId).toBe("a:personal-anna");
    expect(h.connector.requests.map((request) => request.route)).toEqual(["replyToActivity"]);
  });

  it("creates the personal chat for a person seen only in a channel, then uses it", async () => {
    const carla = { id: "29:carla", name: "Carla", aadObjectId: "aad-carla" };
    await h.post(channelMessage(h.connector.serviceUrl, "help", [], carla));
    h.connector.requests.length = 0;
    const first = await h.bot.chatPort.post({ kind: "dm", userId: carla.aadObjectId }, card);
    expect(h.connector.requests[0]).toMatchObject({
      route: "createConversation",
      body: { members: [{ id: "29:carla" }], tenantId: TENANT, isGroup: false },
    });
    const second = await h.bot.chatPort.post({ kind: "dm", userId: carla.aadObjectId }, card);
    expect(second.channelId).toBe(first.channelId);
    expect(h.connector.requests.filter((request) => request.route === "createConversation")).toHaveLength(1);
    // An update of a DM finds the personal chat too.
    await h.bot.chatPort.update(second, card);
    expect(h.connector.requests.at(-1)).toMatchObject({
      route: "updateActivity",
      conversationId: first.channelId,
    });
  });

  it("HTTP 429 → retryable with the Retry-After, without waiting inside the call", async () => {
    h.connector.fail("anySend", { kind: "rateLimited", retryAfterSeconds: 30 });
    const started = Date.now();
    const error = await deliveryError(
      h.bot.chatPort.post({ kind: "channel", channelId: CHANNEL, threadMessageId: null }, card),
    );
    expect(error.retryable).toBe(true);
    expect(error.retryAfterMs).toBe(30_000);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(h.connector.requests).toHaveLength(1);
  });

  it("HTTP 403 (bot removed from the team) and 404 (conversation gone) → not retryable", async () => {
    h.connector.fail("replyToActivity", { kind: "http", status: 403 });
    const forbidden = await deliveryError(
      h.bot.chatPort.post({ kind: "dm", userId: USER.aadObjectId }, card),
    );
    expect(forbidden.retryable).toBe(false);
    h.connector.fail("updateActivity", { kind: "http", status: 404 });
    const gone = await deliveryError(h.bot.chatPort.update({ channelId: CHANNEL, messageId: "17" }, card));
    expect(gone.retryable).toBe(false);
  });

  it("HTTP 500 and an unreachable service → retryable, each after one attempt", async () => {
    h.connector.fail("replyToActivity", { kind: "http", status: 500 });
    const outage = await deliveryError(
      h.bot.chatPort.post({ kind: "channel", channelId: CHANNEL, threadMessageId: null }, card),
    );
    expect(outage.retryable).toBe(true);
    expect(h.connector.requests).toHaveLength(1);
    // A conversation whose service URL does not answer.
    await h.post({
      ...channelMessage("http://127.0.0.1:9/", "help"),
      conversation: { id: "19:dead@thread.tacv2", conversationType: "channel", tenantId: TENANT },
    });
    const unreachable = await deliveryError(
      h.bot.chatPort.post(
        { kind: "channel", channelId: "19:dead@thread.tacv2", threadMessageId: null },
        card,
      ),
    );
    expect(unreachable.retryable).toBe(true);
  });

  it("a channel or person the bot has never seen → not retryable", async () => {
    const channel = await deliveryError(
      h.bot.chatPort.post(
        { kind: "channel", channelId: "19:unknown@thread.tacv2", threadMessageId: null },
        card,
      ),
    );
    expect(channel.retryable).toBe(false);
    const person = await deliveryError(h.bot.chatPort.post({ kind: "dm", userId: "aad-nobody" }, card));
    expect(person.retryable).toBe(false);
    expect(h.connector.requests).toEqual([]);
  });
});
