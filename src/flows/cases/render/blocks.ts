/**
 * Small builders for the neutral card model that keep every block within Slack's and Teams'
 * limits: text ≤ 3000 chars, header ≤ 150, field ≤ 2000, button label ≤ 75, ≤ 5 buttons per block.
 */
import type { ButtonStyle, CardBlock, CardButton, CardField } from "../../cards/card.ts";
import type { Locale } from "../../model.ts";
import type { ActionView, DeadlineView } from "../cards.ts";
import { clip, formatDateTime } from "../format.ts";
import { actionLabel } from "../texts/timeline-reader.ts";
import { uiTexts } from "../texts/ui.ts";

export const LIMITS = { text: 3000, header: 150, field: 2000, buttonLabel: 75, buttonsPerBlock: 5 } as const;

export function header(text: string): CardBlock {
  return { type: "header", text: clip(text, LIMITS.header) };
}

export function text(value: string): CardBlock {
  return { type: "text", text: clip(value, LIMITS.text) };
}

export function context(value: string): CardBlock {
  return { type: "context", text: clip(value, LIMITS.text) };
}

export function fields(list: CardField[]): CardBlock {
  return {
    type: "fields",
    fields: list.map((f) => ({
      label: clip(f.label, 100),
      value: clip(f.value === "" ? "—" : f.value, LIMITS.field),
    })),
  };
}

export function button(
  actionId: string,
  label: string,
  value: string,
  style: ButtonStyle = "default",
): CardButton {
  return { actionId, label: clip(label, LIMITS.buttonLabel), value, style };
}

/** Buttons in blocks of at most five. */
export function actionBlocks(buttons: CardButton[]): CardBlock[] {
  const blocks: CardBlock[] = [];
  for (let i = 0; i < buttons.length; i += LIMITS.buttonsPerBlock) {
    blocks.push({ type: "actions", buttons: buttons.slice(i, i + LIMITS.buttonsPerBlock) });
  }
  return blocks;
}

/** A bulleted list as one text block; lines that do not fit are counted instead. */
export function bullets(title: string, lines: string[], locale: Locale): CardBlock {
  const none = uiTexts[locale].none;
  if (lines.length === 0) return text(`*${title}*\n${none}`);
  let body = `*${title}*`;
  let shown = 0;
  for (const line of lines) {
    const next = `${body}\n• ${line}`;
    if (next.length > LIMITS.text - 20) break;
    body = next;
    shown += 1;
  }
  if (shown < lines.length) body += `\n… (+${lines.length - shown})`;
  return text(body);
}

export function actionText(action: Pick<ActionView, "code" | "text">, locale: Locale): string {
  return actionLabel(action.code, action.text, locale);
}

/** "text — begeleider, uiterlijk 12 mrt 2024 17:00" */
export function actionLine(action: ActionView, locale: Locale, withStatus = true): string {
  const ui = uiTexts[locale];
  const due =
    action.dueAt === null ? "" : `, ${ui.fields.due.toLowerCase()} ${formatDateTime(action.dueAt, locale)}`;
  const status = withStatus ? ` (${ui.actionStatuses[action.status]})` : "";
  return `${actionText(action, locale)} — ${ui.roles[action.ownerRole]}${due}${status}`;
}

export function deadlineLine(deadline: DeadlineView, locale: Locale): string {
  const ui = uiTexts[locale];
  const label =
    deadline.actionCode === null
      ? ui.deadlineRules[deadline.rule]
      : actionLabel(deadline.actionCode, deadline.actionText, locale);
  return `${formatDateTime(deadline.dueAt, locale)} — ${label} (${ui.roles[deadline.ownerRole]})`;
}
