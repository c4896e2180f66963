/**
 * The escalation ladder in the shared thread: the proposal and its grounds, the preconditions of
 * the next step (met / not met, with evidence), the letters, the interventions as counts only
 * (details are care-only) and, before Actie 6, what the court looks for.
 */

import { actionBlocks, button, context, fields, header, text } from "../../cards/blocks.ts";
import type { ButtonConfirm, Card, CardBlock, CardButton } from "../../cards/card.ts";
import { encodeValue } from "../../cards/payload.ts";
import { formatDate, formatDateTime } from "../../format.ts";
import type { ReadinessCondition } from "../../ladder/court.ts";
import { ladderTexts } from "../../ladder/texts.ts";
import type { Locale } from "../../model.ts";
import {
  CASE_BUTTON_IDS,
  caseRefValue,
  ladderStepValue,
  letterRefValue,
  proposalRefValue,
} from "../buttons.ts";
import type { LadderCardSpec } from "../cards.ts";
import { uiTexts } from "../texts/ui.ts";
import { bullets } from "./blocks.ts";

function readinessLine(condition: ReadinessCondition, locale: Locale): string {
  const ui = uiTexts[locale];
  const lt = ladderTexts[locale];
  const mark = condition.met ? `✓ ${ui.ladder.met}` : `✗ ${ui.ladder.unmet}`;
  switch (condition.id) {
    case "nuisanceDossier":
      return `${lt.readiness.nuisanceDossier}: ${mark} — ${lt.preconditions.nuisanceDossier({
        letters: condition.letters.length,
        timelineEntries: condition.timelineEntries,
      })}`;
    case "agreementsBroken":
      return `${lt.readiness.agreementsBroken}: ${mark} — ${condition.breaches.map((b) => b.description).join("; ") || ui.none}`;
    case "everythingPossibleDone":
      return `${lt.readiness.everythingPossibleDone}: ${mark} — ${lt.preconditions.everythingPossibleDone({
        offered: condition.interventionsOffered,
      })}`;
  }
}

export function renderLadderCard(spec: LadderCardSpec, locale: Locale): Card {
  const ui = uiTexts[locale];
  const lt = ladderTexts[locale];
  const title = `${lt.title} — ${spec.caseNumber} (${spec.participantReference})`;
  const blocks: CardBlock[] = [header(title)];
  blocks.push(
    fields([{ label: ui.ladder.current, value: spec.current === null ? ui.none : lt.steps[spec.current] }]),
  );

  if (spec.proposal !== null) {
    const p = spec.proposal;
    const lines = [
      `*${ui.ladder.proposed}: ${lt.steps[p.step]}*`,
      lt.situations[p.situation],
      ui.ladder.counting(p.countingComplaints),
    ];
    if (p.proposedBy === "person" && p.reason !== null) lines.push(ui.ladder.proposedByPerson(p.reason));
    if (p.situation === "repeatedComplaints" || p.step !== "actie3") lines.push(lt.consultParties);
    blocks.push(text(lines.join("\n")));
  }
  if (spec.next !== null) {
    const lines = spec.next.preconditions.map(
      (r) =>
        `${r.met ? "✓" : "✗"} ${lt.preconditions[r.id](r.evidence)} (${r.met ? ui.ladder.met : ui.ladder.unmet})`,
    );
    blocks.push(bullets(ui.ladder.preconditions(lt.steps[spec.next.step]), lines, locale));
  }
  for (const step of spec.steps.filter((s) => s.unmetPreconditions.length > 0)) {
    const list = step.unmetPreconditions
      .map((id) =>
        Object.hasOwn(lt.preconditionNames, id)
          ? lt.preconditionNames[id as keyof typeof lt.preconditionNames]
          : id,
      )
      .join(", ");
    blocks.push(context(ui.ladder.takenWithUnmet(lt.steps[step.step], list)));
  }
  if (spec.letters.length > 0) {
    const lines = spec.letters.map((l) =>
      ui.ladder.letterLine(lt.letters[l.kind], formatDate(l.sentAt, locale), l.registered, l.signedForSeen),
    );
    blocks.push(bullets(ui.ladder.letters, lines, locale));
  }
  const i = spec.interventions;
  if (i.offered > 0 || spec.current !== null)
    blocks.push(context(ui.ladder.interventions(i.offered, i.pending, i.unsuccessful)));
  if (spec.readiness !== null) {
    blocks.push(
      bullets(
        ui.ladder.readiness,
        spec.readiness.conditions.map((c) => readinessLine(c, locale)),
        locale,
      ),
    );
  }
  if (spec.court !== null) {
    const agreement = spec.court.agreement === null ? "" : ` (${spec.court.agreement})`;
    blocks.push(text(ui.ladder.court(`${lt.courtParties[spec.court.party]}${agreement}`)));
  }
  if (spec.alternativeAgreed)
    blocks.push(
      text(spec.evictedAt === null ? ui.ladder.alternativeAgreed : ui.ladder.evictedDespiteAlternative),
    );
  if (spec.evictedAt !== null) blocks.push(text(ui.ladder.evicted(formatDateTime(spec.evictedAt, locale))));
  if (spec.reflection !== null) {
    blocks.push(
      text(
        spec.reflection.heldAt === null
          ? ui.ladder.reflectionPlanned(formatDate(spec.reflection.dueAt, locale))
          : ui.ladder.reflectionHeld(formatDate(spec.reflection.heldAt, locale)),
      ),
    );
  }
  blocks.push(context(ui.ladder.neverBlocks));
  if (spec.open) blocks.push(...actionBlocks(buttons(spec, locale)));
  return { summary: title, blocks };
}

