/**
 * Teams with the real core: a case's summary that a care team member asked for in their personal
 * chat (`zaak <nr>`) stays there, so it follows the case the way the channel's case card does —
 * an action taken elsewhere (the hearing, recorded on the assessment card in the care team's
 * channel) updates that message in place through the outbox, and Teams' refresh or an action on
 * it answers with the summary built again.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AdaptiveCard } from "../../../src/bot/teams/render-adaptive-card.ts";
import { loadConfig } from "../../../src/config.ts";
import { CASE_BUTTON_IDS, CASE_FORM_IDS } from "../../../src/flows/cases/buttons.ts";
import { type Nabuur, startNabuur } from "../../../src/server.ts";
import { handleCaseEvent } from "../../../src/services/case-service.ts";
import { ManualClock } from "../../../src/services/clock.ts";
import { registerParticipant } from "../../../src/services/participant-service.ts";
import { type ConnectorRequest, FakeBotConnector } from "../../helpers/fake-bot-connector.ts";
import { fileNoiseComplaint } from "../../helpers/procedure.ts";
import { MONDAY_MORNING } from "../../helpers/runtime.ts";
import { testLogger } from "../../helpers/test-logger.ts";
import { createWorld, type World } from "../../helpers/world.ts";
import { adaptiveCardProblems } from "../../unit/bot/teams/adaptive-card-validator.ts";
import { CHANNEL, cardInvoke, channelMessage, personalMessage, TENANT, USER } from "./harness.ts";

const CARE_CHANNEL = "19:care-channel@thread.tacv2";
const CARD = "application/vnd.microsoft.card.adaptive";
const PERSONAL_CHAT = "a:personal-worker";
const PERSONAL = { tenantId: TENANT, id: PERSONAL_CHAT, conversationType: "personal" };
const NOTES = "Deelnemer vertelt over de verbouwing bij de buren.";

interface InvokeBody {
  statusCode: number;
  type: string;
  value: AdaptiveCard | string;
}

/** The `data` of the card's Action.Execute with this verb. */
function actionData(card: unknown, verb: string): Record<string, unknown> {
  let found: Record<string, unknown> | undefined;
  JSON.stringify(card, (_key, value) => {
    if (value && typeof value === "object" && (value as { verb?: string }).verb === verb)
      found = (value as { data?: Record<string, unknown> }).data ?? {};
    return value;
  });
  if (!found) throw new Error(`no action ${verb} on the card`);
  return found;
}

