/**
 * What people read in Teams is in Teams syntax and proper Dutch: command hints as "@Nabuur …"
 * (never Slack's "/nabuur …"), placeholders as written (never "&lt;nr&gt;"), answers where the
 * command was given when they are about that conversation, Dutch hints in date and time inputs.
 * Through the real Teams AI app and the fake Bot Connector; the core's own texts are used.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { AdaptiveCard } from "../../../src/bot/teams/render-adaptive-card.ts";
import { botTexts } from "../../../src/services/interactions/texts.ts";
import {
  CHANNEL,
  cardInvoke,
  channelMessage,
  conversations,
  personalMessage,
  USER,
} from "../../helpers/teams-activities.ts";
import { adaptiveCardProblems } from "../../unit/bot/teams/adaptive-card-validator.ts";
import { memberView, startTeamsHarness, type TeamsHarness } from "./harness.ts";

const MESSAGE = "application/vnd.microsoft.activity.message";

describe("Teams texts", () => {
  let h: TeamsHarness;

  beforeAll(async () => {
    h = await startTeamsHarness();
    h.interactions.members.set(USER.aadObjectId, memberView());
  });
  afterAll(() => h.stop());
  beforeEach(() => {
    h.interactions.calls.length = 0;
    h.connector.requests.length = 0;
  });

  it("the help lists the commands as '@Nabuur …', with placeholders as written", async () => {
    h.interactions.answer = () => ({ type: "done", notice: botTexts("nl").help });
    await h.post(personalMessage(h.connector.serviceUrl, "help"));
    const [sent] = h.connector.activities();
    const text = String(sent?.body.text);
    expect(text).toContain("@Nabuur zaak <nr>");
    expect(text).toContain("@Nabuur overlast");
    expect(text).not.toMatch(/(^|\s|`)\/(nabuur|overlast|signaal)\b/);
    expect(text).not.toContain("&lt;");
    expect(text).not.toContain("`");
  });

  it("an error shown as the invoke's message speaks Teams, without markup", async () => {
    h.interactions.answer = () => ({ type: "done", notice: botTexts("nl").outdatedButton });
    const response = await h.post(
      cardInvoke(h.connector.serviceUrl, "nabuur.case.start", { value: "{}" }, { replyToId: "unknown" }),
    );
    const body = (await response.json()) as { type: string; value: string };
    expect(body.type).toBe(MESSAGE);
    expect(body.value).toBe(
      "Deze knop is verouderd of onbekend. Open de zaak opnieuw met @Nabuur zaak <nr>.",
    );
  });

  it("an unknown command's hint and the registration hint say '@Nabuur help' and '@Nabuur lid'", async () => {
    const t = botTexts("nl");
    h.interactions.answer = () => ({
      type: "done",
      notice: `${t.unknownCommand("foo")}\n${t.notRegistered}`,
    });
    await h.post(personalMessage(h.connector.serviceUrl, "foo"));
    const text = String(h.connector.activities()[0]?.body.text);
    expect(text).toContain("Typ **@Nabuur help**");
    expect(text).toContain("**@Nabuur lid @jij <rol>**");
  });

  it("binding a channel is answered in that channel, with a proper Dutch plural", async () => {
    h.interactions.answer = () => ({
      type: "done",
      notice: botTexts("nl").channelBound("shared", 3),
      inConversation: true,
    });
    await h.post(channelMessage(h.connector.serviceUrl, "kanaal gedeeld Woonstad"));
    const sent = h.connector.activities();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.conversationId?.startsWith(CHANNEL)).toBe(true);
    expect(sent[0]?.conversationId).not.toBe(conversations.personal().id);
    expect(sent[0]?.body.text).toBe(
      "Dit kanaal is nu het gedeelde kanaal. 3 wachtende berichten worden nu geplaatst.",
    );
    expect(botTexts("nl").channelBound("shared", 1)).toBe(
      "Dit kanaal is nu het gedeelde kanaal. 1 wachtend bericht wordt nu geplaatst.",
    );
    expect(botTexts("en").channelBound("careTeam", 1)).toBe(
      "This channel is now the care team's channel. 1 waiting message is being posted now.",
    );
  });

  it("date and time inputs carry Dutch placeholders (English for an English member)", async () => {
    const form = {
      formId: "nabuur.case.hearing.form",
      title: "Wederhoor",
      submitLabel: "Opslaan",
      metadata: "{}",
      fields: [{ id: "heldAt", label: "Gesprek gehouden op", kind: "datetime" as const, required: true }],
    };
    h.interactions.answer = () => ({ type: "openForm", form });
    const open = async () => {
      const response = await h.post(
        cardInvoke(h.connector.serviceUrl, "nabuur.case.hearing", { value: "{}" }),
      );
      return ((await response.json()) as { value: AdaptiveCard }).value;
    };
    const dutch = await open();
    expect(adaptiveCardProblems(dutch)).toEqual([]);
    expect(JSON.stringify(dutch)).toContain('"placeholder":"Kies een datum"');
    expect(JSON.stringify(dutch)).toContain('"placeholder":"Kies een tijd (uu:mm)"');
    h.interactions.members.set(USER.aadObjectId, memberView({ locale: "en" }));
    const english = await open();
    h.interactions.members.set(USER.aadObjectId, memberView());
    expect(JSON.stringify(english)).toContain('"placeholder":"Choose a date"');
  });
});
