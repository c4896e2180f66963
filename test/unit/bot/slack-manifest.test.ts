import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SLASH_COMMANDS } from "../../../src/bot/slack/listeners/commands.ts";
import { SLACK_EVENT_TYPES } from "../../../src/bot/slack/listeners/events.ts";

const manifest = JSON.parse(
  readFileSync(join(import.meta.dirname, "../../../manifest/slack/manifest.json"), "utf8"),
);

describe("Slack app manifest", () => {
  it("declares exactly the slash commands the bot listens to, within Slack's limits", () => {
    const commands = manifest.features.slash_commands as {
      command: string;
      description: string;
      usage_hint?: string;
    }[];
    expect(commands.map((command) => command.command).sort()).toEqual(Object.keys(SLASH_COMMANDS).sort());
    for (const command of commands) {
      expect(command.description.length).toBeLessThanOrEqual(100);
      expect((command.usage_hint ?? "").length).toBeLessThanOrEqual(1000);
    }
  });

  it("subscribes to the events the bot handles and asks only the scopes it uses", () => {
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(["app_home_opened"]);
    // Slack sends only these; the route check refuses any other event type.
    expect(SLACK_EVENT_TYPES).toEqual(manifest.settings.event_subscriptions.bot_events);
    // files:write: the nuisance dossier is uploaded to the person's DM (files.uploadV2).
    // files:read: the correspondence form's file_input, fetched with files.info and the bot token.
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual([
      "chat:write",
      "commands",
      "files:read",
      "files:write",
      "im:write",
    ]);
    expect(manifest.display_information.name.length).toBeLessThanOrEqual(35);
    expect(manifest.display_information.description.length).toBeLessThanOrEqual(140);
  });
});
