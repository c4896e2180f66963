/**
 * Pure renderers of the participant cards into the neutral Card model (Dutch default, English).
 */

import { button, LIMITS, text } from "../cards/blocks.ts";
import type { Card, CardBlock, CardButton } from "../cards/card.ts";
import { assertNever } from "../effects.ts";
import { formatDate, formatDateTime, memberName, mention, truncate } from "../format.ts";
import type { Locale } from "../model.ts";
import { encodeItemRef, PARTICIPANT_BUTTON_IDS } from "./buttons.ts";
import type {
  OnboardingCardSpec,
  OnboardingItemSnapshot,
  ParticipantAssignedCardSpec,
  ParticipantCardSpec,
} from "./card-spec.ts";
import { PARTICIPANT_TEXTS, type ParticipantTexts } from "./texts.ts";

const STATUS_ICONS = { open: "⬜", done: "✅", skipped: "⏭️" } as const;

export function renderParticipantCard(spec: ParticipantCardSpec, locale: Locale = "nl"): Card {
  switch (spec.kind) {
    case "participant.onboarding":
      return renderOnboarding(spec, PARTICIPANT_TEXTS[locale], locale);
    case "participant.assigned":
      return renderAssigned(spec, PARTICIPANT_TEXTS[locale]);
    default:
      return assertNever(spec);
  }
}

// Preventie 1–8: the onboarding checklist with a button row per item.
function renderOnboarding(spec: OnboardingCardSpec, t: ParticipantTexts, locale: Locale): Card {
  const closed = spec.items.filter((item) => item.status !== "open").length;
  const total = spec.items.length;
  const blocks: CardBlock[] = [
    { type: "header", text: t.card.header(spec.reference) },
    {
      type: "fields",
      fields: [
        { label: t.card.dwelling, value: truncate(spec.dwelling, LIMITS.text) },
        { label: t.card.leaseType, value: t.leaseTypes[spec.leaseType] },
        // The people the registration introduces to the channel: mentioned, so Slack tells them
        // once when the card is posted. Everyone else on a card is named (memberName): who ticked
        // an item, who logged a signal, who finished a deadline.
        { label: t.card.supportWorker, value: mention(spec.supportWorkerId) },
        { label: t.card.landlordContact, value: mention(spec.landlordContactId) },
        {
          label: t.card.coordinator,
          value: spec.coordinatorId === null ? t.card.none : mention(spec.coordinatorId),
        },
      ],
    },
    { type: "context", text: t.card.progress(closed, total) },
    { type: "divider" },
  ];
  for (const item of spec.items) {
    blocks.push(text(itemText(item, t, locale)));
    blocks.push({ type: "actions", buttons: itemButtons(spec.participantId, item, t) });
  }
  blocks.push({ type: "context", text: t.card.privacy });
  return { summary: t.card.summary(spec.reference, closed, total), blocks };
}

function itemText(item: OnboardingItemSnapshot, t: ParticipantTexts, locale: Locale): string {
  const texts = t.items[item.key];
  const owner = t.card.owner(
    t.owners[item.owner],
    item.ownerMemberId === null ? t.card.none : memberName(item.ownerMemberId),
  );
  const lines = [`${STATUS_ICONS[item.status]} *${item.guidelineNumber}. ${texts.title}*`, texts.hint];
  switch (item.status) {
    case "open": {
      const extended = item.extensionReason === null ? "" : ` (${t.card.extended(item.extensionReason)})`;
      lines.push(`${owner} · ${t.card.due(formatDate(item.dueAt, locale))}${extended}`);
      break;
    }
    case "done":
      lines.push(closedLine(item, t, locale, (who, date) => t.card.doneBy(who, date)));
      if (item.note !== null) lines.push(item.note);
      break;
    case "skipped":
      lines.push(closedLine(item, t, locale, (who, date) => t.card.skippedBy(who, date, item.note ?? "")));
      break;
    default:
      assertNever(item.status);
  }
  return lines.join("\n");
}

function closedLine(
  item: OnboardingItemSnapshot,
  t: ParticipantTexts,
  locale: Locale,
  line: (who: string, date: string) => string,
): string {
  const who = item.closedBy === null ? t.card.none : memberName(item.closedBy);
  const date = item.closedAt === null ? t.card.none : formatDateTime(item.closedAt, locale);
  return line(who, date);
}

function itemButtons(participantId: string, item: OnboardingItemSnapshot, t: ParticipantTexts): CardButton[] {
  const value = encodeItemRef(participantId, item.key);
  if (item.status !== "open") {
    return [button(PARTICIPANT_BUTTON_IDS.itemReopen, t.buttons.reopen, value, "default")];
  }
  return [
    button(PARTICIPANT_BUTTON_IDS.itemDone, t.buttons.done, value, "primary"),
    button(PARTICIPANT_BUTTON_IDS.itemSkip, t.buttons.skip, value, "default"),
    button(PARTICIPANT_BUTTON_IDS.itemExtend, t.buttons.extend, value, "default"),
  ];
}

// A direct message to the newly responsible person, with how many onboarding items are open.
function renderAssigned(spec: ParticipantAssignedCardSpec, t: ParticipantTexts): Card {
  const header = t.card.assignedHeader(spec.reference);
  return {
    summary: header,
    blocks: [
      { type: "header", text: header },
      { type: "text", text: t.card.assignedText(t.assignments[spec.assignment], spec.openItems) },
      { type: "fields", fields: [{ label: t.card.dwelling, value: truncate(spec.dwelling, LIMITS.text) }] },
    ],
  };
}
