import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { AdaptiveCard } from "../../../src/bot/teams/render-adaptive-card.ts";
import type { Card, Form } from "../../../src/flows/cards/card.ts";
import { FakeBotConnector } from "../../helpers/fake-bot-connector.ts";
import { CHANNEL, cardInvoke, channelMessage, TENANT, USER } from "../../helpers/teams-activities.ts";
import { adaptiveCardProblems } from "../../unit/bot/teams/adaptive-card-validator.ts";
import { memberView, startTeamsHarness, type TeamsHarness } from "./harness.ts";

const MESSAGE = "application/vnd.microsoft.activity.message";
const CARD = "application/vnd.microsoft.card.adaptive";

const caseCard: Card = {
  summary: "Zaak 7",
  blocks: [
    { type: "header", text: "Zaak 7" },
    {
      type: "actions",
      buttons: [
        {
          actionId: "nabuur.case.hearing",
          label: "Wederhoor vastleggen",
          value: '{"caseId":"c7"}',
          style: "primary",
        },
      ],
    },
  ],
};

// Actie 2: wederhoor — the form a button opens.
const hearingForm: Form = {
  formId: "nabuur.case.hearing.form",
  title: "Wederhoor",
  submitLabel: "Opslaan",
  metadata: '{"caseId":"c7"}',
  fields: [
    { id: "heldAt", label: "Gesprek gehouden op", kind: "datetime", required: true },
    { id: "notes", label: "Notities", kind: "textarea", required: true },
  ],
};

interface InvokeBody {
  statusCode: number;
  type: string;
  value: AdaptiveCard | string;
}

/** What Teams sends when the person presses the form's submit: its data plus the input values. */
function submitData(card: AdaptiveCard, inputs: Record<string, string>) {
  const submit = card.actions?.find((action) => action.verb === hearingForm.formId);
  return { ...(submit?.data as Record<string, unknown>), ...inputs };
}

