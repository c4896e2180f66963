/** Dates as people in the Netherlands read them: Europe/Amsterdam time, Dutch or English. */
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { enGB, nl } from "date-fns/locale";
import type { Locale } from "../model.ts";

const ZONE = "Europe/Amsterdam";

/** "12 mrt 2024 14:05" / "12 Mar 2024 14:05"; an empty or invalid value gives "". */
export function formatDateTime(iso: string | null | undefined, locale: Locale): string {
  if (iso === null || iso === undefined || iso === "") return "";
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return "";
  return format(new TZDate(time, ZONE), "d MMM yyyy HH:mm", { locale: locale === "nl" ? nl : enGB });
}

/** "12 mrt 2024" / "12 Mar 2024". */
export function formatDate(iso: string | null | undefined, locale: Locale): string {
  if (iso === null || iso === undefined || iso === "") return "";
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return "";
  return format(new TZDate(time, ZONE), "d MMM yyyy", { locale: locale === "nl" ? nl : enGB });
}

/** Slack's and Teams' text limits: cut long free text with an ellipsis. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}
