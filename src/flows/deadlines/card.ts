/**
 * Pure renderers of the deadline cards into the neutral Card model (Dutch default, English):
 * the nudge card (heads-up, due, overdue; open or resolved), the "my deadlines" list and the
 * coordinator's overview of the team.
 */

import { DEFAULT_DEADLINE_SETTINGS, type DeadlineSettings, describeRule } from "../calendar/index.ts";
import { button, header, LIMITS, text } from "../cards/blocks.ts";
import type { Card, CardBlock, CardButton } from "../cards/card.ts";
import { encodeValue } from "../cards/payload.ts";
import { CASE_BUTTON_IDS, caseRefValue, checkRefValue } from "../cases/buttons.ts";
import { assertNever } from "../effects.ts";
import { memberName } from "../format.ts";
import type { Locale } from "../model.ts";
import { DEADLINE_BUTTON_IDS, encodeDeadlineRef } from "./buttons.ts";
import type {
  DeadlineCardSpec,
  DeadlineDigestCardSpec,
  DeadlineListCardSpec,
  DeadlineNudgeCardSpec,
  DeadlineNudgeOutcome,
  DeadlineOverdueSummaryCardSpec,
  DigestItem,
  TeamOverviewCardSpec,
  TeamOverviewCase,
} from "./card-spec.ts";
import { formatDueAt } from "./format.ts";
import type { DeadlineForm } from "./items.ts";
import { DEADLINE_TEXTS, type DeadlineTexts } from "./texts.ts";

/**
 * `settings` are the configured deadline periods, so that the rule is described with the period
 * that actually applies ("binnen 5 werkdagen").
 */
export function renderDeadlineCard(
  spec: DeadlineCardSpec,
  locale: Locale = "nl",
  settings: DeadlineSettings = DEFAULT_DEADLINE_SETTINGS,
): Card {
  switch (spec.kind) {
    case "deadline.nudge":
      return renderNudge(spec, locale, settings);
    case "deadline.list":
      return renderList(spec, locale);
    case "deadline.digest":
      return renderDigest(spec, locale);
    case "deadline.overdue":
      return renderOverdueSummary(spec, locale);
    case "deadline.overview":
      return renderOverview(spec, locale);
    default:
      return assertNever(spec);
  }
}

// Termijnen: what is due (the item by name), for which case, when, and what the owner can do about it.
function renderNudge(spec: DeadlineNudgeCardSpec, locale: Locale, settings: DeadlineSettings): Card {
  const t = DEADLINE_TEXTS[locale];
  const stage = t.stages[spec.stage];
  const due = formatDueAt(spec.dueAt, locale);
  // Cards stored before items were named carry no item label.
  const item = spec.itemLabel ?? t.items.other;
  const form = spec.form ?? null;
  const blocks: CardBlock[] = [
    header(stage.header(item)),
    {
      type: "fields",
      fields: [
        { label: t.card.due, value: due },
        { label: t.card.owner, value: ownerLabel(spec, t) },
        { label: t.card.step, value: t.steps[spec.step] },
      ],
    },
    { type: "context", text: `${t.card.rule}: ${describeRule(spec.rule, locale, settings)}` },
  ];
  if (spec.outcome === null) {
    const intro = form && spec.caseId ? stage.introForm : stage.intro;
    blocks.splice(1, 0, { type: "text", text: intro(spec.subjectLabel, due) });
    const buttons =
      form && spec.caseId
        ? [formButton(form, spec.caseId, t), ...deadlineButtons(spec.deadlineId, t, ["extend"])]
        : deadlineButtons(spec.deadlineId, t);
    blocks.push({ type: "actions", buttons });
  } else {
    blocks.push(text(outcomeText(spec.outcome, t, locale)));
  }
  return { summary: stage.summary(item, spec.subjectLabel, due), blocks };
}

