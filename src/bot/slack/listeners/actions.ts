/** Button clicks on Nabuur's cards (block_actions). Ack first, then one error boundary. */
import type { App } from "@slack/bolt";
import { blockActionSchema } from "../payloads.ts";
import { neutralActionId } from "../render-blocks.ts";
import type { AnswerTarget, SlackDeps } from "../slack-bot.ts";

/** Every action id of Nabuur's cards starts with this prefix. */
export const ACTION_ID_PATTERN = /^nabuur\./;

export function registerActionListeners(app: App, deps: SlackDeps): void {
  app.action({ action_id: ACTION_ID_PATTERN }, async ({ ack, body, client }) => {
    await ack();
    const parsed = blockActionSchema.safeParse(body);
    if (!parsed.success) {
      deps.logger.warn({ issues: parsed.error.issues.length }, "malformed block action refused");
      return;
    }
    const payload = parsed.data;
    const action = payload.actions[0]!;
    const member = await deps.interactions.resolveMember("slack", payload.user.id).catch(() => null);
    const channelId = payload.channel?.id ?? payload.container?.channel_id ?? null;
    const target: AnswerTarget = {
      userId: payload.user.id,
      channelId,
      triggerId: payload.trigger_id,
      locale: member?.locale ?? deps.interactions.defaultLocale,
    };
    try {
      const result = await deps.interactions.handle(
        { kind: "cardAction", actionId: neutralActionId(action.action_id), value: action.value ?? "" },
        {
          member,
          platformUserId: payload.user.id,
          locale: target.locale,
          where: {
            platform: "slack",
            workspaceId: payload.team?.id ?? payload.user.team_id ?? "",
            channelId,
          },
        },
      );
      await deps.answer(client, target, result);
    } catch (error) {
      await deps.fail(client, target, error);
    }
  });
}
