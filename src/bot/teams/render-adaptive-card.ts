/**
 * The neutral card model (src/flows/cards/card.ts) as Adaptive Cards 1.5 with Universal Actions
 * (Action.Execute): the only place that knows Adaptive Card JSON. Buttons come back as an
 * `adaptiveCard/action` invoke with verb = action id and data = { value }; a form's submit comes
 * back with verb = form id and the inputs next to the form envelope (see form-envelope.ts).
 */
import type { Card, CardBlock, Form, FormField } from "../../flows/cards/card.ts";
import type { Locale } from "../../flows/model.ts";
import { botTexts } from "../../services/interactions/texts.ts";
import { encodeFormEnvelope, FORM_DATA_KEY } from "./form-envelope.ts";
import { amsterdamDateAndTime, TIME_INPUT_SUFFIX } from "./form-values.ts";
import { inTeamsSyntax, teamsTexts } from "./texts.ts";

export const ADAPTIVE_CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
const ADAPTIVE_CARD_SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json";
const ADAPTIVE_CARD_VERSION = "1.5";

/** The adapter's own verb: show the card that was there before a form or reply replaced it. */
export const BACK_VERB = "nabuur.teams.back";

/**
 * The adapter's own refresh verb (Universal Actions' `refresh`): Teams sends it for the people in
 * the card's `userIds` when they look at the card, and the card as it is now comes back.
 */
export const REFRESH_VERB = "nabuur.teams.refresh";

/** Teams refreshes a card automatically for at most 60 people (`refresh.userIds`). */
export const MAX_REFRESH_USERS = 60;

/** Limits applied here; Teams refuses messages over about 28 KB. */
const TEAMS_LIMITS = {
  textBlock: 5000,
  factTitle: 200,
  factValue: 2000,
  actionTitle: 80,
  actionsPerSet: 5,
  compactChoices: 15,
  summary: 300,
} as const;

type AdaptiveElement = Record<string, unknown>;

