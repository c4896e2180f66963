/**
 * Het overlastdossier — the file of a correspondence item (the letter or e-mail itself), kept with
 * the case in the database with the item's visibility: a care-only item's file is the care team's
 * only. Bounded (src/flows/dossier/correspondence-file.ts): the name and announced size are checked
 * before anything is downloaded, the bytes after. A refused file is named with the reason; the item
 * itself stays recorded. The file's SHA-256 goes into the case's hash-chained timeline, so the
 * dossier that lists it can be verified.
 */
import { createHash } from "node:crypto";
import {
  CORRESPONDENCE_FILE_MAX_BYTES,
  CORRESPONDENCE_FILE_TEXTS,
  checkAnnouncedFile,
  checkFileBytes,
  cleanFileName,
  type FileRefusal,
} from "../../flows/dossier/correspondence-file.ts";
import { formatLongDate } from "../../flows/format.ts";
import type { Actor, Locale } from "../../flows/model.ts";
import { requirePermission } from "../../flows/policy/permissions.ts";
import type { PrismaClient, Tx } from "../../store/db-types.ts";
import {
  type CorrespondenceItem,
  findCorrespondenceItem,
  insertCorrespondenceFile,
} from "../../store/dossier/correspondence-files.ts";
import { appendTimelineEntries } from "../../store/timeline/append-timeline-entries.ts";
import { NotFoundError } from "../errors.ts";
import type { IncomingFile } from "../interactions/types.ts";
import { loadCaseFor } from "../load-case-for.ts";
import { type ServiceRuntime, transact } from "../runtime.ts";

export type FileOutcome =
  | {
      stored: true;
      fileId: string;
      fileName: string;
      size: number;
      sha256: string;
      caseNumber: string;
      party: string;
      at: Date;
    }
  | { stored: false; fileName: string; refusal: FileRefusal };

/** The item's case, checked for this actor: who may record the item may keep its file. */
async function itemFor(db: Tx | PrismaClient, actor: Actor, correspondenceId: string) {
  const item = await findCorrespondenceItem(db, correspondenceId);
  if (!item) throw new NotFoundError("correspondence", correspondenceId);
  const { state, scope } = await loadCaseFor(db, actor, item.caseId, "recordCorrespondence");
  // A care-only item's file is care-only too: the care team's, as care notes are.
  if (item.visibility !== "shared") requirePermission(actor, "addCareNote", scope);
  return { item, caseNumber: state.number, step: state.step };
}

/** Downloads within the bound; a platform that does not hand the file out is a refusal, not an error. */
async function download(
  runtime: ServiceRuntime,
  file: IncomingFile,
): Promise<{ bytes: Buffer } | { refusal: FileRefusal }> {
  try {
    const bytes = await file.read(CORRESPONDENCE_FILE_MAX_BYTES);
    return bytes === null ? { refusal: { reason: "tooLarge", size: file.size } } : { bytes };
  } catch (error) {
    runtime.logger.warn({ err: error }, "a correspondence file could not be downloaded");
    return { refusal: { reason: "unavailable" } };
  }
}

/** Keeps `file` with the correspondence item, or says why not. */
export async function attachCorrespondenceFile(
  runtime: ServiceRuntime,
  actor: Actor,
  correspondenceId: string,
  file: IncomingFile,
): Promise<FileOutcome> {
  const fileName = cleanFileName(file.name);
  const announced = checkAnnouncedFile(file.name, file.size);
  if (!announced.ok) return { stored: false, fileName, refusal: announced.refusal };
  // Nothing is downloaded for someone who may not keep it.
  await itemFor(runtime.prisma, actor, correspondenceId);
  const downloaded = await download(runtime, file);
  if ("refusal" in downloaded) return { stored: false, fileName, refusal: downloaded.refusal };
  const checked = checkFileBytes(file.name, downloaded.bytes);
  if (!checked.ok) return { stored: false, fileName, refusal: checked.refusal };
  const { bytes } = downloaded;
  return transact(runtime, (tx) =>
    keepCorrespondenceFile(tx, runtime, actor, correspondenceId, { ...checked, bytes }),
  );
}

/**
 * In the caller's transaction: stores a file that passed checkFileBytes with the item, and its
 * SHA-256 in the case timeline. The person must still be allowed the item (checked again here).
 */
export async function keepCorrespondenceFile(
  tx: Tx,
  runtime: ServiceRuntime,
  actor: Actor,
  correspondenceId: string,
  file: { fileName: string; mimeType: string; bytes: Buffer },
): Promise<Extract<FileOutcome, { stored: true }>> {
  const { fileName, mimeType, bytes } = file;
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const { item, caseNumber, step } = await itemFor(tx, actor, correspondenceId);
  const now = runtime.clock.now();
  // The item's audience: shared, or the care team's only.
  const visibility = item.visibility === "shared" ? "shared" : "careTeam";
  const size = bytes.length;
  const fileId = await insertCorrespondenceFile(tx, {
    correspondenceId: item.id,
    caseId: item.caseId,
    fileName,
    mimeType,
    size,
    sha256,
    body: bytes,
    visibility,
    createdById: actor.memberId,
    createdAt: now,
  });
  await appendTimelineEntries(tx, `case:${item.caseId}`, now, [
    {
      actorId: actor.memberId,
      step,
      event: "correspondence.fileAttached",
      visibility,
      details: {
        actorId: actor.memberId,
        correspondenceId: item.id,
        fileId,
        fileName,
        mimeType,
        size,
        sha256,
      },
    },
  ]);
  return { stored: true, fileId, fileName, size, sha256, caseNumber, party: item.party, at: item.at };
}

/** What the person is told: which file, which case and item — or which file was refused and why. */
export function describeFileOutcome(outcome: FileOutcome, locale: Locale): string {
  const t = CORRESPONDENCE_FILE_TEXTS[locale];
  if (!outcome.stored) return t.refused(outcome.fileName, outcome.refusal);
  return t.stored(
    outcome.fileName,
    outcome.size,
    outcome.caseNumber,
    outcome.party,
    formatLongDate(outcome.at.toISOString(), locale),
  );
}

/**
 * Keeps every file with the item and describes the outcomes, one line each (and, when a file was
 * refused, that the item itself is recorded). Never throws: a file that fails unexpectedly is
 * reported as not fetched (and logged).
 */
export async function attachCorrespondenceFiles(
  runtime: ServiceRuntime,
  actor: Actor,
  item: Pick<CorrespondenceItem, "id">,
  files: IncomingFile[],
  locale: Locale,
): Promise<{ outcomes: FileOutcome[]; text: string }> {
  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    try {
      outcomes.push(await attachCorrespondenceFile(runtime, actor, item.id, file));
    } catch (error) {
      runtime.logger.error({ err: error }, "a correspondence file could not be kept");
      outcomes.push({
        stored: false,
        fileName: cleanFileName(file.name),
        refusal: { reason: "unavailable" },
      });
    }
  }
  const lines = outcomes.map((outcome) => describeFileOutcome(outcome, locale));
  if (outcomes.some((outcome) => !outcome.stored))
    lines.push(CORRESPONDENCE_FILE_TEXTS[locale].itemStillRecorded);
  return { outcomes, text: lines.join("\n") };
}
