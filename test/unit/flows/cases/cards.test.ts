import { describe, expect, it } from "vitest";
import type { Card } from "../../../../src/flows/cards/card.ts";
import {
  CASE_BUTTON_IDS,
  CASE_BUTTON_PAYLOADS,
  decodeValue,
  isCaseButtonId,
} from "../../../../src/flows/cases/buttons.ts";
import { caseOverviewSpec, caseSummarySpec, proposalSpec } from "../../../../src/flows/cases/card-specs.ts";
import { type CaseCardSpec, renderCaseCard } from "../../../../src/flows/cases/cards.ts";
import { AUDIENCES, LOCALES } from "../../../../src/flows/model.ts";
import { openInput, Scenario, worker } from "./fixtures.ts";
import { fullScenario } from "./full-scenario.ts";

/** Slack's documented limits (the strictest of the two platforms). */
function assertWithinLimits(card: Card, label: string): void {
  expect(card.blocks.length, label).toBeLessThanOrEqual(50);
  expect(card.summary.length, label).toBeGreaterThan(0);
  for (const block of card.blocks) {
    switch (block.type) {
      case "header":
        expect(block.text.length, label).toBeLessThanOrEqual(150);
        break;
      case "text":
      case "context":
        expect(block.text.length, label).toBeLessThanOrEqual(3000);
        break;
      case "fields":
        expect(block.fields.length, label).toBeLessThanOrEqual(10);
        for (const field of block.fields) expect(field.value.length, label).toBeLessThanOrEqual(2000);
        break;
      case "actions": {
        expect(block.buttons.length, label).toBeGreaterThan(0);
        expect(block.buttons.length, label).toBeLessThanOrEqual(5);
        const ids = block.buttons.map((b) => b.actionId);
        expect(new Set(ids).size, `${label}: action ids unique within a block`).toBe(ids.length);
        for (const button of block.buttons) {
          expect(button.label.length, label).toBeLessThanOrEqual(75);
          expect(button.value.length, label).toBeLessThanOrEqual(2000);
          expect(isCaseButtonId(button.actionId), button.actionId).toBe(true);
          if (isCaseButtonId(button.actionId)) {
            expect(
              decodeValue(CASE_BUTTON_PAYLOADS[button.actionId], button.value),
              `${button.actionId} ${button.value}`,
            ).not.toBeNull();
          }
        }
        break;
      }
      case "divider":
        break;
    }
  }
}

function allSpecs(): CaseCardSpec[] {
  const s = fullScenario();
  const report = new Scenario(openInput({ kind: "participantReport", actor: worker }));
  return [
    ...s.messages().map((m) => m.card),
    ...report.messages().map((m) => m.card),
    ...AUDIENCES.map((audience) => caseSummarySpec(s.state, audience)),
    { kind: "case.complainantDetails", caseNumber: "2024-001", name: "Piet", contact: "piet@example.org" },
    { kind: "case.complainantDetails", caseNumber: "2024-001", name: null, contact: null },
  ];
}

describe("Case cards render within the platforms' limits, in Dutch and English", () => {
  const specs = allSpecs();

  it("every kind of case card is produced by the scenarios", () => {
    const kinds = new Set(specs.map((s) => s.kind));
    for (const kind of [
      "case.card",
      "case.participantReportCard",
      "case.nextSteps",
      "case.assignment",
      "case.assessment",
      "case.proposal",
      "case.ladder",
      "case.summary",
      "case.careNote",
      "case.writtenFeedback",
      "case.update",
      "case.complainantDetails",
    ] as const) {
      expect(kinds.has(kind), kind).toBe(true);
    }
  });

  it("every rendered card respects Slack's limits and every button value parses with its schema", () => {
    for (const spec of specs) {
      for (const locale of LOCALES)
        assertWithinLimits(renderCaseCard(spec, locale), `${spec.kind} (${locale})`);
    }
  });

  it("Dutch is the default language; English is available", () => {
    const spec = specs.find((s) => s.kind === "case.nextSteps")!;
    expect(renderCaseCard(spec).summary).toBe("Zo pakken we zaak 2024-001 aan");
    expect(renderCaseCard(spec, "en").summary).toBe("How we handle case 2024-001");
  });

  it("long free text is clipped to 3000 characters", () => {
    const s = new Scenario(
      openInput({ complaint: { ...openInput().complaint, description: "x".repeat(5000) } }),
    );
    const card = s.messages().find((m) => m.card.kind === "case.card")!.card;
    assertWithinLimits(renderCaseCard(card, "nl"), "long description");
  });
});

describe("Signalering: a participant's report is labelled 'telt niet mee' everywhere", () => {
  it("the shared card, the thread message, the DM and thread updates carry the label", () => {
    const s = new Scenario(openInput({ kind: "participantReport", actor: worker }));
    s.apply({ type: "caseStarted", actor: worker, approach: "Verhuurder spreekt de bovenburen aan" });
    for (const message of s.messages()) {
      const nl = JSON.stringify(renderCaseCard(message.card, "nl"));
      const en = JSON.stringify(renderCaseCard(message.card, "en"));
      expect(nl, message.card.kind).toMatch(/[Tt]elt niet mee/);
      expect(en, message.card.kind).toMatch(/[Dd]oes not count/);
    }
  });

  it("the case card of a report renders exactly (header with label, explanation, fields)", () => {
    const s = new Scenario(openInput({ kind: "participantReport", actor: worker }));
    const card = renderCaseCard(s.messages()[0]!.card, "nl");
    expect(card.blocks.slice(0, 3)).toEqual([
      { type: "header", text: "Melding van deelnemer HF-017 (2024-001) — Telt niet mee" },
      {
        type: "context",
        text: "Telt niet mee: een melding van de deelnemer heeft geen nadelige gevolgen voor het traject van de deelnemer.",
      },
      {
        type: "fields",
        fields: [
          { label: "Deelnemer", value: "HF-017" },
          { label: "Soort overlast", value: "Geluidsoverlast" },
          { label: "Status", value: "Open" },
          { label: "Stap", value: "Signalering" },
        ],
      },
    ]);
  });
});

