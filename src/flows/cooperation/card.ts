/**
 * Pure renderer of the cooperation meeting card into the neutral Card model (Dutch default).
 */
import { context, text } from "../cards/blocks.ts";
import type { Card, CardBlock } from "../cards/card.ts";
import { formatDate, formatDateTime, memberName } from "../format.ts";
import type { Locale } from "../model.ts";
import { COOPERATION_BUTTON_IDS, encodeCooperationRef } from "./buttons.ts";
import type { CooperationCardSpec } from "./card-spec.ts";
import { COOPERATION_TEXTS } from "./texts.ts";

// Onderhoud samenwerking: the planned meeting, who organises it, the previous one, and buttons.
export function renderCooperationCard(spec: CooperationCardSpec, locale: Locale = "nl"): Card {
  const t = COOPERATION_TEXTS[locale];
  const header = t.card.header(spec.meetingNumber);
  const lastHeld =
    spec.lastHeld === null
      ? t.card.never
      : t.card.heldLine(
          formatDate(spec.lastHeld.heldAt, locale),
          spec.lastHeld.parties.map((party) => t.parties[party]).join(", "),
        );
  const blocks: CardBlock[] = [
    { type: "header", text: header },
    { type: "text", text: t.card.purpose },
    {
      type: "fields",
      fields: [
        { label: t.card.plannedFor, value: formatDateTime(spec.plannedFor, locale) },
        {
          label: t.card.owner,
          value: spec.coordinatorId === null ? t.card.coordinatorRole : memberName(spec.coordinatorId),
        },
        { label: t.card.lastHeld, value: lastHeld },
      ],
    },
  ];
  if (spec.lastHeld?.notes) {
    blocks.push(text(spec.lastHeld.notes));
  }
  if (spec.rescheduleReason !== null) {
    blocks.push(context(t.card.rescheduled(spec.rescheduleReason)));
  }
  const value = encodeCooperationRef(spec.cooperationId, spec.meetingNumber);
  blocks.push({
    type: "actions",
    buttons: [
      { actionId: COOPERATION_BUTTON_IDS.markHeld, label: t.buttons.held, value, style: "primary" },
      { actionId: COOPERATION_BUTTON_IDS.reschedule, label: t.buttons.reschedule, value, style: "default" },
    ],
  });
  return { summary: `${header}: ${formatDateTime(spec.plannedFor, locale)}`, blocks };
}
