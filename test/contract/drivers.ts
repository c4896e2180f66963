/**
 * One scenario, three chat platforms. A driver lets a member do what people do — a command, a
 * form, a button — through one platform, and shows what was delivered where, in neutral terms:
 * - memory: the core's InteractionHandler and the scheduler delivering to an in-memory ChatPort;
 * - slack: the real Bolt app over HTTP with signed requests, against the fake Slack Web API;
 * - teams: the real Teams AI app over HTTP (/api/messages), against the fake Bot Connector.
 * Each runs the whole bot on a real (embedded) database with a manual clock.
 */

import { createScheduler, type Scheduler } from "../../src/bot/scheduler.ts";
import { neutralActionId } from "../../src/bot/slack/render-blocks.ts";
import { amsterdamDateAndTime } from "../../src/bot/teams/form-values.ts";
import { loadConfig } from "../../src/config.ts";
import type { Card, Form } from "../../src/flows/cards/card.ts";
import { nudgeSettingsOf } from "../../src/server.ts";
import { ManualClock } from "../../src/services/clock.ts";
import { createRuntime } from "../../src/services/create-runtime.ts";
import { createInteractionHandler } from "../../src/services/interactions/create-handler.ts";
import type { InteractionHandler } from "../../src/services/interactions/handler.ts";
import type { CommandName, Interaction, InteractionResult } from "../../src/services/interactions/types.ts";
import { nudgePlanner } from "../../src/services/nudge-planner.ts";
import type { ServiceRuntime } from "../../src/services/runtime.ts";
import type { PrismaClient } from "../../src/store/db-types.ts";
import type { MemberView } from "../../src/store/members/members.ts";
import { openTestDatabase, type TestDatabase } from "../helpers/databases.ts";
import { type ConnectorRequest, FakeBotConnector } from "../helpers/fake-bot-connector.ts";
import { MemoryChat } from "../helpers/memory-chat.ts";
import { MONDAY_MORNING } from "../helpers/runtime.ts";
import {
  type SlackFileValue,
  type SlackHarness,
  startSlackHarness,
  viewValues,
} from "../helpers/slack-harness.ts";
import { cardInvoke, channelMessage, personalMessage } from "../helpers/teams-activities.ts";
import { startTeamsAppHarness, teamsUserOf } from "../helpers/teams-harness.ts";
import { testLogger } from "../helpers/test-logger.ts";
import { createWorld, type World } from "../helpers/world.ts";

/** A file a person gives: its name, type and bytes. */
export interface GivenFile {
  name: string;
  type: string;
  bytes: Buffer;
}

/** A form value as a person gives it (a file only where the platform's forms take files: Slack). */
type FieldValue = string | boolean | Date | { option: string } | { file: GivenFile };

function isFile(value: FieldValue): value is { file: GivenFile } {
  return typeof value === "object" && "file" in value;
}

interface Button {
  actionId: string;
  value: string;
  label: string;
  /** The question asked before the action is sent (title, text and confirm label), if any. */
  asks: string | null;
  /** Where the button is, as the platform needs it to press it. */
  at: string;
  /** The message it is on (Teams: the activity id an invoke names in `replyToId`). */
  messageId?: string;
}

type Place = "shared" | "careTeam" | { dm: MemberView };

