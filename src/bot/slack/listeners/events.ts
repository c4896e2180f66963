/** Events: App Home shows the member's open tasks and deadlines. */
import type { App } from "@slack/bolt";
import { z } from "zod";
import { cardToBlockKit } from "../render-blocks.ts";
import type { SlackDeps } from "../slack-bot.ts";

const appHomeOpened = z.object({ user: z.string().min(1).max(64), tab: z.string().optional() });

const APP_HOME_OPENED = "app_home_opened";

/** The Events API event types registered below (the manifest's bot_events). */
export const SLACK_EVENT_TYPES: readonly string[] = [APP_HOME_OPENED];

export function registerEventListeners(app: App, deps: SlackDeps): void {
  app.event(APP_HOME_OPENED, async ({ event, client }) => {
    const parsed = appHomeOpened.safeParse(event);
    if (!parsed.success || (parsed.data.tab && parsed.data.tab !== "home")) return;
    try {
      const member = await deps.interactions.resolveMember("slack", parsed.data.user);
      const card = await deps.interactions.homeCard(
        member,
        member?.locale ?? deps.interactions.defaultLocale,
      );
      await client.views.publish({
        user_id: parsed.data.user,
        view: { type: "home", blocks: cardToBlockKit(card).blocks },
      });
    } catch (error) {
      deps.logger.error({ err: error }, "could not publish App Home");
    }
  });
}
