/**
 * What the deadline cards show, as plain JSON-serialisable snapshots (dates as ISO strings; they
 * are stored in the outbox). Rendering to the neutral Card model is in card.ts.
 */
import type { DeadlineRule } from "../context.ts";
import { assertNever } from "../effects.ts";
import type { GuidelineStep, Locale, Role } from "../model.ts";
import type { DeadlineForm, DeadlineItem } from "./items.ts";
import type { DeadlineEvent, DeadlineView } from "./model.ts";
import type { NudgeStage } from "./schedule.ts";
import { DEADLINE_TEXTS } from "./texts.ts";

/** What became of a nudged deadline; a card with an outcome shows it instead of the buttons. */
export type DeadlineNudgeOutcome =
  | { kind: "done"; byMemberId: string; at: string }
  | { kind: "extended"; byMemberId: string; newDueAt: string }
  | { kind: "handedOver"; byMemberId: string; toMemberId: string }
  | { kind: "closed" };

/** The due ping: a direct message to the owner at the due time, naming the item. */
export interface DeadlineNudgeCardSpec {
  kind: "deadline.nudge";
  stage: NudgeStage;
  deadlineId: string;
  /** What is due: the action's title, the checklist item, the signal, the check. */
  itemLabel: string;
  /** A deadline with a form of its own (Actie 1's start, a check) offers that form, not "Klaar". */
  form: DeadlineForm | null;
  /** The case a form belongs to. */
  caseId: string | null;
  rule: DeadlineRule;
  step: GuidelineStep;
  dueAt: string;
  /** Which case or participant, without names, e.g. "Zaak 12 · HF-007". */
  subjectLabel: string;
  ownerRole: Role;
  ownerMemberId: string | null;
  /** The owner's display name when the service knows it; else a mention or the role is shown. */
  ownerName: string | null;
  outcome: DeadlineNudgeOutcome | null;
}

interface DeadlineListItem {
  deadlineId: string;
  subjectLabel: string;
  /** What the deadline is about ("Actie 3: …", "Startlijst: …"), as this reader may see it. */
  item: string;
  rule: DeadlineRule;
  step: GuidelineStep;
  dueAt: string;
}

/** `/nabuur mijn`: a member's open deadlines, soonest first; overdue ones are marked. */
export interface DeadlineListCardSpec {
  kind: "deadline.list";
  memberId: string;
  /** The moment the list was made: deadlines due before it are overdue. */
  asOf: string;
  items: DeadlineListItem[];
  /** Open deadlines left off the card (Slack allows 50 blocks per message). */
  more: number;
}

/** One line of the morning digest, with the buttons its reader may use on it. */
export interface DigestItem {
  deadlineId: string;
  subjectLabel: string;
  itemLabel: string;
  dueAt: string;
  /** Whose deadline it is (escalations name the owner). */
  ownerName: string | null;
  form: DeadlineForm | null;
  caseId: string | null;
  buttons: readonly DigestButton[];
}

export type DigestButton = "done" | "extend" | "handOver" | "form";

/**
 * "Vandaag voor jou": one message per person per working morning with everything due before the
 * next morning and everything overdue, and — for a coordinator or landlord contact — the overdue
 * deadlines of others on their cases, merged into the same message.
 */
export interface DeadlineDigestCardSpec {
  kind: "deadline.digest";
  memberId: string;
  asOf: string;
  own: DigestItem[];
  /** Overdue deadlines of others that this person is told of (coordinator, landlord contact). */
  others: DigestItem[];
  /** Items left off (Slack allows 50 blocks per message). */
  more: number;
}

/** The case thread's overdue summary: at most one per case (or participant, signal) per working day. */
export interface DeadlineOverdueSummaryCardSpec {
  kind: "deadline.overdue";
  subjectLabel: string;
  asOf: string;
  items: { itemLabel: string; dueAt: string; ownerName: string | null }[];
}

export type DeadlineCardSpec =
  | DeadlineNudgeCardSpec
  | DeadlineListCardSpec
  | DeadlineDigestCardSpec
  | DeadlineOverdueSummaryCardSpec
  | TeamOverviewCardSpec;

/** How many deadlines the list card shows (two blocks each). */
export const MAX_LIST_ITEMS = 15;

/** A deadline together with the label of its case or participant and what it is about. */
export interface LabelledDeadline {
  deadline: DeadlineView;
  subjectLabel: string;
  item: DeadlineItem;
}

/** Who reads a list: care-only items are named for the care team only (scheiding wonen en zorg). */
export interface ListViewer {
  role: Role;
  locale: Locale;
}

/**
 * The item's name as `viewer` may read it: landlord staff and every role outside the care team
 * get the neutral "Taak van het zorgteam" for a care-only item, never its title.
 */
function itemLabelFor(item: DeadlineItem, viewer: ListViewer): string {
  const careTeam = viewer.role === "careTeamMember" || viewer.role === "coordinator";
  return item.careOnly && !careTeam ? DEADLINE_TEXTS[viewer.locale].items.careOnly : item.label;
}

export function nudgeCardSpec(
  stage: NudgeStage,
  deadline: DeadlineView,
  labels: { subjectLabel: string; ownerName: string | null; item: DeadlineItem; caseId: string | null },
): DeadlineNudgeCardSpec {
  return {
    kind: "deadline.nudge",
    stage,
    deadlineId: deadline.id,
    itemLabel: labels.item.label,
    form: labels.item.form,
    caseId: labels.caseId,
    rule: deadline.rule,
    step: deadline.step,
    dueAt: deadline.dueAt,
    subjectLabel: labels.subjectLabel,
    ownerRole: deadline.ownerRole,
    ownerMemberId: deadline.ownerMemberId,
    ownerName: labels.ownerName,
    outcome: null,
  };
}