export interface ChatDriver {
  readonly name: "memory" | "slack" | "teams";
  readonly world: World;
  readonly prisma: PrismaClient;
  readonly runtime: ServiceRuntime;
  readonly clock: ManualClock;
  /** `/overlast …`, `/signaal`, `/nabuur …` in the shared channel (Teams: `@Nabuur …`). */
  command(member: MemberView, command: CommandName, text: string): Promise<void>;
  /**
   * Fills in and sends the newest form with this id that the member was shown. With a file, it
   * returns once the member was told what became of it.
   */
  submitForm(member: MemberView, formId: string, values: Record<string, FieldValue>): Promise<void>;
  /**
   * A message with a file in the member's personal chat with Nabuur, as Teams delivers it (only
   * Teams: Slack takes files in the form itself); returns once Nabuur answered.
   */
  sendFile(member: MemberView, text: string, file: GivenFile): Promise<void>;
  /** Every button delivered to this place, newest first. */
  buttons(place: Place): Button[];
  press(member: MemberView, button: Button): Promise<void>;
  /** Everything delivered to this place, as one text. */
  delivered(place: Place): string;
  /**
   * From now on: what reaches this place as new messages and what edits earlier ones (each as its
   * text), when the returned function is called.
   */
  watch(place: Place): () => { posted: string[]; updated: string[] };
  /**
   * What the member was told in answer to their own command, button or form (Slack: an ephemeral
   * message where they acted, else their DM; Teams: the answer to the invoke or their personal chat),
   * once it includes `expected`; throws with everything they were told if it never does.
   */
  told(member: MemberView, expected: string): Promise<string>;
  /**
   * What the bot answered this member alone on their clicks and commands, as one text (Slack: the
   * ephemeral messages; Teams: the invoke answers), e.g. a refusal naming who may.
   */
  toldOnly(member: MemberView): string;
  /** One scheduler tick: due nudges, then the outbox delivered. */
  tick(): Promise<void>;
  /**
   * How many answers to a button or form were checked to be the clicked card as it is after the
   * action (Teams: the invoke response, see checkCurrentCardAnswer). Zero where the platform
   * answers with no card of its own (memory, Slack).
   */
  answersChecked(): number;
  stop(): Promise<void>;
}

function neutralValues(values: Record<string, FieldValue>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [id, value] of Object.entries(values)) {
    if (isFile(value)) throw new Error("memory: files are given through a platform");
    if (value instanceof Date) result[id] = value.toISOString();
    else if (typeof value === "boolean") result[id] = String(value);
    else if (typeof value === "object") result[id] = value.option;
    else result[id] = value;
  }
  return result;
}

function cardButtons(card: Card, at: string): Button[] {
  return card.blocks.flatMap((block) =>
    block.type === "actions"
      ? block.buttons.map((button) => ({
          actionId: button.actionId,
          value: button.value,
          label: button.label,
          asks: button.confirm
            ? `${button.confirm.title} ${button.confirm.text} ${button.confirm.confirm}`
            : null,
          at,
        }))
      : [],
  );
}

// ── memory ──────────────────────────────────────────────────────────────────────────────────────

