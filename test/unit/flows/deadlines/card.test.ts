import { describe, expect, it } from "vitest";
import { DEFAULT_DEADLINE_SETTINGS } from "../../../../src/flows/calendar/index.ts";
import { CASE_BUTTON_IDS } from "../../../../src/flows/cases/buttons.ts";
import { DEADLINE_BUTTON_IDS } from "../../../../src/flows/deadlines/buttons.ts";
import { renderDeadlineCard } from "../../../../src/flows/deadlines/card.ts";
import {
  type DeadlineNudgeCardSpec,
  type LabelledDeadline,
  MAX_LIST_ITEMS,
  MAX_OVERVIEW_CASES,
  myDeadlinesCardSpec,
  nudgeCardSpec,
  nudgeOutcome,
  resolvedNudgeCardSpec,
  teamOverviewCardSpec,
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
  it("the one chat date in Amsterdam time: ma 30 nov 2026 16:00", () => {
    expect(formatDueAt("2026-11-30T15:00:00.000Z", "nl")).toBe("ma 30 nov 2026 16:00");
    expect(formatDueAt("2026-11-30T15:00:00.000Z", "en")).toBe("Mon 30 Nov 2026 16:00");
  });

  it("summer time: 13:00 CEST is 11:00 UTC", () => {
    expect(formatDueAt("2026-03-30T11:00:00.000Z", "nl")).toBe("ma 30 mrt 2026 13:00");
  });
});

