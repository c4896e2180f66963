/**
 * The neutral card model (src/flows/cards/card.ts) as Slack Block Kit: the only place that knows
 * Block Kit. Limits from Slack's documentation are applied here (see test/helpers/block-kit-limits.ts).
 */
import type {
  ActionsBlock,
  Button,
  ContextBlock,
  DividerBlock,
  HeaderBlock,
  InputBlock,
  KnownBlock,
  ModalView,
  SectionBlock,
} from "@slack/types";
import type { Card, CardBlock, Form, FormField } from "../../flows/cards/card.ts";

const SLACK_LIMITS = {
  blocksPerMessage: 50,
  blocksPerModal: 100,
  sectionText: 3000,
  headerText: 150,
  fieldText: 2000,
  fieldsPerSection: 10,
  contextText: 3000,
  elementsPerActions: 25,
  buttonText: 75,
  buttonValue: 2000,
  confirmTitle: 100,
  confirmText: 300,
  confirmButton: 30,
  actionId: 255,
  modalTitle: 24,
  modalSubmit: 24,
  privateMetadata: 3000,
  inputLabel: 2000,
  optionText: 75,
  optionsPerSelect: 100,
  messageText: 40000,
} as const;

/**
 * Slack mrkdwn control characters; user text must never be able to ping @channel/@here or add
 * links. Only user mentions (`<@U…>`, resolved from member ids when the message was written) stay.
 */
export function escapeMrkdwn(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/&lt;@([UW][A-Z0-9]{2,20})&gt;/g, "<@$1>");
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Separator between an action id and its position, so ids stay unique inside one actions block. */
const ACTION_ID_SUFFIX = "#";

/** The neutral action id of a Block Kit action_id (strips the uniqueness suffix). */
export function neutralActionId(slackActionId: string): string {
  const index = slackActionId.indexOf(ACTION_ID_SUFFIX);
  return index === -1 ? slackActionId : slackActionId.slice(0, index);
}

function mrkdwn(text: string, max: number) {
  return { type: "mrkdwn" as const, text: truncate(escapeMrkdwn(text), max) };
}

function plain(text: string, max: number) {
  return { type: "plain_text" as const, text: truncate(text, max), emoji: true };
}

function renderBlock(block: CardBlock): KnownBlock[] {
  switch (block.type) {
    case "header":
      return [{ type: "header", text: plain(block.text, SLACK_LIMITS.headerText) } satisfies HeaderBlock];
    case "text":
      return [{ type: "section", text: mrkdwn(block.text, SLACK_LIMITS.sectionText) } satisfies SectionBlock];
    case "fields": {
      const sections: SectionBlock[] = [];
      for (let start = 0; start < block.fields.length; start += SLACK_LIMITS.fieldsPerSection) {
        const fields = block.fields.slice(start, start + SLACK_LIMITS.fieldsPerSection).map((field) => ({
          type: "mrkdwn" as const,
          text: truncate(
            `*${escapeMrkdwn(field.label)}*\n${escapeMrkdwn(field.value)}`,
            SLACK_LIMITS.fieldText,
          ),
        }));
        sections.push({ type: "section", fields });
      }
      return sections;
    }
    case "context":
      return [
        { type: "context", elements: [mrkdwn(block.text, SLACK_LIMITS.contextText)] } satisfies ContextBlock,
      ];
    case "divider":
      return [{ type: "divider" } satisfies DividerBlock];
    case "actions": {
      const seen = new Map<string, number>();
      const elements: Button[] = block.buttons.slice(0, SLACK_LIMITS.elementsPerActions).map((button) => {
        const count = seen.get(button.actionId) ?? 0;
        seen.set(button.actionId, count + 1);
        const actionId = count === 0 ? button.actionId : `${button.actionId}${ACTION_ID_SUFFIX}${count}`;
        return {
          type: "button",
          action_id: actionId,
          text: plain(button.label, SLACK_LIMITS.buttonText),
          value: button.value,
          ...(button.style === "default" ? {} : { style: button.style }),
          ...(button.confirm
            ? {
                confirm: {
                  title: plain(button.confirm.title, SLACK_LIMITS.confirmTitle),
                  text: plain(button.confirm.text, SLACK_LIMITS.confirmText),
                  confirm: plain(button.confirm.confirm, SLACK_LIMITS.confirmButton),
                  deny: plain(button.confirm.deny, SLACK_LIMITS.confirmButton),
                  ...(button.style === "danger" ? { style: "danger" as const } : {}),
                },
              }
            : {}),
        };
      });
      return elements.length ? [{ type: "actions", elements } satisfies ActionsBlock] : [];
    }
  }
}

export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