async function memoryDriver(): Promise<ChatDriver> {
  const db: TestDatabase = await openTestDatabase("pglite");
  const clock = new ManualClock(MONDAY_MORNING);
  const chat = new MemoryChat("slack");
  const logger = testLogger();
  const settings = nudgeSettingsOf(loadConfig({}));
  let scheduler: Scheduler | null = null;
  const runtime = createRuntime({
    prisma: db.prisma,
    clock,
    logger,
    platforms: ["slack"],
    nudges: nudgePlanner(settings),
    workingHours: settings.workingHours,
    afterCommit: () => scheduler?.deliverSoon(),
  });
  const handler: InteractionHandler = createInteractionHandler(runtime);
  scheduler = createScheduler({
    runtime,
    delivery: { ports: { slack: chat }, instanceId: "contract" },
    instanceId: "contract",
    cron: null,
    nudgeSettings: settings,
    logger,
  });
  const world = await createWorld(db.prisma);
  const forms: { memberId: string; form: Form }[] = [];
  const answers: { memberId: string; result: InteractionResult }[] = [];

  async function handle(member: MemberView, interaction: Interaction): Promise<InteractionResult> {
    const result = await handler.handle(interaction, {
      member,
      platformUserId: member.slackUserId ?? member.id,
      locale: member.locale,
      where: { platform: "slack", workspaceId: "T1", channelId: world.channels.shared },
    });
    if (result.type === "openForm") forms.push({ memberId: member.id, form: result.form });
    answers.push({ memberId: member.id, result });
    await scheduler!.tick();
    return result;
  }

  /** The newest version of every message (updates replace what was posted). */
  function messages(): { channelId: string; card: Card }[] {
    const latest = new Map<string, { channelId: string; card: Card }>();
    for (const post of chat.posts)
      latest.set(post.message.messageId, { channelId: post.message.channelId, card: post.card });
    for (const update of chat.updates)
      latest.set(update.message.messageId, { channelId: update.message.channelId, card: update.card });
    return [...latest.values()];
  }
  const channelOf = (place: Place) =>
    place === "shared"
      ? world.channels.shared
      : place === "careTeam"
        ? world.channels.careTeam
        : `D${place.dm.slackUserId}`;

  return {
    name: "memory",
    world,
    prisma: db.prisma,
    runtime,
    clock,
    async command(member, command, text) {
      await handle(member, { kind: "command", command, text, mentions: [] });
    },
    async submitForm(member, formId, values) {
      const shown = forms.filter((item) => item.memberId === member.id && item.form.formId === formId).at(-1);
      if (!shown) throw new Error(`memory: ${member.displayName} was not shown form ${formId}`);
      await handle(member, {
        kind: "formSubmit",
        formId,
        metadata: shown.form.metadata,
        values: neutralValues(values),
      });
    },
    async sendFile() {
      throw new Error("memory: files are given through a platform");
    },
    buttons(place) {
      const channelId = channelOf(place);
      return messages()
        .filter((message) => message.channelId === channelId)
        .reverse()
        .flatMap((message) => cardButtons(message.card, channelId));
    },
    async press(member, button) {
      await handle(member, { kind: "cardAction", actionId: button.actionId, value: button.value });
    },
    delivered(place) {
      const channelId = channelOf(place);
      return JSON.stringify(
        [...chat.posts, ...chat.updates].filter((item) => item.message.channelId === channelId),
      );
    },
    watch(place) {
      const channelId = channelOf(place);
      const [posts, updates] = [chat.posts.length, chat.updates.length];
      const texts = (items: { message: { channelId: string }; card: Card }[]) =>
        items.filter((item) => item.message.channelId === channelId).map((item) => JSON.stringify(item.card));
      return () => ({ posted: texts(chat.posts.slice(posts)), updated: texts(chat.updates.slice(updates)) });
    },
    async told(member, expected) {
      const all = JSON.stringify(
        answers.filter((item) => item.memberId === member.id).map((item) => item.result),
      );
      if (!all.includes(expected))
        throw new Error(`memory: ${member.displayName} was not told ${expected}: ${all}`);
      return all;
    },
    toldOnly(member) {
      return JSON.stringify(answers.filter((item) => item.memberId === member.id).map((item) => item.result));
    },
    tick: () => scheduler!.tick(),
    answersChecked: () => 0,
    async stop() {
      await scheduler!.stop();
      await db.destroy();
    },
  };
}

// ── Slack ───────────────────────────────────────────────────────────────────────────────────────

interface SlackButton {
  action_id: string;
  value: string;
  text: { text: string };
  confirm?: { title: { text: string }; text: { text: string }; confirm: { text: string } };
}

