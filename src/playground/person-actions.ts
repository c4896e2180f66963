/**
 * What a person does in the page, turned into what Slack would do: a slash command, a click on a
 * button or menu, a modal submitted or closed, App Home opened — each sent to the app as a signed
 * request — or a plain message written in a channel.
 */
import { randomBytes } from "node:crypto";
import type { AppManifest } from "./app-manifest.ts";
import type { DirectoryMember } from "./directory.ts";
import type { SignedClient } from "./signed-requests.ts";
import {
  type ActionInput,
  appHomeOpenedEvent,
  interactionBody,
  messageActionPayload,
  type Person,
  slashCommandBody,
  viewActionPayload,
  viewSubmissionPayload,
} from "./slack-payloads.ts";
import { playgroundTexts } from "./texts.ts";
import type { Workspace } from "./workspace.ts";

/** Slackbot, who tells a person about failed commands. */
const SLACKBOT_USER_ID = "USLACKBOT";

export class PlaygroundError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface PersonActionsOptions {
  workspace: Workspace;
  client: SignedClient;
  manifest: AppManifest;
  teamDomain: string;
  members(): Promise<DirectoryMember[]>;
}

export type SubmitResult =
  | { ok: true }
  | { ok: false; errors: Record<string, string> }
  | { ok: false; failure: string };

function escapeCommandText(text: string, members: DirectoryMember[]): string {
  // Slack's should_escape: "@Name" becomes <@U…|name>, longest names first.
  const sorted = [...members].sort((a, b) => b.name.length - a.name.length);
  let escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  for (const member of sorted) {
    escaped = escaped.split(`@${member.name}`).join(`<@${member.userId}|${member.name}>`);
  }
  return escaped;
}

/** "@Name" in a plain message becomes a mention (<@U…>), as Slack's composer does. */
export function mentionsIn(text: string, members: DirectoryMember[]): string {
  const sorted = [...members].sort((a, b) => b.name.length - a.name.length);
  let result = text;
  for (const member of sorted) result = result.split(`@${member.name}`).join(`<@${member.userId}>`);
  return result;
}

function withoutBlocks(reply: Record<string, unknown>): Record<string, unknown> {
  const { blocks: _blocks, ...rest } = reply;
  return rest;
}