describe("Teams card actions over HTTP (adaptiveCard/action invokes)", () => {
  let h: TeamsHarness;
  let cardMessageId: string;

  beforeAll(async () => {
    h = await startTeamsHarness();
    h.interactions.members.set(
      USER.aadObjectId,
      memberView({ role: "careTeamMember", organisationKind: "careProvider" }),
    );
    // The bot has seen the shared channel and posted the case card there through its ChatPort.
    await h.post(channelMessage(h.connector.serviceUrl, "help"));
    const posted = await h.bot.chatPort.post(
      { kind: "channel", channelId: CHANNEL, threadMessageId: null },
      caseCard,
    );
    cardMessageId = posted.messageId;
  });
  afterAll(() => h.stop());
  beforeEach(() => {
    h.interactions.calls.length = 0;
    h.interactions.shown.length = 0;
    h.interactions.current = () => null;
    h.connector.requests.length = 0;
  });

  async function invoke(verb: string, data: Record<string, unknown>): Promise<InvokeBody> {
    const response = await h.post(
      cardInvoke(h.connector.serviceUrl, verb, data, { replyToId: cardMessageId }),
    );
    expect(response.status).toBe(200);
    return (await response.json()) as InvokeBody;
  }

  /** Presses the case card's button, which opens the hearing form; returns the form card. */
  async function openHearingForm(): Promise<AdaptiveCard> {
    h.interactions.answer = () => ({ type: "openForm", form: hearingForm });
    const form = (await invoke("nabuur.case.hearing", { value: "{}" })).value as AdaptiveCard;
    h.interactions.calls.length = 0;
    return form;
  }

  it("a button reaches the core as a card action (verb = action id, data.value); the answer is the clicked card after the action, with the notice", async () => {
    h.interactions.answer = () => ({ type: "done", notice: "Aanpak gestart." });
    h.interactions.current = () => ({
      ...caseCard,
      blocks: [
        ...caseCard.blocks.slice(0, 1),
        { type: "text", text: "Team is gestart" },
        ...caseCard.blocks.slice(1),
      ],
    });
    const body = await invoke("nabuur.case.start", { value: '{"caseId":"c7"}' });
    expect(h.interactions.calls).toEqual([
      {
        interaction: { kind: "cardAction", actionId: "nabuur.case.start", value: '{"caseId":"c7"}' },
        context: expect.objectContaining({
          platformUserId: USER.aadObjectId,
          locale: "nl",
          where: { platform: "teams", workspaceId: TENANT, channelId: CHANNEL },
        }),
      },
    ]);
    // Asked after the core answered, for the message the button is on.
    expect(h.interactions.shown).toEqual([
      { platform: "teams", channelId: CHANNEL, messageId: cardMessageId, view: null },
    ]);
    expect(body.type).toBe(CARD);
    const card = body.value as AdaptiveCard;
    expect(adaptiveCardProblems(card)).toEqual([]);
    const json = JSON.stringify(card);
    expect(json).toContain("Team is gestart");
    expect(json).toContain("Aanpak gestart.");
    expect(json).not.toContain("Verwerkt.");
    expect(card.refresh).toEqual({
      action: { type: "Action.Execute", verb: "nabuur.teams.refresh", data: {} },
      userIds: [USER.id],
    });
    // The invoke response is the only answer: the adapter itself updates and sends nothing.
    expect(h.connector.activities()).toEqual([]);
  });

  it("a button on a message Nabuur does not know answers with the core's notice as a message", async () => {
    h.interactions.answer = () => ({ type: "done", notice: "Aanpak gestart." });
    const response = await h.post(
      cardInvoke(h.connector.serviceUrl, "nabuur.case.start", { value: "{}" }, { replyToId: "unknown" }),
    );
    expect(await response.json()).toEqual({ statusCode: 200, type: MESSAGE, value: "Aanpak gestart." });
    expect(h.connector.activities()).toEqual([]);
  });

  it("Actie 2: a button that opens a form answers with the form card, a date/time pair for the datetime field", async () => {
    h.interactions.answer = () => ({ type: "openForm", form: hearingForm });
    const body = await invoke("nabuur.case.hearing", { value: '{"caseId":"c7"}' });
    expect(body.type).toBe(CARD);
    const card = body.value as AdaptiveCard;
    expect(adaptiveCardProblems(card)).toEqual([]);
    const ids = JSON.stringify(card).match(/"id":"[^"]+"/g);
    expect(ids).toEqual(['"id":"heldAt"', '"id":"heldAt__time"', '"id":"notes"']);
  });

  it("Actie 2: the form's submit reaches the core as a form submit with UTC ISO values; afterwards the case card is back, with the notice", async () => {
    const form = await openHearingForm();
    h.interactions.answer = () => ({ type: "done", notice: "Wederhoor vastgelegd." });
    const body = await invoke(
      hearingForm.formId,
      submitData(form, { heldAt: "2025-06-02", heldAt__time: "14:00", notes: "Excuses aangeboden" }),
    );
    expect(h.interactions.calls[0]?.interaction).toEqual({
      kind: "formSubmit",
      formId: hearingForm.formId,
      metadata: '{"caseId":"c7"}',
      values: { heldAt: "2025-06-02T12:00:00.000Z", notes: "Excuses aangeboden" },
    });
    expect(body.type).toBe(CARD);
    const card = body.value as AdaptiveCard;
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain("Zaak 7");
    expect(JSON.stringify(card)).toContain("Wederhoor vastgelegd.");
    // The person's copy is theirs now: Teams refreshes it for them when the message changes later.
    expect(card.refresh).toEqual({
      action: { type: "Action.Execute", verb: "nabuur.teams.refresh", data: {} },
      userIds: [USER.id],
    });
  });

  it("the core's field errors show the form again with the messages and the values kept", async () => {
    const form = await openHearingForm();
    h.interactions.answer = () => ({ type: "formErrors", errors: { heldAt: "Dit ligt in de toekomst." } });
    const body = await invoke(
      hearingForm.formId,
      submitData(form, { heldAt: "2030-01-01", heldAt__time: "10:00", notes: "Later" }),
    );
    const card = body.value as AdaptiveCard;
    expect(adaptiveCardProblems(card)).toEqual([]);
    const json = JSON.stringify(card);
    expect(json).toContain("Dit ligt in de toekomst.");
    expect(json).toContain('"value":"2030-01-01"');
    expect(json).toContain('"value":"Later"');
  });

  it("a date without a time is refused by the adapter itself: the form comes back, the core is not asked", async () => {
    const form = await openHearingForm();
    const body = await invoke(hearingForm.formId, submitData(form, { heldAt: "2025-06-02", notes: "x" }));
    expect(h.interactions.calls).toEqual([]);
    expect(JSON.stringify(body.value)).toContain("Vul ook een tijd in.");
    expect(adaptiveCardProblems(body.value)).toEqual([]);
  });

  it("a reply card replaces the clicked card for this person, with a back button that shows the case card again", async () => {
    h.interactions.answer = () => ({
      type: "reply",
      card: { summary: "Dossier", blocks: [{ type: "text", text: "Dossier zaak 7" }] },
    });
    const reply = (await invoke("nabuur.case.summary", { value: "{}" })).value as AdaptiveCard;
    expect(adaptiveCardProblems(reply)).toEqual([]);
    expect(reply.actions).toEqual([
      { type: "Action.Execute", title: "Terug", verb: "nabuur.teams.back", associatedInputs: "none" },
    ]);
    h.interactions.calls.length = 0;
    const back = (await invoke("nabuur.teams.back", {})).value as AdaptiveCard;
    expect(h.interactions.calls).toEqual([]);
    expect(adaptiveCardProblems(back)).toEqual([]);
    expect(JSON.stringify(back)).toContain("Wederhoor vastleggen");
  });

  it("back on a card Nabuur does not remember shows a short closing text", async () => {
    const response = await h.post(
      cardInvoke(h.connector.serviceUrl, "nabuur.teams.back", {}, { replyToId: "unknown" }),
    );
    const body = (await response.json()) as InvokeBody;
    expect(JSON.stringify(body.value)).toContain("Gesloten.");
  });

  it("an error in the core is the invoke's message, with a reference id; the card stays", async () => {
    h.interactions.answer = () => {
      throw new Error("boom");
    };
    const body = await invoke("nabuur.case.start", { value: "{}" });
    expect(body.type).toBe(MESSAGE);
    expect(body.value).toMatch(/^Mislukt \([0-9a-f]{8}\)$/);
  });

  it("the posted case card itself is valid and carries the button as Action.Execute", async () => {
    const posted = await h.bot.chatPort.post(
      { kind: "channel", channelId: CHANNEL, threadMessageId: null },
      caseCard,
    );
    const request = h.connector.activities().find((item) => item.response?.id === posted.messageId);
    const [card] = FakeBotConnector.cardsOf(request!);
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain('"verb":"nabuur.case.hearing"');
  });
});