describe("Assessment card: three button pairs, the answers so far, confirm when complete", () => {
  it("shows the chosen answers as primary buttons and offers confirm only when all three are answered", () => {
    const s = new Scenario();
    s.apply({
      type: "assessmentAnswered",
      actor: worker,
      answer: { question: "behaviour", value: "unconscious" },
    });
    const partial = renderCaseCard(
      s
        .messages()
        .filter((m) => m.card.kind === "case.assessment")
        .at(-1)!.card,
      "nl",
    );
    const buttons = partial.blocks.flatMap((b) => (b.type === "actions" ? b.buttons : []));
    expect(buttons.find((b) => b.label === "Onbewust")?.style).toBe("primary");
    expect(buttons.find((b) => b.label === "Bewust")?.style).toBe("default");
    expect(buttons.some((b) => b.actionId === "nabuur.case.assessment.confirm")).toBe(false);

    s.apply({
      type: "assessmentAnswered",
      actor: worker,
      answer: { question: "justifiedByParticipant", value: true },
    });
    s.apply({
      type: "assessmentAnswered",
      actor: worker,
      answer: { question: "justifiedByWorker", value: true },
    });
    const complete = renderCaseCard(
      s
        .messages()
        .filter((m) => m.card.kind === "case.assessment")
        .at(-1)!.card,
      "nl",
    );
    const all = complete.blocks.flatMap((b) => (b.type === "actions" ? b.buttons : []));
    expect(all.find((b) => b.actionId === "nabuur.case.assessment.confirm")).toMatchObject({
      label: "Beoordeling bevestigen",
      value: '{"c":"case-1","k":"cmp-1"}',
      style: "primary",
    });
  });

  it("a derived proposal shows Nabuur's rule on the care team's cards", () => {
    const s = new Scenario();
    s.assess("unconscious", false, true);
    const proposal = renderCaseCard(
      s
        .messages()
        .filter((m) => m.card.kind === "case.proposal")
        .at(-1)!.card,
      "nl",
    );
    const texts = proposal.blocks.flatMap((b) => (b.type === "text" ? [b.text] : []));
    expect(texts).toContain(
      "Onbewust — onterecht volgens de deelnemer, terecht volgens de begeleider (acties volgens de rij „Onbewust — terecht volgens de deelnemer en de begeleider”)\nAfgeleid volgens Nabuur-regel: het oordeel van de begeleider bepaalt of de klacht terecht is; de deelnemer vindt de klacht onterecht: help de deelnemer zijn of haar zienswijze te verwoorden",
    );
  });
});

describe("The landlord's own actions: on the shared case card with their buttons, not on the care team's", () => {
  it("the case card lists only the landlord's open shared actions with their buttons; the care team's card gives them none", () => {
    const s = fullScenario();
    // The scenario ends with the case closed; its actions as on an open case.
    const state = { ...s.state, status: "open" as const, closure: null };
    const card = caseOverviewSpec(state);
    if (card.kind !== "case.card") throw new Error(card.kind);
    expect(card.landlordActions.length).toBeGreaterThan(0);
    for (const action of card.landlordActions) {
      expect(action).toMatchObject({ ownerRole: "landlordStaff", audience: "shared" });
      expect(["proposed", "accepted"]).toContain(action.status);
    }
    const rendered = renderCaseCard(card, "nl");
    const buttonValues = (c: Card) =>
      c.blocks.flatMap((block) => (block.type === "actions" ? block.buttons : []));
    const landlordButtons = buttonValues(rendered).filter((b) =>
      [
        CASE_BUTTON_IDS.landlordAcceptAction,
        CASE_BUTTON_IDS.landlordDoneAction,
        CASE_BUTTON_IDS.landlordSkipAction,
      ].includes(b.actionId as never),
    );
    const opened = new Set(card.landlordActions.map((a) => a.id));
    // Every button names one of those actions; never a care team's or care-only action.
    expect(landlordButtons.length).toBeGreaterThan(0);
    for (const b of landlordButtons) expect(opened.has(JSON.parse(b.value).a as string)).toBe(true);
    const careOnly = state.actions.filter((a) => a.audience === "careTeam").map((a) => a.id);
    expect(careOnly.length).toBeGreaterThan(0);
    const named = buttonValues(rendered).map((b) => (JSON.parse(b.value) as { a?: string }).a);
    for (const id of careOnly) expect(named).not.toContain(id);

    // The care team's card: no buttons for the landlord's actions, buttons for its own.
    const proposalCard = proposalSpec(state);
    const proposals = renderCaseCard(proposalCard, "nl");
    const onCareCard = buttonValues(proposals).map((b) => (JSON.parse(b.value) as { a?: string }).a);
    for (const id of opened) expect(onCareCard).not.toContain(id);
    const open = proposalCard.actions.find((a) => a.audience === "careTeam" && a.status === "proposed")!;
    expect(onCareCard).toContain(open.id);
  });
});
