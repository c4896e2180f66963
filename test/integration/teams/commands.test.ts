import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FakeBotConnector } from "../../helpers/fake-bot-connector.ts";
import {
  BOT_ID,
  CHANNEL,
  cardInvoke,
  channelMessage,
  conversations,
  personalMessage,
  TENANT,
  USER,
} from "../../helpers/teams-activities.ts";
import { adaptiveCardProblems } from "../../unit/bot/teams/adaptive-card-validator.ts";
import { memberView, startTeamsHarness, type TeamsHarness } from "./harness.ts";

describe("Teams commands over HTTP (messages to the bot)", () => {
  let h: TeamsHarness;

  beforeAll(async () => {
    h = await startTeamsHarness();
    h.interactions.members.set(USER.aadObjectId, memberView());
  });
  afterAll(() => h.stop());
  beforeEach(() => {
    h.interactions.calls.length = 0;
    h.connector.requests.length = 0;
    h.interactions.answer = () => ({ type: "done" });
  });

  it("a command in the personal chat reaches the core with the member, tenant and conversation; the notice is the reply", async () => {
    h.interactions.answer = () => ({
      type: "done",
      notice: "Zaak 12 bestaat niet of is niet van jouw organisatie.",
    });
    const response = await h.post(personalMessage(h.connector.serviceUrl, "zaak 12"));
    expect(response.status).toBe(200);
    expect(h.interactions.calls).toEqual([
      {
        interaction: { kind: "command", command: "nabuur", text: "zaak 12", mentions: [] },
        context: {
          member: memberView(),
          platformUserId: USER.aadObjectId,
          locale: "nl",
          where: { platform: "teams", workspaceId: TENANT, channelId: conversations.personal().id },
        },
      },
    ]);
    const sent = h.connector.activities();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      route: "replyToActivity",
      conversationId: conversations.personal().id,
      body: {
        type: "message",
        textFormat: "markdown",
        text: "Zaak 12 bestaat niet of is niet van jouw organisatie.",
      },
    });
  });

  it("SPEC §3 Intake: '@Nabuur overlast …' in the shared channel opens the form privately, in the person's personal chat", async () => {
    // Bram has never written to the bot in a personal chat.
    const bram = { id: "29:user-bram", name: "Bram", aadObjectId: "aad-bram" };
    h.interactions.answer = () => ({
      type: "openForm",
      form: {
        formId: "nabuur.case.intake",
        title: "Nieuwe overlastmelding",
        submitLabel: "Melden",
        metadata: "{}",
        fields: [
          {
            id: "description",
            label: "Wat is er gebeurd?",
            kind: "textarea",
            required: true,
            initial: "harde muziek",
          },
        ],
      },
    });
    const response = await h.post(
      channelMessage(h.connector.serviceUrl, "overlast HF-001 harde muziek", [], bram),
    );
    expect(response.status).toBe(200);
    expect(h.interactions.calls[0]?.interaction).toEqual({
      kind: "command",
      command: "overlast",
      text: "HF-001 harde muziek",
      mentions: [],
    });
    expect(h.interactions.calls[0]?.context.where).toEqual({
      platform: "teams",
      workspaceId: TENANT,
      channelId: CHANNEL,
    });
    // The personal chat is created from where the person was seen (their Teams id, tenant, service URL)…
    const created = h.connector.requests.filter((request) => request.route === "createConversation");
    expect(created).toHaveLength(1);
    expect(created[0]?.body).toMatchObject({
      isGroup: false,
      bot: { id: BOT_ID },
      members: [{ id: bram.id }],
      tenantId: TENANT,
      channelData: { tenant: { id: TENANT } },
    });
    // …the form goes there, and nothing is posted in the shared channel.
    const sent = h.connector.activities();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.conversationId).toBe("a:personal-1");
    const [card] = FakeBotConnector.cardsOf(sent[0]!);
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain('"verb":"nabuur.case.intake"');
    expect(JSON.stringify(card)).toContain('"value":"harde muziek"');

    // Submitted in the personal chat, the form still counts for the shared channel it was asked in.
    h.interactions.calls.length = 0;
    h.interactions.answer = () => ({ type: "done", notice: "Melding ontvangen." });
    const submit = (card as { actions: { verb: string; data: Record<string, unknown> }[] }).actions[0]!;
    const invoke = await h.post(
      cardInvoke(
        h.connector.serviceUrl,
        submit.verb,
        { ...submit.data, description: "harde muziek tot 3 uur" },
        { conversation: conversations.personal("a:personal-1"), from: bram, replyToId: sent[0]?.response.id },
      ),
    );
    expect(h.interactions.calls[0]).toMatchObject({
      interaction: {
        kind: "formSubmit",
        formId: "nabuur.case.intake",
        metadata: "{}",
        values: { description: "harde muziek tot 3 uur" },
      },
      context: { where: { platform: "teams", workspaceId: TENANT, channelId: CHANNEL } },
    });
    const answered = (await invoke.json()) as { type: string; value: unknown };
    expect(answered.type).toBe("application/vnd.microsoft.card.adaptive");
    expect(adaptiveCardProblems(answered.value)).toEqual([]);
    expect(JSON.stringify(answered.value)).toContain("Melding ontvangen.");

    // The next answer reuses the stored personal chat.
    h.connector.requests.length = 0;
    h.interactions.answer = () => ({ type: "done", notice: "Ontvangen" });
    await h.post(channelMessage(h.connector.serviceUrl, "signaal", [], bram));
    expect(h.connector.requests.map((request) => [request.route, request.conversationId])).toEqual([
      ["replyToActivity", "a:personal-1"],
    ]);
  });

  it("'lid @someone begeleider': other people's mentions become '@' plus their AAD object id (looked up in Teams)", async () => {
    h.connector.members.set("29:piet", { id: "29:piet", name: "Piet Jansen", aadObjectId: "aad-piet" });
    const piet = {
      type: "mention",
      text: "<at>Piet Jansen</at>",
      mentioned: { id: "29:piet", name: "Piet Jansen" },
    };
    await h.post(channelMessage(h.connector.serviceUrl, "lid <at>Piet Jansen</at> begeleider", [piet]));
    expect(h.interactions.calls[0]?.interaction).toEqual({
      kind: "command",
      command: "nabuur",
      text: "lid @ begeleider",
      mentions: [{ platformUserId: "aad-piet", displayName: "Piet Jansen" }],
    });
    // Piet can now be sent a direct message: where he was mentioned is remembered.
    const saved = await h.db.prisma.teamsConversation.findUnique({ where: { key: "user:aad-piet" } });
    expect(saved?.reference).toMatchObject({
      user: { id: "29:piet", aadObjectId: "aad-piet" },
      serviceUrl: h.connector.serviceUrl,
    });
  });

  it("a reply card goes to the person only and is remembered when it has buttons", async () => {
    h.interactions.answer = () => ({
      type: "reply",
      card: {
        summary: "Zaak 12",
        blocks: [
          { type: "header", text: "Zaak 12" },
          {
            type: "actions",
            buttons: [{ actionId: "nabuur.case.summary", label: "Dossier", value: "{}", style: "default" }],
          },
        ],
      },
    });
    await h.post(personalMessage(h.connector.serviceUrl, "zaak 12"));
    const [sent] = h.connector.activities();
    const [card] = FakeBotConnector.cardsOf(sent!);
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(sent?.body.summary).toBe("Zaak 12");
    const remembered = await h.db.prisma.teamsConversation.findUnique({
      where: { key: `card:${conversations.personal().id}:${sent?.response.id}` },
    });
    expect(remembered?.reference).toMatchObject({ card: { summary: "Zaak 12" } });
  });

  it("an error in the core is shown to the person with a reference id", async () => {
    h.interactions.answer = () => {
      throw new Error("database down");
    };
    await h.post(personalMessage(h.connector.serviceUrl, "mijn"));
    const [sent] = h.connector.activities();
    expect(sent?.body.text).toMatch(/^Mislukt \([0-9a-f]{8}\)$/);
  });

  it("when the personal chat cannot be reached, a hint (without the answer) is given in the channel thread", async () => {
    const stranger = { id: "29:stranger", name: "Sam", aadObjectId: "aad-sam" };
    h.connector.fail("createConversation", { kind: "http", status: 403 });
    h.interactions.answer = () => ({ type: "done", notice: "Geheim antwoord" });
    await h.post(channelMessage(h.connector.serviceUrl, "mijn", [], stranger));
    const sent = h.connector.activities();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.conversationId).toBe(`${CHANNEL};messageid=1700000000000`);
    expect(sent[0]?.body.text).toContain("persoonlijk bericht");
    expect(JSON.stringify(sent[0]?.body)).not.toContain("Geheim");
  });

  it("a command that takes longer than a second sends nothing but its answer: no typing indicator in the channel", async () => {
    h.interactions.answer = async () => {
      // Longer than the Teams AI app's typing timer (1 s), which sends "typing" into the turn's
      // conversation until that turn sends a message itself.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      return { type: "done", notice: "Klaar" };
    };
    const response = await h.post(channelMessage(h.connector.serviceUrl, "mijn"));
    expect(response.status).toBe(200);
    // The answer went to the personal chat; the channel got nothing at all.
    const sent = h.connector.activities();
    expect(sent.map((request) => request.body.type)).toEqual(["message"]);
    expect(sent[0]?.body.text).toBe("Klaar");
    expect(sent.filter((request) => request.conversationId?.startsWith(CHANNEL))).toEqual([]);
  });

  it("saves the conversation reference of every inbound activity: the channel (not the thread), the user, the personal chat", async () => {
    await h.post(personalMessage(h.connector.serviceUrl, "help"));
    await h.post(channelMessage(h.connector.serviceUrl, "help"));
    const rows = await h.db.prisma.teamsConversation.findMany({
      where: { key: { not: { startsWith: "card:" } } },
    });
    const byKey = Object.fromEntries(rows.map((row) => [row.key, row.reference]));
    expect(byKey[`conversation:${CHANNEL}`]).toMatchObject({
      channelId: "msteams",
      serviceUrl: h.connector.serviceUrl,
      conversation: { id: CHANNEL, conversationType: "channel", tenantId: TENANT },
      bot: { id: BOT_ID },
    });
    expect(byKey[`personal:${USER.aadObjectId}`]).toMatchObject({
      conversation: { id: conversations.personal().id, conversationType: "personal" },
      user: { id: USER.id, aadObjectId: USER.aadObjectId },
    });
    // The last place Anna was seen: the channel.
    expect(byKey[`user:${USER.aadObjectId}`]).toMatchObject({ conversation: { id: CHANNEL } });
  });

  it("adding Nabuur as a personal app opens the chat with the member's overview", async () => {
    await h.post({
      ...personalMessage(h.connector.serviceUrl, ""),
      type: "conversationUpdate",
      text: undefined,
      membersAdded: [{ id: BOT_ID }],
    });
    const [sent] = h.connector.activities();
    const [card] = FakeBotConnector.cardsOf(sent!);
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain(`Welkom ${USER.name}`);
    expect(h.interactions.calls).toEqual([]);
  });
});
