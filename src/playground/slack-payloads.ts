/**
 * The request bodies Slack sends to an app's request URL, shaped as Slack documents them: a slash
 * command as a form body, interactions as `payload=<json>`, events as JSON (event_callback).
 */
import type { PlayView } from "./play-views.ts";
import type { PlayMessage } from "./workspace.ts";

const APP_ID = "A0NABUUR01";

export interface Person {
  userId: string;
  name: string;
  teamId: string;
}

export interface SlashCommandInput {
  person: Person;
  channelId: string;
  channelName: string;
  command: string;
  text: string;
  triggerId: string;
  teamDomain: string;
}

export function slashCommandBody(input: SlashCommandInput): string {
  return new URLSearchParams({
    token: "playground",
    team_id: input.person.teamId,
    team_domain: input.teamDomain,
    channel_id: input.channelId,
    channel_name: input.channelName,
    user_id: input.person.userId,
    user_name: input.person.name,
    command: input.command,
    text: input.text,
    api_app_id: APP_ID,
    is_enterprise_install: "false",
    response_url: "http://127.0.0.1:9/commands/response",
    trigger_id: input.triggerId,
  }).toString();
}

/** One element the person used: a button, a select or an overflow menu. */
export interface ActionInput {
  type: string;
  action_id: string;
  block_id: string;
  value?: string;
  selected_option?: { text: unknown; value: string };
  text?: unknown;
}

function basePayload(person: Person, teamDomain: string, triggerId: string) {
  return {
    team: { id: person.teamId, domain: teamDomain },
    user: { id: person.userId, username: person.name, name: person.name, team_id: person.teamId },
    api_app_id: APP_ID,
    token: "playground",
    trigger_id: triggerId,
    is_enterprise_install: false,
  };
}

function action(input: ActionInput, actionTs: string) {
  return { ...input, action_ts: actionTs };
}

/** block_actions on a message (in a channel, a thread or a DM; ephemeral or not). */
export function messageActionPayload(input: {
  person: Person;
  teamDomain: string;
  triggerId: string;
  channelName: string;
  message: PlayMessage;
  action: ActionInput;
  actionTs: string;
}): Record<string, unknown> {
  const { message } = input;
  return {
    type: "block_actions",
    ...basePayload(input.person, input.teamDomain, input.triggerId),
    container: {
      type: "message",
      message_ts: message.ts,
      channel_id: message.channel,
      is_ephemeral: message.ephemeralFor !== null,
      ...(message.threadTs ? { thread_ts: message.threadTs } : {}),
    },
    channel: { id: message.channel, name: input.channelName },
    // Slack leaves the message out for ephemeral messages.
    ...(message.ephemeralFor
      ? {}
      : {
          message: {
            type: "message",
            user: message.user,
            ts: message.ts,
            text: message.text,
            blocks: message.blocks ?? [],
            ...(message.threadTs ? { thread_ts: message.threadTs } : {}),
          },
        }),
    response_url: "http://127.0.0.1:9/actions/response",
    actions: [action(input.action, input.actionTs)],
    state: { values: {} },
  };
}

function viewPayload(view: PlayView, teamId: string, values: Record<string, unknown>) {
  return {
    ...view.view,
    id: view.id,
    team_id: teamId,
    type: view.type,
    hash: view.hash,
    private_metadata: typeof view.view.private_metadata === "string" ? view.view.private_metadata : "",
    callback_id: typeof view.view.callback_id === "string" ? view.view.callback_id : "",
    state: { values },
  };
}

/** block_actions in a view (App Home or a modal). */
export function viewActionPayload(input: {
  person: Person;
  teamDomain: string;
  triggerId: string;
  view: PlayView;
  action: ActionInput;
  actionTs: string;
}): Record<string, unknown> {
  return {
    type: "block_actions",
    ...basePayload(input.person, input.teamDomain, input.triggerId),
    container: { type: "view", view_id: input.view.id },
    view: viewPayload(input.view, input.person.teamId, {}),
    actions: [action(input.action, input.actionTs)],
  };
}

/** view_submission: the modal with the values the person filled in (Slack's view.state.values). */
export function viewSubmissionPayload(input: {
  person: Person;
  teamDomain: string;
  triggerId: string;
  view: PlayView;
  values: Record<string, unknown>;
}): Record<string, unknown> {
  return {
    type: "view_submission",
    ...basePayload(input.person, input.teamDomain, input.triggerId),
    view: viewPayload(input.view, input.person.teamId, input.values),
    response_urls: [],
  };
}

export function interactionBody(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** The Events API envelope of app_home_opened. */
export function appHomeOpenedEvent(input: {
  person: Person;
  channelId: string;
  tab: "home" | "messages";
  eventTs: string;
  eventId: string;
}): Record<string, unknown> {
  return {
    token: "playground",
    team_id: input.person.teamId,
    api_app_id: APP_ID,
    type: "event_callback",
    event_id: input.eventId,
    event_time: Math.floor(Number(input.eventTs)),
    authorizations: [{ team_id: input.person.teamId, user_id: input.person.userId, is_bot: false }],
    event: {
      type: "app_home_opened",
      user: input.person.userId,
      channel: input.channelId,
      tab: input.tab,
      event_ts: input.eventTs,
    },
  };
}
