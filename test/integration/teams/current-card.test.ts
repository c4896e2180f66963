/**
 * Teams with the real core: the answer to an Action.Execute is the clicked card as it is after the
 * action (computed after the commit, from the outbox row the action wrote for that message), in the
 * invoke response itself — never the copy from before the action, and no separate "Verwerkt.".
 * The person's copy carries a refresh for them, so later updates of the message reach it too.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AdaptiveCard } from "../../../src/bot/teams/render-adaptive-card.ts";
import { loadConfig } from "../../../src/config.ts";
import { CASE_BUTTON_IDS, CASE_FORM_IDS } from "../../../src/flows/cases/buttons.ts";
import { type Nabuur, startNabuur } from "../../../src/server.ts";
import { ManualClock } from "../../../src/services/clock.ts";
import { registerParticipant } from "../../../src/services/participant-service.ts";
import { FakeBotConnector } from "../../helpers/fake-bot-connector.ts";
import { fileNoiseComplaint } from "../../helpers/procedure.ts";
import { MONDAY_MORNING } from "../../helpers/runtime.ts";
import { testLogger } from "../../helpers/test-logger.ts";
import { createWorld, type World } from "../../helpers/world.ts";
import { adaptiveCardProblems } from "../../unit/bot/teams/adaptive-card-validator.ts";
import { CHANNEL, cardInvoke, channelMessage, personalMessage, TENANT, USER } from "./harness.ts";

const CARE_CHANNEL = "19:care-channel@thread.tacv2";
const CARD = "application/vnd.microsoft.card.adaptive";
const PERSONAL_CHAT = "a:personal-worker";
/** The start deadline as the worker's list names it, and as the case card does. */
const START_DEADLINE = "Zaak starten en de verhuurder laten weten";
const CASE_CARD_START = "Team start en koppelt terug";

interface InvokeBody {
  statusCode: number;
  type: string;
  value: AdaptiveCard | string;
}

/** The `data` of the card's Action.Execute with this verb (in the body or the card's actions). */
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

describe("Teams: the card returned to an Action.Execute is the card after the action", () => {
  const connector = new FakeBotConnector();
  const clock = new ManualClock(MONDAY_MORNING);
  let serviceUrl: string;
  let nabuur: Nabuur;
  let world: World;
  let messagesUrl: string;
  let caseId: string;

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
    await post({
      ...personalMessage(serviceUrl, "help"),
      conversation: { tenantId: TENANT, id: PERSONAL_CHAT, conversationType: "personal" },
    });
    const participant = await registerParticipant(nabuur.runtime, world.actor(world.worker), {
      reference: "HF-C01",
      careProviderId: world.careProvider.id,
      landlordId: world.landlord.id,
      dwelling: "Oudegracht 3",
      leaseType: "intermediary",
      supportWorkerId: world.worker.id,
      landlordContactId: world.landlordStaff.id,
      coordinatorId: null,
    });
    caseId = (await fileNoiseComplaint(nabuur.runtime, world, participant.participantId)).id;
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
    // Delivery may still be on its way from an earlier commit: a tick waits for it.
    for (let round = 0; round < 10; round++) {
      if (await nabuur.database.prisma.messageRef.findUnique({ where })) break;
      await nabuur.scheduler.tick();
    }
    const ref = await nabuur.database.prisma.messageRef.findUniqueOrThrow({ where });
    const request = connector
      .activities()
      .find((item) => item.response?.id === ref.teamsActivityId && item.route !== "updateActivity");
    return {
      conversationId: ref.teamsConversationId!,
      activityId: ref.teamsActivityId!,
      card: FakeBotConnector.cardsOf(request!)[0]!,
    };
  }

  it("Actie 2: after the hearing form the invoke response is the assessment card with the hearing recorded", async () => {
    const assessment = await postedCard(`case:${caseId}:assessment`);
    expect(JSON.stringify(assessment.card)).toContain("Nog geen wederhoor vastgelegd");
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
    expect(form.type).toBe(CARD);
    const sentBefore = connector.activities().length;
    // Held an hour ago: 09:00 in Amsterdam on the Monday (08:00 UTC).
    const body = await invoke(
      cardInvoke(
        serviceUrl,
        CASE_FORM_IDS.hearing,
        {
          ...actionData(form.value, CASE_FORM_IDS.hearing),
          heldAt: "2026-11-23",
          heldAt__time: "09:00",
          notes: "Besproken met de deelnemer.",
        },
        where,
      ),
    );
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
    await nabuur.scheduler.tick();
    const after = connector.activities().slice(sentBefore);
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
    const assessment = await postedCard(`case:${caseId}:assessment`);
    const body = await invoke(
      cardInvoke(
        serviceUrl,
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
    const sentTo = () =>
      connector.activities().filter((request) => request.conversationId?.startsWith(PERSONAL_CHAT));
    const before = sentTo().length;
    await post({
      ...personalMessage(serviceUrl, "mijn"),
      conversation: { tenantId: TENANT, id: PERSONAL_CHAT, conversationType: "personal" },
    });
    await connector.waitFor(() => sentTo().length > before);
    const listRequest = sentTo()[before]!;
    expect(JSON.stringify(listRequest.body)).toContain(START_DEADLINE);

    const caseCard = await postedCard(`case:${caseId}:card`);
    expect(JSON.stringify(caseCard.card)).toContain(CASE_CARD_START);
    const where = {
      replyToId: caseCard.activityId,
      conversation: {
        id: `${CHANNEL};messageid=${caseCard.activityId}`,
        conversationType: "channel",
        isGroup: true,
      },
    };
    const form = await invoke(
      cardInvoke(serviceUrl, CASE_BUTTON_IDS.start, actionData(caseCard.card, CASE_BUTTON_IDS.start), where),
    );
    expect(form.type).toBe(CARD);
    const body = await invoke(
      cardInvoke(
        serviceUrl,
        CASE_FORM_IDS.start,
        { ...actionData(form.value, CASE_FORM_IDS.start), approach: "Gesprek met de buren." },
        where,
      ),
    );
    expect(body.type).toBe(CARD);
    const json = JSON.stringify(body.value);
    expect(adaptiveCardProblems(body.value)).toEqual([]);
    expect(json).toContain("HF-C01");
    expect(json).not.toContain(CASE_CARD_START);
    expect(json).not.toContain("Verwerkt.");

    // Teams refreshes the list for the worker: it is built again, without the start deadline.
    const refreshed = await invoke(
      cardInvoke(
        serviceUrl,
        "nabuur.teams.refresh",
        {},
        {
          replyToId: listRequest.response.id as string,
          conversation: { id: PERSONAL_CHAT, conversationType: "personal" },
        },
      ),
    );
    expect(refreshed.type).toBe(CARD);
    expect(JSON.stringify(refreshed.value)).toContain("Mijn termijnen");
    expect(JSON.stringify(refreshed.value)).not.toContain(START_DEADLINE);
  });
});
