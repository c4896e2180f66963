/**
 * Files a person gave in a modal's file field (Block Kit `file_input`). Slack uploads them itself;
 * the view submission names each in `view.state.values[block][action]` as
 * `{ type: "file_input", files: [{ id, name, size, … }] }`. The bot asks files.info for the file's
 * url_private_download and downloads it with its own token (scope files:read), only when the core
 * asks for the bytes and never more than the core's bound.
 */
import type { WebClient } from "@slack/web-api";
import { z } from "zod";
import type { IncomingFile } from "../../services/interactions/types.ts";
import { downloadBounded } from "../bounded-download.ts";

const fileInputSchema = z.object({
  type: z.literal("file_input"),
  files: z
    .array(
      z.object({
        id: z.string().min(1).max(64),
        name: z.string().max(1000).default(""),
        size: z.number().int().nonnegative().optional(),
      }),
    )
    .max(10)
    .default([]),
});

const fileInfoSchema = z.object({
  file: z.object({
    name: z.string().optional(),
    size: z.number().int().nonnegative().optional(),
    url_private_download: z.string().url(),
  }),
});

/** The files of every file_input in a view's state; anything else in the state is left alone. */
export function filesFromSlack(
  values: Record<string, Record<string, unknown>>,
  client: WebClient,
  botToken: string,
): IncomingFile[] {
  const files: IncomingFile[] = [];
  for (const actions of Object.values(values)) {
    for (const input of Object.values(actions ?? {})) {
      const parsed = fileInputSchema.safeParse(input);
      if (!parsed.success) continue;
      for (const file of parsed.data.files) {
        files.push({
          name: file.name,
          size: file.size ?? null,
          async read(maxBytes) {
            const info = fileInfoSchema.parse(await client.files.info({ file: file.id }));
            if (info.file.size !== undefined && info.file.size > maxBytes) return null;
            return downloadBounded(
              info.file.url_private_download,
              { authorization: `Bearer ${botToken}` },
              maxBytes,
            );
          },
        });
      }
    }
  }
  return files;
}
