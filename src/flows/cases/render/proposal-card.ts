/**
 * The follow-up actions with their buttons, for the care team: Accept / Change / Skip on a
 * proposal, Done / Change / Skip on an agreed action, and "add action". Care-only actions are
 * tagged. The landlord's own actions are listed without buttons: landlord staff decide on them on
 * the case card in the shared channel, which only sees the actions that concern the landlord.
 */
import { assessmentResultLabel, assessmentTexts } from "../../assessment/texts.ts";
import { actionBlocks, button, context, header, text } from "../../cards/blocks.ts";
import type { Card, CardBlock, CardButton } from "../../cards/card.ts";
import { encodeValue } from "../../cards/payload.ts";
import type { Locale } from "../../model.ts";
import { actionRefValue, CASE_BUTTON_IDS, caseRefValue, consentValue } from "../buttons.ts";
import type { ActionView, ProposalCardSpec } from "../cards.ts";
import { ownedByLandlord } from "../state.ts";
import { uiTexts } from "../texts/ui.ts";
import { actionLine, actionText, bullets } from "./blocks.ts";

/** Two blocks per open action; keeps the card well under Slack's 50 blocks. */
const MAX_OPEN_ACTIONS_SHOWN = 18;

function actionButtons(caseId: string, action: ActionView, locale: Locale): CardButton[] {
  const ui = uiTexts[locale];
  const value = encodeValue(actionRefValue, { c: caseId, a: action.id });
  const list: CardButton[] =
    action.status === "proposed"
      ? [button(CASE_BUTTON_IDS.acceptAction, ui.buttons.accept, value, "primary")]
      : [button(CASE_BUTTON_IDS.doneAction, ui.buttons.done, value, "primary")];
  list.push(button(CASE_BUTTON_IDS.changeAction, ui.buttons.change, value));
  if (action.skippable) list.push(button(CASE_BUTTON_IDS.skipAction, ui.buttons.skip, value, "danger"));
  return list;
}

function openActionText(action: ActionView, locale: Locale): string {
  const ui = uiTexts[locale];
  const tag =
    action.audience === "careTeam"
      ? ` [${ui.proposal.careOnlyTag}]`
      : ownedByLandlord(action)
        ? ` [${ui.proposal.landlordDecidesTag}]`
        : "";
  return `*${ui.actionStatuses[action.status]}*${tag}: ${actionLine(action, locale, false)}`;
}

export function renderProposalCard(spec: ProposalCardSpec, locale: Locale): Card {
  const ui = uiTexts[locale];
  const at = assessmentTexts[locale];
  const title = `${ui.proposal.title(spec.caseNumber)} (${spec.participantReference})`;
  const blocks: CardBlock[] = [header(title), context(ui.proposal.careOnly)];

  if (spec.assessment !== null) {
    const rule =
      spec.assessment.source === "table"
        ? at.tableSource
        : `${at.derivedPrefix}: ${spec.assessment.derivedRules.map((r) => at.derivedRules[r]).join("; ")}`;
    blocks.push(text(`${assessmentResultLabel(spec.assessment, locale)}\n${rule}`));
  }

  const open = spec.actions.filter((a) => a.status === "proposed" || a.status === "accepted");
  const closed = spec.actions.filter((a) => a.status === "done" || a.status === "skipped");
  const mediationOpen = open.some((a) => a.requiresMediationConsent);
  if (mediationOpen) {
    blocks.push(context(ui.proposal.mediationConsent(spec.mediationConsent)));
    if (spec.open) {
      blocks.push(
        ...actionBlocks([
          button(
            CASE_BUTTON_IDS.mediationConsentYes,
            ui.buttons.consentYes,
            encodeValue(consentValue, { c: spec.caseId, v: true }),
          ),
          button(
            CASE_BUTTON_IDS.mediationConsentNo,
            ui.buttons.consentNo,
            encodeValue(consentValue, { c: spec.caseId, v: false }),
          ),
        ]),
      );
    }
  }

  for (const action of open.slice(0, MAX_OPEN_ACTIONS_SHOWN)) {
    blocks.push(text(openActionText(action, locale)));
    if (spec.open && !ownedByLandlord(action))
      blocks.push(...actionBlocks(actionButtons(spec.caseId, action, locale)));
  }
  if (open.length > MAX_OPEN_ACTIONS_SHOWN)
    blocks.push(context(ui.proposal.moreActions(open.length - MAX_OPEN_ACTIONS_SHOWN)));

  if (closed.length > 0) {
    const lines = closed.map((a) => `${actionText(a, locale)} (${ui.actionStatuses[a.status]})`);
    blocks.push(bullets(ui.proposal.closedActions, lines, locale));
  }
  if (spec.open) {
    const ref = encodeValue(caseRefValue, { c: spec.caseId });
    blocks.push(
      ...actionBlocks([
        button(CASE_BUTTON_IDS.addAction, ui.buttons.addAction, ref),
        button(CASE_BUTTON_IDS.writtenFeedback, ui.buttons.writtenFeedback, ref),
        button(CASE_BUTTON_IDS.careNote, ui.buttons.careNote, ref),
      ]),
    );
  }
  return { summary: title, blocks };
}
