/**
 * One language (docs/glossary.md) in what people actually see: complaints filed through the real
 * form on Slack and Teams (and the in-memory port), and every card and message delivered for them.
 * "na 22:00" follows the time entered; no line names a step twice.
 */
import { writeFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { amsterdamDay, atWallClock, shiftDays } from "../../src/flows/calendar/amsterdam.ts";
import { CASE_FORM_IDS } from "../../src/flows/cases/buttons.ts";
import type { CaseState } from "../../src/flows/cases/state.ts";
import { assessConsciousJustified, registerWorldParticipant } from "../helpers/procedure.ts";
import { type ChatDriver, DRIVERS } from "./drivers.ts";

/** The step names that titles already carry ("Actie 1: contact binnen 1 werkdag"), nl and en. */
const STEP_NAMES = [
  "Actie [1-6]",
  "Preventie",
  "Prevention",
  "Signalering",
  "Signalling",
  "Afsluiting",
  "Closure",
  "Onderhoud samenwerking",
];

/** A step name followed by the same step name: "Actie 1 · Actie 1: …", "Preventie: Preventie". */
const DOUBLED = new RegExp(`\\b(${STEP_NAMES.join("|")})\\b\\W{1,6}\\1\\b`);

describe.each(Object.keys(DRIVERS) as (keyof typeof DRIVERS)[])("one language on %s", (name) => {
  let d: ChatDriver;
  beforeAll(async () => {
    d = await DRIVERS[name]();
  });
  afterAll(() => d?.stop());

  /** The landlord files a complaint through the form; the time of day is set on the Amsterdam clock. */
  async function fileThroughForm(reference: string, hours: number, minutes: number, sentAfterTen: boolean) {
    const participantId = await registerWorldParticipant(d.runtime, d.world, reference);
    await d.tick();
    const occurredAt = atWallClock(shiftDays(amsterdamDay(d.clock.now()), -2), {
      hours,
      minutes,
      seconds: 0,
      milliseconds: 0,
    });
    const before = d.delivered("shared").length;
    await d.command(d.world.landlordStaff, "overlast", reference);
    await d.submitForm(d.world.landlordStaff, CASE_FORM_IDS.intake, {
      participant: { option: participantId },
      type: { option: "noise" },
      description: "Harde muziek en geschreeuw.",
      occurredAt,
      // Sent by an older client or by hand: the time decides, not this value.
      afterTen: sentAfterTen,
      receivedByLandlordAt: new Date(d.clock.now().getTime() - 3600_000),
      complainantAnonymous: true,
    });
    await d.tick();
    const opened = await d.prisma.case.findFirstOrThrow({ where: { participantId } });
    return {
      state: opened.state as unknown as CaseState,
      shared: d.delivered("shared").slice(before),
    };
  }

  it('Actie 1: "na 22:00" follows the time entered in the complaint form, in the case and on its card', async () => {
    const night = await fileThroughForm("HF-L01", 23, 30, false);
    expect(night.state.complaints.map((c) => c.afterTen)).toEqual([true]);
    expect(night.shared).toContain("HF-L01");
    expect(night.shared).toContain("23:30 (na 22:00)");

    const early = await fileThroughForm("HF-L02", 5, 15, false);
    expect(early.state.complaints.map((c) => c.afterTen)).toEqual([true]);
    expect(early.shared).toContain("05:15 (na 22:00)");

    const day = await fileThroughForm("HF-L03", 14, 0, true);
    expect(day.state.complaints.map((c) => c.afterTen)).toEqual([false]);
    expect(day.shared).toContain("HF-L03");
    expect(day.shared).toContain("14:00");
    expect(day.shared).not.toContain("na 22:00");

    // Actie 2 for the first: the assessment, the proposals accepted, their cards and updates.
    await assessConsciousJustified(d.runtime, night.state.id, d.world.actor(d.world.worker));
    await d.tick();
  });

  it("owners are named by their display name, never by a chat handle or a mention (Preventie checklist)", () => {
    const shared = d.delivered("shared").replace(/\\n/g, "\n");
    expect(shared).toContain(`begeleider: ${d.world.worker.displayName} · uiterlijk`);
    expect(shared).toContain(`verhuurder: ${d.world.landlordStaff.displayName} · uiterlijk`);
    const ownerLines = shared
      .split("\n")
      .filter((line) => /^(begeleider|verhuurder|coördinator): /.test(line));
    expect(ownerLines.length).toBeGreaterThan(0);
    expect(ownerLines.filter((line) => line.includes("<@"))).toEqual([]);
  });

  it("no delivered card or message names a step twice: case cards, nudges, digests and overdue summaries", async () => {
    // Termijnen: the Actie 1 deadlines of the cases above come near and pass.
    for (let hours = 0; hours < 72; hours += 6) {
      d.clock.advance(6 * 3600_000);
      await d.tick();
    }
    expect(d.delivered({ dm: d.world.worker })).toContain("Vandaag voor jou");
    const everything = [d.delivered("shared"), d.delivered("careTeam"), d.delivered({ dm: d.world.worker })]
      .join("\n")
      .replace(/\\n/g, "\n");
    expect(everything.length).toBeGreaterThan(0);
    const doubled = everything.split("\n").filter((line) => DOUBLED.test(line));
    if (process.env.DUMP_LANG) writeFileSync(`/tmp/lang2-${name}.txt`, everything);
    expect(doubled).toEqual([]);
  });

  it('every date delivered is the one chat date: "do 5 mrt 2026 10:00" (docs/glossary.md)', () => {
    const everything = [d.delivered("shared"), d.delivered("careTeam"), d.delivered({ dm: d.world.worker })]
      .join("\n")
      .replace(/\\n/g, "\n");
    const months =
      "jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec|januari|februari|maart|april|juni|juli|augustus|september|oktober|november|december";
    const dates = [
      ...everything.matchAll(
        new RegExp(`(?:[^\\s"(]+ )?\\b\\d{1,2} (?:${months})\\b\\.?(?: [^\\s"\\\\,.)]+)?`, "g"),
      ),
    ].map((match) => match[0]);
    expect(dates.length).toBeGreaterThan(0);
    const oneFormat =
      /^(?:ma|di|wo|do|vr|za|zo) \d{1,2} (?:jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec) \d{4}$/;
    expect(dates.filter((date) => !oneFormat.test(date))).toEqual([]);
  });

  it("the doubled-prefix check catches one", () => {
    expect(DOUBLED.test("Actie 1 · Actie 1: contact binnen 1 werkdag")).toBe(true);
    expect(DOUBLED.test("Preventie · Preventie: kennismaking")).toBe(true);
    expect(DOUBLED.test("Zaak 3 — HF-001 · Actie 1: contact binnen 1 werkdag")).toBe(false);
  });
});
