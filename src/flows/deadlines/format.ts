/**
 * Dates on deadline cards: short, in Europe/Amsterdam time, in the reader's language —
 * "ma 30 nov 16:00" / "Mon 30 Nov 16:00".
 */
import { TZDate } from "@date-fns/tz";
import { AMSTERDAM_TIME_ZONE } from "../calendar/index.ts";
import type { Locale } from "../model.ts";

const WEEKDAYS: Record<Locale, readonly string[]> = {
  nl: ["zo", "ma", "di", "wo", "do", "vr", "za"],
  en: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
};

const MONTHS: Record<Locale, readonly string[]> = {
  nl: ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
};

function twoDigits(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * An ISO instant as "ma 30 nov 16:00" (Amsterdam time). The year is added ("ma 30 nov 2026 16:00")
 * when it differs from the year of `reference`, so a list never leaves a far deadline ambiguous.
 */
export function formatDueAt(iso: string, locale: Locale, reference?: string): string {
  const local = new TZDate(Date.parse(iso), AMSTERDAM_TIME_ZONE);
  const weekday = WEEKDAYS[locale][local.getDay()] ?? "";
  const month = MONTHS[locale][local.getMonth()] ?? "";
  const sameYear =
    reference === undefined ||
    new TZDate(Date.parse(reference), AMSTERDAM_TIME_ZONE).getFullYear() === local.getFullYear();
  const year = sameYear ? "" : ` ${local.getFullYear()}`;
  return `${weekday} ${local.getDate()} ${month}${year} ${twoDigits(local.getHours())}:${twoDigits(local.getMinutes())}`;
}
