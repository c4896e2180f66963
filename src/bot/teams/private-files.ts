/**
 * Files for one person in Teams (the nuisance dossier). A bot may send files only in the personal
 * chat, and only with the person's consent (Teams' FileConsentCard flow):
 * 1. per file, a consent card (`application/vnd.microsoft.teams.card.file.consent`) in the
 *    personal chat, carrying only an opaque id; the file waits in PendingFiles (the database, so
 *    the consent may reach another instance);
 * 2. the person accepts → an `invoke` `fileConsent/invoke` with `uploadInfo.uploadUrl` (a place in
 *    their OneDrive); the bot PUTs the bytes there and sends a file info card
 *    (`application/vnd.microsoft.teams.card.file.info`);
 * 3. the person declines → the bot says the file was not sent.
 * Never in a channel or group chat: those get only a pointer to the personal chat.
 */
import type { Activity, FileConsentCardResponse, TurnContext } from "botbuilder";
import { z } from "zod";
import type { Locale } from "../../flows/model.ts";
import type { Logger } from "../../logger.ts";
import type { PrivateFile } from "../../services/interactions/types.ts";
import type { PendingFiles } from "./pending-files.ts";
import { inConversation, type ProactiveDeps } from "./proactive.ts";
import { loadReference, referenceKeys } from "./references.ts";
import { textActivity } from "./teams-chat-port.ts";
import { teamsTexts } from "./texts.ts";

export const FILE_CONSENT_CONTENT_TYPE = "application/vnd.microsoft.teams.card.file.consent";
export const FILE_INFO_CONTENT_TYPE = "application/vnd.microsoft.teams.card.file.info";

const UPLOAD_TIMEOUT_MS = 60_000;

export interface FileDeps {
  logger: Logger;
  proactive: ProactiveDeps;
  files: PendingFiles;
}

/** The person the files are for, and where they asked. */
export interface FileRecipient {
  /** True when they asked in their personal chat with the bot. */
  personal: boolean;
  aadObjectId: string | null;
  locale: Locale;
}

/** Where the files went: this personal chat, the stored personal chat, or nowhere (none known). */
export type FileOffer = "here" | "personalChat" | "noPersonalChat";

/** Who is acting in this turn, as PendingFiles knows them. */
function ownerOf(context: TurnContext): string | null {
  return context.activity.from?.aadObjectId ?? context.activity.from?.id ?? null;
}

function consentActivity(id: string, file: PrivateFile): Partial<Activity> {
  return {
    type: "message",
    attachments: [
      {
        contentType: FILE_CONSENT_CONTENT_TYPE,
        name: file.filename,
        content: {
          description: file.title,
          sizeInBytes: file.body.length,
          acceptContext: { id },
          declineContext: { id },
        },
      },
    ],
  };
}

/**
 * Offers the files, with the notice, in the person's personal chat: the conversation itself when
 * they asked there, otherwise the personal chat the bot last saw them in.
 */
export async function offerFiles(
  deps: FileDeps,
  context: TurnContext,
  recipient: FileRecipient,
  notice: string,
  files: PrivateFile[],
): Promise<FileOffer> {
  // The person who may accept: their Entra id (the Emulator has none: their Bot Framework user id).
  const owner = recipient.aadObjectId ?? (recipient.personal ? ownerOf(context) : null);
  if (!owner) return "noPersonalChat";
  const reference = recipient.personal
    ? null
    : await loadReference(deps.proactive.store, referenceKeys.personal(owner));
  if (!recipient.personal && !reference) return "noPersonalChat";
  const ids: string[] = [];
  for (const file of files) ids.push(await deps.files.add(owner, file, recipient.locale));
  const send = async (target: TurnContext) => {
    await target.sendActivity(textActivity(notice));
    for (const [index, file] of files.entries())
      await target.sendActivity(consentActivity(ids[index]!, file));
  };
  try {
    if (reference) await inConversation(deps.proactive, reference, send);
    else await send(context);
  } catch (error) {
    await deps.files.drop(ids);
    if (recipient.personal) throw error;
    // A stale personal chat (the app was removed): the person has to open it again.
    deps.logger.warn({ err: error }, "could not offer files in the personal chat");
    return "noPersonalChat";
  }
  return reference ? "personalChat" : "here";
}

const uploadInfoSchema = z.object({
  uploadUrl: z.string().min(1),
  name: z.string().optional(),
  contentUrl: z.string().optional(),
  uniqueId: z.string().optional(),
  fileType: z.string().optional(),
});

/** OneDrive's upload URL: HTTPS; plain HTTP only on this machine (local tests and emulators). */
function checkedUploadUrl(raw: string): URL {
  const url = new URL(raw);
  const loopback = ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
  if (url.protocol === "https:" || (url.protocol === "http:" && loopback)) return url;
  throw new Error(`refusing to upload to a ${url.protocol} URL that is not on this machine`);
}

/** The whole file in one PUT, as an upload session takes it (Content-Range over all bytes). */
async function putFile(uploadUrl: string, file: PrivateFile): Promise<void> {
  const size = file.body.length;
  const response = await fetch(checkedUploadUrl(uploadUrl), {
    method: "PUT",
    headers: { "content-type": file.contentType, "content-range": `bytes 0-${size - 1}/${size}` },
    body: new Uint8Array(file.body),
    signal: AbortSignal.timeout(UPLOAD_TIMEOUT_MS),
  });
  await response.arrayBuffer().catch(() => undefined);
  if (!response.ok) throw new Error(`the upload URL answered HTTP ${response.status}`);
}

function fileInfoActivity(
  text: string,
  info: z.infer<typeof uploadInfoSchema>,
  file: PrivateFile,
): Partial<Activity> {
  return {
    ...textActivity(text),
    attachments: [
      {
        contentType: FILE_INFO_CONTENT_TYPE,
        name: info.name ?? file.filename,
        ...(info.contentUrl ? { contentUrl: info.contentUrl } : {}),
        content: {
          ...(info.uniqueId ? { uniqueId: info.uniqueId } : {}),
          fileType: info.fileType ?? file.filename.split(".").pop() ?? "",
        },
      },
    ],
  };
}

/** The person accepted or declined a file (`fileConsent/invoke`). Answers in the personal chat. */
export async function handleFileConsent(
  deps: FileDeps,
  context: TurnContext,
  response: FileConsentCardResponse,
  fallbackLocale: Locale,
): Promise<void> {
  const rawId = (response.context as { id?: unknown } | undefined)?.id;
  const owner = ownerOf(context);
  const pending = typeof rawId === "string" && owner ? await deps.files.take(rawId, owner) : null;
  const t = teamsTexts(pending?.locale ?? fallbackLocale);
  if (!pending) {
    await context.sendActivity(textActivity(t.fileUnavailable));
    return;
  }
  const { file } = pending;
  if (response.action !== "accept") {
    await context.sendActivity(textActivity(t.fileDeclined(file.filename)));
    return;
  }
  const info = uploadInfoSchema.safeParse(response.uploadInfo);
  try {
    if (!info.success) throw new Error("the consent carried no upload URL");
    await putFile(info.data.uploadUrl, file);
  } catch (error) {
    deps.logger.error({ err: error }, "could not upload a file the person accepted");
    await context.sendActivity(textActivity(t.fileUploadFailed(file.filename)));
    return;
  }
  await context.sendActivity(fileInfoActivity(t.fileUploaded(file.filename), info.data, file));
}