/** The form of a deadline that has one: Actie 1's start, the four-week check, the six-week follow-up. */
function formButton(form: DeadlineForm, caseId: string, t: DeadlineTexts): CardButton {
  if (form === "start") {
    return button(
      CASE_BUTTON_IDS.start,
      t.buttons.start,
      encodeValue(caseRefValue, { c: caseId }),
      "primary",
    );
  }
  return button(
    CASE_BUTTON_IDS.followUpCheck,
    t.buttons.check,
    encodeValue(checkRefValue, { c: caseId, k: form }),
    "primary",
  );
}

// "Vandaag voor jou": the person's own items, then the overdue items of others they are told of.
function renderDigest(spec: DeadlineDigestCardSpec, locale: Locale): Card {
  const t = DEADLINE_TEXTS[locale];
  const asOf = Date.parse(spec.asOf);
  const blocks: CardBlock[] = [header(t.digest.header)];
  if (spec.own.length > 0) blocks.push(text(t.digest.intro));
  for (const item of spec.own) {
    const due = formatDueAt(item.dueAt, locale);
    const late = Date.parse(item.dueAt) < asOf ? ` · ${t.digest.overdue}` : "";
    blocks.push(text(`${t.digest.item(item.itemLabel, item.subjectLabel, due)}${late}`));
    const buttons = digestButtons(item, t);
    if (buttons.length > 0) blocks.push({ type: "actions", buttons });
  }
  if (spec.others.length > 0) {
    blocks.push({ type: "divider" }, header(t.digest.othersHeader), text(t.digest.othersIntro));
    for (const item of spec.others) {
      const due = formatDueAt(item.dueAt, locale);
      const owner = item.ownerName ?? t.roles.careTeamMember;
      blocks.push(text(t.digest.otherItem(item.itemLabel, item.subjectLabel, owner, due)));
      const buttons = digestButtons(item, t);
      if (buttons.length > 0) blocks.push({ type: "actions", buttons });
    }
  }
  if (spec.more > 0) blocks.push({ type: "context", text: t.digest.more(spec.more) });
  return { summary: t.digest.summary(spec.own.length + spec.others.length + spec.more), blocks };
}

function digestButtons(item: DigestItem, t: DeadlineTexts): CardButton[] {
  const buttons: CardButton[] = [];
  if (item.buttons.includes("form") && item.form && item.caseId)
    buttons.push(formButton(item.form, item.caseId, t));
  const plain = item.buttons.filter((kind): kind is "done" | "extend" | "handOver" => kind !== "form");
  return [...buttons, ...deadlineButtons(item.deadlineId, t, plain)];
}

// The case thread's overdue summary: what is over its term, whose it is; no buttons in the shared channel.
function renderOverdueSummary(spec: DeadlineOverdueSummaryCardSpec, locale: Locale): Card {
  const t = DEADLINE_TEXTS[locale];
  const lines = spec.items.map((item) =>
    t.overdueSummary.item(
      item.itemLabel,
      item.ownerName ?? t.roles.careTeamMember,
      formatDueAt(item.dueAt, locale),
    ),
  );
  return {
    summary: t.overdueSummary.summary(spec.subjectLabel, spec.items.length),
    blocks: [
      header(t.overdueSummary.header(spec.subjectLabel)),
      text(lines.join("\n")),
      { type: "context", text: t.overdueSummary.context },
    ],
  };
}

function ownerLabel(spec: DeadlineNudgeCardSpec, t: DeadlineTexts): string {
  if (spec.ownerName !== null && spec.ownerName.trim() !== "") return spec.ownerName;
  if (spec.ownerMemberId !== null) return memberName(spec.ownerMemberId);
  return t.roles[spec.ownerRole];
}

function outcomeText(outcome: DeadlineNudgeOutcome, t: DeadlineTexts, locale: Locale): string {
  switch (outcome.kind) {
    case "done":
      return t.card.done(memberName(outcome.byMemberId), formatDueAt(outcome.at, locale));
    case "extended":
      return t.card.extended(memberName(outcome.byMemberId), formatDueAt(outcome.newDueAt, locale));
    case "handedOver":
      return t.card.handedOver(memberName(outcome.byMemberId), memberName(outcome.toMemberId));
    case "closed":
      return t.card.closed;
    default:
      return assertNever(outcome);
  }
}

