/**
 * Het overlastdossier — the landlord's letters, through both apps (the real Bolt app over signed
 * HTTP, the real Teams AI app over /api/messages): landlord staff draft the letter of Actie 3–5
 * from the chat (a file for them only), record it as sent with its dates from the ladder card, and
 * the dossier lists the letter itself with those dates.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CASE_BUTTON_IDS, CASE_FORM_IDS } from "../../src/flows/cases/buttons.ts";
import { handleCaseEvent } from "../../src/services/case-service.ts";
import { buildDossier } from "../../src/services/dossier/build-dossier.ts";
import { fileNoiseComplaint, registerWorldParticipant } from "../helpers/procedure.ts";
import { type ChatDriver, DRIVERS } from "./drivers.ts";

const HOUR = 3600_000;
/** A whole minute: every platform's date-time picker can give it exactly. */
const wholeMinute = (ms: number) => new Date(Math.floor(ms / 60_000) * 60_000);

describe.each(["slack", "teams"] as const)("Brieven van de verhuurder on %s", (name) => {
  let d: ChatDriver;
  let caseId: string;
  let caseNumber: string;
  beforeAll(async () => {
    d = await DRIVERS[name]();
    const participantId = await registerWorldParticipant(d.runtime, d.world, "HF-L01");
    const opened = await fileNoiseComplaint(d.runtime, d.world, participantId);
    caseId = opened.id;
    caseNumber = opened.number;
    await d.tick();
  });
  afterAll(() => d?.stop());

  it("“Het overlastdossier bestaat uit alle brieven die omtrent de overlast zijn verstuurd”: the landlord drafts the Actie 3 letter from the chat and records it sent; the dossier holds it with its date", async () => {
    const { world } = d;
    // Actie 3 is taken (landlord and team decided together).
    await handleCaseEvent(d.runtime, caseId, {
      type: "ladderStepTaken",
      actor: world.actor(world.landlordStaff),
      step: "actie3",
      situation: null,
    });
    await d.tick();
    // The support worker may not draft the landlord's letter: told who may, nothing drafted.
    await d.command(world.worker, "nabuur", `brief ${caseNumber}`);
    expect(await d.prisma.letter.count({ where: { caseId } })).toBe(0);
    // Landlord staff: the draft of the case's current step, for them only.
    await d.command(world.landlordStaff, "nabuur", `brief ${caseNumber}`);
    const drafts = await d.prisma.letter.findMany({ where: { caseId } });
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ kind: "warning", sentAt: null, createdById: world.landlordStaff.id });
    expect(d.delivered("shared")).not.toContain(drafts[0]!.body.slice(0, 40));

    // Sent: recorded from the ladder card with its date, registered.
    const sentAt = wholeMinute(d.clock.now().getTime() - 2 * HOUR);
    const record = [...d.buttons("shared"), ...d.buttons({ dm: world.landlordStaff })].find(
      (button) => button.actionId === CASE_BUTTON_IDS.recordLetter && button.value.includes(caseId),
    );
    expect(record).toBeDefined();
    await d.press(world.landlordStaff, record!);
    await d.submitForm(world.landlordStaff, CASE_FORM_IDS.letter, {
      sentAt,
      registered: true,
      signedForSeen: false,
    });
    await d.tick();
    const sent = await d.prisma.letter.findFirstOrThrow({ where: { caseId } });
    expect(sent).toMatchObject({ sentAt, registered: true, body: drafts[0]!.body });

    // Every step in the case timeline: the draft and the letter sent, by landlord staff.
    const timeline = await d.prisma.timelineEntry.findMany({
      where: { subject: `case:${caseId}`, event: { startsWith: "letter." } },
      orderBy: { seq: "asc" },
    });
    expect(timeline.map((entry) => [entry.event, entry.actorId, entry.step])).toEqual([
      ["letter.drafted", world.landlordStaff.id, "actie3"],
      ["letter.recorded", world.landlordStaff.id, "actie3"],
    ]);

    // Both dossiers list the letter itself with its dates.
    for (const [audience, member] of [
      ["landlord", world.landlordStaff],
      ["careTeam", world.worker],
    ] as const) {
      const dossier = await buildDossier(d.prisma, caseId, audience, { actor: world.actor(member) });
      expect(dossier.letters).toEqual([
        expect.objectContaining({
          step: "actie3",
          kind: "warning",
          sentAt: sentAt.toISOString(),
          registered: true,
          text: drafts[0]!.body,
        }),
      ]);
    }
  });
});
