/**
 * The nuisance dossier (overlastdossier: "alle brieven die omtrent de overlast zijn verstuurd, alle
 * correspondentie met derden en de tijdlijn van wat het team heeft ondernomen") for its two
 * audiences: the landlord's version holds no care-only content, the care team's version no
 * complainant identity; both keep a verifiable hash chain and every export is logged.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FlowError } from "../../../src/flows/errors.ts";
import { formatDateTime } from "../../../src/flows/format.ts";
import type { ManualClock } from "../../../src/services/clock.ts";
import { buildDossier } from "../../../src/services/dossier/build-dossier.ts";
import { describeEntry, stepLabel } from "../../../src/services/dossier/dossier-sections.ts";
import { type DossierJson, isWithheld } from "../../../src/services/dossier/dossier-types.ts";
import { pdfSafe } from "../../../src/services/dossier/pdf-layout.ts";
import { renderDossierPdf } from "../../../src/services/dossier/render-pdf.ts";
import { verifyDossier } from "../../../src/services/dossier/verify-dossier.ts";
import type { ServiceRuntime } from "../../../src/services/runtime.ts";
import { openTestDatabase, TEST_DATABASE_KINDS, type TestDatabase } from "../../helpers/databases.ts";
import { testRuntime } from "../../helpers/runtime.ts";
import { createWorld, type World } from "../../helpers/world.ts";
import {
  CARE_SECRETS,
  COMPLAINANT_CONTACT,
  COMPLAINANT_NAME,
  driveCaseToActie5,
  SHARED_FILE,
} from "./dossier-scenario.ts";
import { pdfText, withoutSpaces } from "./pdf-text.ts";

describe.each(TEST_DATABASE_KINDS)("nuisance dossier export on %s", (kind) => {
  let database: TestDatabase;
  let runtime: ServiceRuntime;
  let clock: ManualClock;
  let world: World;
  let caseId: string;
  let caseNumber: string;
  let landlord: DossierJson;
  let care: DossierJson;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    ({ runtime, clock } = testRuntime(database.prisma));
    world = await createWorld(database.prisma);
    ({ caseId, caseNumber } = await driveCaseToActie5(runtime, clock, world));
    landlord = await buildDossier(database.prisma, caseId, "landlord", {
      actor: world.actor(world.landlordStaff),
      now: clock.now(),
    });
    care = await buildDossier(database.prisma, caseId, "careTeam", {
      actor: world.actor(world.worker),
      format: "pdf",
      now: clock.now(),
    });
  });
  afterAll(() => database.destroy());

  it("the landlord's version: no care-only entries or notes, but the complainant and every shared step", () => {
    const json = JSON.stringify(landlord);
    for (const secret of CARE_SECRETS) expect(json, secret).not.toContain(secret);
    expect(landlord.interventions).toBeNull();
    expect(landlord.careRecord).toBeNull();
    expect(landlord.timeline.withheld).toBeGreaterThan(0);
    const events = landlord.timeline.entries.flatMap((e) => ("event" in e ? [e.event] : []));
    expect(events).toEqual(
      expect.arrayContaining(["complaint.received", "letter.recorded", "ladder.stepTaken"]),
    );
    for (const careOnly of [
      "hearing.recorded",
      "careNote.added",
      "intervention.offered",
      "assessment.answered",
    ]) {
      expect(events).not.toContain(careOnly);
    }
    expect(landlord.complaints[0]?.complainant).toEqual({
      name: COMPLAINANT_NAME,
      contact: COMPLAINANT_CONTACT,
    });
    expect(landlord.correspondence.map((c) => c.party)).toEqual(["Wijkagent Utrecht-Oost"]);
    expect(landlord.actions.every((a) => !a.careOnly)).toBe(true);
  });

  it("the care team's version: care notes, hearing and interventions, but never the complainant", () => {
    const json = JSON.stringify(care);
    expect(json).not.toContain(COMPLAINANT_NAME);
    expect(json).not.toContain(COMPLAINANT_CONTACT);
    expect(care.complaints.every((c) => !("complainant" in c))).toBe(true);
    expect(care.careRecord?.careNotes.map((n) => n.text)).toEqual(["GEHEIM-ZORGNOTITIE: medicatie"]);
    expect(care.careRecord?.hearings[0]?.notes).toContain("GEHEIM-WEDERHOOR");
    expect(care.interventions?.[0]).toMatchObject({ note: "GEHEIM-INTERVENTIE", outcome: "unsuccessful" });
    expect(care.correspondence.map((c) => c.careOnly)).toEqual([false, true]);
    // Only the landlord-only entries (who the complainant is) are left out.
    const withheld = care.timeline.entries.filter((e) => "withheld" in e);
    expect(withheld.length).toBe(care.timeline.withheld);
    expect(withheld.every((e) => "withheld" in e && e.withheld === "landlordOnly")).toBe(true);
  });

  it("Actie 3–5: every letter with its dates and text; the summons registered and signed 'voor gezien'", () => {
    expect(landlord.letters.map((l) => l.kind)).toEqual(["warning", "secondWarning", "summons"]);
    const [warning, , summons] = landlord.letters;
    expect(warning?.text).toContain("Beste J. de Vries,");
    expect(warning?.text).toContain("Biltstraat 7, 3572 AB Utrecht");
    expect(summons).toMatchObject({ registered: true, signedForSeen: true });
    expect(summons?.signedSeenAt).not.toBeNull();
    expect(summons?.text).toContain("AANGETEKEND");
    expect(summons?.text).toContain("Voor gezien getekend");
  });

  it("Actie 6: the three conditions of the court are met, with their evidence", () => {
    expect(landlord.courtReadiness.ready).toBe(true);
    expect(landlord.courtReadiness.conditions.map((c) => [c.id, c.met])).toEqual([
      ["nuisanceDossier", true],
      ["agreementsBroken", true],
      ["everythingPossibleDone", true],
    ]);
    expect(landlord.courtReadiness.conditions[1]?.evidence.join(" ")).toContain("Huisregels");
  });

  it("deadlines are listed as met, late, overdue or running", () => {
    expect(landlord.deadlines.length).toBeGreaterThan(0);
    for (const deadline of landlord.deadlines) {
      expect(["met", "late", "overdue", "running", "cancelled"]).toContain(deadline.outcome);
    }
    expect(landlord.deadlines.some((d) => d.outcome === "met" || d.outcome === "late")).toBe(true);
  });

  it("both versions' hash chains verify, withheld entries included", () => {
    for (const dossier of [landlord, care]) {
      const result = verifyDossier(JSON.parse(JSON.stringify(dossier)));
      expect(result).toEqual({
        ok: true,
        entries: dossier.timeline.length,
        withheld: dossier.timeline.withheld,
      });
    }
    expect(landlord.timeline.length).toBe(care.timeline.length);
    expect(landlord.timeline.headHash).toBe(care.timeline.headHash);
  });

  it("every export writes an access log row naming who and which version", async () => {
    const rows = await database.prisma.accessLog.findMany({ where: { subject: `case:${caseId}` } });
    const actions = rows.map((r) => `${r.memberId}:${r.action}`);
    expect(actions).toContain(`${world.landlordStaff.id}:dossier.export.landlord.json`);
    expect(actions).toContain(`${world.worker.id}:dossier.export.careTeam.pdf`);
  });

  it("the policy decides who gets which version", async () => {
    const attempts: [keyof World, "landlord" | "careTeam"][] = [
      ["worker", "landlord"],
      ["landlordStaff", "careTeam"],
      ["otherLandlordStaff", "landlord"],
      ["policeOfficer", "careTeam"],
    ];
    for (const [who, audience] of attempts) {
      const member = world[who] as World["worker"];
      await expect(
        buildDossier(database.prisma, caseId, audience, { actor: world.actor(member) }),
        `${who} → ${audience}`,
      ).rejects.toBeInstanceOf(FlowError);
    }
  });

  it("the PDF is a PDF, names the case and the participant, and keeps each version's secrets", async () => {
    // Compressed, as they are served: the text is read the way a PDF reader reads it.
    const landlordPdf = await renderDossierPdf(landlord, "nl");
    const carePdf = await renderDossierPdf(care, "nl");
    expect(landlordPdf.subarray(0, 5).toString()).toBe("%PDF-");
    const landlordText = await pdfText(landlordPdf);
    expect(landlordText).toContain(`Zaak ${caseNumber} - deelnemer HF-007`);
    expect(landlordText).toContain("Overlastdossier");
    expect(landlordText).toContain("Versie voor de verhuurder");
    expect(landlordText).toContain("Tijdlijn");
    expect(landlordText).toContain("Sommatiebrief");
    // No care-only note in the landlord's version; the complainant is the landlord's to know.
    for (const secret of CARE_SECRETS)
      expect(withoutSpaces(landlordText)).not.toContain(withoutSpaces(secret));
    expect(landlordText).toContain(COMPLAINANT_NAME);
    // The file kept with the shared correspondence: its name and the hash the timeline vouches for.
    const [kept] = landlord.correspondence.flatMap((item) => item.files);
    expect(kept?.name).toBe(SHARED_FILE.name);
    expect(withoutSpaces(landlordText)).toContain(withoutSpaces(`Bestand: ${SHARED_FILE.name}`));
    expect(withoutSpaces(landlordText)).toContain(kept!.sha256);
    // No complainant identity in the care team's version; its care notes and care-only file are there.
    const careText = await pdfText(carePdf);
    expect(careText).toContain("GEHEIM-ZORGNOTITIE");
    expect(withoutSpaces(careText)).toContain("GEHEIM-ZORGBESTAND");
    expect(withoutSpaces(careText)).not.toContain(withoutSpaces(COMPLAINANT_NAME));
    expect(withoutSpaces(careText)).not.toContain(withoutSpaces(COMPLAINANT_CONTACT));
    const english = await pdfText(await renderDossierPdf(landlord, "en"));
    expect(english).toContain(`Case ${caseNumber} - participant HF-007`);
    const uncompressed = await renderDossierPdf(landlord, "nl", { compress: false });
    expect(landlordPdf.length).toBeLessThan(uncompressed.length);
    expect(withoutSpaces(await pdfText(uncompressed))).toBe(withoutSpaces(landlordText));
  });

  it("the PDF's timeline holds every entry of its version: when, who, step and what", async () => {
    for (const dossier of [landlord, care]) {
      const text = withoutSpaces(await pdfText(await renderDossierPdf(dossier, "nl")));
      const shown = dossier.timeline.entries.filter((item) => !isWithheld(item));
      expect(shown.length).toBeGreaterThan(10);
      for (const item of shown) {
        if (isWithheld(item)) continue;
        const row = [
          formatDateTime(item.at, "nl"),
          item.actor,
          stepLabel(item.step, "nl"),
          describeEntry(item.event, item.details, "nl"),
        ].map((cell) => withoutSpaces(pdfSafe(cell)));
        // The row's cells follow each other in the page's text.
        expect(text, `${dossier.audience}: ${item.event}`).toContain(row.join(""));
      }
    }
  });
});
