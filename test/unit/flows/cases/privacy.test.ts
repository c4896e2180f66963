import { describe, expect, it } from "vitest";
import { assessmentTexts } from "../../../../src/flows/assessment/texts.ts";
import { caseSummarySpec } from "../../../../src/flows/cases/card-specs.ts";
import { renderCaseCard } from "../../../../src/flows/cases/cards.ts";
import { ladderTexts } from "../../../../src/flows/ladder/texts.ts";
import { LOCALES } from "../../../../src/flows/model.ts";
import { COMPLAINANT_CONTACT, COMPLAINANT_NAME, fullScenario, SECRETS } from "./full-scenario.ts";

/** Words that only the care team may see: assessment reasoning and intervention details. */
function careOnlyWords(): string[] {
  return LOCALES.flatMap((locale) => [
    ...Object.values(assessmentTexts[locale].rows),
    ...Object.values(assessmentTexts[locale].derivedRules),
    assessmentTexts[locale].derivedPrefix,
    ...Object.values(ladderTexts[locale].timeOutReasons),
    ...Object.values(ladderTexts[locale].interventions),
  ]);
}

describe("Separation of housing and care: nothing care-only or identifying reaches the shared channel", () => {
  const s = fullScenario();
  const messages = s.messages();
  const shared = messages.filter((m) => m.target.kind === "channel" && m.target.audience !== "careTeam");

  it("the scenario ran to the end and produced shared and care-only messages", () => {
    expect(s.state.status).toBe("closed");
    expect(shared.length).toBeGreaterThan(20);
    expect(messages.some((m) => m.target.kind === "channel" && m.target.audience === "careTeam")).toBe(true);
  });

  it("no card spec sent to the shared channel holds the complainant's identity or care-only content", () => {
    for (const message of shared) {
      const json = JSON.stringify(message.card);
      for (const secret of [COMPLAINANT_NAME, COMPLAINANT_CONTACT, ...SECRETS])
        expect(json).not.toContain(secret);
      expect(json).not.toMatch(/"(row|derivedRules|answers|hearings|careNotes|notes)"/);
    }
  });

  it("no rendered shared card (Dutch or English) shows the identity, care notes or assessment reasoning", () => {
    const forbidden = [COMPLAINANT_NAME, COMPLAINANT_CONTACT, ...SECRETS, ...careOnlyWords()];
    for (const message of shared) {
      for (const locale of LOCALES) {
        const rendered = JSON.stringify(renderCaseCard(message.card, locale));
        for (const word of forbidden)
          expect(rendered, `${message.card.kind} (${locale})`).not.toContain(word);
      }
    }
  });

  it("the care team does receive its care-only content (the scan above would notice a leak)", () => {
    const care = messages.filter((m) => m.target.kind === "channel" && m.target.audience === "careTeam");
    expect(JSON.stringify(care)).toContain("GEHEIM-ZORGNOTITIE");
    expect(JSON.stringify(care.map((m) => renderCaseCard(m.card, "nl")))).toContain(
      "Afgeleid volgens Nabuur-regel",
    );
  });

  it("shared timeline entries hold no care-only content; care-only entries are marked careTeam", () => {
    for (const entry of s.timeline().filter((e) => e.visibility === "shared")) {
      const json = JSON.stringify(entry.details);
      for (const secret of SECRETS) expect(json).not.toContain(secret);
    }
    const careEvents = new Set(
      s
        .timeline()
        .filter((e) => e.visibility === "careTeam")
        .map((e) => e.event),
    );
    for (const event of [
      "hearing.recorded",
      "assessment.confirmed",
      "careNote.added",
      "careRecord.registered",
      "intervention.offered",
      "intervention.outcome",
      "support.afterEviction",
    ] as const) {
      expect(careEvents.has(event), event).toBe(true);
    }
  });

  it("the complainant's identity never enters the case state", () => {
    const state = JSON.stringify(s.state);
    expect(state).not.toContain(COMPLAINANT_NAME);
    expect(state).not.toContain(COMPLAINANT_CONTACT);
  });

  it("every decision writes at least one timeline entry naming the step and the actor", () => {
    for (const decision of s.decisions) {
      const entries = decision.effects.filter((e) => e.type === "timeline");
      expect(entries.length).toBeGreaterThan(0);
      for (const entry of entries) expect(typeof entry.details.actorId).toBe("string");
    }
  });

  it("case summary per viewer: care-only parts only for the care team, agreed landlord actions for the others", () => {
    const care = caseSummarySpec(s.state, "careTeam");
    expect(care.care?.hearings[0]?.notes).toContain("GEHEIM-WEDERHOOR");
    expect(care.actions.some((a) => a.audience === "careTeam")).toBe(true);
    for (const audience of ["shared", "landlord"] as const) {
      const summary = caseSummarySpec(s.state, audience);
      expect(summary.care).toBeNull();
      expect(
        summary.actions.every(
          (a) => a.audience === "shared" && (a.status === "accepted" || a.status === "done"),
        ),
      ).toBe(true);
      const rendered = JSON.stringify([renderCaseCard(summary, "nl"), renderCaseCard(summary, "en")]);
      for (const secret of SECRETS) expect(rendered).not.toContain(secret);
    }
  });

  it("every card spec is plain JSON (it survives the outbox)", () => {
    for (const message of messages) expect(JSON.parse(JSON.stringify(message.card))).toEqual(message.card);
  });
});
