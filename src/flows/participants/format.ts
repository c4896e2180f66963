/**
 * Small, pure formatting helpers for card texts: dates in Europe/Amsterdam time in the reader's
 * language, and member mentions. Used by the participant, signal and cooperation cards.
 */
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { enGB, nl } from "date-fns/locale";
import type { Locale } from "../model.ts";

const TIME_ZONE = "Europe/Amsterdam";

function inAmsterdam(iso: string): TZDate {
  return new TZDate(new Date(iso).getTime(), TIME_ZONE);
}

/** "4 mrt. 2024 09:30" / "4 Mar 2024 09:30" — an ISO instant shown in Dutch local time. */
export function formatDateTime(iso: string, locale: Locale): string {
  return format(inAmsterdam(iso), "d MMM yyyy HH:mm", { locale: locale === "nl" ? nl : enGB });
}

/** "4 maart 2024" / "4 March 2024". */
export function formatDate(iso: string, locale: Locale): string {
  return format(inAmsterdam(iso), "d MMMM yyyy", { locale: locale === "nl" ? nl : enGB });
}

/**
 * A member mention. The platform renderers resolve `<@memberId>` to the person's name or
 * platform mention; the flows only know member ids.
 */
export function mention(memberId: string): string {
  return `<@${memberId}>`;
}

/** Cuts a text to `max` characters (Slack: 3000 per text block, 75 per button label). */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
