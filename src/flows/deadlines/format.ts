/**
 * Dates on deadline cards: the one chat date of src/flows/format.ts, in Europe/Amsterdam time and
 * the reader's language — "ma 30 nov 2026 16:00" / "Mon 30 Nov 2026 16:00".
 */
import { formatDateTime } from "../format.ts";
import type { Locale } from "../model.ts";

/** An ISO instant as "ma 30 nov 2026 16:00" (Amsterdam time). */
export function formatDueAt(iso: string, locale: Locale): string {
  return formatDateTime(iso, locale);
}
