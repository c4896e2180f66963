/**
 * Het overlastdossier — a file kept with a correspondence item: the letter from the wijkagent, the
 * e-mail from the municipality, a scan. Bounded, so that the dossier stays something a court and a
 * database can hold: at most CORRESPONDENCE_FILE_MAX_BYTES, and only the kinds people send in this
 * work (PDF, photos and scans, Word, e-mail, plain text). Anything else is refused with a message
 * that names the file and why; the correspondence itself is recorded all the same.
 * Pure: the bytes and names come in, a verdict and texts go out.
 */
import type { Locale } from "../model.ts";

/** 10 MB: Slack's own limit for a file in a form, and plenty for a scanned letter. */
export const CORRESPONDENCE_FILE_MAX_BYTES = 10 * 1024 * 1024;
/** Longer names are shortened (the extension kept). */
const FILE_NAME_MAX = 200;

/** What a file's first bytes must be, for the kinds that have a fixed signature. */
type Signature = "pdf" | "png" | "jpeg" | "gif" | "zip" | "ole";

const SIGNATURES: Record<Signature, (bytes: Buffer) => boolean> = {
  pdf: (b) => b.subarray(0, 5).toString("latin1") === "%PDF-",
  png: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  jpeg: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  gif: (b) => b.subarray(0, 4).toString("latin1") === "GIF8",
  // .docx is a zip archive (Office Open XML).
  zip: (b) => b.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])),
  // .msg (Outlook) is an OLE compound file.
  ole: (b) => b.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])),
};

interface AcceptedKind {
  mimeType: string;
  signature: Signature | null;
}

/** The accepted extensions and the type Nabuur stores them as (not what a platform claims). */
const ACCEPTED: Record<string, AcceptedKind> = {
  pdf: { mimeType: "application/pdf", signature: "pdf" },
  jpg: { mimeType: "image/jpeg", signature: "jpeg" },
  jpeg: { mimeType: "image/jpeg", signature: "jpeg" },
  png: { mimeType: "image/png", signature: "png" },
  gif: { mimeType: "image/gif", signature: "gif" },
  heic: { mimeType: "image/heic", signature: null },
  tif: { mimeType: "image/tiff", signature: null },
  tiff: { mimeType: "image/tiff", signature: null },
  docx: {
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    signature: "zip",
  },
  msg: { mimeType: "application/vnd.ms-outlook", signature: "ole" },
  eml: { mimeType: "message/rfc822", signature: null },
  txt: { mimeType: "text/plain", signature: null },
};

/** The extensions a file field accepts (Slack's file_input checks them too, for convenience). */
export const CORRESPONDENCE_FILE_EXTENSIONS: readonly string[] = Object.keys(ACCEPTED);

export type FileRefusal =
  | { reason: "type"; extension: string }
  /** `size`: null when the platform did not say and the download stopped at the maximum. */
  | { reason: "tooLarge"; size: number | null }
  | { reason: "empty" }
  | { reason: "notWhatItSays"; extension: string }
  | { reason: "unavailable" };

export type FileCheck =
  | { ok: true; fileName: string; mimeType: string }
  | { ok: false; refusal: FileRefusal };

/** The name as stored and shown: no folders, no control characters, at most FILE_NAME_MAX long. */
export function cleanFileName(name: string): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim();
  const cleaned = base === "" || base === "." || base === ".." ? "bestand" : base;
  if (cleaned.length <= FILE_NAME_MAX) return cleaned;
  const dot = cleaned.lastIndexOf(".");
  const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : "";
  return `${cleaned.slice(0, FILE_NAME_MAX - extension.length - 1)}…${extension}`;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

/**
 * Before anything is downloaded: the kind (by the name's extension) and the size the platform
 * announced, if it did.
 */
export function checkAnnouncedFile(name: string, announcedSize: number | null): FileCheck {
  const fileName = cleanFileName(name);
  const extension = extensionOf(fileName);
  const kind = ACCEPTED[extension];
  if (!kind) return { ok: false, refusal: { reason: "type", extension } };
  if (announcedSize !== null && announcedSize > CORRESPONDENCE_FILE_MAX_BYTES)
    return { ok: false, refusal: { reason: "tooLarge", size: announcedSize } };
  return { ok: true, fileName, mimeType: kind.mimeType };
}

/** After the download: the kind again, the real size, and the first bytes against the extension. */
export function checkFileBytes(name: string, bytes: Buffer): FileCheck {
  const announced = checkAnnouncedFile(name, bytes.length);
  if (!announced.ok) return announced;
  if (bytes.length === 0) return { ok: false, refusal: { reason: "empty" } };
  const extension = extensionOf(announced.fileName);
  const signature = ACCEPTED[extension]?.signature ?? null;
  if (signature !== null && !SIGNATURES[signature](bytes))
    return { ok: false, refusal: { reason: "notWhatItSays", extension } };
  return announced;
}

