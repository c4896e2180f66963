/** The Dutch working-day calendar and the deadline policy (guideline: Termijnen). */
export { AMSTERDAM_TIME_ZONE, amsterdamDateKey } from "./amsterdam.ts";
export {
  addCalendarDaysOnWorkingDay,
  addCalendarMonthsOnWorkingDay,
  addElapsedHours,
} from "./calendar-periods.ts";
export {
  addPeriod,
  createDueAt,
  DEADLINE_RULE_UNITS,
  DEFAULT_DEADLINE_SETTINGS,
  type DeadlineSettings,
  deadlineSettingsSchema,
  describeRule,
  formatPeriod,
  PERIOD_UNITS,
  type PeriodUnit,
} from "./deadline-policy.ts";
export { dutchPublicHolidays, isDutchPublicHoliday, type PublicHoliday } from "./holidays.ts";
export { isWithinWorkingHours, nextWorkingHoursStart } from "./within-working-hours.ts";
export { addWorkingDays, isWorkingDay } from "./working-days.ts";
export { DEFAULT_WORKING_HOURS, parseClock, type WorkingHours, workingHoursSchema } from "./working-hours.ts";
