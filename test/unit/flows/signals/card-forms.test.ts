import { describe, expect, it } from "vitest";
import type { Card } from "../../../../src/flows/cards/card.ts";
import { parseSignalRef, SIGNAL_BUTTON_IDS } from "../../../../src/flows/signals/buttons.ts";
import { renderSignalCard } from "../../../../src/flows/signals/card.ts";
import { followUpRequestCardSpec, signalCardSpec } from "../../../../src/flows/signals/card-spec.ts";
import { decideSignal } from "../../../../src/flows/signals/decide.ts";
import {
  buildFollowUpForm,
  buildLogSignalForm,
  buildSharingForm,
  parseFollowUpForm,
  parseLogSignalForm,
  parseSharingForm,
} from "../../../../src/flows/signals/forms.ts";
import { SIGNAL_TEXTS } from "../../../../src/flows/signals/texts.ts";
import { ctx, HOUR_MS, logged, NOW, supportWorker } from "./fixtures.ts";

function buttonsOf(card: Card) {
  return card.blocks.flatMap((b) => (b.type === "actions" ? b.buttons : []));
}

describe("renderSignalCard", () => {
  it("Signalering 1: an unacknowledged nuisance sign shows who must confirm by when, and four buttons", () => {
    const card = renderSignalCard(signalCardSpec(logged()));
    expect(card.summary).toBe("Signaal van (dreigende) overlast — deelnemer HF-017");
    expect(card.blocks).toContainEqual({
      type: "context",
      text: "⏳ Wacht op bevestiging door het zorgteam — uiterlijk di 5 mrt 2024 00:00 (48 uur).",
    });
    const value = '{"s":"s-1"}';
    expect(buttonsOf(card)).toEqual([
      { actionId: SIGNAL_BUTTON_IDS.acknowledge, label: "Ontvangen", value, style: "primary" },
      {
        actionId: SIGNAL_BUTTON_IDS.decideSharing,
        label: "Delen met deelnemer: besluit",
        value,
        style: "default",
      },
      { actionId: SIGNAL_BUTTON_IDS.recordFollowUp, label: "Opvolging vastleggen", value, style: "default" },
      { actionId: SIGNAL_BUTTON_IDS.close, label: "Sluiten", value, style: "danger" },
    ]);
    expect(parseSignalRef(value)).toEqual({ s: "s-1" });
  });

  it("Signalering 1: once acknowledged the card names who received it and drops the button", () => {
    const { state } = decideSignal(logged(), { type: "acknowledged", actor: supportWorker }, ctx);
    const card = renderSignalCard(signalCardSpec(state), "en");
    expect(card.blocks).toContainEqual({
      type: "context",
      text: "✅ Received by the care team: <@name:m-worker> on Mon 4 Mar 2024 10:00.",
    });
    expect(buttonsOf(card).map((b) => b.actionId)).not.toContain(SIGNAL_BUTTON_IDS.acknowledge);
  });

  it("Signalering: a participant report offers 'turn into a report' and no sharing decision", () => {
    const card = renderSignalCard(
      signalCardSpec(logged({ kind: "participantReport", actor: supportWorker, source: "careTeam" })),
    );
    expect(buttonsOf(card).map((b) => b.actionId)).toEqual([
      SIGNAL_BUTTON_IDS.acknowledge,
      SIGNAL_BUTTON_IDS.recordFollowUp,
      SIGNAL_BUTTON_IDS.convertToCase,
      SIGNAL_BUTTON_IDS.close,
    ]);
  });

  it("Signalering: a closed signal has no buttons", () => {
    const { state } = decideSignal(logged(), { type: "closed", actor: supportWorker, note: null }, ctx);
    expect(buttonsOf(renderSignalCard(signalCardSpec(state)))).toEqual([]);
  });

  it("Signalering 1: the follow-up request for a missed rent payment asks the support worker to act", () => {
    const spec = followUpRequestCardSpec(logged({ kind: "missedRent" }));
    expect(spec).not.toBeNull();
    const card = renderSignalCard(spec!);
    expect(card.blocks[1]).toEqual({
      type: "text",
      text: "Gemiste huurbetaling bij deelnemer HF-017. Wil je dit met de deelnemer oppakken? Graag uiterlijk di 5 mrt 2024 10:00.",
    });
  });

  it("Signalering: a long description stays within Slack's 3000 characters and labels within 75", () => {
    const card = renderSignalCard(signalCardSpec(logged({ description: "x".repeat(2000) })));
    for (const block of card.blocks) {
      if (block.type === "text" || block.type === "context")
        expect(block.text.length).toBeLessThanOrEqual(3000);
      if (block.type === "actions") {
        expect(block.buttons.length).toBeLessThanOrEqual(5);
        for (const b of block.buttons) expect(b.label.length).toBeLessThanOrEqual(75);
      }
    }
  });

  it("signal texts: Dutch and English have exactly the same keys", () => {
    const keysOf = (value: unknown, prefix = ""): string[] =>
      typeof value !== "object" || value === null
        ? [prefix]
        : Object.entries(value).flatMap(([key, inner]) => keysOf(inner, `${prefix}.${key}`));
    expect(keysOf(SIGNAL_TEXTS.en).sort()).toEqual(keysOf(SIGNAL_TEXTS.nl).sort());
  });
});