/** "120 kB", "1,2 MB" (Dutch decimal comma) / "1.2 MB". */
export function formatFileSize(bytes: number, locale: Locale): string {
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(locale === "nl" ? "nl-NL" : "en-GB", { maximumFractionDigits: digits }).format(
      value,
    );
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${number(Math.max(1, Math.round(bytes / 1024)), 0)} kB`;
  return `${number(bytes / (1024 * 1024), 1)} MB`;
}

const ACCEPTED_LIST = {
  nl: "PDF, foto's en scans (JPG, PNG, GIF, HEIC, TIFF), Word (DOCX), e-mail (MSG, EML) en tekst (TXT)",
  en: "PDF, photos and scans (JPG, PNG, GIF, HEIC, TIFF), Word (DOCX), e-mail (MSG, EML) and text (TXT)",
} as const;

const nl = {
  fileLabel: "Bestand",
  fileHint: `De brief of e-mail zelf, bewaard bij de zaak met dezelfde zichtbaarheid. Maximaal ${formatFileSize(CORRESPONDENCE_FILE_MAX_BYTES, "nl")}: ${ACCEPTED_LIST.nl}.`,
  stored: (fileName: string, size: number, caseNumber: string, party: string, at: string) =>
    `Bestand ${fileName} (${formatFileSize(size, "nl")}) bewaard bij zaak ${caseNumber}, correspondentie met ${party} van ${at}.`,
  refused: (fileName: string, refusal: FileRefusal) => {
    const why = {
      type: () => `dit soort bestand wordt niet bewaard. Toegestaan: ${ACCEPTED_LIST.nl}`,
      tooLarge: (r: { size: number | null }) =>
        `${r.size === null ? "het is te groot" : `het is ${formatFileSize(r.size, "nl")}`}, het maximum is ${formatFileSize(CORRESPONDENCE_FILE_MAX_BYTES, "nl")}`,
      empty: () => "het bestand is leeg",
      notWhatItSays: (r: { extension: string }) =>
        `de inhoud is geen ${r.extension.toUpperCase()}-bestand, al zegt de naam dat wel`,
      unavailable: () => "het kon niet worden opgehaald; probeer het later nog eens",
    };
    return `Bestand ${fileName} is niet bewaard: ${explain(why, refusal)}.`;
  },
  itemStillRecorded: "De correspondentie zelf is wel vastgelegd.",
  fetching: "Het bestand wordt opgehaald; je krijgt zo bericht of het is bewaard.",
  sendInPersonalChat: (caseNumber: string) =>
    `Een bestand (de brief of e-mail zelf) voeg je toe door het in je persoonlijke chat met Nabuur te sturen, met als tekst: bestand ${caseNumber}`,
  usage:
    "Stuur het bestand in je persoonlijke chat met Nabuur, met als tekst: bestand <zaaknummer>. Het komt bij de correspondentie die je het laatst bij die zaak hebt vastgelegd.",
  notKeptWithoutCase: "Het bestand is niet bewaard: er staat niet bij bij welke zaak het hoort.",
  usageSlack: (caseNumber: string) =>
    `Voeg het bestand toe in het formulier van /nabuur correspondentie ${caseNumber}.`,
  noFile: (caseNumber: string) =>
    `Er zat geen bestand bij dit bericht. Stuur het bestand mee, met als tekst: bestand ${caseNumber}`,
  noCorrespondence: (caseNumber: string) =>
    `Je hebt bij zaak ${caseNumber} nog geen correspondentie vastgelegd. Leg die eerst vast met: correspondentie ${caseNumber}. Stuur daarna het bestand met als tekst: bestand ${caseNumber}`,
};

type CorrespondenceFileTexts = typeof nl;

const en: CorrespondenceFileTexts = {
  fileLabel: "File",
  fileHint: `The letter or e-mail itself, kept with the case with the same visibility. At most ${formatFileSize(CORRESPONDENCE_FILE_MAX_BYTES, "en")}: ${ACCEPTED_LIST.en}.`,
  stored: (fileName, size, caseNumber, party, at) =>
    `File ${fileName} (${formatFileSize(size, "en")}) kept with case ${caseNumber}, correspondence with ${party} of ${at}.`,
  refused: (fileName, refusal) => {
    const why = {
      type: () => `this kind of file is not kept. Accepted: ${ACCEPTED_LIST.en}`,
      tooLarge: (r: { size: number | null }) =>
        `${r.size === null ? "it is too large" : `it is ${formatFileSize(r.size, "en")}`}, the maximum is ${formatFileSize(CORRESPONDENCE_FILE_MAX_BYTES, "en")}`,
      empty: () => "the file is empty",
      notWhatItSays: (r: { extension: string }) =>
        `its content is not a ${r.extension.toUpperCase()} file, although its name says so`,
      unavailable: () => "it could not be fetched; please try again later",
    };
    return `File ${fileName} was not kept: ${explain(why, refusal)}.`;
  },
  itemStillRecorded: "The correspondence itself was recorded.",
  fetching: "The file is being fetched; you will be told shortly whether it was kept.",
  sendInPersonalChat: (caseNumber) =>
    `To add a file (the letter or e-mail itself), send it in your personal chat with Nabuur with the text: bestand ${caseNumber}`,
  usage:
    "Send the file in your personal chat with Nabuur with the text: bestand <case number>. It is added to the correspondence you last recorded with that case.",
  notKeptWithoutCase: "The file was not kept: it does not say which case it belongs to.",
  usageSlack: (caseNumber) => `Add the file in the form of /nabuur correspondentie ${caseNumber}.`,
  noFile: (caseNumber) =>
    `There was no file with this message. Send the file with the text: bestand ${caseNumber}`,
  noCorrespondence: (caseNumber) =>
    `You have not recorded any correspondence with case ${caseNumber} yet. Record it first with: correspondentie ${caseNumber}. Then send the file with the text: bestand ${caseNumber}`,
};

type Explanations = {
  type: () => string;
  tooLarge: (r: { size: number | null }) => string;
  empty: () => string;
  notWhatItSays: (r: { extension: string }) => string;
  unavailable: () => string;
};

function explain(why: Explanations, refusal: FileRefusal): string {
  switch (refusal.reason) {
    case "type":
      return why.type();
    case "tooLarge":
      return why.tooLarge(refusal);
    case "empty":
      return why.empty();
    case "notWhatItSays":
      return why.notWhatItSays(refusal);
    case "unavailable":
      return why.unavailable();
  }
}

export const CORRESPONDENCE_FILE_TEXTS: Record<Locale, CorrespondenceFileTexts> = { nl, en };
