/**
 * The whole bot in-process — real Bolt app over HTTP, real database — against a fake Slack Web API
 * on 127.0.0.1, with a manual clock and hand-driven scheduler ticks.
 */
import { loadConfig } from "../../src/config.ts";
import type { Logger } from "../../src/logger.ts";
import { type Nabuur, startNabuur } from "../../src/server.ts";
import { ManualClock } from "../../src/services/clock.ts";
import { createPostgresDatabase, type TestDatabaseKind } from "./databases.ts";
import { FAKE_SLACK_BOT_TOKEN, FakeSlack, type SlackCall } from "./fake-slack.ts";
import { recordSharedChannel } from "./privacy-ledger.ts";
import { MONDAY_MORNING } from "./runtime.ts";
import {
  blockActionPayload,
  interactionBody,
  postSigned,
  type SlackUser,
  slashCommandBody,
  viewSubmissionPayload,
} from "./slack-requests.ts";
import { testLogger } from "./test-logger.ts";
import { createWorld, SLACK_TEAM, type World } from "./world.ts";

export const SIGNING_SECRET = "test-signing-secret";

export interface SlackHarness {
  nabuur: Nabuur;
  slack: FakeSlack;
  clock: ManualClock;
  world: World;
  events: string;
  user(slackUserId: string): SlackUser;
  command(user: SlackUser, command: string, text: string, channelId?: string): Promise<Response>;
  click(
    user: SlackUser,
    action: { action_id: string; value: string },
    channelId?: string,
    messageTs?: string,
  ): Promise<Response>;
  submit(
    user: SlackUser,
    view: { callback_id: string; private_metadata: string; values: Record<string, unknown> },
  ): Promise<Response>;
  /**
   * Clicks and waits until the click is handled (Bolt acks before the listener runs): a decision
   * committed, an answer to the person, or a form opened; then delivers the outbox.
   */
  clickAndSettle(
    user: SlackUser,
    action: { action_id: string; value: string },
    channelId?: string,
  ): Promise<void>;
  /** Runs one scheduler tick and waits until the outbox is delivered. */
  tick(): Promise<void>;
  stop(): Promise<void>;
}

export interface SlackHarnessOptions {
  /** Nabuur's logger; default the test logger (the run's log file, or silent). */
  logger?: Logger;
}

