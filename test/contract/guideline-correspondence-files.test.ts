/**
 * Het overlastdossier — the letter or e-mail itself, kept with its correspondence item, through
 * both apps (the real Bolt app over signed HTTP against the fake Slack Web API, the real Teams AI
 * app over /api/messages against the fake Bot Connector; both fakes serve the file over HTTP on
 * 127.0.0.1). Slack takes the file in the correspondence form (file_input; the bot fetches it with
 * files.info and its token); Teams takes it in the personal chat with `bestand <nr>`. The stored
 * bytes are the file's, the dossier lists it with the item (care-only files in the care provider's
 * version only), its hash is in the verified timeline, and a refused file is named with the reason
 * while the correspondence itself stays recorded.
 */
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CORRESPONDENCE_FORM_ID } from "../../src/flows/dossier/buttons.ts";
import { buildDossier } from "../../src/services/dossier/build-dossier.ts";
import { verifyDossier } from "../../src/services/dossier/verify-dossier.ts";
import type { MemberView } from "../../src/store/members/members.ts";
import { fileNoiseComplaint, registerWorldParticipant } from "../helpers/procedure.ts";
import { type ChatDriver, DRIVERS, type GivenFile } from "./drivers.ts";

/** 20 November 2026, 15:00 in Amsterdam: three days before the drivers' clock. */
const LETTER_DATE = new Date("2026-11-20T14:00:00Z");
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** A PDF of exactly 120 kB (120 × 1024 bytes) that names what it is. */
function pdf(marker: string, size = 120 * 1024): Buffer {
  const head = Buffer.from(`%PDF-1.4\n% ${marker}\n`, "latin1");
  return Buffer.concat([head, Buffer.alloc(size - head.length, 0x20)]);
}

const WIJKAGENT: GivenFile = {
  name: "brief-wijkagent.pdf",
  type: "application/pdf",
  bytes: pdf("WIJKAGENT"),
};
const BEHANDELAAR: GivenFile = {
  name: "behandelplan-zorgmarker.pdf",
  type: "application/pdf",
  bytes: pdf("BEHANDELAAR-ZORGMARKER", 2048),
};
const RECORDING: GivenFile = {
  name: "opname-buren.mp3",
  type: "audio/mpeg",
  bytes: Buffer.from("ID3 audio"),
};