/** The resolved variant of a nudge card, shown after someone clicked one of its buttons. */
export function resolvedNudgeCardSpec(
  spec: DeadlineNudgeCardSpec,
  outcome: DeadlineNudgeOutcome,
): DeadlineNudgeCardSpec {
  return { ...spec, outcome };
}

/** The outcome a deadline event gives a nudge card; a reopened deadline has none (it is open again). */
export function nudgeOutcome(event: DeadlineEvent, now: Date): DeadlineNudgeOutcome | null {
  switch (event.type) {
    case "done":
      return { kind: "done", byMemberId: event.actor.memberId, at: now.toISOString() };
    case "extended":
      return {
        kind: "extended",
        byMemberId: event.actor.memberId,
        newDueAt: event.newDueAt.toISOString(),
      };
    case "handedOver":
      return { kind: "handedOver", byMemberId: event.actor.memberId, toMemberId: event.toMemberId };
    case "reopened":
      return null;
    default:
      return assertNever(event);
  }
}

/**
 * The open deadlines `memberId` owns, soonest first (ties by id), at most MAX_LIST_ITEMS; each
 * names its item for `viewer` (Termijnen: every list names its items).
 */
export function myDeadlinesCardSpec(
  memberId: string,
  deadlines: readonly LabelledDeadline[],
  asOf: Date,
  viewer: ListViewer,
): DeadlineListCardSpec {
  const mine = deadlines
    .filter(({ deadline }) => deadline.state === "open" && deadline.ownerMemberId === memberId)
    .sort(
      (a, b) =>
        Date.parse(a.deadline.dueAt) - Date.parse(b.deadline.dueAt) ||
        a.deadline.id.localeCompare(b.deadline.id),
    );
  return {
    kind: "deadline.list",
    memberId,
    asOf: asOf.toISOString(),
    items: mine.slice(0, MAX_LIST_ITEMS).map(({ deadline, subjectLabel, item }) => ({
      deadlineId: deadline.id,
      subjectLabel,
      item: itemLabelFor(item, viewer),
      rule: deadline.rule,
      step: deadline.step,
      dueAt: deadline.dueAt,
    })),
    more: Math.max(0, mine.length - MAX_LIST_ITEMS),
  };
}

/** One owner's open items of a case on the coordinator's overview. */
interface TeamOverviewOwner {
  /** The owner's display name; the role when the deadline has no one person yet. */
  owner: string;
  items: { deadlineId: string; item: string; dueAt: string }[];
}

export interface TeamOverviewCase {
  subjectLabel: string;
  /** Whether one of its items was due before the overview was made. */
  overdue: boolean;
  owners: TeamOverviewOwner[];
}

/** `/nabuur overzicht`: the team's open cases, overdue first, with each owner's open items. */
export interface TeamOverviewCardSpec {
  kind: "deadline.overview";
  asOf: string;
  cases: TeamOverviewCase[];
  /** Open cases left off the card. */
  more: number;
}

/** How many cases the overview shows (one block each). */
export const MAX_OVERVIEW_CASES = 20;

/** An open case of the team with its label and its deadlines (open or not; the builder picks). */
export interface OverviewCase {
  subjectLabel: string;
  deadlines: readonly LabelledDeadline[];
}

/**
 * The coordinator's overview: cases with an overdue item first, then by their soonest item (cases
 * without open items last), otherwise in the order given; within a case the owners in the order
 * of their soonest item, each owner's items soonest first. `ownerNames` maps member ids to
 * display names.
 */
export function teamOverviewCardSpec(
  cases: readonly OverviewCase[],
  ownerNames: ReadonlyMap<string, string>,
  asOf: Date,
  viewer: ListViewer,
): TeamOverviewCardSpec {
  const roles = DEADLINE_TEXTS[viewer.locale].roles;
  const built = cases.map((overviewCase, index) => {
    const open = overviewCase.deadlines
      .filter(({ deadline }) => deadline.state === "open")
      .sort(
        (a, b) =>
          Date.parse(a.deadline.dueAt) - Date.parse(b.deadline.dueAt) ||
          a.deadline.id.localeCompare(b.deadline.id),
      );
    const owners = new Map<string, TeamOverviewOwner>();
    for (const { deadline, item } of open) {
      const owner =
        (deadline.ownerMemberId === null ? undefined : ownerNames.get(deadline.ownerMemberId)) ??
        roles[deadline.ownerRole];
      const entry = owners.get(owner) ?? { owner, items: [] };
      entry.items.push({ deadlineId: deadline.id, item: itemLabelFor(item, viewer), dueAt: deadline.dueAt });
      owners.set(owner, entry);
    }
    const soonest = open[0] === undefined ? Number.POSITIVE_INFINITY : Date.parse(open[0].deadline.dueAt);
    return {
      index,
      soonest,
      overviewCase: {
        subjectLabel: overviewCase.subjectLabel,
        overdue: soonest < asOf.getTime(),
        owners: [...owners.values()],
      },
    };
  });
  built.sort(
    (a, b) =>
      Number(b.overviewCase.overdue) - Number(a.overviewCase.overdue) ||
      (a.soonest === b.soonest ? 0 : a.soonest < b.soonest ? -1 : 1) ||
      a.index - b.index,
  );
  return {
    kind: "deadline.overview",
    asOf: asOf.toISOString(),
    cases: built.slice(0, MAX_OVERVIEW_CASES).map(({ overviewCase }) => overviewCase),
    more: Math.max(0, built.length - MAX_OVERVIEW_CASES),
  };
}
