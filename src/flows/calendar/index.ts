/** The Dutch working-day calendar and the deadline policy (guideline: Termijnen). */
export { amsterdamDateKey } from "./amsterdam.ts";
export { addElapsedHours } from "./calendar-periods.ts";
export { DEFAULT_DEADLINE_SETTINGS, type DeadlineSettings, describeRule } from "./deadline-policy.ts";
export { isWithinWorkingHours, nextWorkingHoursStart } from "./within-working-hours.ts";
export { addWorkingDays } from "./working-days.ts";
export { DEFAULT_WORKING_HOURS, type WorkingHours, workingHoursSchema } from "./working-hours.ts";
