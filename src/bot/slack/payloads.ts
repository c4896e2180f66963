/**
 * The parts of Slack's payloads Nabuur uses, parsed with zod at the boundary. Anything else in a
 * payload is ignored; a payload without these fields is refused before it reaches the core.
 */
import { z } from "zod";

const id = z.string().min(1).max(64);

export const slashCommandSchema = z.object({
  command: z.string().min(2).max(64),
  text: z.string().max(4000).default(""),
  user_id: id,
  team_id: id,
  channel_id: id,
  trigger_id: z.string().min(1).max(256),
});

export const blockActionSchema = z.object({
  type: z.literal("block_actions"),
  user: z.object({ id, team_id: id.optional() }),
  team: z.object({ id }).nullable().optional(),
  trigger_id: z.string().min(1).max(256),
  channel: z.object({ id }).optional(),
  container: z.object({ channel_id: id.optional(), message_ts: z.string().optional() }).optional(),
  actions: z
    .array(z.object({ action_id: z.string().min(1).max(255), value: z.string().max(2000).optional() }))
    .min(1),
});

export const viewSubmissionSchema = z.object({
  type: z.literal("view_submission"),
  user: z.object({ id, team_id: id.optional() }),
  team: z.object({ id }).nullable().optional(),
  view: z.object({
    callback_id: z.string().min(1).max(255),
    private_metadata: z.string().max(3000).default(""),
    state: z.object({ values: z.record(z.string(), z.record(z.string(), z.any())) }),
  }),
});

/** Slack's private_metadata carries the form's own metadata and where the form was opened. */
const modalMetadataSchema = z.object({ m: z.string(), ch: z.string().nullable() });

export function encodeModalMetadata(formMetadata: string, channelId: string | null): string {
  return JSON.stringify({ m: formMetadata, ch: channelId });
}

export function decodeModalMetadata(raw: string): { formMetadata: string; channelId: string | null } {
  try {
    const parsed = modalMetadataSchema.parse(JSON.parse(raw));
    return { formMetadata: parsed.m, channelId: parsed.ch };
  } catch {
    return { formMetadata: raw, channelId: null };
  }
}

/** `<@U123|name>` mentions in a command's text → placeholders and the mentioned users. */
export function extractMentions(text: string): {
  text: string;
  mentions: { platformUserId: string; displayName: string }[];
} {
  const mentions: { platformUserId: string; displayName: string }[] = [];
  const replaced = text.replace(
    /<@([UW][A-Z0-9]+)(?:\|([^>]*))?>/g,
    (_match, userId: string, name?: string) => {
      mentions.push({ platformUserId: userId, displayName: name || userId });
      return "@";
    },
  );
  return { text: replaced, mentions };
}
