/**
 * Het overlastdossier from the landlord's own system: correspondence with third parties and the
 * letters of Actie 3–5 over the intake API (per-landlord keys, Idempotency-Key, Dutch errors per
 * field), kept with the case and listed in the dossier with their dates.
 */

import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyDossier } from "../../../src/services/dossier/verify-dossier.ts";
import { type ApiHarness, complaintBody, readError, readJson, startApiHarness } from "./api-harness.ts";

interface Created {
  caseNumber: string;
}

describe("the nuisance dossier's correspondence and letters over the intake API", () => {
  let h: ApiHarness;
  let key: string;
  let caseNumber: string;
  beforeAll(async () => {
    h = await startApiHarness("pglite");
    key = (await h.newKey(h.world.landlord.id, "dossier")).token;
    const filed = await h.call("/complaints", { key, json: complaintBody() });
    expect(filed.status).toBe(201);
    caseNumber = (await readJson<Created>(filed)).caseNumber;
  });
  afterAll(() => h?.stop());

  it("“alle correspondentie met derden”: correspondence from the landlord's system is in the dossier with its date, once per Idempotency-Key", async () => {
    const body = {
      party: "Gemeente Utrecht",
      direction: "outgoing",
      at: "2026-11-23T08:30:00+01:00",
      summary: "Verzoek om buurtbemiddeling gestuurd",
    };
    const headers = { "Idempotency-Key": "corr-1" };
    const first = await h.call(`/cases/${caseNumber}/correspondence`, { key, json: body, headers });
    expect(first.status).toBe(201);
    expect(await readJson<Record<string, unknown>>(first)).toMatchObject({
      caseNumber,
      party: "Gemeente Utrecht",
      direction: "outgoing",
      at: "2026-11-23T07:30:00.000Z",
    });
    const again = await h.call(`/cases/${caseNumber}/correspondence`, { key, json: body, headers });
    expect(again.status).toBe(201);
    expect(await h.prisma.correspondence.count()).toBe(1);
    const dossier = await readJson<{ correspondence: { party: string; at: string; careOnly: boolean }[] }>(
      await h.call(`/cases/${caseNumber}/dossier.json`, { key }),
    );
    expect(dossier.correspondence).toEqual([
      expect.objectContaining({ party: "Gemeente Utrecht", at: "2026-11-23T07:30:00.000Z", careOnly: false }),
    ]);
  });

  it("“alle brieven die omtrent de overlast zijn verstuurd”: a letter drafted and recorded as sent over the API is in the dossier with its text and dates", async () => {
    const drafted = await h.call(`/cases/${caseNumber}/letters`, { key, json: { step: "actie3" } });
    expect(drafted.status).toBe(201);
    const draft = await readJson<{ kind: string; text: string }>(drafted);
    expect(draft.kind).toBe("warning");
    const sent = await h.call(`/cases/${caseNumber}/letters/sent`, {
      key,
      json: { step: "actie3", sentAt: "2026-11-23T09:00:00+01:00", registered: true, signedForSeen: false },
    });
    expect(sent.status).toBe(201);
    const dossier = await readJson<{
      letters: { sentAt: string; registered: boolean; text: string | null }[];
    }>(await h.call(`/cases/${caseNumber}/dossier.json`, { key }));
    expect(dossier.letters).toEqual([
      expect.objectContaining({ sentAt: "2026-11-23T08:00:00.000Z", registered: true, text: draft.text }),
    ]);
  });

  it("the letter itself goes with the correspondence: kept with its hash and listed in the dossier; a file of another kind is refused by name while the correspondence is recorded", async () => {
    const letter = Buffer.concat([
      Buffer.from("%PDF-1.4 brief van de wijkagent\n", "latin1"),
      Buffer.alloc(3000, 0x20),
    ]);
    const sha256 = createHash("sha256").update(letter).digest("hex");
    const base = { direction: "incoming", at: "2026-11-23T08:00:00+01:00" };
    const kept = await h.call(`/cases/${caseNumber}/correspondence`, {
      key,
      json: {
        ...base,
        party: "Wijkagent Jansen",
        summary: "Brief over de politie-inzet",
        file: { name: "brief-wijkagent.pdf", contentBase64: letter.toString("base64") },
      },
    });
    expect(kept.status).toBe(201);
    expect((await readJson<{ file: unknown }>(kept)).file).toEqual({
      stored: true,
      name: "brief-wijkagent.pdf",
      fileId: expect.any(String),
      size: letter.length,
      sha256,
      message: `Bestand brief-wijkagent.pdf (3 kB) bewaard bij zaak ${caseNumber}, correspondentie met Wijkagent Jansen van 23 november 2026.`,
    });
    const stored = await h.prisma.correspondenceFile.findFirstOrThrow({
      where: { fileName: "brief-wijkagent.pdf" },
    });
    expect(Buffer.from(stored.body).equals(letter)).toBe(true);

    const items = await h.prisma.correspondence.count();
    const refused = await h.call(`/cases/${caseNumber}/correspondence`, {
      key,
      json: {
        ...base,
        party: "Buurtbemiddeling",
        summary: "Programma meegestuurd",
        file: { name: "setup.exe", contentBase64: Buffer.from("MZ").toString("base64") },
      },
    });
    expect(refused.status).toBe(201);
    expect((await readJson<{ file: unknown }>(refused)).file).toEqual({
      stored: false,
      name: "setup.exe",
      reason: "type",
      message:
        "Bestand setup.exe is niet bewaard: dit soort bestand wordt niet bewaard. Toegestaan: PDF, foto's en scans (JPG, PNG, GIF, HEIC, TIFF), Word (DOCX), e-mail (MSG, EML) en tekst (TXT).",
    });
    expect(await h.prisma.correspondence.count()).toBe(items + 1);
    expect(await h.prisma.correspondenceFile.count()).toBe(1);

    const dossier = await readJson<{
      correspondence: { party: string; files: { name: string; sha256: string }[] }[];
    }>(await h.call(`/cases/${caseNumber}/dossier.json`, { key }));
    expect(dossier.correspondence.find((item) => item.party === "Wijkagent Jansen")?.files).toEqual([
      expect.objectContaining({ name: "brief-wijkagent.pdf", sha256 }),
    ]);
    expect(verifyDossier(dossier)).toMatchObject({ ok: true });
  });

  it("a body past the 14 MB a file may take is refused whole, with the limit named", async () => {
    const before = await h.prisma.correspondence.count();
    const response = await h.call(`/cases/${caseNumber}/correspondence`, {
      key,
      json: {
        party: "Wijkagent",
        direction: "incoming",
        at: "2026-11-23T08:00:00+01:00",
        summary: "Scan",
        file: { name: "scan.pdf", contentBase64: "A".repeat(15 * 1024 * 1024) },
      },
    });
    expect(response.status).toBe(413);
    expect((await readError(response)).message).toBe(
      "De body is te groot (maximaal 14 MB). Er is niets vastgelegd.",
    );
    expect(await h.prisma.correspondence.count()).toBe(before);
  });

  it("bad input gets a Dutch message per field and records nothing", async () => {
    const before = await h.prisma.correspondence.count();
    const refused = await h.call(`/cases/${caseNumber}/correspondence`, {
      key,
      json: { party: "", direction: "sideways", at: "2099-01-01T10:00:00+01:00", summary: "x" },
    });
    expect(refused.status).toBe(400);
    const answer = await readJson<{ error: { fields: { field: string; message: string }[] } }>(refused);
    expect(answer.error.fields.map((field) => field.field).sort()).toEqual(["at", "direction", "party"]);
    expect(answer.error.fields.find((field) => field.field === "at")?.message).toBe(
      "Het moment van de correspondentie (at) ligt in de toekomst.",
    );
    expect(await h.prisma.correspondence.count()).toBe(before);
  });

  it("another landlord's key gets nothing of the case", async () => {
    const other = (await h.newKey(h.world.otherLandlord.id, "other")).token;
    const response = await h.call(`/cases/${caseNumber}/letters`, { key: other, json: { step: "actie3" } });
    expect(response.status).toBe(403);
  });
});
