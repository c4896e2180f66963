/**
 * The messages the nudges become (Termijnen; SPEC §5), each written for its reader:
 * - the due ping: a direct message to the owner at the due time, naming the item, with the
 *   owner's buttons (a form of its own for Actie 1's start and the checks);
 * - the morning digest "Vandaag voor jou": one direct message per person per working day, with
 *   their own items and the overdue items of others they are told of, each with only the buttons
 *   that reader may use;
 * - the case thread's overdue summary: one post per case (or participant, signal) per working day,
 *   without buttons (the shared channel), care-only items without their title.
 */
import type { MessageTarget } from "../effects.ts";
import type { Role } from "../model.ts";
import { PERMISSION_ROLES } from "../policy/permission-names.ts";
import {
  type DeadlineDigestCardSpec,
  type DeadlineNudgeCardSpec,
  type DeadlineOverdueSummaryCardSpec,
  type DigestButton,
  type DigestItem,
  nudgeCardSpec,
} from "./card-spec.ts";
import type { DeadlineForm, DeadlineItem } from "./items.ts";
import type { DeadlineView } from "./model.ts";
import { DEADLINE_TEXTS } from "./texts.ts";

export interface DeadlineMessage<S = DeadlineNudgeCardSpec> {
  target: MessageTarget;
  /**
   * Null for the digest and the overdue summary: each is a new message, so it notifies. The due
   * ping has a key of its own per due time (a later due time is a new ping, which notifies too), so
   * that Klaar, Meer tijd or Overdragen can edit it into its resolved variant.
   */
  updateKey: string | null;
  card: S;
}

/** The update keys of a deadline's due pings start with this (see nudgeMessageKey). */
export function nudgeKeyPrefix(deadlineId: string): string {
  return `deadline:${deadlineId}:nudge:`;
}

/** The due ping of a deadline at one due time. */
function nudgeMessageKey(deadlineId: string, dueAt: string): string {
  return `${nudgeKeyPrefix(deadlineId)}${Date.parse(dueAt)}`;
}

/** A deadline with what the reader needs to know of it. */
export interface NamedDeadline {
  deadline: DeadlineView;
  subjectLabel: string;
  item: DeadlineItem;
  ownerName: string | null;
  /** The case the deadline belongs to (for the forms of Actie 1 and the checks). */
  caseId: string | null;
}

/** At due: one ping to the owner, by direct message; none when the owner is not a known member. */
export function pingMessage(named: NamedDeadline): DeadlineMessage | null {
  const { deadline } = named;
  if (deadline.ownerMemberId === null || deadline.ownerMemberId === "") return null;
  return {
    target: { kind: "dm", memberId: deadline.ownerMemberId },
    updateKey: nudgeMessageKey(deadline.id, deadline.dueAt),
    card: nudgeCardSpec("due", deadline, named),
  };
}

/** The permission a deadline's own form needs (Actie 1's start; the checks are the assessment's). */
const FORM_PERMISSION = {
  start: "startCase",
  fourWeeks: "recordAssessment",
  sixWeeks: "recordAssessment",
} as const;

function may(role: Role, permission: keyof typeof PERMISSION_ROLES): boolean {
  return PERMISSION_ROLES[permission].includes(role);
}

/**
 * The buttons a reader may use on a line: the owner the deadline's own buttons (its form, or
 * Klaar / Meer tijd / Overdragen); a coordinator on someone else's overdue item "Overdragen";
 * anyone else none (a landlord contact is told, not asked).
 */
function buttonsFor(reader: { memberId: string; role: Role }, named: NamedDeadline): DigestButton[] {
  const mayDeadline = may(reader.role, "extendDeadline");
  if (named.deadline.ownerMemberId === reader.memberId) {
    const form: DeadlineForm | null = named.item.form;
    if (form && named.caseId) {
      return [
        ...(may(reader.role, FORM_PERMISSION[form]) ? (["form"] as const) : []),
        ...(mayDeadline ? (["extend"] as const) : []),
      ];
    }
    return mayDeadline ? ["done", "extend", "handOver"] : [];
  }
  return reader.role === "coordinator" && mayDeadline ? ["handOver"] : [];
}

function digestItem(
  reader: { memberId: string; role: Role; locale: "nl" | "en" },
  named: NamedDeadline,
): DigestItem {
  const hidden = named.item.careOnly && reader.role === "landlordStaff";
  return {
    deadlineId: named.deadline.id,
    subjectLabel: named.subjectLabel,
    itemLabel: hidden ? DEADLINE_TEXTS[reader.locale].items.careOnly : named.item.label,
    dueAt: named.deadline.dueAt,
    ownerName: named.ownerName,
    form: named.item.form,
    caseId: named.caseId,
    buttons: buttonsFor(reader, named),
  };
}

/** How many lines a digest shows (two blocks each; Slack allows 50 blocks per message). */
export const MAX_DIGEST_ITEMS = 20;

const byDue = (a: NamedDeadline, b: NamedDeadline) =>
  Date.parse(a.deadline.dueAt) - Date.parse(b.deadline.dueAt) || a.deadline.id.localeCompare(b.deadline.id);

/** "Vandaag voor jou" for one reader; null when there is nothing to tell. */
export function digestMessage(
  reader: { memberId: string; role: Role; locale: "nl" | "en" },
  own: readonly NamedDeadline[],
  others: readonly NamedDeadline[],
  asOf: Date,
): DeadlineMessage<DeadlineDigestCardSpec> | null {
  if (own.length === 0 && others.length === 0) return null;
  const mine = [...own].sort(byDue).slice(0, MAX_DIGEST_ITEMS);
  const theirs = [...others].sort(byDue).slice(0, Math.max(0, MAX_DIGEST_ITEMS - mine.length));
  return {
    target: { kind: "dm", memberId: reader.memberId },
    updateKey: null,
    card: {
      kind: "deadline.digest",
      memberId: reader.memberId,
      asOf: asOf.toISOString(),
      own: mine.map((named) => digestItem(reader, named)),
      others: theirs.map((named) => digestItem(reader, named)),
      more: own.length + others.length - mine.length - theirs.length,
    },
  };
}

/** The case thread's overdue summary (shared channel): care-only items without their title. */
export function overdueSummaryMessage(
  subjectLabel: string,
  overdue: readonly NamedDeadline[],
  asOf: Date,
  locale: "nl" | "en",
): DeadlineMessage<DeadlineOverdueSummaryCardSpec> | null {
  if (overdue.length === 0) return null;
  return {
    target: { kind: "channel", audience: "shared", inCaseThread: true },
    updateKey: null,
    card: {
      kind: "deadline.overdue",
      subjectLabel,
      asOf: asOf.toISOString(),
      items: [...overdue].sort(byDue).map((named) => ({
        itemLabel: named.item.careOnly ? DEADLINE_TEXTS[locale].items.careOnly : named.item.label,
        dueAt: named.deadline.dueAt,
        ownerName: named.ownerName,
      })),
    },
  };
}
