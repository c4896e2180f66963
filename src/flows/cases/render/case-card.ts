/**
 * The case card in the shared channel: participant reference, type, description, status, step,
 * agreed actions and deadlines, and the landlord's own open actions with the buttons landlord staff
 * decide on them with. Never the complainant's identity, care notes or assessment reasoning.
 * A participant's own report carries the "telt niet mee" label.
 */

import { actionBlocks, button, context, fields, header, text } from "../../cards/blocks.ts";
import type { Card, CardBlock, CardButton } from "../../cards/card.ts";
import { encodeValue } from "../../cards/payload.ts";
import { formatDateTime } from "../../format.ts";
import { ladderTexts } from "../../ladder/texts.ts";
import type { Locale } from "../../model.ts";
import { actionRefValue, CASE_BUTTON_IDS, caseRefValue } from "../buttons.ts";
import type { ActionView, CaseOverview } from "../cards.ts";
import { uiTexts } from "../texts/ui.ts";
import { actionAndDeadlineLists, actionLine, complaintMarks } from "./blocks.ts";

const MAX_COMPLAINTS_SHOWN = 5;
/** Two blocks per action; keeps the card well under Slack's 50 blocks. */
const MAX_LANDLORD_ACTIONS_SHOWN = 8;

export function renderCaseOverviewCard(
  spec: CaseOverview & { kind: "case.card" | "case.participantReportCard" },
  locale: Locale,
): Card {
  const ui = uiTexts[locale];
  const report = spec.kind === "case.participantReportCard";
  const title = report
    ? ui.reportTitle(spec.caseNumber, spec.participantReference)
    : ui.caseTitle(spec.caseNumber, spec.participantReference);
  const blocks: CardBlock[] = [header(report ? `${title} — ${ui.doesNotCount}` : title)];
  if (report) blocks.push(context(ui.doesNotCountExplained));

  const types = [...new Set(spec.complaints.map((c) => ui.complaintTypes[c.type]))].join(", ");
  blocks.push(
    fields([
      { label: ui.fields.participant, value: spec.participantReference },
      { label: ui.fields.type, value: types },
      { label: ui.fields.status, value: ui.statuses[spec.status] },
      { label: ui.fields.step, value: ui.steps[spec.step] },
      ...(spec.ladderStep === null
        ? []
        : [{ label: ui.fields.ladder, value: ladderTexts[locale].steps[spec.ladderStep] }]),
    ]),
  );

  const shown = spec.complaints.slice(-MAX_COMPLAINTS_SHOWN);
  const complaintLines = shown.map((c) => {
    const when = `${formatDateTime(c.occurredAt, locale)}${c.afterTen ? ` (${ui.fields.afterTen.toLowerCase()})` : ""}`;
    const received = `${ui.fields.receivedByLandlordAt}: ${formatDateTime(c.receivedByLandlordAt, locale)}`;
    return `*${ui.complaintTypes[c.type]}* — ${when}; ${received}${complaintMarks(c, locale)}\n${c.description}`;
  });
  blocks.push(text(`*${ui.complaintsHeading(spec.complaints.length)}*\n${complaintLines.join("\n\n")}`));

  blocks.push(...landlordActionBlocks(spec, locale));
  // An open action of the landlord is listed above with its buttons, not twice.
  const listed = new Set(spec.status === "open" ? spec.landlordActions.map((a) => a.id) : []);
  const agreed = spec.agreedActions.filter((a) => !listed.has(a.id));
  blocks.push(...actionAndDeadlineLists(agreed, spec.deadlines, locale));
  if (spec.closeReason !== null) blocks.push(context(ui.closedBecause(ui.closeReasons[spec.closeReason])));
  else blocks.push(context(spec.started ? ui.started : ui.notStarted));

  if (spec.status !== "closed") blocks.push(...actionBlocks(buttons(spec, locale)));
  return { summary: title, blocks };
}

/**
 * The landlord's own open actions (Actie 3 waarschuwingsbrief, advice to go to the police, …):
 * accept a proposal, finish an agreed one, or skip with a reason. Only landlord staff may.
 */
function landlordActionBlocks(spec: CaseOverview, locale: Locale): CardBlock[] {
  if (spec.status !== "open" || spec.landlordActions.length === 0) return [];
  const ui = uiTexts[locale];
  const blocks: CardBlock[] = [text(`*${ui.landlordActions.heading}*`), context(ui.landlordActions.hint)];
  for (const action of spec.landlordActions.slice(0, MAX_LANDLORD_ACTIONS_SHOWN)) {
    blocks.push(text(`*${ui.actionStatuses[action.status]}*: ${actionLine(action, locale, false)}`));
    blocks.push(...actionBlocks(landlordActionButtons(spec.caseId, action, locale)));
  }
  return blocks;
}

function landlordActionButtons(caseId: string, action: ActionView, locale: Locale): CardButton[] {
  const ui = uiTexts[locale];
  const value = encodeValue(actionRefValue, { c: caseId, a: action.id });
  const list: CardButton[] =
    action.status === "proposed"
      ? [button(CASE_BUTTON_IDS.landlordAcceptAction, ui.buttons.accept, value, "primary")]
      : [button(CASE_BUTTON_IDS.landlordDoneAction, ui.buttons.done, value, "primary")];
  if (action.skippable)
    list.push(button(CASE_BUTTON_IDS.landlordSkipAction, ui.buttons.skip, value, "danger"));
  return list;
}

function buttons(spec: CaseOverview, locale: Locale): CardButton[] {
  const ui = uiTexts[locale];
  const value = encodeValue(caseRefValue, { c: spec.caseId });
  const list: CardButton[] = [];
  if (spec.status === "open" && !spec.started)
    list.push(button(CASE_BUTTON_IDS.start, ui.buttons.start, value, "primary"));
  if (spec.status === "open" && spec.deadlines.length > 0) {
    list.push(button(CASE_BUTTON_IDS.extendDeadline, ui.buttons.extendDeadline, value));
  }
  if (spec.status === "open") {
    // Closing the case as resolved cannot be undone: the button asks first.
    const ask = ui.confirmStep;
    const confirm = { ...ask.resolve, deny: ask.deny };
    list.push(button(CASE_BUTTON_IDS.resolve, ui.buttons.resolve, value, "default", confirm));
  }
  list.push(button(CASE_BUTTON_IDS.summary, ui.buttons.summary, value));
  list.push(button(CASE_BUTTON_IDS.close, ui.buttons.close, value, "danger"));
  return list;
}
