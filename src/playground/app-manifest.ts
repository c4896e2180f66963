/**
 * The Slack app as the playground installs it: name, colour, slash commands and App Home settings,
 * read from the same manifest an organisation uploads to Slack (manifest/slack/manifest.json).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

const manifestSchema = z.object({
  display_information: z.object({
    name: z.string(),
    description: z.string().default(""),
    background_color: z.string().default("#1d4f5e"),
  }),
  features: z.object({
    app_home: z
      .object({
        home_tab_enabled: z.boolean().default(false),
        messages_tab_enabled: z.boolean().default(true),
        messages_tab_read_only_enabled: z.boolean().default(false),
      })
      .default({
        home_tab_enabled: false,
        messages_tab_enabled: true,
        messages_tab_read_only_enabled: false,
      }),
    slash_commands: z
      .array(
        z.object({
          command: z.string(),
          description: z.string().default(""),
          usage_hint: z.string().optional(),
          should_escape: z.boolean().default(false),
        }),
      )
      .default([]),
  }),
});

export interface AppManifest {
  name: string;
  description: string;
  color: string;
  homeTab: boolean;
  messagesTab: boolean;
  messagesReadOnly: boolean;
  commands: { command: string; description: string; usageHint: string; shouldEscape: boolean }[];
}

const MANIFEST_PATH = join(import.meta.dirname, "../../manifest/slack/manifest.json");

export function loadAppManifest(path: string = MANIFEST_PATH): AppManifest {
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(path, "utf8")));
  const home = manifest.features.app_home;
  return {
    name: manifest.display_information.name,
    description: manifest.display_information.description,
    color: manifest.display_information.background_color,
    homeTab: home.home_tab_enabled,
    messagesTab: home.messages_tab_enabled,
    messagesReadOnly: home.messages_tab_read_only_enabled,
    commands: manifest.features.slash_commands.map((command) => ({
      command: command.command,
      description: command.description,
      usageHint: command.usage_hint ?? "",
      shouldEscape: command.should_escape,
    })),
  };
}
