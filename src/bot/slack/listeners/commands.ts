/** Slash commands: /overlast, /signaal, /nabuur. Ack first, then one error boundary. */
import type { App } from "@slack/bolt";
import type { CommandName } from "../../../services/interactions/types.ts";
import { extractMentions, slashCommandSchema } from "../payloads.ts";
import type { AnswerTarget, SlackDeps } from "../slack-bot.ts";

export const SLASH_COMMANDS: Record<string, CommandName> = {
  "/overlast": "overlast",
  "/signaal": "signaal",
  "/nabuur": "nabuur",
};

export function registerCommandListeners(app: App, deps: SlackDeps): void {
  for (const [slashCommand, command] of Object.entries(SLASH_COMMANDS)) {
    app.command(slashCommand, async ({ ack, body, client }) => {
      await ack();
      const parsed = slashCommandSchema.safeParse(body);
      if (!parsed.success) {
        deps.logger.warn({ issues: parsed.error.issues.length }, "malformed slash command refused");
        return;
      }
      const payload = parsed.data;
      const member = await deps.interactions.resolveMember("slack", payload.user_id).catch(() => null);
      const target: AnswerTarget = {
        userId: payload.user_id,
        channelId: payload.channel_id,
        triggerId: payload.trigger_id,
        locale: member?.locale ?? deps.interactions.defaultLocale,
      };
      try {
        const { text, mentions } = extractMentions(payload.text);
        const result = await deps.interactions.handle(
          { kind: "command", command, text, mentions },
          {
            member,
            platformUserId: payload.user_id,
            locale: target.locale,
            where: { platform: "slack", workspaceId: payload.team_id, channelId: payload.channel_id },
          },
        );
        await deps.answer(client, target, result);
      } catch (error) {
        await deps.fail(client, target, error);
      }
    });
  }
}