export interface AdaptiveCard {
  type: "AdaptiveCard";
  $schema: string;
  version: string;
  body: AdaptiveElement[];
  actions?: AdaptiveElement[];
  refresh?: { action: AdaptiveElement; userIds: string[] };
  msteams: { width: "Full" };
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * Text that may contain user input, made inert for the card's markdown: a zero-width space after
 * every "]" breaks `[label](url)`, `[label][ref]` and `[ref]: url` links in any markdown parser
 * without changing what is shown; "{{" (date functions) is broken the same way. Left-over
 * `<@memberId>` mention tokens are shown as plain text.
 */
export function escapeCardText(text: string): string {
  return text
    .replace(/<@([^>\s]+)>/g, "@$1")
    .replace(/\]/g, "]\u200B")
    .replace(/\{\{/g, "{\u200B{");
}

/**
 * Neutral text (`*bold*` the only markup) as Adaptive Card markdown; newlines kept as breaks and
 * command hints in Teams syntax (`@Nabuur zaak <nr>`).
 */
export function toCardMarkdown(text: string): string {
  return escapeCardText(inTeamsSyntax(text))
    .replace(/\*([^*\n]+)\*/g, "**$1**")
    .split("\n")
    .join("\n\n");
}

function textBlock(text: string, extra: AdaptiveElement = {}): AdaptiveElement {
  return { type: "TextBlock", text: truncate(text, TEAMS_LIMITS.textBlock), wrap: true, ...extra };
}

const BUTTON_STYLES = { primary: "positive", danger: "destructive" } as const;

function renderBlock(block: CardBlock): AdaptiveElement[] {
  switch (block.type) {
    case "header":
      return [textBlock(escapeCardText(block.text), { size: "Large", weight: "Bolder", style: "heading" })];
    case "text":
      return [textBlock(toCardMarkdown(block.text))];
    case "fields":
      return block.fields.length
        ? [
            {
              type: "FactSet",
              facts: block.fields.map((field) => ({
                title: truncate(escapeCardText(field.label), TEAMS_LIMITS.factTitle),
                value: truncate(toCardMarkdown(field.value), TEAMS_LIMITS.factValue),
              })),
            },
          ]
        : [];
    case "context":
      return [textBlock(toCardMarkdown(block.text), { size: "Small", isSubtle: true })];
    case "divider":
      return [];
    case "actions": {
      const sets: AdaptiveElement[] = [];
      for (let start = 0; start < block.buttons.length; start += TEAMS_LIMITS.actionsPerSet) {
        const actions = block.buttons.slice(start, start + TEAMS_LIMITS.actionsPerSet).map((button) => {
          const execute = {
            type: "Action.Execute",
            title: truncate(button.label, TEAMS_LIMITS.actionTitle),
            verb: button.actionId,
            data: { value: button.value },
            ...(button.style === "default" ? {} : { style: BUTTON_STYLES[button.style] }),
          };
          if (button.confirm === undefined) return execute;
          // A step that cannot be undone: the button opens the question under it; only its
          // confirm button sends the action.
          const confirm = button.confirm;
          return {
            type: "Action.ShowCard",
            title: execute.title,
            card: {
              type: "AdaptiveCard",
              body: [
                textBlock(escapeCardText(confirm.title), { weight: "Bolder" }),
                textBlock(toCardMarkdown(confirm.text)),
              ],
              actions: [{ ...execute, title: truncate(confirm.confirm, TEAMS_LIMITS.actionTitle) }],
            },
          };
        });
        sets.push({ type: "ActionSet", actions });
      }
      return sets;
    }
  }
}

function adaptiveCard(body: AdaptiveElement[], actions?: AdaptiveElement[]): AdaptiveCard {
  return {
    type: "AdaptiveCard",
    $schema: ADAPTIVE_CARD_SCHEMA,
    version: ADAPTIVE_CARD_VERSION,
    body,
    ...(actions?.length ? { actions } : {}),
    msteams: { width: "Full" },
  };
}

function backAction(label: string): AdaptiveElement {
  return { type: "Action.Execute", title: label, verb: BACK_VERB, associatedInputs: "none" };
}

export interface CardRenderOptions {
  /** A line shown at the end of the card, e.g. the confirmation of what the person just did. */
  notice?: string;
  /** Adds a back button (the card replaced another card for this person). */
  backLabel?: string;
  /**
   * Teams user ids (29:…) that get this card refreshed automatically when they look at it: the
   * people who saw their own copy of it (an answer to their action); nobody yet: no refresh, all
   * see the message itself. Only for cards with buttons; never for forms or replies, which a
   * refresh must not replace.
   */
  refreshFor?: string[];
}

export function cardToAdaptiveCard(card: Card, options: CardRenderOptions = {}): AdaptiveCard {
  const body: AdaptiveElement[] = [];
  let separator = false;
  for (const block of card.blocks) {
    if (block.type === "divider") {
      separator = body.length > 0;
      continue;
    }
    const elements = renderBlock(block);
    const first = elements[0];
    if (separator && first) elements[0] = { ...first, separator: true, spacing: "Medium" };
    if (elements.length) separator = false;
    body.push(...elements);
  }
  if (options.notice)
    body.push(textBlock(toCardMarkdown(options.notice), { color: "Good", separator: true }));
  if (body.length === 0) body.push(textBlock(escapeCardText(card.summary)));
  const rendered = adaptiveCard(body, options.backLabel ? [backAction(options.backLabel)] : undefined);
  if (!options.refreshFor?.length || !hasButtons(card)) return rendered;
  return {
    ...rendered,
    refresh: {
      action: { type: "Action.Execute", verb: REFRESH_VERB, data: {} },
      userIds: options.refreshFor.slice(-MAX_REFRESH_USERS),
    },
  };
}

/** Whether a card has buttons (only those cards can be acted on, replaced or refreshed). */
export function hasButtons(card: Card): boolean {
  return card.blocks.some((block) => block.type === "actions" && block.buttons.length > 0);
}

/** A card with one text, e.g. a confirmation or an error shown in place of a form. */
export function noticeCard(text: string): AdaptiveCard {
  return adaptiveCard([textBlock(toCardMarkdown(text))]);
}

/** The plain notification text of a card (push notifications, screen readers). */
export function cardSummary(card: Card): string {
  return truncate(card.summary.replace(/<@([^>\s]+)>/g, "@$1"), TEAMS_LIMITS.summary);
}

function renderInputs(field: FormField, error: string | undefined, locale: Locale): AdaptiveElement[] {
  const t = teamsTexts(locale);
  const common = {
    id: field.id,
    label: field.label,
    ...(field.required ? { isRequired: true } : {}),
    ...(field.required || error ? { errorMessage: error ?? t.required } : {}),
  };
  switch (field.kind) {
    case "text":
    case "textarea":
      return [
        {
          type: "Input.Text",
          ...common,
          ...(field.kind === "textarea" ? { isMultiline: true } : {}),
          ...(field.maxLength ? { maxLength: field.maxLength } : {}),
          ...(field.initial ? { value: field.initial } : {}),
        },
      ];
    case "select": {
      const choices = (field.options ?? []).map((option) => ({ title: option.label, value: option.value }));
      if (choices.length === 0) return [{ type: "Input.Text", ...common }];
      const initial = choices.some((choice) => choice.value === field.initial) ? field.initial : undefined;
      return [
        {
          type: "Input.ChoiceSet",
          ...common,
          style: choices.length > TEAMS_LIMITS.compactChoices ? "filtered" : "compact",
          choices,
          ...(initial ? { value: initial } : {}),
        },
      ];
    }
    case "datetime": {
      const initial = field.initial ? amsterdamDateAndTime(field.initial) : null;
      const date = {
        type: "Input.Date",
        ...common,
        placeholder: t.datePlaceholder,
        ...(initial ? { value: initial.date } : {}),
      };
      const time = {
        type: "Input.Time",
        ...common,
        id: `${field.id}${TIME_INPUT_SUFFIX}`,
        label: t.time,
        placeholder: t.timePlaceholder,
        ...(initial ? { value: initial.time } : {}),
      };
      return [
        {
          type: "ColumnSet",
          columns: [
            { type: "Column", width: "stretch", items: [date] },
            { type: "Column", width: "stretch", items: [time] },
          ],
        },
      ];
    }
    case "file":
      // No file input in Adaptive Cards: the label, and where to send the file instead.
      return [
        textBlock(escapeCardText(field.label), { weight: "Bolder" }),
        textBlock(escapeCardText(teamsTexts(locale).fileAfterwards), { wrap: true, spacing: "None" }),
      ];
    case "checkbox":
      return [
        {
          type: "Input.Toggle",
          id: field.id,
          title: field.label,
          valueOn: "true",
          valueOff: "false",
          value: field.initial === "true" ? "true" : "false",
        },
      ];
  }
}

/**
 * A form as a card: inputs with ids = field ids, the submit as Action.Execute with verb = form id
 * and the form envelope in its data (`channelId`: where the form was asked for). `errors` (field
 * id → message) are shown under their fields; errors of no field are shown at the top.
 */
export function formToAdaptiveCard(
  form: Form,
  errors: Record<string, string> | undefined,
  locale: Locale,
  options: { cancel?: boolean; channelId?: string | null } = {},
): AdaptiveCard {
  const body: AdaptiveElement[] = [
    textBlock(escapeCardText(form.title), { size: "Medium", weight: "Bolder" }),
  ];
  const fieldIds = new Set(form.fields.map((field) => field.id));
  if (errors && Object.keys(errors).length) {
    body.push(textBlock(escapeCardText(botTexts(locale).formErrorsIntro), { color: "Attention" }));
    for (const [id, message] of Object.entries(errors)) {
      if (!fieldIds.has(id)) body.push(textBlock(escapeCardText(message), { color: "Attention" }));
    }
  }
  for (const field of form.fields) {
    // Own messages only: a field id such as "constructor" must not find Object.prototype's.
    const error = errors && Object.hasOwn(errors, field.id) ? errors[field.id] : undefined;
    body.push(...renderInputs(field, error, locale));
    if (field.hint)
      body.push(textBlock(escapeCardText(field.hint), { size: "Small", isSubtle: true, spacing: "None" }));
    if (error)
      body.push(textBlock(escapeCardText(error), { size: "Small", color: "Attention", spacing: "None" }));
  }
  const actions: AdaptiveElement[] = [
    {
      type: "Action.Execute",
      title: truncate(form.submitLabel, TEAMS_LIMITS.actionTitle),
      verb: form.formId,
      style: "positive",
      associatedInputs: "auto",
      data: { [FORM_DATA_KEY]: encodeFormEnvelope(form, options.channelId ?? null) },
    },
  ];
  if (options.cancel) actions.push(backAction(teamsTexts(locale).cancel));
  return adaptiveCard(body, actions);
}
