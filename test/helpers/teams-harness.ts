/**
 * The whole bot in-process with Teams on — the real Teams AI app on Nabuur's own server
 * (/api/messages), a real database, the scheduler's outbox delivery — against the fake Bot
 * Connector on 127.0.0.1, with a manual clock and hand-driven scheduler ticks. The world's members
 * get Teams ids and its channels Teams bindings as each test needs them.
 */
import { loadConfig } from "../../src/config.ts";
import type { CaseState } from "../../src/flows/cases/state.ts";
import type { Logger } from "../../src/logger.ts";
import { type Nabuur, startNabuur } from "../../src/server.ts";
import { ManualClock } from "../../src/services/clock.ts";
import { registerParticipant } from "../../src/services/participant-service.ts";
import type { PrismaClient } from "../../src/store/db-types.ts";
import type { MemberView } from "../../src/store/members/members.ts";
import { type ConnectorRequest, FakeBotConnector } from "./fake-bot-connector.ts";
import { recordSharedChannel } from "./privacy-ledger.ts";
import { fileNoiseComplaint } from "./procedure.ts";
import { MONDAY_MORNING } from "./runtime.ts";
import { cardInvoke, channelMessage, personalMessage, USER } from "./teams-activities.ts";
import { testLogger } from "./test-logger.ts";
import { createWorld, type World } from "./world.ts";

/** A person as Teams names them in an activity: their Teams id, name and Entra (AAD) object id. */
export type TeamsUser = typeof USER;

/** The Teams identity the harness's tests give a world member: derived from their Slack id. */
export function teamsUserOf(member: MemberView): TeamsUser {
  return {
    id: `29:${member.slackUserId}`,
    name: member.displayName,
    aadObjectId: `aad-${member.slackUserId}`,
  };
}

/** The answer to an invoke (Action.Execute, file consent): a card, a message or an error. */
interface InvokeAnswer {
  statusCode: number;
  type: string;
  /** An Adaptive Card (type application/vnd.microsoft.card.adaptive) or a text. */
  value: unknown;
}

/** A card the outbox posted: where it is and the card as it was posted. */
interface PostedCard {
  conversationId: string;
  activityId: string;
  card: Record<string, unknown>;
}

export interface TeamsAppHarness {
  nabuur: Nabuur;
  prisma: PrismaClient;
  connector: FakeBotConnector;
  /** The fake Bot Connector's URL: the serviceUrl of every activity sent to the bot. */
  serviceUrl: string;
  clock: ManualClock;
  world: World;
  /** Gives a member of the world this Teams identity (their Entra object id). */
  link(member: MemberView, user: TeamsUser): Promise<void>;
  /** Binds a Teams channel as the world's shared channel or its care team's channel. */
  bind(kind: "shared" | "careTeam", channelId: string): Promise<void>;
  /** "help" in the channel from this person: the bot keeps the channel's conversation reference. */
  seeChannel(channelId: string, from?: TeamsUser): Promise<void>;
  /** Sends an activity to /api/messages as Teams does. */
  post(activity: Record<string, unknown>): Promise<Response>;
  /** Sends an invoke and returns its answer; throws when the bot does not answer 200. */
  invoke(activity: Record<string, unknown>): Promise<InvokeAnswer>;
  /** The activities the bot sent to this conversation (a channel's threads included), in order. */
  sentTo(conversationId: string): ConnectorRequest[];
  /** Sends an activity and waits until the bot sent something to this conversation; returns that. */
  answerIn(conversationId: string, activity: Record<string, unknown>): Promise<ConnectorRequest[]>;
  /** Where the outbox posted the card with this update key, once it has. */
  postedCard(updateKey: string): Promise<PostedCard>;
  /** Presses the button with this verb on a card the outbox posted in a channel; returns the answer. */
  press(posted: PostedCard, verb: string): Promise<InvokeAnswer>;
  /** Sends the form a press answered with, filled in with these values, from the same message. */
  submit(
    posted: PostedCard,
    form: InvokeAnswer,
    formId: string,
    values: Record<string, unknown>,
  ): Promise<InvokeAnswer>;
  /** Runs one scheduler tick: due nudges, then the outbox delivered. */
  tick(): Promise<void>;
  stop(): Promise<void>;
}

export interface TeamsAppHarnessOptions {
  /** Nabuur's logger; default the test logger (the run's log file, or silent). */
  logger?: Logger;
  /** The clock's start; default Monday morning (MONDAY_MORNING). */
  now?: Date;
}