describe("Teams: the care team's case summary in the personal chat follows the case", () => {
  const connector = new FakeBotConnector();
  const clock = new ManualClock(MONDAY_MORNING);
  let serviceUrl: string;
  let nabuur: Nabuur;
  let world: World;
  let messagesUrl: string;
  let caseId: string;
  let caseNumber: number;

  const post = (activity: Record<string, unknown>) =>
    fetch(messagesUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(activity),
    });
  const invoke = async (activity: Record<string, unknown>): Promise<InvokeBody> => {
    const response = await post(activity);
    expect(response.status).toBe(200);
    return (await response.json()) as InvokeBody;
  };
  const inPersonalChat = (request: ConnectorRequest) => request.conversationId === PERSONAL_CHAT;

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
    for (const [kind, channelId, scopeKey, landlordId] of [
      ["shared", CHANNEL, `${world.careProvider.id}:${world.landlord.id}`, world.landlord.id],
      ["careTeam", CARE_CHANNEL, world.careProvider.id, null],
    ] as const) {
      await prisma.channelBinding.create({
        data: {
          platform: "teams",
          kind,
          scopeKey,
          channelId,
          careProviderId: world.careProvider.id,
          landlordId,
          createdById: world.careAdmin.id,
        },
      });
    }
    // The bot has seen both channels and the worker's personal chat.
    await post(channelMessage(serviceUrl, "help"));
    await post({
      ...channelMessage(serviceUrl, "help"),
      conversation: { tenantId: TENANT, id: CARE_CHANNEL, conversationType: "channel", isGroup: true },
    });
    await post({ ...personalMessage(serviceUrl, "help"), conversation: PERSONAL });
    const participant = await registerParticipant(nabuur.runtime, world.actor(world.worker), {
      reference: "HF-S01",
      careProviderId: world.careProvider.id,
      landlordId: world.landlord.id,
      dwelling: "Oudegracht 5",
      leaseType: "intermediary",
      supportWorkerId: world.worker.id,
      landlordContactId: world.landlordStaff.id,
      coordinatorId: null,
    });
    const opened = await fileNoiseComplaint(nabuur.runtime, world, participant.participantId);
    caseId = opened.id;
    caseNumber = Number(opened.number);
    await nabuur.scheduler.tick();
  });

  afterAll(async () => {
    await nabuur.scheduler.stop();
    await nabuur.stop();
    await connector.stop();
  });

  /** Where the outbox posted the card with this update key, and the card as it was posted. */
  async function postedCard(updateKey: string) {
    const where = { platform_key: { platform: "teams" as const, key: updateKey } };
    for (let round = 0; round < 10; round++) {
      if (await nabuur.database.prisma.messageRef.findUnique({ where })) break;
      await nabuur.scheduler.tick();
    }
    const ref = await nabuur.database.prisma.messageRef.findUniqueOrThrow({ where });
    const request = connector
      .activities()
      .find((item) => item.response?.id === ref.teamsActivityId && item.route !== "updateActivity");
    return { activityId: ref.teamsActivityId!, card: FakeBotConnector.cardsOf(request!)[0]! };
  }

  it("Actie 2: the hearing recorded in the care team's channel updates the summary in the personal chat in place", async () => {
    // The worker asks for the summary in the personal chat.
    const sentBefore = connector.activities().filter(inPersonalChat).length;
    await post({ ...personalMessage(serviceUrl, `zaak ${caseNumber}`), conversation: PERSONAL });
    await connector.waitFor(() => connector.activities().filter(inPersonalChat).length > sentBefore);
    const asked = connector.activities().filter(inPersonalChat)[sentBefore]!;
    const summaryId = asked.response.id as string;
    const first = JSON.stringify(FakeBotConnector.cardsOf(asked)[0]);
    expect(first).toContain(`Samenvatting zaak ${caseNumber}`);
    expect(first).not.toContain(NOTES);
    // Its place is kept under the key the case's updates are written for.
    const ref = await nabuur.database.prisma.messageRef.findUniqueOrThrow({
      where: {
        platform_key: { platform: "teams", key: `case:${caseId}:summary:dm:${world.worker.id}` },
      },
    });
    expect(ref).toMatchObject({ teamsConversationId: PERSONAL_CHAT, teamsActivityId: summaryId });

    // Elsewhere: the hearing, from the assessment card in the care team's channel.
    const assessment = await postedCard(`case:${caseId}:assessment`);
    const where = {
      replyToId: assessment.activityId,
      conversation: {
        id: `${CARE_CHANNEL};messageid=${assessment.activityId}`,
        conversationType: "channel",
        isGroup: true,
      },
    };
    const form = await invoke(
      cardInvoke(
        serviceUrl,
        CASE_BUTTON_IDS.hearing,
        actionData(assessment.card, CASE_BUTTON_IDS.hearing),
        where,
      ),
    );
    const requestsBefore = connector.activities().length;
    await invoke(
      cardInvoke(
        serviceUrl,
        CASE_FORM_IDS.hearing,
        {
          ...actionData(form.value, CASE_FORM_IDS.hearing),
          heldAt: "2026-11-23",
          heldAt__time: "09:00",
          notes: NOTES,
        },
        where,
      ),
    );
    await nabuur.scheduler.tick();

    // The summary message itself was updated, in the personal chat; nothing new was posted there.
    const after = connector.activities().slice(requestsBefore).filter(inPersonalChat);
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
    const refreshed = await invoke(
      cardInvoke(serviceUrl, "nabuur.teams.refresh", {}, { replyToId: summaryId, conversation: PERSONAL }),
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
    const prisma = nabuur.database.prisma;
    const ref = await prisma.messageRef.findUniqueOrThrow({
      where: {
        platform_key: { platform: "teams", key: `case:${caseId}:summary:dm:${world.worker.id}` },
      },
    });
    const summaryUpdates = (since: number) =>
      connector
        .activities()
        .slice(since)
        .filter(
          (request) => request.route === "updateActivity" && request.activityId === ref.teamsActivityId,
        );
    const careNote = async (text: string) => {
      const since = connector.activities().length;
      await handleCaseEvent(nabuur.runtime, caseId, {
        type: "careNoteAdded",
        actor: world.actor(world.coordinator),
        text,
      });
      await nabuur.scheduler.tick();
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
});
