import { describe, expect, it } from "vitest";
import {
  decodeFormEnvelope,
  encodeFormEnvelope,
  FORM_DATA_KEY,
} from "../../../../src/bot/teams/form-envelope.ts";
import {
  BACK_VERB,
  cardToAdaptiveCard,
  escapeCardText,
  formToAdaptiveCard,
  noticeCard,
  toCardMarkdown,
} from "../../../../src/bot/teams/render-adaptive-card.ts";
import type { Card, Form } from "../../../../src/flows/cards/card.ts";
import { complaintIntakeForm } from "../../../../src/flows/cases/forms/intake-form.ts";
import { adaptiveCardProblems } from "./adaptive-card-validator.ts";

const SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json";
const CHANNEL = "19:shared@thread.tacv2";

const caseCard: Card = {
  summary: "Zaak 12: nieuwe klacht",
  blocks: [
    { type: "header", text: "Zaak 12 — HF-001" },
    { type: "text", text: "*Actie 1* staat open voor <@m-1>." },
    { type: "divider" },
    {
      type: "fields",
      fields: [
        { label: "Fase", value: "Beoordeling" },
        { label: "Termijn", value: "*ma 3 maart*" },
      ],
    },
    { type: "context", text: "Gemeld door de verhuurder" },
    {
      type: "actions",
      buttons: [
        { actionId: "nabuur.case.start", label: "Start aanpak", value: '{"caseId":"c1"}', style: "primary" },
        { actionId: "nabuur.case.close", label: "Sluiten", value: '{"caseId":"c1"}', style: "danger" },
        {
          actionId: "nabuur.case.summary",
          label: "Samenvatting",
          value: '{"caseId":"c1"}',
          style: "default",
        },
      ],
    },
  ],
};

describe("cardToAdaptiveCard", () => {
  it("renders every block kind as Adaptive Card 1.5 with Action.Execute buttons (verb = action id, data = { value })", () => {
    const json = cardToAdaptiveCard(caseCard);
    expect(json).toEqual({
      type: "AdaptiveCard",
      $schema: SCHEMA,
      version: "1.5",
      msteams: { width: "Full" },
      body: [
        {
          type: "TextBlock",
          text: "Zaak 12 — HF-001",
          wrap: true,
          size: "Large",
          weight: "Bolder",
          style: "heading",
        },
        { type: "TextBlock", text: "**Actie 1** staat open voor @m-1.", wrap: true },
        {
          type: "FactSet",
          separator: true,
          spacing: "Medium",
          facts: [
            { title: "Fase", value: "Beoordeling" },
            { title: "Termijn", value: "**ma 3 maart**" },
          ],
        },
        { type: "TextBlock", text: "Gemeld door de verhuurder", wrap: true, size: "Small", isSubtle: true },
        {
          type: "ActionSet",
          actions: [
            {
              type: "Action.Execute",
              title: "Start aanpak",
              verb: "nabuur.case.start",
              data: { value: '{"caseId":"c1"}' },
              style: "positive",
            },
            {
              type: "Action.Execute",
              title: "Sluiten",
              verb: "nabuur.case.close",
              data: { value: '{"caseId":"c1"}' },
              style: "destructive",
            },
            {
              type: "Action.Execute",
              title: "Samenvatting",
              verb: "nabuur.case.summary",
              data: { value: '{"caseId":"c1"}' },
            },
          ],
        },
      ],
    });
    expect(adaptiveCardProblems(json)).toEqual([]);
  });

  it("adds the confirmation line and the back button when the card is shown again for one person", () => {
    const json = cardToAdaptiveCard(
      { summary: "s", blocks: [{ type: "text", text: "Kaart" }] },
      {
        notice: "Ontvangen",
        backLabel: "Terug",
      },
    );
    expect(json).toEqual({
      type: "AdaptiveCard",
      $schema: SCHEMA,
      version: "1.5",
      msteams: { width: "Full" },
      body: [
        { type: "TextBlock", text: "Kaart", wrap: true },
        { type: "TextBlock", text: "Ontvangen", wrap: true, color: "Good", separator: true },
      ],
      actions: [{ type: "Action.Execute", title: "Terug", verb: BACK_VERB, associatedInputs: "none" }],
    });
    expect(adaptiveCardProblems(json)).toEqual([]);
  });

  it("splits more than five buttons over several action sets (the Adaptive Card host limit per set)", () => {
    const buttons = Array.from({ length: 8 }, (_, index) => ({
      actionId: `nabuur.test.b${index}`,
      label: `Knop ${index}`,
      value: String(index),
      style: "default" as const,
    }));
    const json = cardToAdaptiveCard({ summary: "s", blocks: [{ type: "actions", buttons }] });
    expect(json.body.map((element) => (element.actions as unknown[]).length)).toEqual([5, 3]);
    expect(adaptiveCardProblems(json)).toEqual([]);
  });

  it("shows the summary when a card has no blocks, and drops a divider with nothing before it", () => {
    const json = cardToAdaptiveCard({
      summary: "Alleen tekst",
      blocks: [{ type: "divider" }, { type: "fields", fields: [] }],
    });
    expect(json.body).toEqual([{ type: "TextBlock", text: "Alleen tekst", wrap: true }]);
    expect(adaptiveCardProblems(json)).toEqual([]);
  });

  it("noticeCard is one text block", () => {
    const json = noticeCard("Gesloten.");
    expect(json.body).toEqual([{ type: "TextBlock", text: "Gesloten.", wrap: true }]);
    expect(adaptiveCardProblems(json)).toEqual([]);
  });
});

