/// <reference path="../../../node_modules/date-holidays-parser/types/index.d.ts" />
/**
 * Dutch public holidays (feestdagen) from the `date-holidays` package's rules for country "NL".
 *
 * Only holidays of type "public" make a day non-working. date-holidays types Goede Vrijdag and
 * Bevrijdingsdag as "school", so both count as working days here (Bevrijdingsdag is a day off
 * only in some collective agreements, mostly every fifth year). Koningsdag moves to Saturday
 * 26 April when 27 April is a Sunday (as in 2025); Pasen and Pinksteren are Sundays anyway.
 *
 * The package's entry point holds the rules of every country in memory for the life of the
 * process (about 17 MiB). Its parser (`date-holidays-parser`, the same maintainer's engine behind
 * `date-holidays`) takes the rules as data, so only the Dutch rules and the shared holiday names are
 * kept: the parser and the package's `date-holidays/data` export are loaded when a date is first
 * asked for (a command-line tool that computes no date never loads them), and the data is dropped
 * from the module cache again so that every other country's rules are garbage.
 */
import { createRequire } from "node:module";
import type HolidaysParser from "date-holidays-parser";
import type { Locale } from "../model.ts";
import { AMSTERDAM_TIME_ZONE } from "./amsterdam.ts";

export interface PublicHoliday {
  /** Amsterdam calendar date, "YYYY-MM-DD". */
  date: string;
  name: string;
}

interface HolidayData {
  version: string;
  holidays: Record<string, unknown>;
  names: Record<string, unknown>;
}

let dutchCalendarParser: HolidaysParser | undefined;

/** The parser on the Dutch rules only (see the module comment), made on first use. */
function dutchCalendar(): HolidaysParser {
  if (dutchCalendarParser) return dutchCalendarParser;
  const require = createRequire(import.meta.url);
  const { default: Parser } = require("date-holidays-parser") as { default: typeof HolidaysParser };
  const dataModule = require.resolve("date-holidays/data");
  const { data: all } = require(dataModule) as { data: HolidayData };
  delete require.cache[dataModule];
  const dutch = { version: all.version, holidays: { NL: all.holidays.NL }, names: all.names };
  dutchCalendarParser = new Parser(dutch, "NL", { timezone: AMSTERDAM_TIME_ZONE });
  return dutchCalendarParser;
}

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
  const holidays = dutchCalendar()
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