describe.each(["slack", "teams"] as const)("Correspondentie met derden, met bestand, on %s", (name) => {
  let d: ChatDriver;
  let caseId: string;
  let caseNumber: string;
  beforeAll(async () => {
    d = await DRIVERS[name]();
    const participantId = await registerWorldParticipant(d.runtime, d.world, "HF-F01");
    const opened = await fileNoiseComplaint(d.runtime, d.world, participantId);
    caseId = opened.id;
    caseNumber = opened.number;
    await d.tick();
  });
  afterAll(() => d?.stop());

  /**
   * Records an item from the chat — with whom, received or sent on LETTER_DATE, about what, and for
   * the care team who may see it — with `file` as the platform takes it: in the form, or afterwards.
   */
  async function record(
    member: MemberView,
    item: { party: string; direction: "incoming" | "outgoing"; summary: string; careOnly?: boolean },
    file: GivenFile,
  ) {
    await d.command(member, "nabuur", `correspondentie ${caseNumber}`);
    const form = {
      party: item.party,
      direction: { option: item.direction },
      at: LETTER_DATE,
      summary: item.summary,
      ...(item.careOnly ? { visibility: { option: "careOnly" } } : {}),
    };
    if (d.name === "slack") {
      await d.submitForm(member, CORRESPONDENCE_FORM_ID, { ...form, file: { file } });
      return;
    }
    await d.submitForm(member, CORRESPONDENCE_FORM_ID, form);
    // Teams: the confirmation says how to send the letter itself.
    await d.told(member, `met als tekst: bestand ${caseNumber}`);
    await d.sendFile(member, `bestand ${caseNumber}`, file);
  }

  it("“Het overlastdossier bestaat uit alle brieven die omtrent de overlast zijn verstuurd, alle correspondentie met derden en de tijdlijn van wat het team heeft ondernomen.”: the letter itself is kept with its correspondence, its hash verified, a care-only file never shown to the landlord", async () => {
    const { world } = d;
    await record(
      world.landlordStaff,
      {
        party: "Wijkagent Jansen",
        direction: "incoming",
        summary: "Brief van de wijkagent over de geluidsoverlast",
      },
      WIJKAGENT,
    );
    await d.told(
      world.landlordStaff,
      `Bestand brief-wijkagent.pdf (120 kB) bewaard bij zaak ${caseNumber}, correspondentie met Wijkagent Jansen van 20 november 2026.`,
    );
    await record(
      world.worker,
      { party: "Behandelaar GGZ", direction: "outgoing", summary: "Behandelplan gedeeld", careOnly: true },
      BEHANDELAAR,
    );
    await d.told(world.worker, `Bestand behandelplan-zorgmarker.pdf (2 kB) bewaard bij zaak ${caseNumber}`);
    await d.tick();

    // The bytes are the file's own, with the item's visibility.
    const rows = await d.prisma.correspondenceFile.findMany({
      where: { caseId },
      orderBy: { createdAt: "asc" },
      include: { correspondence: true },
    });
    expect(
      rows.map((row) => [row.fileName, row.mimeType, row.size, row.visibility, row.correspondence.party]),
    ).toEqual([
      ["brief-wijkagent.pdf", "application/pdf", 120 * 1024, "shared", "Wijkagent Jansen"],
      ["behandelplan-zorgmarker.pdf", "application/pdf", 2048, "careTeam", "Behandelaar GGZ"],
    ]);
    expect(rows.map((row) => sha256(Buffer.from(row.body)))).toEqual([
      sha256(WIJKAGENT.bytes),
      sha256(BEHANDELAAR.bytes),
    ]);
    expect(rows.map((row) => row.sha256)).toEqual([sha256(WIJKAGENT.bytes), sha256(BEHANDELAAR.bytes)]);

    // The dossier lists each file with its item; the landlord's version without the care-only one.
    const landlord = await buildDossier(d.prisma, caseId, "landlord", {
      actor: world.actor(world.landlordStaff),
    });
    const care = await buildDossier(d.prisma, caseId, "careTeam", { actor: world.actor(world.worker) });
    expect(
      landlord.correspondence.map((item) => [item.party, item.files.map((f) => [f.name, f.size])]),
    ).toEqual([["Wijkagent Jansen", [["brief-wijkagent.pdf", 120 * 1024]]]]);
    expect(JSON.stringify(landlord)).not.toContain("behandelplan");
    expect(care.correspondence.map((item) => item.files.map((f) => [f.name, f.sha256]))).toEqual([
      [["brief-wijkagent.pdf", sha256(WIJKAGENT.bytes)]],
      [["behandelplan-zorgmarker.pdf", sha256(BEHANDELAAR.bytes)]],
    ]);
    // Verifiable: the files' hashes are in the hash-chained timeline; a changed hash is caught.
    expect(verifyDossier(landlord)).toMatchObject({ ok: true });
    expect(verifyDossier(care)).toMatchObject({ ok: true });
    const forged = structuredClone(care);
    forged.correspondence[0]!.files[0]!.sha256 = sha256(Buffer.from("een andere brief"));
    expect(verifyDossier(forged)).toEqual({
      ok: false,
      seq: null,
      reason: "the hash of file brief-wijkagent.pdf is not in the timeline",
    });
    // The care-only file never reaches the shared channel, nor the landlord's staff.
    expect(d.delivered("shared")).not.toContain("behandelplan");
    expect(d.toldOnly(world.landlordStaff)).not.toContain("behandelplan");
  });

  it("a file of another kind is refused by name with the reason; the correspondence itself is recorded", async () => {
    const { world } = d;
    const items = await d.prisma.correspondence.count({ where: { caseId } });
    const files = await d.prisma.correspondenceFile.count({ where: { caseId } });
    await record(
      world.worker,
      { party: "Buurtbemiddeling", direction: "incoming", summary: "Opname van de buren meegestuurd" },
      RECORDING,
    );
    const told = await d.told(world.worker, "Bestand opname-buren.mp3 is niet bewaard");
    expect(told).toContain("dit soort bestand wordt niet bewaard. Toegestaan: PDF");
    expect(await d.prisma.correspondence.count({ where: { caseId } })).toBe(items + 1);
    expect(await d.prisma.correspondenceFile.count({ where: { caseId } })).toBe(files);
  });
});

describe("Correspondentie met derden, een bestand in de persoonlijke chat on teams", () => {
  let d: ChatDriver;
  let caseNumber: string;
  beforeAll(async () => {
    d = await DRIVERS.teams();
    const participantId = await registerWorldParticipant(d.runtime, d.world, "HF-F02");
    caseNumber = (await fileNoiseComplaint(d.runtime, d.world, participantId)).number;
    await d.tick();
  });
  afterAll(() => d?.stop());

  it("a file without `bestand <nr>` (or with another command), for an unknown case or without correspondence of the person's own is answered with what to do, and kept nowhere", async () => {
    const { coordinator } = d.world;
    await d.sendFile(coordinator, "", WIJKAGENT);
    const told = await d.told(
      coordinator,
      "Het bestand is niet bewaard: er staat niet bij bij welke zaak het hoort.",
    );
    expect(told).toContain(
      "Stuur het bestand in je persoonlijke chat met Nabuur, met als tekst: bestand <zaaknummer>",
    );
    // A file with another command is not kept either, and the command is not run with it.
    const refusals = () => d.delivered({ dm: coordinator }).split("Het bestand is niet bewaard").length;
    const before = refusals();
    await d.sendFile(coordinator, `zaak ${caseNumber}`, WIJKAGENT);
    expect(refusals()).toBe(before + 1);
    await d.sendFile(coordinator, "bestand 999", WIJKAGENT);
    await d.told(coordinator, "Zaak 999 bestaat niet of is niet van jouw organisatie.");
    await d.sendFile(coordinator, `bestand ${caseNumber}`, WIJKAGENT);
    await d.told(
      coordinator,
      `Je hebt bij zaak ${caseNumber} nog geen correspondentie vastgelegd. Leg die eerst vast met: correspondentie ${caseNumber}.`,
    );
    expect(await d.prisma.correspondenceFile.count()).toBe(0);
  });
});
