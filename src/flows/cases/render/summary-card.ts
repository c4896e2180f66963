/**
 * A case summary for one viewer: the shared channel and landlord staff see status, agreed actions,
 * deadlines and letters; the care team also sees hearings, assessments, care notes, interventions
 * and, after an eviction, whether the support goes on.
 */
import { assessmentResultLabel, assessmentTexts } from "../../assessment/texts.ts";
import { actionBlocks, button, context, fields, header, text } from "../../cards/blocks.ts";
import type { Card, CardBlock } from "../../cards/card.ts";
import { encodeValue } from "../../cards/payload.ts";
import { formatDate, formatDateTime } from "../../format.ts";
import type { InterventionDetail } from "../../ladder/model.ts";
import { ladderTexts } from "../../ladder/texts.ts";
import type { Locale } from "../../model.ts";
import { CASE_BUTTON_IDS, caseRefValue } from "../buttons.ts";
import type { SummaryCardSpec } from "../cards.ts";
import { uiTexts } from "../texts/ui.ts";
import { actionAndDeadlineLists, bullets, complaintMarks } from "./blocks.ts";

export function renderSummaryCard(spec: SummaryCardSpec, locale: Locale): Card {
  const ui = uiTexts[locale];
  const lt = ladderTexts[locale];
  const at = assessmentTexts[locale];
  const title = `${ui.summary.title(spec.caseNumber)} — ${spec.participantReference}`;
  const blocks: CardBlock[] = [header(title), context(ui.summary.forAudience[spec.audience])];
  if (spec.caseKind === "participantReport") blocks.push(context(ui.doesNotCountExplained));
  blocks.push(
    fields([
      { label: ui.fields.participant, value: spec.participantReference },
      { label: ui.fields.status, value: ui.statuses[spec.status] },
      { label: ui.fields.step, value: ui.steps[spec.step] },
      { label: ui.fields.ladder, value: spec.ladderStep === null ? ui.none : lt.steps[spec.ladderStep] },
    ]),
  );
  blocks.push(
    bullets(
      ui.complaintsHeading(spec.complaints.length),
      spec.complaints.map(
        (c) =>
          `${ui.complaintTypes[c.type]} — ${formatDateTime(c.occurredAt, locale)}${complaintMarks(c, locale)}: ${c.description}`,
      ),
      locale,
    ),
  );
  blocks.push(...actionAndDeadlineLists(spec.actions, spec.deadlines, locale, true));
  blocks.push(
    bullets(
      ui.summary.letters,
      spec.letters.map((l) => `${lt.letters[l.kind]} — ${formatDate(l.sentAt, locale)}`),
      locale,
    ),
  );
  // Termijnen: whether the complainants can notice the work (counts and dates, never their names).
  if (spec.complainantUpdates)
    blocks.push(
      context(
        ui.summary.complainantUpdates(
          spec.complainantUpdates.count,
          spec.complainantUpdates.lastAt === null ? null : formatDate(spec.complainantUpdates.lastAt, locale),
        ),
      ),
    );
  if (spec.care !== null) {
    const care = spec.care;
    blocks.push(
      bullets(
        ui.summary.hearings,
        care.hearings.map((h) => `${formatDateTime(h.heldAt, locale)}: ${h.notes}`),
        locale,
      ),
      bullets(
        ui.summary.assessments,
        care.assessments.map(
          (a) =>
            `${assessmentResultLabel(a, locale)} (${a.source === "table" ? at.tableSource : at.derivedPrefix})`,
        ),
        locale,
      ),
      bullets(
        ui.summary.careNotes,
        care.careNotes.map((n) => `${formatDateTime(n.at, locale)}: ${n.text}`),
        locale,
      ),
      bullets(
        ui.summary.interventions,
        care.interventions.map(
          (i) =>
            `${interventionLine(i.detail, i.note, locale)}${i.outcome === null ? "" : ` — ${lt.outcomes[i.outcome]}`}` +
            (i.returnHome === undefined
              ? ""
              : ` — ${ui.summary.returnHome(
                  i.returnHome.plannedAt === null ? null : formatDate(i.returnHome.plannedAt, locale),
                  i.returnHome.returnedAt === null ? null : formatDate(i.returnHome.returnedAt, locale),
                )}${i.returnHome.note === null ? "" : ` ${i.returnHome.note}`}`),
        ),
        locale,
      ),
    );
    if ((care.advocacy ?? []).length > 0)
      blocks.push(
        bullets(
          ui.summary.advocacy,
          (care.advocacy ?? []).map((a) => `${formatDate(a.at, locale)}: ${a.contacted} — ${a.outcome}`),
          locale,
        ),
      );
    if (care.supportAfterEviction !== null)
      blocks.push(text(ui.summary.supportAfterEviction(care.supportAfterEviction === "continues")));
  }
  // The nuisance dossier for whoever clicks: only the two audiences that have a version of it.
  if (spec.audience === "careTeam" || spec.audience === "landlord") {
    const value = encodeValue(caseRefValue, { c: spec.caseId });
    blocks.push(...actionBlocks([button(CASE_BUTTON_IDS.dossier, ui.buttons.dossier, value)]));
  }
  return { summary: title, blocks };
}

/** An intervention with its details as offered: daily, the time-out's reason, the decision, the place, the note. */
function interventionLine(detail: InterventionDetail, note: string | null, locale: Locale): string {
  const lt = ladderTexts[locale];
  const ui = uiTexts[locale];
  const parts = [lt.interventions[detail.kind]];
  switch (detail.kind) {
    case "scaleUpCare":
      if (detail.daily) parts.push(ui.summary.daily);
      break;
    case "timeOut":
      parts.push(lt.timeOutReasons[detail.reason]);
      break;
    case "rehousing":
      parts.push(lt.participantDecisions[detail.participantDecision]);
      break;
    case "otherPlace":
      parts.push(detail.description);
      break;
  }
  const line = parts.join(" — ");
  return note === null || note.trim() === "" ? line : `${line}. ${note}`;
}
