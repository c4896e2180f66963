/** The Dutch working-day calendar and the deadline policy (guideline: Termijnen). */
export { AMSTERDAM_TIME_ZONE } from "./amsterdam.ts";
export { addElapsedHours } from "./calendar-periods.ts";
export {
  createDueAt,
  DEFAULT_DEADLINE_SETTINGS,
  type DeadlineSettings,
  describeRule,
} from "./deadline-policy.ts";
export { isWithinWorkingHours, nextWorkingHoursStart } from "./within-working-hours.ts";
export { addWorkingDays, isWorkingDay } from "./working-days.ts";
export { DEFAULT_WORKING_HOURS, parseClock, type WorkingHours, workingHoursSchema } from "./working-hours.ts";
