/**
 * A message to the bot as a command. Teams has no slash commands: people write "@Nabuur overlast
 * …" in a channel or "zaak 12" in the personal chat. The bot's own mention is removed; other
 * mentions become "@" in the text and are listed in order; the first word picks the command.
 */
import { z } from "zod";
import type { CommandName } from "../../services/interactions/types.ts";

export interface TeamsMention {
  /** Teams user id (29:…). */
  id: string;
  name: string;
  aadObjectId: string | null;
}

export interface ParsedCommand {
  command: CommandName;
  text: string;
  mentions: TeamsMention[];
}

const mentionEntity = z.object({
  type: z.literal("mention"),
  text: z.string().optional(),
  mentioned: z.object({
    id: z.string().min(1),
    name: z.string().default(""),
    aadObjectId: z.string().optional(),
  }),
});

const FIRST_WORD_COMMANDS: Record<string, CommandName> = {
  overlast: "overlast",
  signaal: "signaal",
  nabuur: "nabuur",
};

const HTML_ENTITIES: Record<string, string> = {
  "&nbsp;": " ",
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&apos;": "'",
};

function decodeEntities(text: string): string {
  return text.replace(/&(nbsp|amp|lt|gt|quot|#39|apos);/g, (entity) => HTML_ENTITIES[entity] ?? entity);
}

/** Replaces `<at>Name</at>` mentions: the bot's own are removed, others become "@" and are listed. */
export function extractTeamsMentions(
  text: string,
  entities: unknown[] | undefined,
  botId: string,
): { text: string; mentions: TeamsMention[] } {
  const available = (entities ?? []).flatMap((entity) => {
    const parsed = mentionEntity.safeParse(entity);
    return parsed.success ? [parsed.data] : [];
  });
  const mentions: TeamsMention[] = [];
  const replaced = text.replace(/<at>([\s\S]*?)<\/at>/g, (tag: string, name: string) => {
    const index = available.findIndex(
      (entity) => entity.text === tag || (!entity.text && entity.mentioned.name === name),
    );
    const entity = index === -1 ? undefined : available.splice(index, 1)[0];
    if (!entity) return `@${decodeEntities(name)}`;
    if (entity.mentioned.id === botId) return "";
    mentions.push({
      id: entity.mentioned.id,
      name: decodeEntities(entity.mentioned.name || name),
      aadObjectId: entity.mentioned.aadObjectId ?? null,
    });
    return "@";
  });
  return { text: decodeEntities(replaced).replace(/\u00a0/g, " "), mentions };
}

/** The command of a message: overlast / signaal by their first word, everything else is nabuur. */
export function parseCommand(text: string, entities: unknown[] | undefined, botId: string): ParsedCommand {
  const { text: plain, mentions } = extractTeamsMentions(text, entities, botId);
  const trimmed = plain.trim();
  const match = /^\/?(\S+)\s*([\s\S]*)$/.exec(trimmed);
  const command = match ? FIRST_WORD_COMMANDS[match[1]!.toLowerCase()] : undefined;
  if (match && command) return { command, text: match[2]!.trim(), mentions };
  return { command: "nabuur", text: trimmed, mentions };
}