describe("escaping user text", () => {
  it("user text cannot make a markdown link (inline, reference or definition)", () => {
    for (const attempt of [
      "[klik hier](https://evil.example/login)",
      "[klik hier][1]\n\n[1]: https://evil.example",
      "[klik]: https://evil.example",
    ]) {
      const text = toCardMarkdown(attempt);
      expect(text).not.toMatch(/\]\(|\]\[|\]:/);
      // What the reader sees is unchanged apart from an invisible zero-width space.
      expect(text.replace(/\u200B/g, "").replace(/\n\n/g, "\n")).toContain("klik");
    }
  });

  it("breaks date functions and shows mention tokens as plain text", () => {
    expect(escapeCardText("{{DATE(2020-01-01T00:00:00Z)}} voor <@abc-123>")).toBe(
      "{\u200B{DATE(2020-01-01T00:00:00Z)}} voor @abc-123",
    );
  });

  it("turns *bold* into **bold** and keeps line breaks as paragraphs", () => {
    expect(toCardMarkdown("*Let op*\nregel twee")).toBe("**Let op**\n\nregel twee");
  });

  it("link attempts in fields and headers are broken too", () => {
    const json = cardToAdaptiveCard({
      summary: "s",
      blocks: [
        { type: "header", text: "[x](http://e.example)" },
        { type: "fields", fields: [{ label: "[a](http://e.example)", value: "[b](http://e.example)" }] },
      ],
    });
    expect(JSON.stringify(json)).not.toContain("](");
  });
});

const allKindsForm: Form = {
  formId: "nabuur.test.form",
  title: "Gesprek vastleggen",
  submitLabel: "Opslaan",
  metadata: '{"caseId":"c1"}',
  fields: [
    {
      id: "notes",
      label: "Notities",
      kind: "textarea",
      required: true,
      hint: "Alleen zorg",
      maxLength: 3000,
    },
    { id: "who", label: "Wie", kind: "text", required: false, initial: "Jan" },
    {
      id: "outcome",
      label: "Uitkomst",
      kind: "select",
      required: true,
      options: [
        { value: "ok", label: "Goed" },
        { value: "bad", label: "Niet goed" },
      ],
      initial: "ok",
    },
    {
      id: "heldAt",
      label: "Gesprek gehouden op",
      kind: "datetime",
      required: true,
      initial: "2025-03-03T09:30:00.000Z",
    },
    { id: "urgent", label: "Urgent", kind: "checkbox", required: false, initial: "true" },
  ],
};

