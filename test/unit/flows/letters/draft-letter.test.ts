/**
 * Actie 3–5: the landlord's letters as editable drafts filled from the case — the behaviour, the
 * consequences if it continues, the help that is available — with the summons registered and
 * signed "voor gezien".
 */
import { describe, expect, it } from "vitest";
import type { LetterStep } from "../../../../src/flows/ladder/model.ts";
import { draftLetter } from "../../../../src/flows/letters/draft-letter.ts";
import { letterTexts } from "../../../../src/flows/letters/texts.ts";
import type { LeaseType } from "../../../../src/flows/model.ts";
import { daysAfter, landlord, openInput, Scenario } from "../cases/fixtures.ts";

/** A case with two justified noise complaints, the warning letter and the second warning sent. */
function escalated(leaseType: LeaseType = "own"): Scenario {
  const s = new Scenario(openInput({}, leaseType));
  s.assess("conscious", true, true);
  s.at(daysAfter(7)).addComplaint("cmp-2", "noise");
  s.assess("conscious", true, true);
  s.apply({ type: "ladderStepTaken", actor: landlord, step: "actie3", situation: null });
  s.apply({
    type: "letterRecorded",
    actor: landlord,
    step: "actie3",
    sentAt: daysAfter(7),
    registered: false,
    signedForSeen: false,
  });
  s.apply({ type: "ladderStepTaken", actor: landlord, step: "actie4", situation: null });
  s.apply({
    type: "letterRecorded",
    actor: landlord,
    step: "actie4",
    sentAt: daysAfter(21),
    registered: false,
    signedForSeen: false,
  });
  return s;
}

const FILL = {
  date: new Date("2024-04-01T10:00:00Z"),
  participantName: "J. de Vries",
  dwelling: "Biltstraat 7, Utrecht",
  landlordName: "Woonstad Utrecht",
  careProviderName: "Housing First Utrecht",
  senderName: "Petra Jansen",
};

describe("draftLetter", () => {
  it("Actie 3: a Dutch warning letter naming the complaints, the consequences and the help available", () => {
    const draft = draftLetter(escalated().state, "actie3", "nl", FILL);
    expect(draft).toMatchObject({ step: "actie3", kind: "warning", registered: false, signedForSeen: false });
    expect(draft.subject).toBe("Waarschuwing: overlast vanuit uw woning");
    expect(draft.text).toContain("Beste J. de Vries,");
    expect(draft.text).toContain("Kenmerk: zaak 2024-001 (HF-017)");
    expect(draft.text).toContain("- Geluidsoverlast op 3 maart 2024, na 22:00 uur");
    expect(draft.text).toContain("uw huurovereenkomst");
    expect(draft.text).toContain("tweede officiële waarschuwing");
    expect(draft.text).toContain("Uw begeleider van Housing First Utrecht bespreekt deze brief met u");
    expect(draft.text).toContain("1 april 2024");
    expect(draft.text).not.toContain("AANGETEKEND");
    expect(draft.text).not.toContain("voor gezien");
    expect(draft.placeholders).toEqual([]);
  });

  it("Actie 4: the second warning refers to the first letter and says a copy goes into both dossiers", () => {
    const draft = draftLetter(escalated().state, "actie4", "nl", FILL);
    expect(draft.kind).toBe("secondWarning");
    expect(draft.text).toContain("Op 11 maart 2024 stuurden wij u een waarschuwingsbrief");
    expect(draft.text).toContain(
      "in uw dossier bij Woonstad Utrecht en in uw zorgdossier bij Housing First Utrecht",
    );
  });

  it("Actie 5: the summons is registered, names both earlier letters and has the 'voor gezien' signature lines", () => {
    const draft = draftLetter(escalated().state, "actie5", "nl", FILL);
    expect(draft).toMatchObject({ kind: "summons", registered: true, signedForSeen: true });
    expect(draft.text.startsWith("AANGETEKEND\n")).toBe(true);
    expect(draft.text).toContain("waarschuwingsbrief (11 maart 2024)");
    expect(draft.text).toContain("tweede officiële waarschuwing (25 maart 2024)");
    expect(draft.text).toContain("Wij sommeren u");
    expect(draft.text).toContain("Voor gezien getekend door de huurder:\nNaam: J. de Vries\nDatum: ");
    expect(draft.text).toContain("Handtekening: ");
  });

  it.each([
    ["own", "wij als verhuurder de rechter vragen uw huurovereenkomst"],
    ["intermediary", "de zorgaanbieder de rechter vragen de huur- en begeleidingsovereenkomst"],
    [
      "threeParty",
      "zoals in de driepartijenovereenkomst is afgesproken, de rechter vragen de driepartijenovereenkomst",
    ],
  ] as const)("Actie 6 in the summons: with a %s lease %s", (leaseType, phrase) => {
    expect(draftLetter(escalated(leaseType).state, "actie5", "nl", FILL).text).toContain(phrase);
  });

  it("what Nabuur does not know stays a visible placeholder (the participant is pseudonymous)", () => {
    const draft = draftLetter(escalated().state, "actie3");
    expect(draft.placeholders).toEqual(
      expect.arrayContaining([
        "[datum]",
        "[naam deelnemer]",
        "[adres woning]",
        "[naam verhuurder]",
        "[naam medewerker]",
      ]),
    );
    expect(draft.text).toContain("Beste [naam deelnemer],");
  });

  it("unjustified and wrongly attributed complaints are left out of the letter", () => {
    const s = new Scenario();
    s.assess("unconscious", false, false);
    const draft = draftLetter(s.state, "actie3", "nl", FILL);
    expect(draft.text).toContain("[omschrijving van de overlast]");
    expect(draft.placeholders).toContain("[omschrijving van de overlast]");
  });

  it("Actie 3 situatie 1: earlier justified complaints from other cases are mentioned", () => {
    const s = new Scenario();
    s.assess("conscious", true, true);
    const state = { ...s.state, priorCountingComplaints: 2 };
    expect(draftLetter(state, "actie3", "nl", FILL).text).toContain(
      "Eerder ontvingen wij al 2 terechte klachten",
    );
    expect(draftLetter({ ...state, priorCountingComplaints: 1 }, "actie3", "en", FILL).text).toContain(
      "We had already received one justified complaint",
    );
  });

  it.each(["actie3", "actie4", "actie5"] as LetterStep[])("%s in English has the same parts", (step) => {
    const nl = draftLetter(escalated().state, step, "nl", FILL);
    const en = draftLetter(escalated().state, step, "en", FILL);
    expect(en.text.split("\n\n").length).toBe(nl.text.split("\n\n").length);
    expect(en.subject).toBe(letterTexts.en.subjects[step]);
    expect(en.text).toContain("Dear J. de Vries,");
  });

  it("the draft does not depend on a clock: without a date it says [datum]", () => {
    const draft = draftLetter(escalated().state, "actie4", "nl", { ...FILL, date: null });
    expect(draft.text).toContain("Woonstad Utrecht\n[datum]");
  });
});