export function createPersonActions(options: PersonActionsOptions) {
  const { workspace, client } = options;

  function person(member: DirectoryMember): Person {
    return { userId: member.userId, name: member.name, teamId: workspace.teamId };
  }

  function slackbotSays(channel: string, userId: string, text: string, threadTs: string | null = null) {
    workspace.post({ channel, user: SLACKBOT_USER_ID, text, ephemeralFor: userId, threadTs });
  }

  function actionTs(): string {
    return (workspace.clock.now().getTime() / 1000).toFixed(6);
  }

  async function command(
    member: DirectoryMember,
    channelId: string,
    input: string,
    locale: string | undefined,
    threadTs: string | null,
  ): Promise<void> {
    const t = playgroundTexts(locale);
    const [, word = "", rest = ""] = /^(\/\S+)\s*([\s\S]*)$/.exec(input.trim()) ?? [];
    const declared = options.manifest.commands.find((candidate) => candidate.command === word);
    if (!declared) {
      slackbotSays(channelId, member.userId, t.unknownCommand(word), threadTs);
      return;
    }
    const channel = workspace.channels.get(channelId)!;
    const text = declared.shouldEscape ? escapeCommandText(rest, await options.members()) : rest;
    const response = await client
      .postForm(
        slashCommandBody({
          person: person(member),
          channelId,
          channelName: channel.kind === "dm" ? "directmessage" : channel.name,
          command: word,
          text,
          triggerId: workspace.triggers.issue(member.userId),
          teamDomain: options.teamDomain,
        }),
      )
      .catch(() => null);
    if (response?.status !== 200) {
      slackbotSays(
        channelId,
        member.userId,
        t.commandFailed(word, response ? "http_service_error" : "dispatch_failed"),
      );
      return;
    }
    // A reply in the HTTP response itself: ephemeral unless the app asks for in_channel.
    const reply = response.json;
    if (reply && (typeof reply.text === "string" || Array.isArray(reply.blocks))) {
      workspace.post({
        channel: channelId,
        user: workspace.botUserId,
        text: typeof reply.text === "string" ? reply.text : "",
        blocks: Array.isArray(reply.blocks) ? (reply.blocks as Record<string, unknown>[]) : null,
        ephemeralFor: reply.response_type === "in_channel" ? null : member.userId,
        sent: { method: "response", command: word, args: withoutBlocks(reply) },
      });
    }
  }

  async function clickInMessage(
    member: DirectoryMember,
    channelId: string,
    ts: string,
    action: ActionInput,
    locale: string | undefined,
  ): Promise<void> {
    const message = workspace.findMessage(channelId, ts);
    if (!message || (message.ephemeralFor && message.ephemeralFor !== member.userId))
      throw new PlaygroundError(404, "message not found");
    const channel = workspace.channels.get(channelId)!;
    const response = await client
      .postForm(
        interactionBody(
          messageActionPayload({
            person: person(member),
            teamDomain: options.teamDomain,
            triggerId: workspace.triggers.issue(member.userId),
            channelName: channel.kind === "dm" ? "directmessage" : channel.name,
            message,
            action,
            actionTs: actionTs(),
          }),
        ),
      )
      .catch(() => null);
    if (response?.status !== 200) {
      const t = playgroundTexts(locale);
      slackbotSays(
        channelId,
        member.userId,
        t.actionFailed(response ? `HTTP ${response.status}` : "dispatch_failed"),
      );
    }
  }

  async function clickInView(member: DirectoryMember, viewId: string, action: ActionInput): Promise<void> {
    const view = workspace.views.findView(viewId);
    if (!view || view.userId !== member.userId) throw new PlaygroundError(404, "view not found");
    await client.postForm(
      interactionBody(
        viewActionPayload({
          person: person(member),
          teamDomain: options.teamDomain,
          triggerId: workspace.triggers.issue(member.userId),
          view,
          action,
          actionTs: actionTs(),
        }),
      ),
    );
  }

  async function submit(
    member: DirectoryMember,
    viewId: string,
    values: Record<string, unknown>,
    locale: string | undefined,
  ): Promise<SubmitResult> {
    const view = workspace.views.findView(viewId);
    if (!view || view.userId !== member.userId || view.type !== "modal")
      throw new PlaygroundError(404, "view not found");
    const response = await client
      .postForm(
        interactionBody(
          viewSubmissionPayload({
            person: person(member),
            teamDomain: options.teamDomain,
            triggerId: workspace.triggers.issue(member.userId),
            view,
            values,
          }),
        ),
      )
      .catch(() => null);
    if (response?.status !== 200) return { ok: false, failure: playgroundTexts(locale).submitFailed };
    const reply = response.json ?? {};
    switch (reply.response_action) {
      case "errors": {
        const errors = (reply.errors ?? {}) as Record<string, string>;
        workspace.views.setErrors(view.id, errors);
        return { ok: false, errors };
      }
      case "update":
        workspace.views.replaceView(view, reply.view as Record<string, unknown>);
        return { ok: true };
      case "push":
        workspace.views.openModal(member.userId, reply.view as Record<string, unknown>, true);
        return { ok: true };
      case "clear":
        workspace.views.closeModal(member.userId, view.id, true);
        return { ok: true };
      default:
        workspace.views.closeModal(member.userId, view.id);
        return { ok: true };
    }
  }

  async function openAppHome(member: DirectoryMember, tab: "home" | "messages"): Promise<void> {
    const dm = workspace.openDm(member.userId, member.name);
    const eventTs = actionTs();
    await client.postEvent(
      appHomeOpenedEvent({
        person: person(member),
        channelId: dm.id,
        tab,
        eventTs,
        eventId: `Ev${randomBytes(6).toString("hex").toUpperCase()}`,
      }),
    );
  }

  return { command, clickInMessage, clickInView, submit, openAppHome, slackbotSays };
}

export type PersonActions = ReturnType<typeof createPersonActions>;