async function slackDriver(): Promise<ChatDriver> {
  const h: SlackHarness = await startSlackHarness("pglite");
  const { world } = h;
  const user = (member: MemberView) => h.user(member.slackUserId!);
  const channelOf = (place: Place) =>
    place === "shared"
      ? world.channels.shared
      : place === "careTeam"
        ? world.channels.careTeam
        : h.slack.dmChannelOf(place.dm.slackUserId!);
  const messages = (channelId: string) =>
    h.slack.calls.filter(
      (call) =>
        (call.method === "chat.postMessage" || call.method === "chat.update") &&
        call.body.channel === channelId,
    );
  const modals = () => h.slack.callsTo("views.open").map((call) => call.body.view as Record<string, unknown>);
  /** views.open calls before the last press, until a form is submitted (null: no press since). */
  let modalsBeforePress: number | null = null;
  /** What reached the member only: ephemeral messages to them and messages in their DM. */
  const toMember = (member: MemberView) => {
    const dm = h.slack.dmChannelOf(member.slackUserId!);
    return h.slack.calls.filter(
      (call) =>
        (call.method === "chat.postEphemeral" && call.body.user === member.slackUserId) ||
        (call.method === "chat.postMessage" && call.body.channel === dm),
    );
  };
  const ephemeralsTo = (member: MemberView) =>
    toMember(member).filter((call) => call.method === "chat.postEphemeral").length;
  /** How many ephemeral answers each member had when they last gave a command or sent a form. */
  const toldBefore = new Map<string, number>();

  return {
    name: "slack",
    world,
    prisma: h.nabuur.database.prisma,
    runtime: h.nabuur.runtime,
    clock: h.clock,
    async command(member, command, text) {
      const answers = () =>
        h.slack.calls.filter(
          (call) =>
            call.method === "views.open" ||
            call.method === "chat.postEphemeral" ||
            // Files for the person only (a dossier, a letter's draft) go to their DM.
            call.method === "files.completeUploadExternal",
        ).length;
      const before = answers();
      toldBefore.set(member.id, ephemeralsTo(member));
      const response = await h.command(user(member), `/${command}`, text);
      if (response.status !== 200) throw new Error(`slack: /${command} answered ${response.status}`);
      // Bolt acks first: wait until the answer (a modal or a message to the person) reached Slack.
      await h.slack.waitFor(() => answers() > before);
      await h.tick();
    },
    async submitForm(member, formId, values) {
      // A press that opens a form: Bolt acks the click first and opens the modal after; on a busy
      // machine other answers (a card update) can come first. Wait for this form's modal.
      if (modalsBeforePress !== null) {
        const since = modalsBeforePress;
        modalsBeforePress = null;
        await h.slack
          .waitFor(() =>
            modals()
              .slice(since)
              .some((modal) => modal.callback_id === formId),
          )
          .catch(() => {});
      }
      const view = modals()
        .filter((modal) => modal.callback_id === formId)
        .at(-1);
      if (!view) throw new Error(`slack: no modal ${formId} was opened`);
      const slackValues: Record<string, string | boolean | Date | SlackFileValue> = {};
      for (const [id, value] of Object.entries(values)) {
        if (isFile(value)) {
          // Uploaded in the modal: Slack keeps it; the submission names it.
          const { name, type, bytes } = value.file;
          slackValues[id] = { files: [h.slack.hostFile(name, type, bytes)] };
        } else
          slackValues[id] =
            typeof value === "object" && !(value instanceof Date) ? `option:${value.option}` : value;
      }
      toldBefore.set(member.id, ephemeralsTo(member));
      const answersBefore = toMember(member).length;
      const response = await h.submit(user(member), {
        callback_id: formId,
        private_metadata: String(view.private_metadata),
        values: viewValues(slackValues),
      });
      const text = await response.text();
      if (response.status !== 200 || text.includes('"errors"'))
        throw new Error(`slack: form ${formId} refused: ${text}`);
      // With a file: the answer, then (after the download) what became of the file.
      if (Object.values(values).some(isFile))
        await h.slack.waitFor(() => toMember(member).length >= answersBefore + 2);
      await h.tick();
    },
    async sendFile() {
      throw new Error("slack: files are given in the form's file field");
    },
    buttons(place) {
      const channelId = channelOf(place);
      return messages(channelId)
        .reverse()
        .flatMap((call) =>
          ((call.body.blocks ?? []) as { type: string; elements?: SlackButton[] }[])
            .filter((block) => block.type === "actions")
            .flatMap((block) => block.elements ?? [])
            .map((element) => ({
              actionId: neutralActionId(element.action_id),
              value: element.value,
              label: element.text.text,
              asks: element.confirm
                ? `${element.confirm.title.text} ${element.confirm.text.text} ${element.confirm.confirm.text}`
                : null,
              at: `${channelId}|${element.action_id}`,
            })),
        );
    },
    async press(member, button) {
      const [channelId, actionId] = button.at.split("|") as [string, string];
      modalsBeforePress = modals().length;
      await h.clickAndSettle(user(member), { action_id: actionId, value: button.value }, channelId);
    },
    delivered(place) {
      return JSON.stringify(messages(channelOf(place)));
    },
    watch(place) {
      const channelId = channelOf(place);
      const from = h.slack.calls.length;
      return () => {
        const later = h.slack.calls.slice(from).filter((call) => call.body.channel === channelId);
        const texts = (method: string) =>
          later.filter((call) => call.method === method).map((call) => JSON.stringify(call.body));
        return { posted: texts("chat.postMessage"), updated: texts("chat.update") };
      };
    },
    async told(member, expected) {
      // A form's answer is sent after the ack (views.ts), as an ephemeral message where the person
      // acted (or in their DM when that is not possible), never as a channel message: wait for it.
      const before = toldBefore.get(member.id) ?? 0;
      const all = () => JSON.stringify(toMember(member));
      await h.slack.waitFor(() => all().includes(expected) || ephemeralsTo(member) > before);
      if (!all().includes(expected))
        throw new Error(`slack: ${member.displayName} was not told ${expected}: ${all()}`);
      return all();
    },
    toldOnly(member) {
      return JSON.stringify(
        h.slack
          .callsTo("chat.postEphemeral")
          .filter((call) => call.body.user === member.slackUserId)
          .map((call) => call.body),
      );
    },
    tick: () => h.tick(),
    answersChecked: () => 0,
    stop: () => h.stop(),
  };
}

