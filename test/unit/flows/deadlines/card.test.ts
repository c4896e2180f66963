import { describe, expect, it } from "vitest";
import { DEFAULT_DEADLINE_SETTINGS } from "../../../../src/flows/calendar/index.ts";
import { CASE_BUTTON_IDS } from "../../../../src/flows/cases/buttons.ts";
import { DEADLINE_BUTTON_IDS } from "../../../../src/flows/deadlines/buttons.ts";
import { renderDeadlineCard } from "../../../../src/flows/deadlines/card.ts";
import {
  type DeadlineNudgeCardSpec,
  MAX_LIST_ITEMS,
  myDeadlinesCardSpec,
  nudgeCardSpec,
  nudgeOutcome,
  resolvedNudgeCardSpec,
} from "../../../../src/flows/deadlines/card-spec.ts";
import { formatDueAt } from "../../../../src/flows/deadlines/format.ts";
import type { DeadlineView } from "../../../../src/flows/deadlines/model.ts";
import { at, NOW, openDeadline, supportWorker } from "./fixtures.ts";

const labels = {
  subjectLabel: "Zaak 12 · HF-007",
  ownerName: "Sanne",
  item: { label: "Gesprek met de buren plannen", careOnly: false, form: null },
  caseId: "case-12",
};
const buttonsValue = '{"d":"dl-1"}';

describe("formatDueAt", () => {
  it("Dutch short date in Amsterdam time: ma 30 nov 16:00", () => {
    expect(formatDueAt("2026-11-30T15:00:00.000Z", "nl")).toBe("ma 30 nov 16:00");
    expect(formatDueAt("2026-11-30T15:00:00.000Z", "en")).toBe("Mon 30 Nov 16:00");
  });

  it("summer time: 13:00 CEST is 11:00 UTC", () => {
    expect(formatDueAt("2026-03-30T11:00:00.000Z", "nl")).toBe("ma 30 mrt 13:00");
  });

  it("adds the year only when it differs from the reference", () => {
    expect(formatDueAt("2027-01-04T08:30:00.000Z", "nl", "2026-12-01T10:00:00.000Z")).toBe(
      "ma 4 jan 2027 09:30",
    );
    expect(formatDueAt("2026-12-04T08:30:00.000Z", "nl", "2026-12-01T10:00:00.000Z")).toBe("vr 4 dec 09:30");
  });
});