describe("renderDeadlineCard — deadline.nudge", () => {
  it("the due ping in Dutch names the item and the case: what, for whom, when, which rule, Klaar / Meer tijd / Overdragen", () => {
    const card = renderDeadlineCard(nudgeCardSpec("due", openDeadline, labels));
    expect(card).toEqual({
      summary:
        "Nu aan de beurt: Gesprek met de buren plannen (Zaak 12 · HF-007), uiterlijk do 5 mrt 2026 10:00",
      blocks: [
        { type: "header", text: "⏰ Nu aan de beurt: Gesprek met de buren plannen" },
        {
          type: "text",
          text: "Dit moet nu klaar zijn voor Zaak 12 · HF-007 (uiterlijk do 5 mrt 2026 10:00). Is het gedaan? Meld het met *Afgerond*. Lukt het niet, vraag dan *Meer tijd* met een reden of draag het over.",
        },
        {
          type: "fields",
          fields: [
            { label: "Uiterlijk", value: "do 5 mrt 2026 10:00" },
            { label: "Eigenaar", value: "Sanne" },
            { label: "Stap", value: "Actie 1" },
          ],
        },
        { type: "context", text: "Richtlijn: Actie 1: binnen 1 werkdag starten en terugkoppelen" },
        {
          type: "actions",
          buttons: [
            { actionId: DEADLINE_BUTTON_IDS.done, label: "Afgerond", value: buttonsValue, style: "primary" },
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

  it("without a display name the owner is named by member (the display name on delivery, never a handle), without a member the role is shown", () => {
    const mentioned = renderDeadlineCard(nudgeCardSpec("due", openDeadline, { ...labels, ownerName: null }));
    expect(mentioned.blocks).toContainEqual(
      expect.objectContaining({
        type: "fields",
        fields: expect.arrayContaining([{ label: "Eigenaar", value: "<@name:m-worker>" }]),
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
      text: "✅ Afgerond gemeld door <@name:m-worker> op do 5 mrt 2026 09:45.",
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
      text: "🕒 <@name:m-worker> heeft meer tijd gegeven: nu uiterlijk ma 9 mrt 2026 12:00.",
    });
    const handedOver = nudgeOutcome(
      { type: "handedOver", actor: supportWorker, toMemberId: "m-coord", toRole: "coordinator" },
      NOW,
    );
    expect(renderDeadlineCard(resolvedNudgeCardSpec(spec, handedOver!), "en").blocks.at(-1)).toEqual({
      type: "text",
      text: "↪️ <@name:m-worker> handed the deadline over to <@name:m-coord>.",
    });
    expect(nudgeOutcome({ type: "reopened", actor: supportWorker }, NOW)).toBeNull();
  });
});

const deadline = (id: string, dueAt: string, extra: Partial<DeadlineView> = {}): DeadlineView => ({
  ...openDeadline,
  id,
  key: id,
  dueAt: at(dueAt).toISOString(),
  ...extra,
});

/** A deadline of a case with the item it names. */
const labelled = (
  id: string,
  dueAt: string,
  subjectLabel: string,
  label: string,
  extra: Partial<DeadlineView> & { careOnly?: boolean } = {},
): LabelledDeadline => {
  const { careOnly = false, ...view } = extra;
  return { deadline: deadline(id, dueAt, view), subjectLabel, item: { label, careOnly, form: null } };
};

const worker = { role: "careTeamMember", locale: "nl" } as const;
const TEAM_ACTION = "Actie 3: afgesproken actie uitvoeren";

describe("renderDeadlineCard — deadline.list (/nabuur mijn)", () => {
  it("the member's open deadlines, soonest first, each named by its item, overdue marked; others' and closed ones left out", () => {
    const spec = myDeadlinesCardSpec(
      "m-worker",
      [
        labelled(
          "b",
          "2026-03-06T12:00+01:00",
          "Zaak 14 · HF-009",
          "Navraag na 6 weken: zijn de klachten gestopt?",
        ),
        labelled("a", "2026-03-03T16:00+01:00", "Zaak 12 · HF-007", "Zaak starten (Actie 1)"),
        labelled("c", "2026-03-02T16:00+01:00", "Zaak 1", "Klaar", { state: "done" }),
        labelled("d", "2026-03-02T16:00+01:00", "Zaak 2", "Van een ander", { ownerMemberId: "m-other" }),
      ],
      NOW,
      worker,
    );
    expect(spec.items).toEqual([
      {
        deadlineId: "a",
        subjectLabel: "Zaak 12 · HF-007",
        item: "Zaak starten (Actie 1)",
        rule: openDeadline.rule,
        step: "actie1",
        dueAt: at("2026-03-03T16:00+01:00").toISOString(),
      },
      {
        deadlineId: "b",
        subjectLabel: "Zaak 14 · HF-009",
        item: "Navraag na 6 weken: zijn de klachten gestopt?",
        rule: openDeadline.rule,
        step: "actie1",
        dueAt: at("2026-03-06T12:00+01:00").toISOString(),
      },
    ]);
    const card = renderDeadlineCard(spec);
    expect(card).toEqual({
      summary: "Je hebt 2 open termijnen",
      blocks: [
        { type: "header", text: "Mijn termijnen" },
        {
          type: "text",
          text: "*Zaak starten (Actie 1)*\nZaak 12 · HF-007 · uiterlijk di 3 mrt 2026 16:00 · ⚠️ te laat",
        },
        {
          type: "actions",
          buttons: [
            { actionId: DEADLINE_BUTTON_IDS.done, label: "Afgerond", value: '{"d":"a"}', style: "primary" },
            {
              actionId: DEADLINE_BUTTON_IDS.extend,
              label: "Meer tijd",
              value: '{"d":"a"}',
              style: "default",
            },
            {
              actionId: DEADLINE_BUTTON_IDS.handOver,
              label: "Overdragen",
              value: '{"d":"a"}',
              style: "default",
            },
          ],
        },
        {
          type: "text",
          text: "*Navraag na 6 weken: zijn de klachten gestopt?*\nZaak 14 · HF-009 · uiterlijk vr 6 mrt 2026 12:00",
        },
        {
          type: "actions",
          buttons: [
            { actionId: DEADLINE_BUTTON_IDS.done, label: "Afgerond", value: '{"d":"b"}', style: "primary" },
            {
              actionId: DEADLINE_BUTTON_IDS.extend,
              label: "Meer tijd",
              value: '{"d":"b"}',
              style: "default",
            },
            {
              actionId: DEADLINE_BUTTON_IDS.handOver,
              label: "Overdragen",
              value: '{"d":"b"}',
              style: "default",
            },
          ],
        },
      ],
    });
  });

  it("two items of the same case and rule are told apart by their names, each with its own deadline's buttons", () => {
    const spec = myDeadlinesCardSpec(
      "m-worker",
      [
        labelled("x1", "2026-03-10T10:00+01:00", "Zaak 1 · HF-201", "Actie 3: buren bezoeken"),
        labelled("x2", "2026-03-10T10:00+01:00", "Zaak 1 · HF-201", "Actie 3: geluidsmeting regelen"),
      ],
      NOW,
      worker,
    );
    const card = renderDeadlineCard(spec, "en");
    expect(card.blocks.slice(1)).toEqual([
      { type: "text", text: "*Actie 3: buren bezoeken*\nZaak 1 · HF-201 · due Tue 10 Mar 2026 10:00" },
      expect.objectContaining({
        buttons: expect.arrayContaining([expect.objectContaining({ value: '{"d":"x1"}' })]),
      }),
      { type: "text", text: "*Actie 3: geluidsmeting regelen*\nZaak 1 · HF-201 · due Tue 10 Mar 2026 10:00" },
      expect.objectContaining({
        buttons: expect.arrayContaining([expect.objectContaining({ value: '{"d":"x2"}' })]),
      }),
    ]);
    const values = card.blocks.flatMap((block) =>
      block.type === "actions" ? block.buttons.map((button) => button.value) : [],
    );
    expect(values).toEqual([...Array(3).fill('{"d":"x1"}'), ...Array(3).fill('{"d":"x2"}')]);
  });

  it("a care-only item is named for the care team, and neutrally for landlord staff", () => {
    const items = [
      labelled("p", "2026-03-10T10:00+01:00", "Zaak 3 · HF-300", "Zorgdossier bijwerken", { careOnly: true }),
    ];
    expect(myDeadlinesCardSpec("m-worker", items, NOW, worker).items[0]?.item).toBe("Zorgdossier bijwerken");
    const landlord = myDeadlinesCardSpec("m-worker", items, NOW, { role: "landlordStaff", locale: "nl" });
    expect(landlord.items[0]?.item).toBe("Taak van het zorgteam");
    const english = myDeadlinesCardSpec("m-worker", items, NOW, { role: "landlordStaff", locale: "en" });
    expect(english.items[0]?.item).toBe("A task of the care team");
  });

  it("no open deadlines: a friendly empty list", () => {
    const card = renderDeadlineCard(myDeadlinesCardSpec("m-worker", [], NOW, worker), "en");
    expect(card).toEqual({
      summary: "You have 0 open deadlines",
      blocks: [
        { type: "header", text: "My deadlines" },
        { type: "text", text: "You have no open deadlines. 🎉" },
      ],
    });
  });

  it(`shows at most ${MAX_LIST_ITEMS} deadlines and says how many more there are (Slack's 50-block limit)`, () => {
    const many = Array.from({ length: MAX_LIST_ITEMS + 3 }, (_, i) =>
      labelled(
        `d${String(i).padStart(2, "0")}`,
        `2026-03-${String(10 + i).padStart(2, "0")}T10:00+01:00`,
        `Zaak ${i}`,
        TEAM_ACTION,
      ),
    );
    const spec = myDeadlinesCardSpec("m-worker", many, NOW, worker);
    expect(spec.items).toHaveLength(MAX_LIST_ITEMS);
    expect(spec.more).toBe(3);
    const card = renderDeadlineCard(spec);
    expect(card.blocks.length).toBeLessThanOrEqual(50);
    expect(card.blocks.at(-1)).toEqual({ type: "context", text: "En nog 3 termijnen." });
    expect(card.summary).toBe(`Je hebt ${MAX_LIST_ITEMS + 3} open termijnen`);
  });
});

describe("renderDeadlineCard — deadline.overview (/nabuur overzicht)", () => {
  const coordinator = { role: "coordinator", locale: "nl" } as const;
  const names = new Map([
    ["m-worker", "Sanne"],
    ["m-landlord", "Petra"],
  ]);

  it("open cases, overdue first, then by their soonest item; each owner by name with their open items", () => {
    const spec = teamOverviewCardSpec(
      [
        {
          subjectLabel: "Zaak 1 · HF-201",
          deadlines: [
            labelled("a2", "2026-03-12T10:00+01:00", "Zaak 1 · HF-201", "Actie 3: geluidsmeting regelen"),
            labelled("a1", "2026-03-09T10:00+01:00", "Zaak 1 · HF-201", "Actie 3: buren bezoeken"),
            labelled("a3", "2026-03-10T10:00+01:00", "Zaak 1 · HF-201", "Controle na 4 weken", {
              ownerMemberId: "m-landlord",
              ownerRole: "landlordStaff",
            }),
            labelled("a4", "2026-03-01T10:00+01:00", "Zaak 1 · HF-201", "Al klaar", { state: "done" }),
          ],
        },
        { subjectLabel: "Zaak 2 · HF-202", deadlines: [] },
        {
          subjectLabel: "Zaak 3 · HF-203",
          deadlines: [
            labelled(
              "c1",
              "2026-03-03T16:00+01:00",
              "Zaak 3 · HF-203",
              "Overlast verholpen binnen 3 maanden",
              {
                ownerMemberId: null,
                ownerRole: "coordinator",
              },
            ),
          ],
        },
      ],
      names,
      NOW,
      coordinator,
    );
    expect(spec).toEqual({
      kind: "deadline.overview",
      asOf: NOW.toISOString(),
      cases: [
        {
          subjectLabel: "Zaak 3 · HF-203",
          overdue: true,
          owners: [
            {
              owner: "coördinator",
              items: [
                {
                  deadlineId: "c1",
                  item: "Overlast verholpen binnen 3 maanden",
                  dueAt: at("2026-03-03T16:00+01:00").toISOString(),
                },
              ],
            },
          ],
        },
        {
          subjectLabel: "Zaak 1 · HF-201",
          overdue: false,
          owners: [
            {
              owner: "Sanne",
              items: [
                {
                  deadlineId: "a1",
                  item: "Actie 3: buren bezoeken",
                  dueAt: at("2026-03-09T10:00+01:00").toISOString(),
                },
                {
                  deadlineId: "a2",
                  item: "Actie 3: geluidsmeting regelen",
                  dueAt: at("2026-03-12T10:00+01:00").toISOString(),
                },
              ],
            },
            {
              owner: "Petra",
              items: [
                {
                  deadlineId: "a3",
                  item: "Controle na 4 weken",
                  dueAt: at("2026-03-10T10:00+01:00").toISOString(),
                },
              ],
            },
          ],
        },
        { subjectLabel: "Zaak 2 · HF-202", overdue: false, owners: [] },
      ],
      more: 0,
    });
    expect(renderDeadlineCard(spec)).toEqual({
      summary: "Het team heeft 3 open zaken",
      blocks: [
        { type: "header", text: "Overzicht van het team" },
        {
          type: "text",
          text: "*Zaak 3 · HF-203* · ⚠️ te laat\n_coördinator_\n• Overlast verholpen binnen 3 maanden · uiterlijk di 3 mrt 2026 16:00 · ⚠️ te laat",
        },
        {
          type: "text",
          text: [
            "*Zaak 1 · HF-201*",
            "_Sanne_",
            "• Actie 3: buren bezoeken · uiterlijk ma 9 mrt 2026 10:00",
            "• Actie 3: geluidsmeting regelen · uiterlijk do 12 mrt 2026 10:00",
            "_Petra_",
            "• Controle na 4 weken · uiterlijk di 10 mrt 2026 10:00",
          ].join("\n"),
        },
        { type: "text", text: "*Zaak 2 · HF-202*\nDeze zaak heeft geen open termijnen." },
      ],
    });
  });

  it("a care-only item is named neutrally for a viewer outside the care team", () => {
    const cases = [
      {
        subjectLabel: "Zaak 4 · HF-204",
        deadlines: [
          labelled("z", "2026-03-10T10:00+01:00", "Zaak 4 · HF-204", "Zorgplan", { careOnly: true }),
        ],
      },
    ];
    const item = (role: "coordinator" | "landlordStaff") =>
      teamOverviewCardSpec(cases, names, NOW, { role, locale: "nl" }).cases[0]?.owners[0]?.items[0]?.item;
    expect(item("coordinator")).toBe("Zorgplan");
    expect(item("landlordStaff")).toBe("Taak van het zorgteam");
  });

  it(`no open cases: says so; more than ${MAX_OVERVIEW_CASES}: the rest counted`, () => {
    expect(renderDeadlineCard(teamOverviewCardSpec([], names, NOW, coordinator), "en")).toEqual({
      summary: "The team has 0 open cases",
      blocks: [
        { type: "header", text: "Team overview" },
        { type: "text", text: "The team has no open cases." },
      ],
    });
    const many = Array.from({ length: MAX_OVERVIEW_CASES + 2 }, (_, i) => ({
      subjectLabel: `Zaak ${i}`,
      deadlines: [],
    }));
    const spec = teamOverviewCardSpec(many, names, NOW, coordinator);
    expect(spec.cases).toHaveLength(MAX_OVERVIEW_CASES);
    expect(spec.more).toBe(2);
    const card = renderDeadlineCard(spec);
    expect(card.blocks.at(-1)).toEqual({ type: "context", text: "En nog 2 zaken." });
    expect(card.summary).toBe(`Het team heeft ${MAX_OVERVIEW_CASES + 2} open zaken`);
  });
});
