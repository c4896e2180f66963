/**
 * Files a person sends to Nabuur in their personal chat (the manifest's supportsFiles). Teams keeps
 * the file in the sender's OneDrive and puts a `application/vnd.microsoft.teams.file.download.info`
 * attachment on the message: the name, and in `content` a short-lived, pre-authorised downloadUrl
 * and the fileType. The bytes are downloaded only when the core asks, within its bound. Files in
 * channels and group chats do not reach a bot this way and are not read.
 */
import type { Activity } from "botbuilder";
import { z } from "zod";
import type { IncomingFile } from "../../services/interactions/types.ts";
import { downloadBounded } from "../bounded-download.ts";

const FILE_DOWNLOAD_INFO = "application/vnd.microsoft.teams.file.download.info";

const downloadInfoSchema = z.object({
  contentType: z.literal(FILE_DOWNLOAD_INFO),
  name: z.string().max(1000).default(""),
  content: z.object({
    downloadUrl: z.string().url(),
    fileType: z.string().max(32).optional(),
  }),
});

/** The files on a personal chat message; none for any other conversation. */
export function filesFromTeams(activity: Pick<Activity, "attachments" | "conversation">): IncomingFile[] {
  if (activity.conversation?.conversationType !== "personal") return [];
  const files: IncomingFile[] = [];
  for (const attachment of (activity.attachments ?? []).slice(0, 10)) {
    const parsed = downloadInfoSchema.safeParse(attachment);
    if (!parsed.success) continue;
    const { name, content } = parsed.data;
    files.push({
      // Teams names the file with its extension; fileType is the extension alone.
      name: name !== "" ? name : `bestand.${content.fileType ?? ""}`,
      size: null,
      read: (maxBytes) => downloadBounded(content.downloadUrl, {}, maxBytes),
    });
  }
  return files;
}