describe("signal forms", () => {
  const options = {
    participants: [{ value: "p-1", label: "HF-017" }],
    members: [{ value: "m-worker", label: "Sanne" }],
  };

  it("Signalering: the signal form offers the three kinds and five sources and starts at now", () => {
    const form = buildLogSignalForm(options, NOW);
    expect(form.fields.find((f) => f.id === "kind")?.options?.map((o) => o.value)).toEqual([
      "nuisanceSign",
      "missedRent",
      "participantReport",
    ]);
    expect(form.fields.find((f) => f.id === "source")?.options).toHaveLength(5);
    expect(form.fields.find((f) => f.id === "observedAt")?.initial).toBe(NOW.toISOString());
  });

  it("Signalering: parses a valid signal form", () => {
    const observed = new Date(NOW.getTime() - HOUR_MS);
    expect(
      parseLogSignalForm(
        {
          participantId: "p-1",
          kind: "missedRent",
          source: "landlord",
          observedAt: observed.toISOString(),
          description: " Huur maart niet betaald ",
        },
        NOW,
      ),
    ).toEqual({
      ok: true,
      value: {
        participantId: "p-1",
        kind: "missedRent",
        source: "landlord",
        observedAt: observed,
        description: "Huur maart niet betaald",
        followUpOwnerId: null,
      },
    });
  });

  it("Signalering: returns Dutch field errors", () => {
    expect(
      parseLogSignalForm(
        {
          participantId: "p-1",
          kind: "rumour",
          source: "landlord",
          observedAt: new Date(NOW.getTime() + HOUR_MS).toISOString(),
        },
        NOW,
      ),
    ).toEqual({
      ok: false,
      errors: {
        kind: "Kies een van de opties.",
        observedAt: "Dit moment ligt in de toekomst.",
        description: "Dit veld is verplicht.",
      },
    });
  });

  it("Signalering 3: the landlord's sharing form requires the team member consulted", () => {
    const form = buildSharingForm("s-1", "landlord", options.members);
    expect(form.fields.find((f) => f.id === "consultedMemberId")?.required).toBe(true);
    expect(parseSharingForm({ share: "yes" }, "landlord")).toEqual({
      ok: false,
      errors: { consultedMemberId: "Kies met welk teamlid je dit hebt overlegd." },
    });
    expect(parseSharingForm({ share: "no", consultedMemberId: "m-worker" }, "landlord")).toEqual({
      ok: true,
      value: { share: false, consultedMemberId: "m-worker", note: null },
    });
  });

  it("Signalering 3: for the care team naming someone is optional", () => {
    expect(buildSharingForm("s-1", "careTeam", options.members).fields[1]?.required).toBe(false);
    expect(parseSharingForm({ share: "yes" }, "careTeam")).toEqual({
      ok: true,
      value: { share: true, consultedMemberId: null, note: null },
    });
  });

  it("Signalering: the follow-up form carries the signal and requires a note", () => {
    expect(parseSignalRef(buildFollowUpForm("s-1").metadata)).toEqual({ s: "s-1" });
    expect(parseFollowUpForm({ note: "" })).toEqual({
      ok: false,
      errors: { note: "Dit veld is verplicht." },
    });
    expect(parseFollowUpForm({ note: "Gebeld" })).toEqual({ ok: true, value: { note: "Gebeld" } });
  });
});