export function cardToBlockKit(card: Card): SlackMessage {
  const blocks = card.blocks.flatMap(renderBlock);
  if (blocks.length > SLACK_LIMITS.blocksPerMessage) {
    const kept = blocks.slice(0, SLACK_LIMITS.blocksPerMessage - 1);
    kept.push({ type: "context", elements: [{ type: "mrkdwn", text: "…" }] });
    return { text: truncate(escapeMrkdwn(card.summary), 3000), blocks: kept };
  }
  return { text: truncate(escapeMrkdwn(card.summary), 3000), blocks };
}

function renderInput(field: FormField): InputBlock {
  const label = plain(field.label, SLACK_LIMITS.inputLabel);
  const base = {
    type: "input" as const,
    block_id: field.id,
    label,
    optional: !field.required,
    ...(field.hint ? { hint: plain(field.hint, 2000) } : {}),
  };
  switch (field.kind) {
    case "text":
    case "textarea":
      return {
        ...base,
        element: {
          type: "plain_text_input",
          action_id: field.id,
          multiline: field.kind === "textarea",
          ...(field.maxLength ? { max_length: field.maxLength } : {}),
          ...(field.initial ? { initial_value: field.initial } : {}),
        },
      };
    case "select": {
      const options = (field.options ?? []).slice(0, SLACK_LIMITS.optionsPerSelect).map((option) => ({
        text: plain(option.label, SLACK_LIMITS.optionText),
        value: option.value,
      }));
      const initial = options.find((option) => option.value === field.initial);
      return {
        ...base,
        element: {
          type: "static_select",
          action_id: field.id,
          options,
          ...(initial ? { initial_option: initial } : {}),
        },
      };
    }
    case "datetime": {
      const initialSeconds = field.initial ? Math.floor(Date.parse(field.initial) / 1000) : Number.NaN;
      return {
        ...base,
        element: {
          type: "datetimepicker",
          action_id: field.id,
          ...(Number.isFinite(initialSeconds) ? { initial_date_time: initialSeconds } : {}),
        },
      };
    }
    case "file":
      // One file: Slack uploads it and the view submission names it (src/bot/slack/incoming-files.ts).
      return {
        ...base,
        element: {
          type: "file_input",
          action_id: field.id,
          max_files: 1,
          ...(field.accept ? { filetypes: field.accept } : {}),
        },
      };
    case "checkbox": {
      const option = { text: plain(field.label, SLACK_LIMITS.optionText), value: "true" };
      return {
        ...base,
        optional: true,
        element: {
          type: "checkboxes",
          action_id: field.id,
          options: [option],
          ...(field.initial === "true" ? { initial_options: [option] } : {}),
        },
      };
    }
  }
}

export function formToModal(form: Form, closeLabel: string): ModalView {
  return {
    type: "modal",
    callback_id: form.formId,
    title: plain(form.title, SLACK_LIMITS.modalTitle),
    submit: plain(form.submitLabel, SLACK_LIMITS.modalSubmit),
    close: plain(closeLabel, SLACK_LIMITS.modalSubmit),
    private_metadata: form.metadata,
    blocks: form.fields.map(renderInput),
  };
}

/** Slack's view.state.values, reduced to the strings the flows' form parsers take. */
export type SlackViewStateValues = Record<string, Record<string, SlackInputValue>>;
interface SlackInputValue {
  type: string;
  value?: string | null;
  selected_option?: { value: string } | null;
  selected_date_time?: number | null;
  selected_options?: { value: string }[];
  /** A file_input's files: read by src/bot/slack/incoming-files.ts, not here. */
  files?: unknown[];
}

export function formValuesFromSlack(values: SlackViewStateValues): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [blockId, actions] of Object.entries(values)) {
    for (const input of Object.values(actions ?? {})) {
      const value = slackInputValue(input);
      if (value !== null) result[blockId] = value;
    }
  }
  return result;
}

/**
 * One input's value as text; null for an input Nabuur does not render or a value of the wrong
 * type. A view submission is signed by Slack but its state is what the client sent: never trust
 * its shape (a date that is not a number must not become an unexpected error).
 */
function slackInputValue(input: unknown): string | null {
  if (input === null || typeof input !== "object") return null;
  const { type, value, selected_option, selected_date_time, selected_options } = input as Record<
    string,
    unknown
  >;
  switch (type) {
    case "plain_text_input":
      return typeof value === "string" ? value : null;
    case "static_select": {
      const chosen = (selected_option as { value?: unknown } | null | undefined)?.value;
      return typeof chosen === "string" ? chosen : null;
    }
    case "datetimepicker": {
      if (typeof selected_date_time !== "number") return null;
      const instant = new Date(selected_date_time * 1000);
      return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
    }
    case "checkboxes":
      return String(Array.isArray(selected_options) && selected_options.length > 0);
    default:
      return null;
  }
}
