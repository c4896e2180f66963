/**
 * The bounds of a file kept with a correspondence item (src/flows/dossier/correspondence-file.ts):
 * which kinds, how large, what its first bytes must be, how its name is cleaned, and how the
 * refusal tells the person which file and why — in Dutch and in English.
 */
import { describe, expect, it } from "vitest";
import {
  CORRESPONDENCE_FILE_MAX_BYTES,
  CORRESPONDENCE_FILE_TEXTS,
  checkAnnouncedFile,
  checkFileBytes,
  cleanFileName,
  formatFileSize,
} from "../../../../src/flows/dossier/correspondence-file.ts";

const PDF = Buffer.from("%PDF-1.7\n…", "latin1");
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00]);

describe("which files are kept", () => {
  it.each([
    ["brief-wijkagent.pdf", PDF, "application/pdf"],
    ["SCAN.PDF", PDF, "application/pdf"],
    ["foto-trappenhuis.jpg", JPEG, "image/jpeg"],
    ["foto.jpeg", JPEG, "image/jpeg"],
    ["schermafdruk.png", PNG, "image/png"],
    ["verslag.docx", ZIP, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ["mail-gemeente.msg", OLE, "application/vnd.ms-outlook"],
    ["mail-gemeente.eml", Buffer.from("From: gemeente@example.nl\r\n"), "message/rfc822"],
    ["aantekening.txt", Buffer.from("tekst"), "text/plain"],
  ])("%s is kept as %s", (name, bytes, mimeType) => {
    expect(checkAnnouncedFile(name, bytes.length)).toEqual({ ok: true, fileName: name, mimeType });
    expect(checkFileBytes(name, bytes)).toEqual({ ok: true, fileName: name, mimeType });
  });

  it.each([
    ["opname.mp3", "mp3"],
    ["setup.exe", "exe"],
    ["oud-verslag.doc", "doc"],
    ["zonder-extensie", ""],
    [".pdf", ""],
  ])("%s is refused for its kind", (name, extension) => {
    expect(checkAnnouncedFile(name, 10)).toEqual({ ok: false, refusal: { reason: "type", extension } });
  });

  it("a file announced larger than the maximum is refused before any download; the maximum itself is kept", () => {
    expect(checkAnnouncedFile("scan.pdf", CORRESPONDENCE_FILE_MAX_BYTES + 1)).toEqual({
      ok: false,
      refusal: { reason: "tooLarge", size: CORRESPONDENCE_FILE_MAX_BYTES + 1 },
    });
    expect(checkAnnouncedFile("scan.pdf", CORRESPONDENCE_FILE_MAX_BYTES)).toMatchObject({ ok: true });
    // A platform that does not say the size: checked on the bytes.
    expect(checkAnnouncedFile("scan.pdf", null)).toMatchObject({ ok: true });
  });

  it("the downloaded bytes are checked again: the size, empty files, and a content that is not what the name says", () => {
    const tooLarge = Buffer.concat([PDF, Buffer.alloc(CORRESPONDENCE_FILE_MAX_BYTES)]);
    expect(checkFileBytes("scan.pdf", tooLarge)).toEqual({
      ok: false,
      refusal: { reason: "tooLarge", size: tooLarge.length },
    });
    expect(checkFileBytes("leeg.txt", Buffer.alloc(0))).toEqual({ ok: false, refusal: { reason: "empty" } });
    expect(checkFileBytes("brief.pdf", Buffer.from("MZ executable"))).toEqual({
      ok: false,
      refusal: { reason: "notWhatItSays", extension: "pdf" },
    });
    expect(checkFileBytes("foto.png", JPEG)).toEqual({
      ok: false,
      refusal: { reason: "notWhatItSays", extension: "png" },
    });
  });
});

describe("the file's name", () => {
  it("keeps the name without folders or control characters", () => {
    expect(cleanFileName("C:\\Users\\sanne\\Documenten\\brief.pdf")).toBe("brief.pdf");
    expect(cleanFileName("../../etc/passwd.txt")).toBe("passwd.txt");
    expect(cleanFileName("brief\u0000\u001b[31m.pdf")).toBe("brief[31m.pdf");
    expect(cleanFileName("  ")).toBe("bestand");
    expect(cleanFileName("..")).toBe("bestand");
  });

  it("shortens a very long name to 200 characters, keeping the extension", () => {
    const cleaned = cleanFileName(`${"verslag-".repeat(40)}.docx`);
    expect(cleaned).toHaveLength(200);
    expect(cleaned.endsWith("….docx")).toBe(true);
    expect(checkAnnouncedFile(`${"verslag-".repeat(40)}.docx`, 10)).toMatchObject({
      ok: true,
      fileName: cleaned,
    });
  });
});

describe("what the person is told", () => {
  it("sizes as people read them", () => {
    expect(formatFileSize(500, "nl")).toBe("500 B");
    expect(formatFileSize(120 * 1024, "nl")).toBe("120 kB");
    expect(formatFileSize(1536 * 1024, "nl")).toBe("1,5 MB");
    expect(formatFileSize(1536 * 1024, "en")).toBe("1.5 MB");
    expect(formatFileSize(CORRESPONDENCE_FILE_MAX_BYTES, "nl")).toBe("10 MB");
  });

  it("names the file and the reason, in Dutch and in English", () => {
    const nl = CORRESPONDENCE_FILE_TEXTS.nl;
    const en = CORRESPONDENCE_FILE_TEXTS.en;
    expect(nl.refused("opname.mp3", { reason: "type", extension: "mp3" })).toBe(
      "Bestand opname.mp3 is niet bewaard: dit soort bestand wordt niet bewaard. Toegestaan: PDF, foto's en scans (JPG, PNG, GIF, HEIC, TIFF), Word (DOCX), e-mail (MSG, EML) en tekst (TXT).",
    );
    expect(nl.refused("scan.pdf", { reason: "tooLarge", size: 12 * 1024 * 1024 })).toBe(
      "Bestand scan.pdf is niet bewaard: het is 12 MB, het maximum is 10 MB.",
    );
    expect(nl.refused("scan.pdf", { reason: "tooLarge", size: null })).toBe(
      "Bestand scan.pdf is niet bewaard: het is te groot, het maximum is 10 MB.",
    );
    expect(nl.refused("brief.pdf", { reason: "notWhatItSays", extension: "pdf" })).toBe(
      "Bestand brief.pdf is niet bewaard: de inhoud is geen PDF-bestand, al zegt de naam dat wel.",
    );
    expect(en.refused("scan.pdf", { reason: "tooLarge", size: 12 * 1024 * 1024 })).toBe(
      "File scan.pdf was not kept: it is 12 MB, the maximum is 10 MB.",
    );
    expect(en.refused("leeg.txt", { reason: "empty" })).toBe(
      "File leeg.txt was not kept: the file is empty.",
    );
    expect(nl.stored("brief-wijkagent.pdf", 120 * 1024, "34", "Wijkagent Jansen", "3 december 2026")).toBe(
      "Bestand brief-wijkagent.pdf (120 kB) bewaard bij zaak 34, correspondentie met Wijkagent Jansen van 3 december 2026.",
    );
  });
});
