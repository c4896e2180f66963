/** Case card pieces: bulleted lists within the text limit, action and deadline lines. */
import { LIMITS, text } from "../../cards/blocks.ts";
import type { CardBlock } from "../../cards/card.ts";
import { DEADLINE_TEXTS } from "../../deadlines/texts.ts";
import { formatDateTime } from "../../format.ts";
import type { Locale } from "../../model.ts";
import type { ActionView, ComplaintView, DeadlineView } from "../cards.ts";
import { actionLabel } from "../texts/timeline-reader.ts";
import { uiTexts } from "../texts/ui.ts";

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

/** A bulleted list over as many text blocks as it needs: a summary shows every line. */
function allBullets(title: string, lines: string[], locale: Locale): CardBlock[] {
  if (lines.length === 0) return [bullets(title, lines, locale)];
  const blocks: CardBlock[] = [];
  let body = `*${title}*`;
  for (const line of lines) {
    const next = `${body}\n• ${line}`;
    if (next.length > LIMITS.text - 20) {
      blocks.push(text(body));
      body = `• ${line}`;
    } else body = next;
  }
  blocks.push(text(body));
  return blocks;
}

/** Actie 1: the marks of a complaint line (anonymous complainant, passed on late), or "". */
export function complaintMarks(complaint: ComplaintView, locale: Locale): string {
  const marks = uiTexts[locale].complaintMarks;
  const list = [
    ...(complaint.complainantAnonymous ? [marks.anonymous] : []),
    ...(complaint.passedToTeamInTime ? [] : [marks.passedLate]),
  ];
  return list.length === 0 ? "" : ` · ${list.join(" · ")}`;
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

/** The agreed actions and the open deadlines, each as a bulleted list (`complete`: every line). */
export function actionAndDeadlineLists(
  actions: ActionView[],
  deadlines: DeadlineView[],
  locale: Locale,
  complete = false,
): CardBlock[] {
  const ui = uiTexts[locale];
  const list = complete
    ? allBullets
    : (title: string, lines: string[], l: Locale) => [bullets(title, lines, l)];
  return [
    ...list(
      ui.agreedActions,
      actions.map((a) => actionLine(a, locale)),
      locale,
    ),
    ...list(
      ui.deadlines,
      deadlines.map((d) => deadlineLine(d, locale)),
      locale,
    ),
  ];
}

export function deadlineLine(deadline: DeadlineView, locale: Locale): string {
  const ui = uiTexts[locale];
  const label =
    deadline.actionCode === null
      ? ui.deadlineRules[deadline.rule]
      : actionLabel(deadline.actionCode, deadline.actionText, locale);
  // Termijnen: an overdue deadline carries the same mark as on the deadline list.
  const overdue = deadline.overdue ? ` · ${DEADLINE_TEXTS[locale].list.overdue}` : "";
  return `${formatDateTime(deadline.dueAt, locale)} — ${label} (${ui.roles[deadline.ownerRole]})${overdue}`;
}
