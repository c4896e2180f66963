/**
 * Small, pure formatting helpers for card and form texts: dates as people in the Netherlands read
 * them (Europe/Amsterdam time, Dutch or English), member mentions and cutting long text to the
 * platforms' limits. Used by every module that renders cards.
 */
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns/format";
import { enGB } from "date-fns/locale/en-GB";
import { nl } from "date-fns/locale/nl";
import { AMSTERDAM_TIME_ZONE } from "./calendar/amsterdam.ts";
import type { Locale } from "./model.ts";

/** An ISO instant in Amsterdam time with a date-fns pattern; an empty or invalid value gives "". */
function formatInAmsterdam(iso: string | null | undefined, locale: Locale, pattern: string): string {
  if (iso === null || iso === undefined || iso === "") return "";
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return "";
  return format(new TZDate(time, AMSTERDAM_TIME_ZONE), pattern, { locale: locale === "nl" ? nl : enGB });
}

const WEEKDAYS: Record<Locale, readonly string[]> = {
  nl: ["zo", "ma", "di", "wo", "do", "vr", "za"],
  en: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
};

const MONTHS: Record<Locale, readonly string[]> = {
  nl: ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
};

/**
 * The one date of every chat text (cards, digests, summaries, form hints): "do 5 mrt 2026" /
 * "Thu 5 Mar 2026" in Amsterdam time, with " 10:00" when `withTime`; "" for an empty or invalid value.
 */
function chatDate(iso: string | null | undefined, locale: Locale, withTime: boolean): string {
  if (iso === null || iso === undefined || iso === "") return "";
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return "";
  const local = new TZDate(time, AMSTERDAM_TIME_ZONE);
  const day = `${WEEKDAYS[locale][local.getDay()]} ${local.getDate()} ${MONTHS[locale][local.getMonth()]} ${local.getFullYear()}`;
  if (!withTime) return day;
  const hours = String(local.getHours()).padStart(2, "0");
  const minutes = String(local.getMinutes()).padStart(2, "0");
  return `${day} ${hours}:${minutes}`;
}

/** "do 5 mrt 2026 10:00" / "Thu 5 Mar 2026 10:00"; an empty or invalid value gives "". */
export function formatDateTime(iso: string | null | undefined, locale: Locale): string {
  return chatDate(iso, locale, true);
}

/** "do 5 mrt 2026" / "Thu 5 Mar 2026"; an empty or invalid value gives "". */
export function formatDate(iso: string | null | undefined, locale: Locale): string {
  return chatDate(iso, locale, false);
}

/** "12 maart 2024" / "12 March 2024", for letters and the dossier; an empty or invalid value gives "". */
export function formatLongDate(iso: string | null | undefined, locale: Locale): string {
  return formatInAmsterdam(iso, locale, "d MMMM yyyy");
}

/**
 * A member mention: a neutral `<@memberId>` reference, kept as it is in the outbox. Delivery
 * turns it into the person's name or the platform's own mention; the flows only know member ids.
 */
export function mention(memberId: string): string {
  return `<@${memberId}>`;
}

/**
 * A member named by their display name on every platform ("Sanne de Wit", never a chat handle):
 * for owners and assignees on cards, where a platform mention would show the handle.
 */
export function memberName(memberId: string): string {
  return `<@name:${memberId}>`;
}

const MENTION_REFERENCE = /<@(name:)?([0-9a-f-]{36})>/g;

/** The member ids that `text` mentions or names (see `mention` and `memberName`). */
export function mentionedMemberIds(text: string): string[] {
  return [...new Set([...text.matchAll(MENTION_REFERENCE)].map((match) => match[2]!))];
}

/** `text` with every member reference replaced by `render(memberId, byName)`. */
export function replaceMentions(text: string, render: (memberId: string, byName: boolean) => string): string {
  return text.replace(MENTION_REFERENCE, (_reference, byName: string | undefined, memberId: string) =>
    render(memberId, byName !== undefined),
  );
}

/** Cuts a text to `max` characters with an ellipsis (Slack: 3000 per text block, 75 per button label). */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}
