/**
 * Dutch public holidays (feestdagen) from the `date-holidays` package, country "NL".
 *
 * Only holidays of type "public" make a day non-working. date-holidays types Goede Vrijdag and
 * Bevrijdingsdag as "school", so both count as working days here (Bevrijdingsdag is a day off
 * only in some collective agreements, mostly every fifth year). Koningsdag moves to Saturday
 * 26 April when 27 April is a Sunday (as in 2025); Pasen and Pinksteren are Sundays anyway.
 */
import Holidays from "date-holidays";
import type { Locale } from "../model.ts";
import { AMSTERDAM_TIME_ZONE } from "./amsterdam.ts";

export interface PublicHoliday {
  /** Amsterdam calendar date, "YYYY-MM-DD". */
  date: string;
  name: string;
}

const dutchCalendar = new Holidays("NL", { timezone: AMSTERDAM_TIME_ZONE });

const holidaysByYearAndLocale = new Map<string, readonly PublicHoliday[]>();
const holidayDatesByYear = new Map<number, ReadonlySet<string>>();

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < 1900 || year > 9999) {
    throw new RangeError(`Not a supported calendar year: ${year}`);
  }
}

function loadPublicHolidays(year: number, locale: Locale): readonly PublicHoliday[] {
  const key = `${year}:${locale}`;
  const cached = holidaysByYearAndLocale.get(key);
  if (cached) return cached;
  const holidays = dutchCalendar
    .getHolidays(year, locale)
    .filter((holiday) => holiday.type === "public")
    .map((holiday) => ({ date: holiday.date.slice(0, 10), name: holiday.name }));
  holidaysByYearAndLocale.set(key, holidays);
  return holidays;
}

/** The Dutch public holidays of `year`, sorted by date; names in Dutch unless `locale` says otherwise. */
export function dutchPublicHolidays(year: number, locale: Locale = "nl"): PublicHoliday[] {
  assertYear(year);
  return loadPublicHolidays(year, locale).map((holiday) => ({ ...holiday }));
}

/** Whether the Amsterdam calendar date `dateKey` ("YYYY-MM-DD") is a Dutch public holiday. */
export function isDutchPublicHoliday(dateKey: string): boolean {
  const year = Number(dateKey.slice(0, 4));
  assertYear(year);
  let dates = holidayDatesByYear.get(year);
  if (!dates) {
    dates = new Set(loadPublicHolidays(year, "nl").map((holiday) => holiday.date));
    holidayDatesByYear.set(year, dates);
  }
  return dates.has(dateKey);
}
