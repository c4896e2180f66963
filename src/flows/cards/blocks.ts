/**
 * Small builders for the neutral card model that keep every block within Slack's and Teams'
 * limits: text ≤ 3000 chars, header ≤ 150, field ≤ 2000, button label ≤ 75, ≤ 5 buttons per block.
 */
import { truncate } from "../format.ts";
import type { ButtonConfirm, ButtonStyle, CardBlock, CardButton, CardField } from "./card.ts";

export const LIMITS = { text: 3000, header: 150, field: 2000, buttonLabel: 75, buttonsPerBlock: 5 } as const;

export function header(text: string): CardBlock {
  return { type: "header", text: truncate(text, LIMITS.header) };
}

export function text(value: string): CardBlock {
  return { type: "text", text: truncate(value, LIMITS.text) };
}

export function context(value: string): CardBlock {
  return { type: "context", text: truncate(value, LIMITS.text) };
}

/** Label/value pairs; an empty value shows as "—". */
export function fields(list: CardField[]): CardBlock {
  return {
    type: "fields",
    fields: list.map((f) => ({
      label: truncate(f.label, 100),
      value: truncate(f.value === "" ? "—" : f.value, LIMITS.field),
    })),
  };
}

export function button(
  actionId: string,
  label: string,
  value: string,
  style: ButtonStyle = "default",
  confirm?: ButtonConfirm,
): CardButton {
  return {
    actionId,
    label: truncate(label, LIMITS.buttonLabel),
    value,
    style,
    ...(confirm ? { confirm } : {}),
  };
}

/** Buttons in blocks of at most five. */
export function actionBlocks(buttons: CardButton[]): CardBlock[] {
  const blocks: CardBlock[] = [];
  for (let i = 0; i < buttons.length; i += LIMITS.buttonsPerBlock) {
    blocks.push({ type: "actions", buttons: buttons.slice(i, i + LIMITS.buttonsPerBlock) });
  }
  return blocks;
}