describe("renderDeadlineCard — deadline.nudge", () => {
  it("the due ping in Dutch names the item and the case: what, for whom, when, which rule, Klaar / Meer tijd / Overdragen", () => {
    const card = renderDeadlineCard(nudgeCardSpec("due", openDeadline, labels));
    expect(card).toEqual({
      summary: "Nu aan de beurt: Gesprek met de buren plannen (Zaak 12 · HF-007), uiterlijk do 5 mrt 10:00",
      blocks: [
        { type: "header", text: "⏰ Nu aan de beurt: Gesprek met de buren plannen" },
        {
          type: "text",
          text: "Dit moet nu klaar zijn voor Zaak 12 · HF-007 (uiterlijk do 5 mrt 10:00). Is het gedaan? Meld het met *Klaar*. Lukt het niet, vraag dan *Meer tijd* met een reden of draag het over.",
        },
        {
          type: "fields",
          fields: [
            { label: "Uiterlijk", value: "do 5 mrt 10:00" },
            { label: "Eigenaar", value: "Sanne" },
            { label: "Stap", value: "Actie 1" },
          ],
        },
        { type: "context", text: "Richtlijn: Actie 1: binnen 1 werkdag starten en terugkoppelen" },
        {
          type: "actions",
          buttons: [
            { actionId: DEADLINE_BUTTON_IDS.done, label: "Klaar", value: buttonsValue, style: "primary" },
            {
              actionId: DEADLINE_BUTTON_IDS.extend,
              label: "Meer tijd",
              value: buttonsValue,
              style: "default",
            },
            {
              actionId: DEADLINE_BUTTON_IDS.handOver,
              label: "Overdragen",
              value: buttonsValue,
              style: "default",
            },
          ],
        },
      ],
    });
  });

  it("Actie 1's start and the checks arrive as themselves: their own form button and Meer tijd, no Klaar", () => {
    const check = renderDeadlineCard(
      nudgeCardSpec("due", openDeadline, {
        ...labels,
        item: { label: "Controle na 4 weken", careOnly: false, form: "fourWeeks" },
      }),
    );
    expect(check.blocks.at(-1)).toEqual({
      type: "actions",
      buttons: [
        {
          actionId: CASE_BUTTON_IDS.followUpCheck,
          label: "Controle invullen",
          value: '{"c":"case-12","k":"fourWeeks"}',
          style: "primary",
        },
        { actionId: DEADLINE_BUTTON_IDS.extend, label: "Meer tijd", value: buttonsValue, style: "default" },
      ],
    });
    const start = renderDeadlineCard(
      nudgeCardSpec("due", openDeadline, {
        ...labels,
        item: { label: "Zaak starten", careOnly: false, form: "start" },
      }),
      "en",
    );
    expect(start.blocks.at(-1)).toMatchObject({
      buttons: [
        { actionId: CASE_BUTTON_IDS.start, label: "Start the case", value: '{"c":"case-12"}' },
        { label: "More time" },
      ],
    });
  });

  it("describes the rule with the configured period (team agreement of 3 working days)", () => {
    const view: DeadlineView = { ...openDeadline, rule: "team.assessment.hearing", step: "actie2" };
    const settings = { ...DEFAULT_DEADLINE_SETTINGS, "team.assessment.hearing": 3 };
    const card = renderDeadlineCard(nudgeCardSpec("due", view, labels), "nl", settings);
    expect(card.blocks).toContainEqual({
      type: "context",
      text: "Richtlijn: Teamafspraak: wederhoor en beoordeling binnen 3 werkdagen",
    });
  });

  it("without a display name the owner is mentioned, without a member the role is shown", () => {
    const mentioned = renderDeadlineCard(nudgeCardSpec("due", openDeadline, { ...labels, ownerName: null }));
    expect(mentioned.blocks).toContainEqual(
      expect.objectContaining({
        type: "fields",
        fields: expect.arrayContaining([{ label: "Eigenaar", value: "<@m-worker>" }]),
      }),
    );
    const unnamed = { ...openDeadline, ownerMemberId: null, ownerRole: "landlordStaff" as const };
    const byRole = renderDeadlineCard(nudgeCardSpec("due", unnamed, { ...labels, ownerName: null }));
    expect(byRole.blocks).toContainEqual(
      expect.objectContaining({
        type: "fields",
        fields: expect.arrayContaining([{ label: "Eigenaar", value: "medewerker verhuurder" }]),
      }),
    );
  });

  it("resolved variant: after Klaar the card shows who reported it done and has no buttons", () => {
    const spec: DeadlineNudgeCardSpec = nudgeCardSpec("due", openDeadline, labels);
    const outcome = nudgeOutcome({ type: "done", actor: supportWorker }, at("2026-03-05T09:45+01:00"));
    expect(outcome).not.toBeNull();
    const card = renderDeadlineCard(resolvedNudgeCardSpec(spec, outcome!));
    expect(card.blocks.some((block) => block.type === "actions")).toBe(false);
    expect(card.blocks.at(-1)).toEqual({
      type: "text",
      text: "✅ Klaar gemeld door <@m-worker> op do 5 mrt 09:45.",
    });
  });

  it("resolved variants for more time and hand-over", () => {
    const spec = nudgeCardSpec("headsUp", openDeadline, labels);
    const extended = nudgeOutcome(
      { type: "extended", actor: supportWorker, newDueAt: at("2026-03-09T12:00+01:00"), reason: "ziek" },
      NOW,
    );
    expect(renderDeadlineCard(resolvedNudgeCardSpec(spec, extended!)).blocks.at(-1)).toEqual({
      type: "text",
      text: "🕒 <@m-worker> heeft meer tijd gegeven: nu uiterlijk ma 9 mrt 12:00.",
    });
    const handedOver = nudgeOutcome(
      { type: "handedOver", actor: supportWorker, toMemberId: "m-coord", toRole: "coordinator" },
      NOW,
    );
    expect(renderDeadlineCard(resolvedNudgeCardSpec(spec, handedOver!), "en").blocks.at(-1)).toEqual({
      type: "text",
      text: "↪️ <@m-worker> handed the deadline over to <@m-coord>.",
    });
    expect(nudgeOutcome({ type: "reopened", actor: supportWorker }, NOW)).toBeNull();
  });
});

