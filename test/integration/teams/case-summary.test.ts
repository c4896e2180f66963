/**
 * Teams with the real core: a case's summary that a care team member asked for in their personal
 * chat (`zaak <nr>`) stays there, so it follows the case the way the channel's case card does —
 * an action taken elsewhere (the hearing, recorded on the assessment card in the care team's
 * channel) updates that message in place through the outbox, and Teams' refresh or an action on
 * it answers with the summary built again.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AdaptiveCard } from "../../../src/bot/teams/render-adaptive-card.ts";
import { CASE_BUTTON_IDS, CASE_FORM_IDS } from "../../../src/flows/cases/buttons.ts";
import { handleCaseEvent } from "../../../src/services/case-service.ts";
import { type ConnectorRequest, FakeBotConnector } from "../../helpers/fake-bot-connector.ts";
import { CHANNEL, cardInvoke, personalMessage, TENANT, USER } from "../../helpers/teams-activities.ts";
import { openCaseInTeams, startTeamsAppHarness, type TeamsAppHarness } from "../../helpers/teams-harness.ts";
import { adaptiveCardProblems } from "../../unit/bot/teams/adaptive-card-validator.ts";

const CARE_CHANNEL = "19:care-channel@thread.tacv2";
const CARD = "application/vnd.microsoft.card.adaptive";
const PERSONAL_CHAT = "a:personal-worker";
const PERSONAL = { tenantId: TENANT, id: PERSONAL_CHAT, conversationType: "personal" };
const NOTES = "Deelnemer vertelt over de verbouwing bij de buren.";

describe("Teams: the care team's case summary in the personal chat follows the case", () => {
  let h: TeamsAppHarness;
  let caseId: string;
  let caseNumber: number;

  const inPersonalChat = (request: ConnectorRequest) => request.conversationId === PERSONAL_CHAT;

  beforeAll(async () => {
    h = await startTeamsAppHarness();
    const where = { sharedChannel: CHANNEL, careChannel: CARE_CHANNEL, personalChat: PERSONAL_CHAT };
    const opened = await openCaseInTeams(h, where, { reference: "HF-S01", dwelling: "Oudegracht 5" });
    caseId = opened.id;
    caseNumber = Number(opened.number);
  });

  afterAll(() => h.stop());

  it("Actie 2: the hearing recorded in the care team's channel updates the summary in the personal chat in place", async () => {
    // The worker asks for the summary in the personal chat.
    const [asked] = await h.answerIn(
      PERSONAL_CHAT,
      personalMessage(h.serviceUrl, `zaak ${caseNumber}`, USER, PERSONAL_CHAT),
    );
    const summaryId = asked!.response.id as string;
    const first = JSON.stringify(FakeBotConnector.cardsOf(asked!)[0]);
    expect(first).toContain(`Samenvatting zaak ${caseNumber}`);
    expect(first).not.toContain(NOTES);
    // Its place is kept under the key the case's updates are written for.
    const ref = await h.prisma.messageRef.findUniqueOrThrow({
      where: {
        platform_key: { platform: "teams", key: `case:${caseId}:summary:dm:${h.world.worker.id}` },
      },
    });
    expect(ref).toMatchObject({ teamsConversationId: PERSONAL_CHAT, teamsActivityId: summaryId });

    // Elsewhere: the hearing, from the assessment card in the care team's channel.
    const assessment = await h.postedCard(`case:${caseId}:assessment`);
    const form = await h.press(assessment, CASE_BUTTON_IDS.hearing);
    const requestsBefore = h.connector.activities().length;
    await h.submit(assessment, form, CASE_FORM_IDS.hearing, {
      heldAt: "2026-11-23",
      heldAt__time: "09:00",
      notes: NOTES,
    });
    await h.tick();

    // The summary message itself was updated, in the personal chat; nothing new was posted there.
    const after = h.connector.activities().slice(requestsBefore).filter(inPersonalChat);
    expect(after.map((request) => [request.route, request.activityId])).toEqual([
      ["updateActivity", summaryId],
    ]);
    const updated = FakeBotConnector.cardsOf(after[0]!)[0] as unknown as AdaptiveCard;
    expect(adaptiveCardProblems(updated)).toEqual([]);
    const json = JSON.stringify(updated);
    expect(json).toContain(`Samenvatting zaak ${caseNumber}`);
    expect(json).toContain(NOTES);
    // Only the buttons a support worker may use, as when she asked for it.
    expect(json).toContain(CASE_BUTTON_IDS.dossier);

    // Teams' refresh of her copy (or an action on it) answers with the summary built again.
    const refreshed = await h.invoke(
      cardInvoke(h.serviceUrl, "nabuur.teams.refresh", {}, { replyToId: summaryId, conversation: PERSONAL }),
    );
    expect(refreshed.type).toBe(CARD);
    const card = refreshed.value as AdaptiveCard;
    expect(card.body).toEqual(updated.body);
    expect(card.refresh).toEqual({
      action: { type: "Action.Execute", verb: "nabuur.teams.refresh", data: {} },
      userIds: [USER.id],
    });
  });

  it("someone who left the care team gets no care notes on their summary any more; back in it, they do", async () => {
    const { prisma, world } = h;
    const ref = await prisma.messageRef.findUniqueOrThrow({
      where: {
        platform_key: { platform: "teams", key: `case:${caseId}:summary:dm:${world.worker.id}` },
      },
    });
    const summaryUpdates = (since: number) =>
      h.connector
        .activities()
        .slice(since)
        .filter(
          (request) => request.route === "updateActivity" && request.activityId === ref.teamsActivityId,
        );
    const careNote = async (text: string) => {
      const since = h.connector.activities().length;
      await handleCaseEvent(h.nabuur.runtime, caseId, {
        type: "careNoteAdded",
        actor: world.actor(world.coordinator),
        text,
      });
      await h.tick();
      return summaryUpdates(since);
    };

    await prisma.member.update({ where: { id: world.worker.id }, data: { active: false } });
    expect(await careNote("ZORGNOTITIE-1: na haar vertrek")).toEqual([]);

    await prisma.member.update({ where: { id: world.worker.id }, data: { active: true } });
    const updates = await careNote("ZORGNOTITIE-2: weer in het team");
    expect(updates).toHaveLength(1);
    const json = JSON.stringify(FakeBotConnector.cardsOf(updates[0]!)[0]);
    expect(json).toContain("ZORGNOTITIE-2");
    expect(json).toContain("ZORGNOTITIE-1");
  });

  it("Termijnen: a deadline that passes is marked overdue on the summary in the personal chat too", async () => {
    const ref = await h.prisma.messageRef.findUniqueOrThrow({
      where: {
        platform_key: { platform: "teams", key: `case:${caseId}:summary:dm:${h.world.worker.id}` },
      },
    });
    const before = h.connector.activities().length;
    // A month on: the case's open deadlines have passed; the nudge sweep marks them overdue.
    h.clock.advance(30 * 24 * 60 * 60_000);
    await h.tick();
    await h.tick();
    const updates = h.connector
      .activities()
      .slice(before)
      .filter((request) => request.route === "updateActivity" && request.activityId === ref.teamsActivityId);
    expect(updates.length).toBeGreaterThan(0);
    const json = JSON.stringify(FakeBotConnector.cardsOf(updates.at(-1)!)[0]);
    expect(json).toContain(`Samenvatting zaak ${caseNumber}`);
    expect(json).toContain("te laat");
    // Still her summary: the care notes stay on it.
    expect(json).toContain("ZORGNOTITIE-2");
  });
});
