/**
 * When the nudges of a deadline go out (SPEC §5 "Deadlines and nudges"): how long before the due
 * time the heads-up comes, how long after it the overdue escalation waits, and the working hours
 * outside which nobody is pinged.
 */
import { z } from "zod";
import { DEFAULT_WORKING_HOURS, type WorkingHours, workingHoursSchema } from "../calendar/index.ts";

export interface NudgeSettings {
  /** Elapsed hours after the due time before the overdue escalation; 0 = at the first working moment after due. */
  overdueGraceHours: number;
  /** Working hours (Amsterdam wall clock, working days only) in which nudges are sent. */
  workingHours: WorkingHours;
}

export const DEFAULT_NUDGE_SETTINGS: Readonly<NudgeSettings> = {
  overdueGraceHours: 0,
  workingHours: DEFAULT_WORKING_HOURS,
};

/** The longest lead or grace accepted: a month. Longer is almost certainly a unit mistake. */
const MAX_HOURS = 31 * 24;

const hoursSchema = (what: string) =>
  z.number().min(0, `${what} must be ≥ 0 hours`).max(MAX_HOURS, `${what} must be at most ${MAX_HOURS} hours`);

/**
 * Config object → complete NudgeSettings. Every key is optional (the default applies); working
 * hours are given as "HH:MM-HH:MM". Unknown keys are rejected so a typo does not go unnoticed.
 */
export const nudgeSettingsSchema = z.strictObject({
  overdueGraceHours: hoursSchema("The overdue grace period").default(
    DEFAULT_NUDGE_SETTINGS.overdueGraceHours,
  ),
  workingHours: workingHoursSchema.default(DEFAULT_WORKING_HOURS),
});