/** Escalating cannot be undone: the button asks first. */
function takeStepConfirm(step: string, locale: Locale): ButtonConfirm {
  const t = uiTexts[locale].confirmStep;
  return { title: t.takeStep.title, text: t.takeStep.text(step), confirm: t.takeStep.confirm, deny: t.deny };
}

function buttons(spec: LadderCardSpec, locale: Locale): CardButton[] {
  const ui = uiTexts[locale];
  const lt = ladderTexts[locale];
  const c = spec.caseId;
  const list: CardButton[] = [];
  if (spec.proposal !== null) {
    const p = spec.proposal;
    list.push(
      button(
        CASE_BUTTON_IDS.takeStep,
        ui.buttons.takeStep(lt.steps[p.step]),
        encodeValue(ladderStepValue, { c, s: p.step, p: p.id }),
        "primary",
        takeStepConfirm(lt.steps[p.step], locale),
      ),
    );
    list.push(
      button(CASE_BUTTON_IDS.skipStep, ui.buttons.skipStep, encodeValue(proposalRefValue, { c, p: p.id })),
    );
  } else if (spec.next !== null && spec.evictedAt === null) {
    list.push(
      button(
        CASE_BUTTON_IDS.takeStep,
        ui.buttons.takeStep(lt.steps[spec.next.step]),
        encodeValue(ladderStepValue, { c, s: spec.next.step }),
        "default",
        takeStepConfirm(lt.steps[spec.next.step], locale),
      ),
    );
  }
  const current = spec.current;
  if (current === "actie3" || current === "actie4" || current === "actie5") {
    list.push(
      button(
        CASE_BUTTON_IDS.recordLetter,
        ui.buttons.recordLetter,
        encodeValue(letterRefValue, { c, s: current }),
      ),
    );
  }
  const ref = encodeValue(caseRefValue, { c });
  if (current !== null) list.push(button(CASE_BUTTON_IDS.intervention, ui.buttons.intervention, ref));
  if (spec.interventions.pending > 0) {
    list.push(button(CASE_BUTTON_IDS.interventionOutcome, ui.buttons.interventionOutcome, ref));
  }
  if (current !== null) list.push(button(CASE_BUTTON_IDS.breach, ui.buttons.breach, ref));
  if (current === "actie6" && spec.court === null)
    list.push(button(CASE_BUTTON_IDS.courtPath, ui.buttons.courtPath, ref));
  if (current === "actie6" && spec.evictedAt === null) {
    // "Een gerechtelijke procedure is niet nodig als de deelnemer instemt met alternatieve huisvesting en zorg."
    if (!spec.alternativeAgreed) list.push(button(CASE_BUTTON_IDS.alternative, ui.buttons.alternative, ref));
    list.push(button(CASE_BUTTON_IDS.eviction, ui.buttons.eviction, ref));
  }
  if (spec.evictedAt !== null) {
    // Nieuwe kansen: the support goes on after the eviction, unless the participant explicitly declines.
    list.push(button(CASE_BUTTON_IDS.supportAfterEviction, ui.buttons.supportAfterEviction, ref));
    if (spec.reflection !== null && spec.reflection.heldAt === null)
      list.push(button(CASE_BUTTON_IDS.reflection, ui.buttons.reflection, ref));
  }
  return list;
}