describe("renderDeadlineCard — deadline.list (/nabuur mijn)", () => {
  const deadline = (id: string, dueAt: string, extra: Partial<DeadlineView> = {}): DeadlineView => ({
    ...openDeadline,
    id,
    key: id,
    dueAt: at(dueAt).toISOString(),
    ...extra,
  });

  it("the member's open deadlines, soonest first, overdue marked; others' and closed ones left out", () => {
    const spec = myDeadlinesCardSpec(
      "m-worker",
      [
        { deadline: deadline("b", "2026-03-06T12:00+01:00"), subjectLabel: "Zaak 14 · HF-009" },
        { deadline: deadline("a", "2026-03-03T16:00+01:00"), subjectLabel: "Zaak 12 · HF-007" },
        { deadline: deadline("c", "2026-03-02T16:00+01:00", { state: "done" }), subjectLabel: "Zaak 1" },
        {
          deadline: deadline("d", "2026-03-02T16:00+01:00", { ownerMemberId: "m-other" }),
          subjectLabel: "Zaak 2",
        },
      ],
      NOW,
    );
    expect(spec.items.map((item) => item.deadlineId)).toEqual(["a", "b"]);
    const card = renderDeadlineCard(spec);
    expect(card.summary).toBe("Je hebt 2 open termijnen");
    expect(card.blocks[0]).toEqual({ type: "header", text: "Mijn termijnen" });
    expect(card.blocks[1]).toEqual({
      type: "text",
      text: "*Zaak 12 · HF-007* · uiterlijk di 3 mrt 16:00 · ⚠️ te laat\nActie 1 · Actie 1: binnen 1 werkdag starten en terugkoppelen",
    });
    expect(card.blocks[3]).toMatchObject({ type: "text", text: expect.not.stringContaining("te laat") });
    expect(card.blocks[2]).toMatchObject({
      type: "actions",
      buttons: [{ value: '{"d":"a"}' }, { value: '{"d":"a"}' }, { value: '{"d":"a"}' }],
    });
  });

  it("no open deadlines: a friendly empty list", () => {
    const card = renderDeadlineCard(myDeadlinesCardSpec("m-worker", [], NOW), "en");
    expect(card).toEqual({
      summary: "You have 0 open deadlines",
      blocks: [
        { type: "header", text: "My deadlines" },
        { type: "text", text: "You have no open deadlines. 🎉" },
      ],
    });
  });

  it(`shows at most ${MAX_LIST_ITEMS} deadlines and says how many more there are (Slack's 50-block limit)`, () => {
    const many = Array.from({ length: MAX_LIST_ITEMS + 3 }, (_, i) => ({
      deadline: deadline(
        `d${String(i).padStart(2, "0")}`,
        `2026-03-${String(10 + i).padStart(2, "0")}T10:00+01:00`,
      ),
      subjectLabel: `Zaak ${i}`,
    }));
    const spec = myDeadlinesCardSpec("m-worker", many, NOW);
    expect(spec.items).toHaveLength(MAX_LIST_ITEMS);
    expect(spec.more).toBe(3);
    const card = renderDeadlineCard(spec);
    expect(card.blocks.length).toBeLessThanOrEqual(50);
    expect(card.blocks.at(-1)).toEqual({ type: "context", text: "En nog 3 termijnen." });
    expect(card.summary).toBe(`Je hebt ${MAX_LIST_ITEMS + 3} open termijnen`);
  });
});
