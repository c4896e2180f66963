/** Correctly signed Slack requests (slash commands, block actions, view submissions) for the real Bolt app. */
import { createHmac } from "node:crypto";

function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

export interface SignedPostOptions {
  secret: string;
  timestamp?: number;
  signature?: string;
  contentType?: string;
  /** More headers, e.g. Slack's `x-slack-retry-num` on a redelivery. */
  headers?: Record<string, string>;
}

export async function postSigned(url: string, body: string, options: SignedPostOptions): Promise<Response> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  return fetch(url, {
    method: "POST",
    headers: {
      "content-type": options.contentType ?? "application/x-www-form-urlencoded",
      "x-slack-request-timestamp": String(timestamp),
      "x-slack-signature": options.signature ?? slackSignature(options.secret, timestamp, body),
      ...options.headers,
    },
    body,
  });
}

export interface SlackUser {
  id: string;
  teamId: string;
  name?: string;
}

export function slashCommandBody(command: string, text: string, user: SlackUser, channelId: string): string {
  return new URLSearchParams({
    token: "legacy",
    team_id: user.teamId,
    team_domain: "test",
    channel_id: channelId,
    channel_name: "overlast",
    user_id: user.id,
    user_name: user.name ?? user.id,
    command,
    text,
    api_app_id: "A1",
    response_url: "http://127.0.0.1:9/response",
    trigger_id: `trigger-${Date.now()}`,
  }).toString();
}

export function interactionBody(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export function blockActionPayload(
  user: SlackUser,
  channelId: string,
  messageTs: string,
  action: { action_id: string; value: string; block_id?: string },
): Record<string, unknown> {
  return {
    type: "block_actions",
    team: { id: user.teamId, domain: "test" },
    user: { id: user.id, username: user.name ?? user.id, team_id: user.teamId },
    api_app_id: "A1",
    token: "legacy",
    container: { type: "message", message_ts: messageTs, channel_id: channelId, is_ephemeral: false },
    trigger_id: `trigger-${Date.now()}`,
    channel: { id: channelId, name: "overlast" },
    message: { ts: messageTs, type: "message", text: "" },
    response_url: "http://127.0.0.1:9/response",
    actions: [
      {
        type: "button",
        action_id: action.action_id,
        block_id: action.block_id ?? "b1",
        value: action.value,
        text: { type: "plain_text", text: "x" },
        action_ts: `${Date.now() / 1000}`,
      },
    ],
  };
}

export function viewSubmissionPayload(
  user: SlackUser,
  view: { callback_id: string; private_metadata: string; state: { values: Record<string, unknown> } },
): Record<string, unknown> {
  return {
    type: "view_submission",
    team: { id: user.teamId, domain: "test" },
    user: { id: user.id, username: user.name ?? user.id, team_id: user.teamId },
    api_app_id: "A1",
    token: "legacy",
    trigger_id: `trigger-${Date.now()}`,
    view: { id: "V1", type: "modal", hash: "h", ...view },
  };
}
