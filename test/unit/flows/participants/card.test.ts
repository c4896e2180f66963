import { describe, expect, it } from "vitest";
import type { Card } from "../../../../src/flows/cards/card.ts";
import type { Locale } from "../../../../src/flows/model.ts";
import { PARTICIPANT_BUTTON_IDS, parseItemRef } from "../../../../src/flows/participants/buttons.ts";
import { renderParticipantCard } from "../../../../src/flows/participants/card.ts";
import { assignedCardSpec, onboardingCardSpec } from "../../../../src/flows/participants/card-spec.ts";
import { decideParticipant } from "../../../../src/flows/participants/decide.ts";
import type { ParticipantState } from "../../../../src/flows/participants/model.ts";
import { registerParticipant } from "../../../../src/flows/participants/register.ts";
import { PARTICIPANT_TEXTS } from "../../../../src/flows/participants/texts.ts";
import { ctx, registration, supportWorker } from "./fixtures.ts";

function progressed(): ParticipantState {
  let state = registerParticipant(registration, ctx).state;
  state = decideParticipant(
    state,
    { type: "itemDone", actor: supportWorker, itemKey: "roleAgreements", note: null },
    ctx,
  ).state;
  state = decideParticipant(
    state,
    { type: "itemDone", actor: supportWorker, itemKey: "matching", note: null },
    ctx,
  ).state;
  return decideParticipant(
    state,
    { type: "itemSkipped", actor: supportWorker, itemKey: "viewingAndDocuments", reason: "Al bezichtigd" },
    ctx,
  ).state;
}

function expectWithinSlackLimits(card: Card): void {
  expect(card.blocks.length).toBeLessThanOrEqual(50);
  for (const block of card.blocks) {
    if (block.type === "actions") {
      expect(block.buttons.length).toBeGreaterThan(0);
      expect(block.buttons.length).toBeLessThanOrEqual(5);
      for (const button of block.buttons) {
        expect(button.label.length).toBeLessThanOrEqual(75);
        expect(button.value.length).toBeLessThanOrEqual(2000);
      }
    }
    if (block.type === "text" || block.type === "context") {
      expect(block.text.length).toBeLessThanOrEqual(3000);
    }
  }
}

describe("renderParticipantCard: onboarding checklist", () => {
  it("Preventie: shows the progress 3/8 once two items are done and one is skipped", () => {
    const card = renderParticipantCard(onboardingCardSpec(progressed()));
    expect(card.summary).toBe("Startchecklist HF-017: 3/8 afgerond");
    expect(card.blocks[0]).toEqual({ type: "header", text: "Start van het traject — deelnemer HF-017" });
    expect(card.blocks[2]).toEqual({ type: "context", text: "Voortgang: 3/8 afgerond" });
  });

  it("Preventie 4: an open item shows owner and due date with Done / Skip / More time buttons", () => {
    const card = renderParticipantCard(onboardingCardSpec(progressed()));
    const index = card.blocks.findIndex(
      (b) => b.type === "text" && b.text.includes("Feestelijke sleuteloverdracht"),
    );
    expect(card.blocks[index]).toEqual({
      type: "text",
      text: [
        "⬜ *4. Feestelijke sleuteloverdracht*",
        "Persoonlijk moment; verhuurder (en wijkbeheerder) uitgenodigd; huur- en begeleidingsovereenkomst getekend.",
        "begeleider: <@name:m-worker> · uiterlijk di 5 mrt 2024",
      ].join("\n"),
    });
    const value = '{"p":"p-1","i":"keyHandover"}';
    expect(card.blocks[index + 1]).toEqual({
      type: "actions",
      buttons: [
        { actionId: PARTICIPANT_BUTTON_IDS.itemDone, label: "Afgerond", value, style: "primary" },
        { actionId: PARTICIPANT_BUTTON_IDS.itemSkip, label: "Overslaan", value, style: "default" },
        { actionId: PARTICIPANT_BUTTON_IDS.itemExtend, label: "Meer tijd", value, style: "default" },
      ],
    });
    expect(parseItemRef(value)).toEqual({ p: "p-1", i: "keyHandover" });
  });

  it("Preventie 3: a skipped item shows who skipped it, the reason and only a Reopen button", () => {
    const card = renderParticipantCard(onboardingCardSpec(progressed()));
    const index = card.blocks.findIndex((b) => b.type === "text" && b.text.startsWith("⏭️ *3."));
    const text = card.blocks[index];
    expect(text?.type === "text" && text.text).toContain(
      "overgeslagen door <@name:m-worker> op ma 4 mrt 2024 10:00 — reden: Al bezichtigd",
    );
    expect(card.blocks[index + 1]).toEqual({
      type: "actions",
      buttons: [
        {
          actionId: PARTICIPANT_BUTTON_IDS.itemReopen,
          label: "Heropenen",
          value: '{"p":"p-1","i":"viewingAndDocuments"}',
          style: "default",
        },
      ],
    });
  });

  it.each<Locale>(["nl", "en"])("Preventie: the %s checklist card stays within Slack's limits", (locale) => {
    expectWithinSlackLimits(renderParticipantCard(onboardingCardSpec(progressed()), locale));
  });

  it("Preventie: the English card uses English texts", () => {
    const card = renderParticipantCard(onboardingCardSpec(progressed()), "en");
    expect(card.summary).toBe("Onboarding checklist HF-017: 3/8 completed");
    expect(card.blocks.some((b) => b.type === "text" && b.text.includes("*4. Festive key handover*"))).toBe(
      true,
    );
  });

  it("Preventie: the card spec is plain JSON (dates as ISO strings)", () => {
    const spec = onboardingCardSpec(progressed());
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
    expect(spec.items[0]?.closedAt).toBe("2024-03-04T09:00:00.000Z");
  });
});

describe("renderParticipantCard: assigned", () => {
  it("Preventie: tells the new support worker their role and how many items are open", () => {
    const card = renderParticipantCard(assignedCardSpec(progressed(), "careTeam"));
    expect(card.blocks[1]).toEqual({
      type: "text",
      text: "Je bent de begeleider. Er staan 5 punten van de startchecklist open.",
    });
  });
});

describe("participant texts", () => {
  function keysOf(value: unknown, prefix = ""): string[] {
    if (typeof value !== "object" || value === null) return [prefix];
    return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, `${prefix}.${key}`));
  }

  it("Dutch and English have exactly the same keys", () => {
    expect(keysOf(PARTICIPANT_TEXTS.en).sort()).toEqual(keysOf(PARTICIPANT_TEXTS.nl).sort());
  });
});
