/**
 * Termijnen: "Vandaag voor jou" and the case thread's overdue summary, each written for its reader:
 * named items, overdue first, only the buttons the reader may use, care-only titles kept from
 * landlord staff.
 */
import { describe, expect, it } from "vitest";
import type { Card } from "../../../../src/flows/cards/card.ts";
import { CASE_BUTTON_IDS } from "../../../../src/flows/cases/buttons.ts";
import { DEADLINE_BUTTON_IDS } from "../../../../src/flows/deadlines/buttons.ts";
import { renderDeadlineCard } from "../../../../src/flows/deadlines/card.ts";
import {
  digestMessage,
  MAX_DIGEST_ITEMS,
  type NamedDeadline,
  overdueSummaryMessage,
} from "../../../../src/flows/deadlines/messages.ts";
import { at, openDeadline } from "./fixtures.ts";

const NOW = at("2026-03-05T08:30+01:00");

function named(id: string, dueAt: string, over: Partial<NamedDeadline> = {}): NamedDeadline {
  return {
    deadline: { ...openDeadline, id, dueAt: at(dueAt).toISOString() },
    subjectLabel: "Zaak 12 · HF-007",
    item: { label: `Taak ${id}`, careOnly: false, form: null },
    ownerName: "Sanne",
    caseId: "case-12",
    ...over,
  };
}

const buttonsOf = (card: Card) =>
  card.blocks.flatMap((block) => (block.type === "actions" ? block.buttons.map((b) => b.actionId) : []));
const texts = (card: Card) => card.blocks.flatMap((block) => (block.type === "text" ? [block.text] : []));

describe("digestMessage — Vandaag voor jou", () => {
  const worker = { memberId: "m-worker", role: "careTeamMember" as const, locale: "nl" as const };

  it("the owner's items, overdue first, each named with its case and due date and its own buttons", () => {
    const message = digestMessage(
      worker,
      [named("b", "2026-03-05T15:00+01:00"), named("a", "2026-03-04T12:00+01:00")],
      [],
      NOW,
    )!;
    expect(message.target).toEqual({ kind: "dm", memberId: "m-worker" });
    const card = renderDeadlineCard(message.card);
    expect(card.summary).toBe("Vandaag voor jou: 2 taken");
    expect(texts(card).slice(1)).toEqual([
      "*Taak a*\nZaak 12 · HF-007 · uiterlijk wo 4 mrt 2026 12:00 · ⚠️ te laat",
      "*Taak b*\nZaak 12 · HF-007 · uiterlijk do 5 mrt 2026 15:00",
    ]);
    expect(card.blocks.filter((block) => block.type === "actions")).toHaveLength(2);
    const first = card.blocks.find((block) => block.type === "actions");
    expect(first).toMatchObject({
      buttons: [{ value: '{"d":"a"}' }, { value: '{"d":"a"}' }, { value: '{"d":"a"}' }],
    });
  });

  it("the four-week check comes with its own form, not behind Klaar", () => {
    const check = named("c", "2026-03-05T10:00+01:00", {
      item: { label: "Controle na 4 weken", careOnly: false, form: "fourWeeks" },
    });
    const card = renderDeadlineCard(digestMessage(worker, [check], [], NOW)!.card);
    expect(buttonsOf(card)).toEqual([CASE_BUTTON_IDS.followUpCheck, DEADLINE_BUTTON_IDS.extend]);
  });

  it("a coordinator is told of others' overdue items with only Overdragen, and whose they are", () => {
    const coordinator = { memberId: "m-coord", role: "coordinator" as const, locale: "nl" as const };
    const card = renderDeadlineCard(
      digestMessage(coordinator, [], [named("x", "2026-03-04T12:00+01:00")], NOW)!.card,
    );
    expect(buttonsOf(card)).toEqual([DEADLINE_BUTTON_IDS.handOver]);
    expect(texts(card)).toContain(
      "*Taak x*\nZaak 12 · HF-007 · van Sanne · was uiterlijk wo 4 mrt 2026 12:00",
    );
  });

  it("a landlord contact is told without buttons, and a care-only item without its title", () => {
    const landlord = { memberId: "m-landlord", role: "landlordStaff" as const, locale: "nl" as const };
    const careOnly = named("y", "2026-03-04T12:00+01:00", {
      item: { label: "Zorg opschalen", careOnly: true, form: null },
    });
    const card = renderDeadlineCard(digestMessage(landlord, [], [careOnly], NOW)!.card);
    expect(buttonsOf(card)).toEqual([]);
    expect(JSON.stringify(card)).not.toContain("Zorg opschalen");
    expect(texts(card)).toContain(
      "*Taak van het zorgteam*\nZaak 12 · HF-007 · van Sanne · was uiterlijk wo 4 mrt 2026 12:00",
    );
  });

  it("nothing to tell: no message; a long list stops at MAX_DIGEST_ITEMS and says how many more", () => {
    expect(digestMessage(worker, [], [], NOW)).toBeNull();
    const many = Array.from({ length: MAX_DIGEST_ITEMS + 3 }, (_, i) =>
      named(`i${String(i).padStart(2, "0")}`, "2026-03-05T15:00+01:00"),
    );
    const card = renderDeadlineCard(digestMessage(worker, many, [], NOW)!.card);
    expect(card.blocks.length).toBeLessThanOrEqual(50);
    expect(card.blocks.at(-1)).toEqual({ type: "context", text: "En nog 3 taken." });
  });
});

describe("overdueSummaryMessage — the case thread, once a day", () => {
  it("lists what is overdue and whose, without buttons; a care-only item without its title", () => {
    const message = overdueSummaryMessage(
      "Zaak 12 · HF-007",
      [
        named("a", "2026-03-04T12:00+01:00"),
        named("b", "2026-03-03T12:00+01:00", {
          item: { label: "Zorg opschalen", careOnly: true, form: null },
        }),
      ],
      NOW,
      "nl",
    )!;
    expect(message.target).toEqual({ kind: "channel", audience: "shared", inCaseThread: true });
    const card = renderDeadlineCard(message.card);
    expect(buttonsOf(card)).toEqual([]);
    expect(card.blocks[0]).toEqual({ type: "header", text: "⚠️ Over de termijn — Zaak 12 · HF-007" });
    expect(texts(card)[0]).toBe(
      "• *Taak van het zorgteam* — Sanne, was uiterlijk di 3 mrt 2026 12:00\n• *Taak a* — Sanne, was uiterlijk wo 4 mrt 2026 12:00",
    );
  });
});