// ── Teams ───────────────────────────────────────────────────────────────────────────────────────

const TEAMS_SHARED = "19:contract-shared@thread.tacv2";
const TEAMS_CARE = "19:contract-care@thread.tacv2";

interface TeamsAction {
  type: string;
  verb?: string;
  title?: string;
  data?: Record<string, unknown>;
  /** The Action.ShowCard this action is the confirm button of (a step that asks first). */
  askedBy?: { title: string; card: { body: { text: string }[] } };
}

/** The parts of an Adaptive Card the driver checks in invoke answers. */
interface TeamsCard {
  body?: unknown[];
  refresh?: { action?: TeamsAction; userIds?: string[] };
}

const TEAMS_CARD = "application/vnd.microsoft.card.adaptive";
const TEAMS_REFRESH_VERB = "nabuur.teams.refresh";
const TEAMS_BACK_VERB = "nabuur.teams.back";

/** Buttons of a card: Action.Execute with a value (forms and Teams' refresh carry none). */
function cardButtonActions(card: unknown): TeamsAction[] {
  return executeActions(card).filter((action) => typeof action.data?.value === "string");
}

/** Every Action.Execute in a card, wherever it sits (ActionSets in the body, the card's actions). */
function executeActions(
  node: unknown,
  into: TeamsAction[] = [],
  askedBy?: TeamsAction["askedBy"],
): TeamsAction[] {
  if (Array.isArray(node)) for (const item of node) executeActions(item, into, askedBy);
  else if (node && typeof node === "object") {
    const record = node as Record<string, unknown>;
    if (record.type === "Action.Execute")
      into.push({ ...(record as unknown as TeamsAction), ...(askedBy ? { askedBy } : {}) });
    const asking =
      record.type === "Action.ShowCard" ? (record as unknown as TeamsAction["askedBy"]) : askedBy;
    for (const value of Object.values(record))
      if (typeof value === "object") executeActions(value, into, asking);
  }
  return into;
}