describe("formToAdaptiveCard", () => {
  it("renders every field kind with ids = field ids, Amsterdam date + time, and an Action.Execute submit", () => {
    const json = formToAdaptiveCard(allKindsForm, undefined, "nl", { cancel: true });
    expect(json).toEqual({
      type: "AdaptiveCard",
      $schema: SCHEMA,
      version: "1.5",
      msteams: { width: "Full" },
      body: [
        { type: "TextBlock", text: "Gesprek vastleggen", wrap: true, size: "Medium", weight: "Bolder" },
        {
          type: "Input.Text",
          id: "notes",
          label: "Notities",
          isRequired: true,
          errorMessage: "Vul dit veld in.",
          isMultiline: true,
          maxLength: 3000,
        },
        {
          type: "TextBlock",
          text: "Alleen zorg",
          wrap: true,
          size: "Small",
          isSubtle: true,
          spacing: "None",
        },
        { type: "Input.Text", id: "who", label: "Wie", value: "Jan" },
        {
          type: "Input.ChoiceSet",
          id: "outcome",
          label: "Uitkomst",
          isRequired: true,
          errorMessage: "Vul dit veld in.",
          style: "compact",
          choices: [
            { title: "Goed", value: "ok" },
            { title: "Niet goed", value: "bad" },
          ],
          value: "ok",
        },
        {
          type: "ColumnSet",
          columns: [
            {
              type: "Column",
              width: "stretch",
              items: [
                {
                  type: "Input.Date",
                  id: "heldAt",
                  label: "Gesprek gehouden op",
                  isRequired: true,
                  errorMessage: "Vul dit veld in.",
                  placeholder: "Kies een datum",
                  // 09:30 UTC on 3 March is 10:30 in Amsterdam (CET, UTC+1).
                  value: "2025-03-03",
                },
              ],
            },
            {
              type: "Column",
              width: "stretch",
              items: [
                {
                  type: "Input.Time",
                  id: "heldAt__time",
                  label: "Tijd",
                  isRequired: true,
                  errorMessage: "Vul dit veld in.",
                  placeholder: "Kies een tijd (uu:mm)",
                  value: "10:30",
                },
              ],
            },
          ],
        },
        {
          type: "Input.Toggle",
          id: "urgent",
          title: "Urgent",
          valueOn: "true",
          valueOff: "false",
          value: "true",
        },
      ],
      actions: [
        {
          type: "Action.Execute",
          title: "Opslaan",
          verb: "nabuur.test.form",
          style: "positive",
          associatedInputs: "auto",
          data: {
            [FORM_DATA_KEY]: { metadata: '{"caseId":"c1"}', spec: expect.any(String), channelId: null },
          },
        },
        { type: "Action.Execute", title: "Annuleren", verb: BACK_VERB, associatedInputs: "none" },
      ],
    });
    expect(adaptiveCardProblems(json)).toEqual([]);
  });

  it("the submit carries the form's metadata, shape (without values) and origin, so errors can be shown again", () => {
    const envelope = encodeFormEnvelope(allKindsForm, CHANNEL);
    expect(JSON.parse(envelope.spec).fields[1]).toEqual({
      id: "who",
      label: "Wie",
      kind: "text",
      required: false,
    });
    const decoded = decodeFormEnvelope({ [FORM_DATA_KEY]: envelope, who: "Piet" });
    expect(decoded).toEqual({
      form: { ...allKindsForm, fields: allKindsForm.fields.map(({ initial: _initial, ...field }) => field) },
      channelId: CHANNEL,
    });
    // A form rendered for a conversation carries it in the submit.
    const json = formToAdaptiveCard(allKindsForm, undefined, "nl", { channelId: CHANNEL });
    expect(JSON.stringify(json.actions?.[0]?.data)).toContain(CHANNEL);
    expect(decodeFormEnvelope({ value: "x" })).toBeNull();
    expect(decodeFormEnvelope({ [FORM_DATA_KEY]: { metadata: "{}", spec: "not json" } })).toBeNull();
  });

  it("shows errors under their fields and errors of no field at the top (English)", () => {
    const json = formToAdaptiveCard(
      { ...allKindsForm, fields: [allKindsForm.fields[1]!] },
      { who: "Too long", _form: "Something else" },
      "en",
    );
    expect(json.body).toEqual([
      { type: "TextBlock", text: "Gesprek vastleggen", wrap: true, size: "Medium", weight: "Bolder" },
      { type: "TextBlock", text: "Please check the marked fields.", wrap: true, color: "Attention" },
      { type: "TextBlock", text: "Something else", wrap: true, color: "Attention" },
      { type: "Input.Text", id: "who", label: "Wie", errorMessage: "Too long", value: "Jan" },
      { type: "TextBlock", text: "Too long", wrap: true, size: "Small", color: "Attention", spacing: "None" },
    ]);
    expect(json.actions).toHaveLength(1);
    expect(adaptiveCardProblems(json)).toEqual([]);
  });

  it("a long list of choices becomes a filtered (typeahead) choice set", () => {
    const options = Array.from({ length: 40 }, (_, index) => ({ value: `p${index}`, label: `HF-${index}` }));
    const json = formToAdaptiveCard(complaintIntakeForm({ participants: options }), undefined, "nl");
    const choiceSets = json.body.filter((element) => element.type === "Input.ChoiceSet");
    expect(choiceSets.map((element) => element.style)).toEqual(["filtered", "compact"]);
    expect(adaptiveCardProblems(json)).toEqual([]);
  });

  it("SPEC §3 Intake: the real complaint form renders as a valid card in Dutch and English", () => {
    for (const locale of ["nl", "en"] as const) {
      const form = complaintIntakeForm({ participants: [{ value: "p1", label: "HF-001" }], locale });
      const json = formToAdaptiveCard(form, undefined, locale, { cancel: true });
      expect(adaptiveCardProblems(json)).toEqual([]);
      const ids = JSON.stringify(json).match(/"id":"[^"]+"/g);
      expect(ids).toContain('"id":"occurredAt"');
      expect(ids).toContain('"id":"occurredAt__time"');
    }
  });
});
