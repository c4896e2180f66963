/**
 * Teams with the real core: the answer to an Action.Execute is the clicked card as it is after the
 * action (computed after the commit, from the outbox row the action wrote for that message), in the
 * invoke response itself — never the copy from before the action, and no separate "Verwerkt.".
 * The person's copy carries a refresh for them, so later updates of the message reach it too.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AdaptiveCard } from "../../../src/bot/teams/render-adaptive-card.ts";
import { CASE_BUTTON_IDS, CASE_FORM_IDS } from "../../../src/flows/cases/buttons.ts";
import { FakeBotConnector } from "../../helpers/fake-bot-connector.ts";
import { CHANNEL, cardInvoke, personalMessage, USER } from "../../helpers/teams-activities.ts";
import { openCaseInTeams, startTeamsAppHarness, type TeamsAppHarness } from "../../helpers/teams-harness.ts";
import { adaptiveCardProblems } from "../../unit/bot/teams/adaptive-card-validator.ts";

const CARE_CHANNEL = "19:care-channel@thread.tacv2";
const CARD = "application/vnd.microsoft.card.adaptive";
const PERSONAL_CHAT = "a:personal-worker";
/** The start deadline as the worker's list names it, and as the case card does. */
const START_DEADLINE = "Zaak starten en de verhuurder laten weten";
const CASE_CARD_START = "Team start en koppelt terug";

describe("Teams: the card returned to an Action.Execute is the card after the action", () => {
  let h: TeamsAppHarness;
  let caseId: string;

  beforeAll(async () => {
    h = await startTeamsAppHarness();
    const where = { sharedChannel: CHANNEL, careChannel: CARE_CHANNEL, personalChat: PERSONAL_CHAT };
    caseId = (await openCaseInTeams(h, where, { reference: "HF-C01", dwelling: "Oudegracht 3" })).id;
  });

  afterAll(() => h.stop());

  it("Actie 2: after the hearing form the invoke response is the assessment card with the hearing recorded", async () => {
    const assessment = await h.postedCard(`case:${caseId}:assessment`);
    expect(JSON.stringify(assessment.card)).toContain("Nog geen wederhoor vastgelegd");
    const form = await h.press(assessment, CASE_BUTTON_IDS.hearing);
    expect(form.type).toBe(CARD);
    const sentBefore = h.connector.activities().length;
    // Held an hour ago: 09:00 in Amsterdam on the Monday (08:00 UTC).
    const body = await h.submit(assessment, form, CASE_FORM_IDS.hearing, {
      heldAt: "2026-11-23",
      heldAt__time: "09:00",
      notes: "Besproken met de deelnemer.",
    });
    expect(body.statusCode).toBe(200);
    expect(body.type).toBe(CARD);
    const card = body.value as AdaptiveCard;
    expect(adaptiveCardProblems(card)).toEqual([]);
    const json = JSON.stringify(card);
    expect(json).toContain("Wederhoor is vastgelegd.");
    expect(json).not.toContain("Nog geen wederhoor vastgelegd");
    expect(json).not.toContain("Verwerkt.");
    // The person's copy is refreshed for them when the message changes again.
    expect(card.refresh).toEqual({
      action: { type: "Action.Execute", verb: "nabuur.teams.refresh", data: {} },
      userIds: [USER.id],
    });
    // No message of its own: only the outbox's update of the same card may follow.
    await h.tick();
    const after = h.connector.activities().slice(sentBefore);
    expect(after.every((request) => request.route === "updateActivity")).toBe(true);
    expect(JSON.stringify(after)).not.toContain("Verwerkt.");
    const updated = after.find((request) => request.activityId === assessment.activityId);
    expect(updated).toBeDefined();
    // The shared message as the outbox wrote it is the card the person got.
    const shared = FakeBotConnector.cardsOf(updated!)[0] as unknown as AdaptiveCard;
    expect(shared.body).toEqual(card.body);
    expect(shared.refresh?.userIds).toEqual([USER.id]);
  });

  it("Teams' automatic refresh of a person's copy answers with the card as it is now", async () => {
    const assessment = await h.postedCard(`case:${caseId}:assessment`);
    const body = await h.invoke(
      cardInvoke(
        h.serviceUrl,
        "nabuur.teams.refresh",
        {},
        {
          replyToId: assessment.activityId,
          conversation: { id: CARE_CHANNEL, conversationType: "channel", isGroup: true },
        },
      ),
    );
    expect(body.type).toBe(CARD);
    expect(JSON.stringify(body.value)).toContain("Wederhoor is vastgelegd.");
  });

  it("Actie 1: after the start form the returned case card no longer lists the finished start deadline; a refreshed list (mijn) neither", async () => {
    // The worker's list in the personal chat, from before the start.
    const [listRequest] = await h.answerIn(
      PERSONAL_CHAT,
      personalMessage(h.serviceUrl, "mijn", USER, PERSONAL_CHAT),
    );
    expect(JSON.stringify(listRequest!.body)).toContain(START_DEADLINE);

    const caseCard = await h.postedCard(`case:${caseId}:card`);
    expect(JSON.stringify(caseCard.card)).toContain(CASE_CARD_START);
    const form = await h.press(caseCard, CASE_BUTTON_IDS.start);
    expect(form.type).toBe(CARD);
    const body = await h.submit(caseCard, form, CASE_FORM_IDS.start, { approach: "Gesprek met de buren." });
    expect(body.type).toBe(CARD);
    const json = JSON.stringify(body.value);
    expect(adaptiveCardProblems(body.value)).toEqual([]);
    expect(json).toContain("HF-C01");
    expect(json).not.toContain(CASE_CARD_START);
    expect(json).not.toContain("Verwerkt.");

    // Teams refreshes the list for the worker: it is built again, without the start deadline.
    const refreshed = await h.invoke(
      cardInvoke(
        h.serviceUrl,
        "nabuur.teams.refresh",
        {},
        {
          replyToId: listRequest!.response.id as string,
          conversation: { id: PERSONAL_CHAT, conversationType: "personal" },
        },
      ),
    );
    expect(refreshed.type).toBe(CARD);
    expect(JSON.stringify(refreshed.value)).toContain("Mijn termijnen");
    expect(JSON.stringify(refreshed.value)).not.toContain(START_DEADLINE);
  });
});
