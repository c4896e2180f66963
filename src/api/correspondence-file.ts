/**
 * The letter or e-mail itself, sent with correspondence over the API (`file`: name and base64
 * content): checked with the same bounds as in the chat (src/flows/dossier/correspondence-file.ts)
 * and kept with the item in the request's transaction. A refused file is answered with the reason;
 * the correspondence itself is recorded all the same.
 */
import { checkFileBytes, cleanFileName, type FileRefusal } from "../flows/dossier/correspondence-file.ts";
import type { Actor, Locale } from "../flows/model.ts";
import {
  describeFileOutcome,
  type FileOutcome,
  keepCorrespondenceFile,
} from "../services/dossier/correspondence-file-service.ts";
import type { ServiceRuntime } from "../services/runtime.ts";
import type { Tx } from "../store/db-types.ts";

type GivenFile =
  | { ok: true; fileName: string; mimeType: string; bytes: Buffer }
  | { ok: false; fileName: string; refusal: FileRefusal };

/** The file as the request gives it, checked. */
export function givenFile(name: string, contentBase64: string): GivenFile {
  const bytes = Buffer.from(contentBase64, "base64");
  const checked = checkFileBytes(name, bytes);
  return checked.ok
    ? { ...checked, bytes }
    : { ok: false, fileName: cleanFileName(name), refusal: checked.refusal };
}

/** What the answer says about the file: kept (id, size, hash) or refused (reason), with a message. */
export async function keepGivenFile(
  tx: Tx,
  runtime: ServiceRuntime,
  actor: Actor,
  correspondenceId: string,
  file: GivenFile,
  locale: Locale,
) {
  const outcome: FileOutcome = file.ok
    ? await keepCorrespondenceFile(tx, runtime, actor, correspondenceId, file)
    : { stored: false, fileName: file.fileName, refusal: file.refusal };
  const message = describeFileOutcome(outcome, locale);
  return outcome.stored
    ? {
        stored: true,
        name: outcome.fileName,
        fileId: outcome.fileId,
        size: outcome.size,
        sha256: outcome.sha256,
        message,
      }
    : { stored: false, name: outcome.fileName, reason: outcome.refusal.reason, message };
}
