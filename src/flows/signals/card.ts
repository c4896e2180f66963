/**
 * Pure renderers of the signal cards into the neutral Card model (Dutch default, English).
 */
import { button, text } from "../cards/blocks.ts";
import type { Card, CardBlock, CardButton } from "../cards/card.ts";
import { assertNever } from "../effects.ts";
import { formatDateTime, memberName } from "../format.ts";
import type { Locale } from "../model.ts";
import { encodeSignalRef, SIGNAL_BUTTON_IDS } from "./buttons.ts";
import type { SignalCardSpec, SignalDetailCardSpec, SignalFollowUpRequestCardSpec } from "./card-spec.ts";
import { SIGNAL_TEXTS, type SignalTexts } from "./texts.ts";

export function renderSignalCard(spec: SignalCardSpec, locale: Locale = "nl"): Card {
  switch (spec.kind) {
    case "signal.card":
      return renderDetail(spec, SIGNAL_TEXTS[locale], locale);
    case "signal.followUpRequest":
      return renderFollowUpRequest(spec, SIGNAL_TEXTS[locale], locale);
    default:
      return assertNever(spec);
  }
}

function renderDetail(spec: SignalDetailCardSpec, t: SignalTexts, locale: Locale): Card {
  const header = t.card.header(t.kinds[spec.signalKind], spec.participantReference);
  const blocks: CardBlock[] = [{ type: "header", text: header }];
  // Signalering: a participant's own report never counts against them — say so first.
  if (spec.signalKind === "participantReport") {
    blocks.push({ type: "context", text: t.participantReportLabel });
  }
  blocks.push(
    {
      type: "fields",
      fields: [
        { label: t.card.kind, value: t.kinds[spec.signalKind] },
        { label: t.card.source, value: t.sources[spec.source] },
        { label: t.card.observedAt, value: formatDateTime(spec.observedAt, locale) },
        { label: t.card.loggedBy, value: memberName(spec.loggedBy) },
      ],
    },
    text(spec.description),
  );
  blocks.push({ type: "context", text: acknowledgementLines(spec, t, locale) });
  if (spec.signalKind === "missedRent") {
    blocks.push({ type: "context", text: t.card.missedRentNote });
  }
  const sharing = sharingText(spec, t, locale);
  if (sharing !== null) blocks.push(text(sharing));
  const followUp = followUpText(spec, t, locale);
  if (followUp !== null) blocks.push(text(followUp));
  if (spec.convertedToCase) blocks.push({ type: "context", text: t.card.convertedToCase });
  if (spec.status === "closed") {
    const who = spec.closedBy === null ? t.card.none : memberName(spec.closedBy);
    const date = spec.closedAt === null ? t.card.none : formatDateTime(spec.closedAt, locale);
    blocks.push({ type: "context", text: t.card.closed(who, date) });
  } else {
    blocks.push(...buttonRows(spec, t));
  }
  return { summary: header, blocks };
}

// Signalering 1: who still has to receive the signal within 48 hours, and who already did.
function acknowledgementLines(spec: SignalDetailCardSpec, t: SignalTexts, locale: Locale): string {
  if (spec.acknowledgements.length === 0) return t.card.knownToBoth;
  return spec.acknowledgements
    .map((ack) =>
      ack.acknowledgedAt === null || ack.acknowledgedBy === null
        ? t.card.ackPending(t.sides[ack.side], formatDateTime(ack.dueAt, locale))
        : t.card.ackDone(
            t.sides[ack.side],
            memberName(ack.acknowledgedBy),
            formatDateTime(ack.acknowledgedAt, locale),
          ),
    )
    .join("\n");
}

// Signalering 3: nuisance signals are not shared with the participant without the team.
function sharingText(spec: SignalDetailCardSpec, t: SignalTexts, locale: Locale): string | null {
  const sharing = spec.participantSharing;
  if (sharing === "notApplicable") return null;
  const lines = [`*${t.card.sharingNotice}*`];
  if (sharing === "pending") {
    lines.push(t.card.sharingPending);
  } else {
    lines.push(
      t.card.sharingDecided(
        sharing.share,
        memberName(sharing.decidedBy),
        formatDateTime(sharing.decidedAt, locale),
      ),
    );
    if (sharing.consultedMemberId !== null)
      lines.push(t.card.consulted(memberName(sharing.consultedMemberId)));
    if (sharing.note !== null) lines.push(sharing.note);
  }
  return lines.join("\n");
}

function followUpText(spec: SignalDetailCardSpec, t: SignalTexts, locale: Locale): string | null {
  const followUp = spec.followUp;
  if (followUp === null) return null;
  const lines: string[] = [];
  if (followUp.reason === "neighbourhood") lines.push(t.card.neighbourhoodNote);
  if (followUp.recordedAt === null || followUp.recordedBy === null) {
    lines.push(
      t.card.followUpPending(memberName(followUp.ownerMemberId), formatDateTime(followUp.dueAt, locale)),
    );
  } else {
    lines.push(
      t.card.followUpRecorded(memberName(followUp.recordedBy), formatDateTime(followUp.recordedAt, locale)),
    );
    if (followUp.note !== null) lines.push(followUp.note);
  }
  return lines.join("\n");
}

function buttonRows(spec: SignalDetailCardSpec, t: SignalTexts): CardBlock[] {
  const value = encodeSignalRef(spec.signalId);
  const main: CardButton[] = [];
  if (spec.acknowledgements.some((ack) => ack.acknowledgedAt === null)) {
    main.push(button(SIGNAL_BUTTON_IDS.acknowledge, t.buttons.acknowledge, value, "primary"));
  }
  if (spec.participantSharing !== "notApplicable") {
    main.push(button(SIGNAL_BUTTON_IDS.decideSharing, t.buttons.sharing, value, "default"));
  }
  main.push(button(SIGNAL_BUTTON_IDS.recordFollowUp, t.buttons.followUp, value, "default"));
  if (spec.signalKind === "participantReport" && !spec.convertedToCase) {
    main.push(button(SIGNAL_BUTTON_IDS.convertToCase, t.buttons.convert, value, "default"));
  }
  main.push(button(SIGNAL_BUTTON_IDS.close, t.buttons.close, value, "danger"));
  // At most four buttons are possible here; Slack allows five per actions block.
  return [{ type: "actions", buttons: main }];
}

function renderFollowUpRequest(spec: SignalFollowUpRequestCardSpec, t: SignalTexts, locale: Locale): Card {
  const header = t.followUpRequest.header(spec.participantReference);
  const ask =
    spec.reason === "missedRent"
      ? t.followUpRequest.missedRent(spec.participantReference)
      : t.followUpRequest.neighbourhood(spec.participantReference);
  const blocks: CardBlock[] = [
    { type: "header", text: header },
    { type: "text", text: `${ask} ${t.followUpRequest.due(formatDateTime(spec.dueAt, locale))}` },
    text(spec.description),
  ];
  if (spec.signalKind === "participantReport") {
    blocks.push({ type: "context", text: t.participantReportLabel });
  }
  blocks.push({
    type: "actions",
    buttons: [
      button(SIGNAL_BUTTON_IDS.recordFollowUp, t.buttons.followUp, encodeSignalRef(spec.signalId), "primary"),
    ],
  });
  return { summary: header, blocks };
}
