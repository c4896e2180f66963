/**
 * Messages to the bot are commands: "@Nabuur overlast …" in a channel, "zaak 12" in the personal
 * chat. One error boundary per message; the answer goes to the person privately.
 */
import type { Application } from "@microsoft/teams-ai";
import { TeamsInfo, type TurnContext } from "botbuilder";
import type { Interaction } from "../../../services/interactions/types.ts";
import { answerCommand, type CommandTarget, failCommand, type TeamsDeps } from "../answers.ts";
import { parseCommand, type TeamsMention } from "../command-text.ts";
import { filesFromTeams } from "../incoming-files.ts";
import { baseConversationId, saveMentionedUser, tenantOf } from "../references.ts";

/** What a file sent without text is taken as: the command that says how to name its case. */
const FILE_COMMAND = "bestand";

/** Longest command text, as Slack's slash command payload allows (src/bot/slack/payloads.ts). */
const MAX_COMMAND_TEXT_LENGTH = 4000;

/** The AAD object id of a mentioned person: from the mention, or asked from Teams. */
async function resolveMention(deps: TeamsDeps, context: TurnContext, mention: TeamsMention) {
  let aadObjectId = mention.aadObjectId;
  if (!aadObjectId) {
    try {
      aadObjectId = (await TeamsInfo.getMember(context, mention.id)).aadObjectId ?? null;
    } catch (error) {
      deps.logger.warn({ err: error }, "could not look up a mentioned Teams user");
    }
  }
  if (!aadObjectId) return { platformUserId: mention.id, displayName: mention.name };
  await saveMentionedUser(deps.proactive.store, context.activity, {
    id: mention.id,
    name: mention.name,
    aadObjectId,
  }).catch((error: unknown) =>
    deps.logger.warn({ err: error }, "could not save a mentioned user's reference"),
  );
  return { platformUserId: aadObjectId, displayName: mention.name };
}

async function handleMessage(deps: TeamsDeps, context: TurnContext): Promise<void> {
  const activity = context.activity;
  // A file in the personal chat: kept with a case's correspondence (`bestand <nr>` as its text).
  const files = filesFromTeams(activity);
  // A file without text still gets an answer: how to say which case it belongs to.
  const text = typeof activity.text === "string" && activity.text.trim() !== "" ? activity.text : null;
  const commandText = text ?? (files.length > 0 ? FILE_COMMAND : null);
  // Cards only send Action.Execute (invokes); a message without text is nothing to answer.
  if (commandText === null) return;
  // The same bound as a Slack command's text: a longer message is no command and is refused unread.
  if (commandText.length > MAX_COMMAND_TEXT_LENGTH) {
    deps.logger.warn({ length: commandText.length }, "over-long Teams command refused");
    return;
  }
  const platformUserId = activity.from.aadObjectId ?? activity.from.id;
  const member = await deps.interactions.resolveMember("teams", platformUserId).catch(() => null);
  const target: CommandTarget = {
    personal: activity.conversation.conversationType === "personal",
    aadObjectId: activity.from.aadObjectId ?? null,
    member,
    locale: member?.locale ?? deps.interactions.defaultLocale,
  };
  try {
    const parsed = parseCommand(commandText, activity.entities, activity.recipient.id);
    const mentions = [];
    for (const mention of parsed.mentions) mentions.push(await resolveMention(deps, context, mention));
    const interaction: Interaction = {
      kind: "command",
      command: parsed.command,
      text: parsed.text,
      mentions,
      ...(files.length ? { files } : {}),
    };
    const result = await deps.interactions.handle(interaction, {
      member,
      platformUserId,
      locale: target.locale,
      where: {
        platform: "teams",
        workspaceId: tenantOf(activity),
        channelId: baseConversationId(activity.conversation.id),
      },
    });
    await answerCommand(deps, context, target, result);
  } catch (error) {
    await failCommand(deps, context, target, error);
  }
}

export function registerMessageListeners(app: Application, deps: TeamsDeps): void {
  app.activity("message", (context) => handleMessage(deps, context));
}