export async function startSlackHarness(
  kind: TestDatabaseKind,
  extraEnv: Record<string, string> = {},
  options: SlackHarnessOptions = {},
): Promise<SlackHarness> {
  const slack = new FakeSlack();
  const apiUrl = await slack.start();
  const postgres = kind === "postgresql" ? await createPostgresDatabase() : null;
  const clock = new ManualClock(MONDAY_MORNING);
  const config = loadConfig({
    PORT: "0",
    DATA_DIR: "memory://",
    ...(postgres ? { DATABASE_URL: postgres.url } : {}),
    SLACK_BOT_TOKEN: FAKE_SLACK_BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: apiUrl,
    LOG_LEVEL: "silent",
    ...extraEnv,
  });
  const nabuur = await startNabuur({
    config,
    logger: options.logger ?? testLogger(),
    clock,
    slackRetries: 0,
    schedulerCron: null,
  });
  const world = await createWorld(nabuur.database.prisma);
  const events = `${nabuur.url}/slack/events`;
  const sign = (body: string) => postSigned(events, body, { secret: SIGNING_SECRET });
  return {
    nabuur,
    slack,
    clock,
    world,
    events,
    user: (id) => ({ id, teamId: SLACK_TEAM }),
    command: (user, command, text, channelId = world.channels.shared) =>
      sign(slashCommandBody(command, text, user, channelId)),
    click: (user, action, channelId = world.channels.shared, messageTs = "1700000000.000100") =>
      sign(interactionBody(blockActionPayload(user, channelId, messageTs, action))),
    submit: (user, view) =>
      sign(
        interactionBody(
          viewSubmissionPayload(user, {
            callback_id: view.callback_id,
            private_metadata: view.private_metadata,
            state: { values: view.values },
          }),
        ),
      ),
    async tick() {
      await nabuur.scheduler.tick();
    },
    async clickAndSettle(user, action, channelId = world.channels.shared) {
      const prisma = nabuur.database.prisma;
      const before = await prisma.timelineEntry.count();
      const ephemerals = slack.callsTo("chat.postEphemeral").length;
      const modals = slack.callsTo("views.open").length;
      const updates = slack.callsTo("chat.update").length;
      await sign(interactionBody(blockActionPayload(user, channelId, "1700000000.000100", action)));
      // Settled when the click was recorded, answered to the person, opened its form or updated its
      // message. Bolt acks first and the handler goes on; on a machine under full load that can take
      // many seconds, so the bound is generous (it only ends a click that changes nothing).
      const until = Date.now() + 120_000;
      while (Date.now() < until) {
        if ((await prisma.timelineEntry.count()) > before) break;
        if (slack.callsTo("chat.postEphemeral").length > ephemerals) break;
        if (slack.callsTo("views.open").length > modals) break;
        if (slack.callsTo("chat.update").length > updates) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await nabuur.scheduler.tick();
    },
    async stop() {
      // The ledger gets what reached the channel: no outbox delivery may still be on its way.
      await nabuur.scheduler.stop();
      const shared = slack.calls.filter(
        (call) =>
          ((call.method === "chat.postMessage" || call.method === "chat.update") &&
            call.body.channel === world.channels.shared) ||
          (call.method === "files.completeUploadExternal" && call.body.channel_id === world.channels.shared),
      );
      await recordSharedChannel("slack", shared, nabuur.database.prisma);
      await nabuur.stop();
      await slack.stop();
      await postgres?.drop();
    },
  };
}

/** Slack view.state.values for plain inputs, selects, date-times and checkboxes. */
/** A file given in a modal's file_input: what the view submission names it by (FakeSlack.hostFile). */
export interface SlackFileValue {
  files: { id: string; name: string; size: number }[];
}

export function viewValues(
  values: Record<string, string | boolean | Date | SlackFileValue>,
): Record<string, unknown> {
  const state: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(values)) {
    if (typeof value === "object" && !(value instanceof Date)) {
      state[id] = {
        [id]: {
          type: "file_input",
          files: value.files.map((file) => ({ ...file, title: file.name, mimetype: "", filetype: "" })),
        },
      };
    } else if (value instanceof Date) {
      state[id] = {
        [id]: { type: "datetimepicker", selected_date_time: Math.floor(value.getTime() / 1000) },
      };
    } else if (typeof value === "boolean") {
      state[id] = { [id]: { type: "checkboxes", selected_options: value ? [{ value: "true" }] : [] } };
    } else if (value.startsWith("option:")) {
      state[id] = { [id]: { type: "static_select", selected_option: { value: value.slice(7) } } };
    } else {
      state[id] = { [id]: { type: "plain_text_input", value } };
    }
  }
  return state;
}

/** The modal of the latest views.open call. */
/** A button of a message Nabuur posted or updated, as Slack would send it back on a click. */
export interface SlackButton {
  action_id: string;
  value: string;
}

/** The buttons of one posted or updated message. */
export function buttonsOf(call: SlackCall): SlackButton[] {
  const blocks = (call.body.blocks ?? []) as { type: string; elements?: SlackButton[] }[];
  return blocks.filter((block) => block.type === "actions").flatMap((block) => block.elements ?? []);
}

/** The newest button whose action id starts with `prefix` (an exact id is its own prefix). */
export function findButton(calls: SlackCall[], prefix: string): SlackButton {
  for (const call of [...calls].reverse()) {
    const button = buttonsOf(call).find((candidate) => candidate.action_id.startsWith(prefix));
    if (button) return button;
  }
  throw new Error(`no button ${prefix}`);
}

/** Every message Nabuur posted or updated, in order. */
export function postedMessages(slack: FakeSlack): SlackCall[] {
  return slack.calls.filter((call) => call.method === "chat.postMessage" || call.method === "chat.update");
}

export function lastModal(slack: FakeSlack): Record<string, unknown> {
  const call = slack.callsTo("views.open").at(-1);
  if (!call) throw new Error("no modal was opened");
  return call.body.view as Record<string, unknown>;
}

/** Waits for a modal with this callback id to be opened and returns it. */
export async function waitForModal(slack: FakeSlack, callbackId: string): Promise<Record<string, unknown>> {
  const find = () =>
    slack
      .callsTo("views.open")
      .map((call) => call.body.view as Record<string, unknown>)
      .reverse()
      .find((view) => view.callback_id === callbackId);
  await slack.waitFor(() => find() !== undefined);
  return find()!;
}