export async function startTeamsAppHarness(options: TeamsAppHarnessOptions = {}): Promise<TeamsAppHarness> {
  const connector = new FakeBotConnector();
  const serviceUrl = await connector.start();
  const clock = new ManualClock(options.now ?? MONDAY_MORNING);
  const nabuur = await startNabuur({
    config: loadConfig({ PORT: "0", DATA_DIR: "memory://", TEAMS_ENABLED: "true", LOG_LEVEL: "silent" }),
    logger: options.logger ?? testLogger(),
    clock,
    schedulerCron: null,
  });
  const prisma = nabuur.database.prisma;
  const world = await createWorld(prisma, { bindChannels: false });
  const url = `${nabuur.url}/api/messages`;
  let sharedChannel: string | null = null;

  const post = (activity: Record<string, unknown>) =>
    fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(activity),
    });
  const sentTo = (conversationId: string) =>
    connector.activities().filter((request) => request.conversationId?.startsWith(conversationId));
  const invoke = async (activity: Record<string, unknown>) => {
    const response = await post(activity);
    if (response.status !== 200)
      throw new Error(`teams: the invoke was answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as InvokeAnswer;
  };
  /** An invoke from the message of a posted card: its thread in its channel. */
  const fromPostedCard = (posted: PostedCard) => ({
    replyToId: posted.activityId,
    conversation: {
      id: `${posted.conversationId.split(";messageid=")[0]};messageid=${posted.activityId}`,
      conversationType: "channel",
      isGroup: true,
    },
  });

  return {
    nabuur,
    prisma,
    connector,
    serviceUrl,
    clock,
    world,
    async link(member, user) {
      await prisma.member.update({ where: { id: member.id }, data: { teamsUserId: user.aadObjectId } });
    },
    async bind(kind, channelId) {
      if (kind === "shared") sharedChannel = channelId;
      await prisma.channelBinding.create({
        data: {
          platform: "teams",
          kind,
          scopeKey:
            kind === "shared" ? `${world.careProvider.id}:${world.landlord.id}` : world.careProvider.id,
          channelId,
          careProviderId: world.careProvider.id,
          landlordId: kind === "shared" ? world.landlord.id : null,
          createdById: world.careAdmin.id,
        },
      });
    },
    async seeChannel(channelId, from = USER) {
      const activity = channelMessage(serviceUrl, "help", [], from);
      const response = await post({
        ...activity,
        conversation: { ...activity.conversation, id: `${channelId};messageid=1700000000000` },
      });
      if (response.status >= 300) throw new Error(`teams: /api/messages answered ${response.status}`);
      await response.text();
    },
    post,
    invoke,
    sentTo,
    async answerIn(conversationId, activity) {
      const before = sentTo(conversationId).length;
      const response = await post(activity);
      if (response.status >= 300) throw new Error(`teams: /api/messages answered ${response.status}`);
      await connector.waitFor(() => sentTo(conversationId).length > before);
      return sentTo(conversationId).slice(before);
    },
    async postedCard(updateKey) {
      const where = { platform_key: { platform: "teams" as const, key: updateKey } };
      // Delivery may still be on its way from an earlier commit: a tick waits for it.
      for (let round = 0; round < 10; round++) {
        if (await prisma.messageRef.findUnique({ where })) break;
        await nabuur.scheduler.tick();
      }
      const ref = await prisma.messageRef.findUniqueOrThrow({ where });
      const request = connector
        .activities()
        .find((item) => item.response?.id === ref.teamsActivityId && item.route !== "updateActivity");
      if (!request) throw new Error(`teams: no activity was posted for ${updateKey}`);
      return {
        conversationId: ref.teamsConversationId!,
        activityId: ref.teamsActivityId!,
        card: FakeBotConnector.cardsOf(request)[0]!,
      };
    },
    press: (posted, verb) =>
      invoke(cardInvoke(serviceUrl, verb, actionData(posted.card, verb), fromPostedCard(posted))),
    submit: (posted, form, formId, values) =>
      invoke(
        cardInvoke(
          serviceUrl,
          formId,
          { ...actionData(form.value, formId), ...values },
          fromPostedCard(posted),
        ),
      ),
    async tick() {
      await nabuur.scheduler.tick();
    },
    async stop() {
      // The ledger gets what reached the shared channel: no outbox delivery may still be on its way.
      await nabuur.scheduler.stop();
      if (sharedChannel) {
        const shared = sentTo(sharedChannel);
        await recordSharedChannel(
          "teams",
          shared.map((request) => request.body),
          prisma,
        );
      }
      await nabuur.stop();
      await connector.stop();
    },
  };
}

/**
 * A case in both Teams channels: the world's support worker (USER in Teams) has written in the
 * shared channel, the care team's channel and her personal chat, and a participant of hers has a
 * noise complaint — its case card in the shared channel, its assessment card in the care team's
 * channel, both delivered (Actie 1 and 2).
 */
export async function openCaseInTeams(
  h: TeamsAppHarness,
  where: { sharedChannel: string; careChannel: string; personalChat: string },
  participant: { reference: string; dwelling: string },
): Promise<CaseState> {
  const { world } = h;
  await h.link(world.worker, USER);
  await h.bind("shared", where.sharedChannel);
  await h.bind("careTeam", where.careChannel);
  await h.seeChannel(where.sharedChannel);
  await h.seeChannel(where.careChannel);
  await h.post(personalMessage(h.serviceUrl, "help", USER, where.personalChat));
  const registered = await registerParticipant(h.nabuur.runtime, world.actor(world.worker), {
    ...participant,
    careProviderId: world.careProvider.id,
    landlordId: world.landlord.id,
    leaseType: "intermediary",
    supportWorkerId: world.worker.id,
    landlordContactId: world.landlordStaff.id,
    coordinatorId: null,
  });
  const opened = await fileNoiseComplaint(h.nabuur.runtime, world, registered.participantId);
  await h.tick();
  return opened;
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
