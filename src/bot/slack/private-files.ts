/**
 * Files for one person only (the nuisance dossier): uploaded to the person's DM with the bot with
 * the Web API's files.uploadV2 (files.getUploadURLExternal → the bytes to the upload URL →
 * files.completeUploadExternal). Never to the channel the request came from: the shared channel
 * holds the landlord and the care team together, and each gets only their own version.
 */
import type { WebClient } from "@slack/web-api";
import type { PrivateFile } from "../../services/interactions/types.ts";

/** Slack's answers that mean this workspace or app cannot take files from Nabuur at all. */
const FILES_UNAVAILABLE = new Set([
  "missing_scope",
  "unknown_method",
  "not_allowed_token_type",
  "restricted_action",
]);

function slackErrorCode(error: unknown): string | null {
  const data = (error as { data?: { error?: unknown } } | null)?.data;
  return typeof data?.error === "string" ? data.error : null;
}

export type PrivateUpload =
  /** Uploaded; `dmChannelId` is the person's DM with the bot. */
  | { sent: true; dmChannelId: string }
  /** Slack refused files for this app or workspace (e.g. the files:write scope is missing). */
  | { sent: false; reason: string };

/** Uploads the files, with `notice` as their message, to the person's DM with the bot. */
export async function uploadFilesToDm(
  client: WebClient,
  userId: string,
  notice: string,
  files: PrivateFile[],
): Promise<PrivateUpload> {
  const opened = await client.conversations.open({ users: userId });
  const dmChannelId = opened.channel?.id;
  if (!dmChannelId) throw new Error("Slack: conversations.open returned no channel");
  try {
    await client.files.uploadV2({
      channel_id: dmChannelId,
      initial_comment: notice,
      file_uploads: files.map((file) => ({ file: file.body, filename: file.filename, title: file.title })),
    });
  } catch (error) {
    const code = slackErrorCode(error);
    if (code && FILES_UNAVAILABLE.has(code)) return { sent: false, reason: code };
    throw error;
  }
  return { sent: true, dmChannelId };
}