async function teamsDriver(): Promise<ChatDriver> {
  const h = await startTeamsAppHarness();
  const { connector, serviceUrl, clock, nabuur, prisma, world } = h;
  const from = teamsUserOf;
  const aad = (member: MemberView) => from(member).aadObjectId;
  for (const member of [world.worker, world.coordinator, world.landlordStaff, world.careAdmin]) {
    await h.link(member, from(member));
  }
  await h.bind("shared", TEAMS_SHARED);
  await h.bind("careTeam", TEAMS_CARE);
  const post = async (activity: Record<string, unknown>) => {
    const response = await h.post(activity);
    if (response.status >= 300) throw new Error(`teams: /api/messages answered ${response.status}`);
    const text = await response.text();
    return text ? (JSON.parse(text) as { value?: unknown }) : {};
  };
  const inChannel = (channelId: string, activity: Record<string, unknown>) => ({
    ...activity,
    conversation: { ...(activity.conversation as object), id: `${channelId};messageid=1700000000000` },
  });
  // The bot learns both channels (conversation references for proactive messages).
  for (const channelId of [TEAMS_SHARED, TEAMS_CARE]) await h.seeChannel(channelId, from(world.worker));
  /** Every invoke's answer, by the member who acted. */
  const invokeAnswers: { memberId: string; answer: unknown }[] = [];
  /** Cards answered in invoke responses (a form opened by a button, a form shown again). */
  const invokeCards: {
    memberId: string;
    card: unknown;
    conversation: Record<string, unknown>;
    /** The message the invoke came from (the card the answer replaced for the member). */
    messageId: string | undefined;
  }[] = [];
  /** The id of the message a connector request posted or updated. */
  const messageIdOf = (request: ConnectorRequest): string | undefined =>
    request.route === "updateActivity"
      ? (request.activityId ?? undefined)
      : typeof request.response?.id === "string"
        ? request.response.id
        : undefined;
  /** The card the message shows now: the newest the connector got for it (posted or updated). */
  const latestCardOf = (messageId: string) => {
    const request = connector
      .activities()
      .filter((item) => messageIdOf(item) === messageId)
      .at(-1);
    return request ? (FakeBotConnector.cardsOf(request)[0] as TeamsCard | undefined) : undefined;
  };

  /**
   * Universal Actions: when the member acted on a card with buttons and the answer is neither a
   * form nor a reply, the answer is that card as it is after the action — the same body as the
   * message once the outbox delivered (apart from a notice line at the end), never the card from
   * before, never a bare "Verwerkt." — and, while it has buttons, it carries a refresh for the
   * member. Every later update of the message (from the next action on) carries it too (see
   * checkLaterUpdates).
   */
  function checkCurrentCardAnswer(
    member: MemberView,
    verb: string,
    messageId: string,
    before: TeamsCard | undefined,
    answer: { type?: string; value?: unknown },
  ) {
    const where = `teams: the answer to ${verb}`;
    if (!before || cardButtonActions(before).length === 0) return;
    if (answer.type !== TEAMS_CARD) {
      if (answer.value === "Verwerkt.") throw new Error(`${where} is a bare "Verwerkt." instead of the card`);
      return;
    }
    const card = answer.value as TeamsCard;
    const actions = executeActions(card);
    if (actions.some((action) => action.data?.nabuurForm || action.verb === TEAMS_BACK_VERB)) return;
    const me = from(member).id;
    // A card left without buttons (a resolved nudge) has nothing to refresh for.
    const refreshed = cardButtonActions(card).length > 0;
    if (
      refreshed &&
      (card.refresh?.action?.verb !== TEAMS_REFRESH_VERB || !card.refresh.userIds?.includes(me))
    )
      throw new Error(`${where} carries no refresh for ${me}: ${JSON.stringify(card.refresh)}`);
    if (JSON.stringify(card).includes("Verwerkt.")) throw new Error(`${where} says "Verwerkt."`);
    const now = latestCardOf(messageId);
    const shown = now?.body ?? [];
    const answered = card.body ?? [];
    const withoutNotice = answered.length === shown.length + 1 ? answered.slice(0, -1) : answered;
    if (JSON.stringify(withoutNotice) !== JSON.stringify(shown))
      throw new Error(
        `${where} is not the card the message shows after the action:\n answered ${JSON.stringify(answered).slice(0, 600)}\n shown    ${JSON.stringify(shown).slice(0, 600)}`,
      );
    checked++;
    // From here on the member's own copy is refreshed with the message: every later update says so.
    viewers.push({ messageId, teamsId: me, from: connector.activities().length });
  }

  let checked = 0;
  /** People shown their own copy of a message, from which connector request on. */
  const viewers: { messageId: string; teamsId: string; from: number }[] = [];

  /**
   * Every update of a message with buttons that the outbox sent after a member was shown their own
   * copy of it (the answer to their action, and the tick that delivered that action's changes)
   * carries a refresh for them, so that Teams replaces their copy too.
   */
  function checkLaterUpdates() {
    const requests = connector.activities();
    for (const viewer of viewers) {
      for (const request of requests.slice(viewer.from)) {
        if (request.route !== "updateActivity" || request.activityId !== viewer.messageId) continue;
        const card = FakeBotConnector.cardsOf(request)[0] as TeamsCard | undefined;
        if (!card || cardButtonActions(card).length === 0) continue;
        if (!card.refresh?.userIds?.includes(viewer.teamsId))
          throw new Error(
            `teams: an update of message ${viewer.messageId} carries no refresh for ${viewer.teamsId}: ${JSON.stringify(card.refresh)}`,
          );
      }
    }
  }
  /** The member's personal chats with the bot: started by them, or created by the bot for them. */
  const personalOf = (member: MemberView) => {
    const ids = new Set<string>();
    for (const request of connector.requests) {
      const body = JSON.stringify(request.body ?? {});
      const forMember = body.includes(aad(member)) || body.includes(`"29:${member.slackUserId}"`);
      if (request.route === "createConversation" && forMember && request.response?.id)
        ids.add(String(request.response.id));
      if (request.body?.conversation?.conversationType === "personal" && forMember)
        ids.add(String(request.conversationId));
    }
    return [...ids];
  };
  const base = (conversationId: string | null) => (conversationId ?? "").split(";")[0]!;
  const activitiesIn = (place: Place, from = 0) => {
    const ids =
      place === "shared" ? [TEAMS_SHARED] : place === "careTeam" ? [TEAMS_CARE] : personalOf(place.dm);
    return connector
      .activities()
      .slice(from)
      .filter((request) => ids.includes(base(request.conversationId)));
  };
  const conversationFor = (conversationId: string) =>
    conversationId.startsWith("19:")
      ? { id: conversationId, conversationType: "channel", isGroup: true, tenantId: "tenant-1" }
      : { id: conversationId, conversationType: "personal", tenantId: "tenant-1" };

  async function invoke(
    member: MemberView,
    verb: string,
    data: Record<string, unknown>,
    conversationId: string,
    messageId: string | undefined,
  ) {
    const conversation = conversationFor(conversationId);
    const before = messageId ? latestCardOf(messageId) : undefined;
    const answer = (await post(
      cardInvoke(serviceUrl, verb, data, {
        from: from(member),
        conversation,
        ...(messageId ? { replyToId: messageId } : {}),
      }),
    )) as { type?: string; value?: unknown };
    invokeAnswers.push({ memberId: member.id, answer });
    if (answer.value && typeof answer.value === "object") {
      invokeCards.push({ memberId: member.id, card: answer.value, conversation, messageId });
    }
    await nabuur.scheduler.tick();
    checkLaterUpdates();
    if (messageId) checkCurrentCardAnswer(member, verb, messageId, before, answer);
  }

  return {
    name: "teams",
    world,
    prisma,
    runtime: nabuur.runtime,
    clock,
    async command(member, command, text) {
      const before = connector.requests.length;
      const words = command === "nabuur" ? text : `${command} ${text}`;
      await post(inChannel(TEAMS_SHARED, channelMessage(serviceUrl, words.trim(), [], from(member))));
      await connector.waitFor((requests) => requests.length > before);
      await nabuur.scheduler.tick();
    },
    async submitForm(member, formId, values) {
      // The newest form card with this verb: sent to the member's personal chat, or in an invoke answer.
      const sent = connector
        .activities()
        .filter((request) => personalOf(member).includes(base(request.conversationId)))
        .flatMap((request) =>
          FakeBotConnector.cardsOf(request).map((card) => ({
            card: card as unknown,
            conversationId: base(request.conversationId),
            messageId: messageIdOf(request),
          })),
        );
      const answered = invokeCards
        .filter((item) => item.memberId === member.id)
        .map((item) => ({
          card: item.card,
          conversationId: String(item.conversation.id),
          messageId: item.messageId,
        }));
      const candidates = [...sent, ...answered].flatMap(({ card, conversationId, messageId }) =>
        executeActions(card)
          .filter((action) => action.verb === formId && action.data?.nabuurForm)
          .map((action) => ({ action, conversationId, messageId })),
      );
      const found = candidates.at(-1);
      if (!found) throw new Error(`teams: ${member.displayName} was not shown form ${formId}`);
      const inputs: Record<string, string> = {};
      for (const [id, value] of Object.entries(values)) {
        if (isFile(value)) throw new Error("teams: a card takes no files; use sendFile");
        if (value instanceof Date) {
          const local = amsterdamDateAndTime(value.toISOString())!;
          inputs[id] = local.date;
          inputs[`${id}__time`] = local.time;
        } else if (typeof value === "boolean") inputs[id] = String(value);
        else if (typeof value === "object") inputs[id] = value.option;
        else inputs[id] = value;
      }
      const before = invokeCards.length;
      await invoke(
        member,
        formId,
        { ...found.action.data, ...inputs },
        found.conversationId,
        found.messageId,
      );
      const answer = invokeCards.slice(before).at(-1);
      if (answer && executeActions(answer.card).some((action) => action.verb === formId))
        throw new Error(
          `teams: form ${formId} was shown again: ${JSON.stringify(answer.card).slice(0, 400)}`,
        );
    },
    async sendFile(member, text, file) {
      const before = connector.activities().length;
      const conversation = { id: `a:personal-contract-${member.slackUserId}`, conversationType: "personal" };
      // Teams keeps the file in the sender's OneDrive and hands the bot a pre-authorised URL.
      const downloadUrl = connector.hostFile(file.name, file.bytes);
      await post({
        ...personalMessage(serviceUrl, text, from(member)),
        conversation: { ...conversation, tenantId: "tenant-1" },
        attachments: [
          {
            contentType: "application/vnd.microsoft.teams.file.download.info",
            name: file.name,
            contentUrl: downloadUrl,
            content: {
              downloadUrl,
              uniqueId: `unique-${file.name}`,
              fileType: file.name.split(".").pop(),
            },
          },
        ],
      });
      // The answer goes to the personal chat the file came from.
      await connector.waitFor(() => activitiesIn({ dm: member }, before).length > 0);
      await nabuur.scheduler.tick();
    },
    buttons(place) {
      return activitiesIn(place)
        .reverse()
        .flatMap((request) =>
          FakeBotConnector.cardsOf(request).flatMap((card) =>
            executeActions(card)
              .filter((action) => typeof action.data?.value === "string")
              .map((action) => ({
                actionId: action.verb!,
                value: action.data!.value as string,
                label: action.askedBy?.title ?? action.title ?? "",
                asks: action.askedBy
                  ? `${action.askedBy.card.body.map((b) => b.text).join(" ")} ${action.title}`
                  : null,
                at: base(request.conversationId),
                messageId: messageIdOf(request),
              })),
          ),
        );
    },
    press: (member, button) =>
      invoke(member, button.actionId, { value: button.value }, button.at, button.messageId),
    delivered(place) {
      return JSON.stringify(activitiesIn(place).map((request) => request.body));
    },
    watch(place) {
      const from = connector.activities().length;
      return () => {
        const later = activitiesIn(place, from);
        const texts = (updated: boolean) =>
          later
            .filter((request) => (request.route === "updateActivity") === updated)
            .map((request) => JSON.stringify(request.body));
        return { posted: texts(false), updated: texts(true) };
      };
    },
    async told(member, expected) {
      // The answer to an invoke is the person's own; a command is answered in their personal chat.
      const all = JSON.stringify([
        ...invokeAnswers.filter((item) => item.memberId === member.id).map((item) => item.answer),
        ...activitiesIn({ dm: member }).map((request) => request.body),
      ]);
      if (!all.includes(expected))
        throw new Error(`teams: ${member.displayName} was not told ${expected}: ${all}`);
      return all;
    },
    toldOnly(member) {
      return JSON.stringify(
        invokeAnswers.filter((item) => item.memberId === member.id).map((item) => item.answer),
      );
    },
    async tick() {
      await nabuur.scheduler.tick();
      checkLaterUpdates();
    },
    answersChecked: () => checked,
    // The ledger gets what reached the shared channel (see startTeamsAppHarness).
    stop: () => h.stop(),
  };
}

export const DRIVERS = { memory: memoryDriver, slack: slackDriver, teams: teamsDriver };
