/**
 * Actie 2 assessment card, for the care team / support worker only: three button pairs (clicked in
 * any order, changeable until confirmed), the answers so far, and the confirm button.
 */
import { completeAnswers } from "../../assessment/answers.ts";
import { assessmentResultLabel, assessmentTexts } from "../../assessment/texts.ts";
import { actionBlocks, button, context, fields, header, text } from "../../cards/blocks.ts";
import type { Card, CardBlock, CardButton } from "../../cards/card.ts";
import { encodeValue } from "../../cards/payload.ts";
import type { Locale } from "../../model.ts";
import { answerValue, assessmentRefValue, CASE_BUTTON_IDS, caseRefValue } from "../buttons.ts";
import type { AssessmentCardSpec } from "../cards.ts";
import { uiTexts } from "../texts/ui.ts";

function pair(
  chosen: boolean | null,
  yes: { id: string; label: string; value: string },
  no: { id: string; label: string; value: string },
): CardButton[] {
  return [
    button(yes.id, yes.label, yes.value, chosen === true ? "primary" : "default"),
    button(no.id, no.label, no.value, chosen === false ? "primary" : "default"),
  ];
}

export function renderAssessmentCard(spec: AssessmentCardSpec, locale: Locale): Card {
  const ui = uiTexts[locale];
  const at = assessmentTexts[locale];
  const { answers } = spec;
  const title = `${ui.assessment.ofCase(spec.caseNumber, spec.participantReference)} · ${at.title}`;
  const blocks: CardBlock[] = [header(title), context(ui.assessment.careOnly)];
  if (spec.complaints.length > 0) {
    blocks.push(
      text(
        `*${ui.assessment.complaints}*: ${spec.complaints.map((c) => ui.assessment.complaint(c.number, ui.complaintTypes[c.type])).join(", ")}`,
      ),
    );
  }
  const first = spec.complaints[0];
  if (spec.replacedBy !== null && first !== undefined)
    blocks.push(context(ui.assessment.replaced(first.number, spec.replacedBy)));
  blocks.push(context(spec.hearingRecorded ? ui.assessment.hearingRecorded : ui.assessment.noHearingYet));
  if (spec.reassessment) blocks.push(context(ui.assessment.reassessment));

  const shown = (value: boolean | null, yes: string, no: string) => (value === null ? "—" : value ? yes : no);
  blocks.push(
    fields([
      {
        label: at.questions.behaviour,
        value:
          answers.behaviour === null
            ? "—"
            : answers.behaviour === "conscious"
              ? at.conscious
              : at.unconscious,
      },
      {
        label: at.questions.justifiedByParticipant,
        value: shown(answers.justifiedByParticipant, at.justifiedByParticipant, at.unjustifiedByParticipant),
      },
      {
        label: at.questions.justifiedByWorker,
        value: shown(answers.justifiedByWorker, at.justifiedByWorker, at.unjustifiedByWorker),
      },
    ]),
  );

  if (spec.confirmed !== null && !spec.pending) {
    const rule =
      spec.confirmed.source === "table"
        ? at.tableSource
        : `${at.derivedPrefix}: ${spec.confirmed.derivedRules.map((r) => at.derivedRules[r]).join("; ")}`;
    blocks.push(
      text(`*${ui.assessment.confirmed}*: ${assessmentResultLabel(spec.confirmed, locale)}\n${rule}`),
    );
  }

  // A replaced card offers no buttons: its answers would not belong to the new assessment.
  if (spec.open && spec.replacedBy === null) {
    const c = spec.caseId;
    // The buttons name the card's first complaint (its identity): see requireCurrentCard.
    const k = first?.id;
    const enc = (v: Parameters<typeof answerValue.parse>[0]) => encodeValue(answerValue, v);
    const behaviour = answers.behaviour === null ? null : answers.behaviour === "conscious";
    blocks.push(
      ...actionBlocks(
        pair(
          behaviour,
          {
            id: CASE_BUTTON_IDS.answerConscious,
            label: at.conscious,
            value: enc({ c, k, q: "behaviour", v: "conscious" }),
          },
          {
            id: CASE_BUTTON_IDS.answerUnconscious,
            label: at.unconscious,
            value: enc({ c, k, q: "behaviour", v: "unconscious" }),
          },
        ),
      ),
      ...actionBlocks(
        pair(
          answers.justifiedByParticipant,
          {
            id: CASE_BUTTON_IDS.answerJustifiedByParticipant,
            label: at.justifiedByParticipant,
            value: enc({ c, k, q: "justifiedByParticipant", v: true }),
          },
          {
            id: CASE_BUTTON_IDS.answerUnjustifiedByParticipant,
            label: at.unjustifiedByParticipant,
            value: enc({ c, k, q: "justifiedByParticipant", v: false }),
          },
        ),
      ),
      ...actionBlocks(
        pair(
          answers.justifiedByWorker,
          {
            id: CASE_BUTTON_IDS.answerJustifiedByWorker,
            label: at.justifiedByWorker,
            value: enc({ c, k, q: "justifiedByWorker", v: true }),
          },
          {
            id: CASE_BUTTON_IDS.answerUnjustifiedByWorker,
            label: at.unjustifiedByWorker,
            value: enc({ c, k, q: "justifiedByWorker", v: false }),
          },
        ),
      ),
    );
    const ref = encodeValue(caseRefValue, { c });
    const last: CardButton[] = [button(CASE_BUTTON_IDS.hearing, ui.buttons.hearing, ref)];
    if (spec.pending && completeAnswers(answers) !== null) {
      const confirm = encodeValue(assessmentRefValue, { c, k });
      last.unshift(button(CASE_BUTTON_IDS.confirmAssessment, ui.buttons.confirm, confirm, "primary"));
    } else if (spec.pending) {
      blocks.push(context(ui.assessment.answerAll));
    }
    blocks.push(...actionBlocks(last));
  }
  return { summary: title, blocks };
}