type PlainButton = "done" | "extend" | "handOver";

/** Klaar / Meer tijd / Overdragen (or those of them given), each carrying `{"d":"<deadlineId>"}`. */
function deadlineButtons(
  deadlineId: string,
  t: DeadlineTexts,
  which: readonly PlainButton[] = ["done", "extend", "handOver"],
): CardButton[] {
  const value = encodeDeadlineRef(deadlineId);
  const all: Record<PlainButton, CardButton> = {
    done: button(DEADLINE_BUTTON_IDS.done, t.buttons.done, value, "primary"),
    extend: button(DEADLINE_BUTTON_IDS.extend, t.buttons.extend, value, "default"),
    handOver: button(DEADLINE_BUTTON_IDS.handOver, t.buttons.handOver, value, "default"),
  };
  return which.map((kind) => all[kind]);
}

// `/nabuur mijn`: the member's open deadlines, soonest first, overdue ones marked. Each line names
// its item, then its case or participant and when it is due (Termijnen: every list names its
// items); its buttons carry that one deadline's id.
function renderList(spec: DeadlineListCardSpec, locale: Locale): Card {
  const t = DEADLINE_TEXTS[locale];
  const blocks: CardBlock[] = [{ type: "header", text: t.list.header }];
  const open = spec.items.length + spec.more;
  if (open === 0) {
    blocks.push({ type: "text", text: t.list.empty });
    return { summary: t.list.summary(0), blocks };
  }
  for (const item of spec.items) {
    const due = formatDueAt(item.dueAt, locale);
    const overdue = isOverdue(item.dueAt, spec.asOf) ? ` · ${t.list.overdue}` : "";
    blocks.push(text(`${t.list.item(item.item, item.subjectLabel, due)}${overdue}`));
    blocks.push({ type: "actions", buttons: deadlineButtons(item.deadlineId, t) });
  }
  if (spec.more > 0) blocks.push({ type: "context", text: t.list.more(spec.more) });
  return { summary: t.list.summary(open), blocks };
}

function isOverdue(dueAt: string, asOf: string): boolean {
  return Date.parse(dueAt) < Date.parse(asOf);
}

// The coordinator's overview: one block per open case, overdue cases first and marked as the list
// marks them; under each owner (by name) their open items, named as on their own list.
function renderOverview(spec: TeamOverviewCardSpec, locale: Locale): Card {
  const t = DEADLINE_TEXTS[locale];
  const blocks: CardBlock[] = [{ type: "header", text: t.overview.header }];
  const open = spec.cases.length + spec.more;
  if (open === 0) {
    blocks.push({ type: "text", text: t.overview.empty });
    return { summary: t.overview.summary(0), blocks };
  }
  for (const overviewCase of spec.cases) blocks.push(text(overviewCaseText(overviewCase, spec.asOf, locale)));
  if (spec.more > 0) blocks.push({ type: "context", text: t.overview.more(spec.more) });
  return { summary: t.overview.summary(open), blocks };
}

/** One case of the overview as one text block; lines that do not fit are counted instead. */
function overviewCaseText(overviewCase: TeamOverviewCase, asOf: string, locale: Locale): string {
  const t = DEADLINE_TEXTS[locale];
  const title = `*${overviewCase.subjectLabel}*${overviewCase.overdue ? ` · ${t.list.overdue}` : ""}`;
  if (overviewCase.owners.length === 0) return `${title}\n${t.overview.noItems}`;
  const lines = overviewCase.owners.flatMap((owner) => [
    `_${owner.owner}_`,
    ...owner.items.map((item) => {
      const overdue = isOverdue(item.dueAt, asOf) ? ` · ${t.list.overdue}` : "";
      return `• ${t.overview.item(item.item, formatDueAt(item.dueAt, locale))}${overdue}`;
    }),
  ]);
  let body = title;
  let shown = 0;
  for (const line of lines) {
    if (`${body}\n${line}`.length > LIMITS.text - 20) break;
    body = `${body}\n${line}`;
    shown += 1;
  }
  if (shown < lines.length) body += `\n… (+${lines.length - shown})`;
  return body;
}
