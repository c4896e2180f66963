/**
 * Het overlastdossier — correspondentie met derden, through both apps (the real Bolt app over
 * signed HTTP, the real Teams AI app over /api/messages): correspondence with the wijkagent, the
 * practitioner and others is recorded with a case from the chat, with who may see it, lands in the
 * case timeline, and the dossier lists it with its date — care-only items in the care provider's
 * version only, never in the landlord's or the shared channel.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CORRESPONDENCE_FORM_ID } from "../../src/flows/dossier/buttons.ts";
import { buildDossier } from "../../src/services/dossier/build-dossier.ts";
import { recordCorrespondence } from "../../src/services/dossier/correspondence-service.ts";
import { fileNoiseComplaint, registerWorldParticipant } from "../helpers/procedure.ts";
import { type ChatDriver, DRIVERS } from "./drivers.ts";

const HOUR = 3600_000;
/** A whole minute: every platform's date-time picker can give it exactly. */
const wholeMinute = (ms: number) => new Date(Math.floor(ms / 60_000) * 60_000);
const SHARED_MARKER = "WIJKAGENT-MAIL: melding van geluidsoverlast op 12 november bevestigd";
const CARE_MARKER = "BEHANDELAAR-ZORGMARKER: medicatie wordt aangepast";

describe.each(["slack", "teams"] as const)("Correspondentie met derden on %s", (name) => {
  let d: ChatDriver;
  let caseId: string;
  let caseNumber: string;
  beforeAll(async () => {
    d = await DRIVERS[name]();
    const participantId = await registerWorldParticipant(d.runtime, d.world, "HF-D01");
    const opened = await fileNoiseComplaint(d.runtime, d.world, participantId);
    caseId = opened.id;
    caseNumber = opened.number;
    await d.tick();
  });
  afterAll(() => d?.stop());

  it("“Het overlastdossier bestaat uit alle brieven …, alle correspondentie met derden en de tijdlijn”: correspondence recorded from the chat is in the dossier with its date, care-only only in the care provider's", async () => {
    const { world } = d;
    const receivedAt = wholeMinute(d.clock.now().getTime() - 26 * HOUR);
    const sentAt = wholeMinute(d.clock.now().getTime() - 2 * HOUR);
    // Landlord staff: shared correspondence with the wijkagent (their form has no care-only choice).
    await d.command(world.landlordStaff, "nabuur", `correspondentie ${caseNumber}`);
    await d.submitForm(world.landlordStaff, CORRESPONDENCE_FORM_ID, {
      party: "Wijkagent Jansen",
      direction: { option: "incoming" },
      at: receivedAt,
      summary: SHARED_MARKER,
    });
    // The support worker: care-only correspondence with the practitioner.
    await d.command(world.worker, "nabuur", `correspondentie ${caseNumber}`);
    await d.submitForm(world.worker, CORRESPONDENCE_FORM_ID, {
      party: "Behandelaar GGZ",
      direction: { option: "outgoing" },
      at: sentAt,
      summary: CARE_MARKER,
      visibility: { option: "careOnly" },
    });
    await d.tick();

    const rows = await d.prisma.correspondence.findMany({ where: { caseId }, orderBy: { at: "asc" } });
    expect(rows.map((row) => [row.party, row.visibility, row.at.toISOString(), row.createdById])).toEqual([
      ["Wijkagent Jansen", "shared", receivedAt.toISOString(), world.landlordStaff.id],
      ["Behandelaar GGZ", "careTeam", sentAt.toISOString(), world.worker.id],
    ]);

    // Every step in the case timeline: who, when, what, which guideline step, who may see it.
    const timeline = await d.prisma.timelineEntry.findMany({
      where: { subject: `case:${caseId}`, event: "correspondence.recorded" },
      orderBy: { seq: "asc" },
    });
    expect(timeline.map((entry) => [entry.actorId, entry.step, entry.visibility])).toEqual([
      [world.landlordStaff.id, "actie1", "shared"],
      [world.worker.id, "actie1", "careTeam"],
    ]);

    // The dossier lists the correspondence with its dates; the landlord's version without the care-only item.
    const landlord = await buildDossier(d.prisma, caseId, "landlord", {
      actor: world.actor(world.landlordStaff),
    });
    const care = await buildDossier(d.prisma, caseId, "careTeam", { actor: world.actor(world.worker) });
    expect(landlord.correspondence).toEqual([
      expect.objectContaining({
        party: "Wijkagent Jansen",
        direction: "incoming",
        at: receivedAt.toISOString(),
        summary: SHARED_MARKER,
        careOnly: false,
      }),
    ]);
    expect(JSON.stringify(landlord)).not.toContain(CARE_MARKER);
    expect(care.correspondence.map((item) => [item.party, item.at, item.careOnly])).toEqual([
      ["Wijkagent Jansen", receivedAt.toISOString(), false],
      ["Behandelaar GGZ", sentAt.toISOString(), true],
    ]);
    // Care-only information never reaches the shared channel.
    expect(d.delivered("shared")).not.toContain(CARE_MARKER);
    expect(d.delivered("shared")).not.toContain("Behandelaar GGZ");
  });

  it("bad input keeps the form open and records nothing; landlord staff cannot record care-only correspondence", async () => {
    const { world } = d;
    const before = await d.prisma.correspondence.count();
    await d.command(world.landlordStaff, "nabuur", `correspondentie ${caseNumber}`);
    await expect(
      d.submitForm(world.landlordStaff, CORRESPONDENCE_FORM_ID, {
        party: "Gemeente Utrecht",
        direction: { option: "outgoing" },
        at: wholeMinute(d.clock.now().getTime() + 48 * HOUR),
        summary: "Brief over de overlast",
      }),
    ).rejects.toThrow(/refused|shown again/);
    // Care-only correspondence is the care team's: the service refuses it from landlord staff.
    await expect(
      recordCorrespondence(d.runtime, world.actor(world.landlordStaff), caseId, {
        party: "Gemeente Utrecht",
        direction: "outgoing",
        at: wholeMinute(d.clock.now().getTime() - HOUR),
        summary: "Brief over de overlast",
        careOnly: true,
      }),
    ).rejects.toThrow();
    expect(await d.prisma.correspondence.count()).toBe(before);
  });
});
