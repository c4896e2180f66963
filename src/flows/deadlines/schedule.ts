/**
 * The nudge schedule of one deadline (guideline: Termijnen; SPEC §5). A deadline gets at most three
 * nudges, each sent exactly once, in this order:
 *
 * 1. headsUp — planned `headsUpLeadHours` elapsed hours before due, but never before the deadline
 *    was created (or last re-planned). When the planned moment is outside working hours:
 *    a. the last working minute before it, if that is not before the creation
 *       (Saturday 10:00 → Friday 17:29);
 *    b. else, when the next working hours start at or after the due time, the planned moment itself:
 *       waiting would be too late, so this one nudge may go out outside working hours;
 *    c. else the start of the next working hours (which then lies before due).
 *    A heads-up that would land at or after the due time is dropped.
 * 2. due — at the due time; outside working hours at the start of the next working hours. Only a
 *    nudge that can still help meet the deadline may break the working-hours rule, and that is the
 *    heads-up (1b); once the deadline is here, nobody is woken up for it.
 * 3. overdue — at due + `overdueGraceHours`, always moved into working hours. When it falls at the
 *    same moment as the due ping (the default grace 0 with a due time inside working hours, or a due
 *    time outside working hours with a short grace), only the overdue escalation is sent: it reaches
 *    everyone the due ping would have reached (see recipients.ts).
 *
 * Due and overdue are never planned before the creation either: a deadline created after its due
 * time (a complaint registered late) gets one escalation at the next working moment.
 */
import { addElapsedHours, isWithinWorkingHours, nextWorkingHoursStart } from "../calendar/index.ts";
import { DEFAULT_NUDGE_SETTINGS, type NudgeSettings } from "./settings.ts";
import { latestWorkingMomentBefore } from "./working-moments.ts";

export const NUDGE_STAGES = ["headsUp", "due", "overdue"] as const;
export type NudgeStage = (typeof NUDGE_STAGES)[number];

/**
 * The number a stage is stored as (Deadline.nudgeStage): the row's nudgeStage is the number of the
 * last stage sent, 0 when none was sent. A dropped stage keeps its number, so the numbers of the
 * stages sent are increasing but may skip one.
 */
export const NUDGE_STAGE_NUMBERS = { headsUp: 1, due: 2, overdue: 3 } as const satisfies Record<
  NudgeStage,
  number
>;
type NudgeStageNumber = (typeof NUDGE_STAGE_NUMBERS)[NudgeStage];

/** The two moments a schedule depends on. */
export interface NudgeWindow {
  /**
   * When the deadline was created, or last re-planned (extended, handed over, reopened): no nudge
   * is planned before this moment.
   */
  createdAt: Date;
  dueAt: Date;
}

export interface PlannedNudge {
  stage: NudgeStage;
  at: Date;
}

export interface ScheduledNudge extends PlannedNudge {
  /** The value the row's nudgeStage takes once this nudge is sent (NUDGE_STAGE_NUMBERS). */
  stageIndex: NudgeStageNumber;
}

function later(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}

// Termijnen: a heads-up so the owner can still act in time.
function planHeadsUp(deadline: NudgeWindow, settings: NudgeSettings): Date | null {
  const { createdAt, dueAt } = deadline;
  const hours = settings.workingHours;
  const planned = later(addElapsedHours(dueAt, -settings.headsUpLeadHours), createdAt);
  if (planned.getTime() >= dueAt.getTime()) return null;
  if (isWithinWorkingHours(planned, hours)) return planned;
  // a. earlier, inside working hours, while the deadline already existed.
  const earlier = latestWorkingMomentBefore(planned, createdAt, hours);
  if (earlier !== null) return earlier;
  // b. urgent: the next working hours start too late, send at the planned moment.
  const nextStart = nextWorkingHoursStart(planned, hours);
  if (dueAt.getTime() <= nextStart.getTime()) return planned;
  // c. the start of the next working hours, still before due.
  return nextStart;
}

/** The nudges of a deadline, ordered by time (and stage); see the rules at the top of this file. */
export function planNudges(
  deadline: NudgeWindow,
  settings: NudgeSettings = DEFAULT_NUDGE_SETTINGS,
): PlannedNudge[] {
  const hours = settings.workingHours;
  const nudges: PlannedNudge[] = [];
  const headsUp = planHeadsUp(deadline, settings);
  if (headsUp !== null) nudges.push({ stage: "headsUp", at: headsUp });

  const duePing = nextWorkingHoursStart(later(deadline.dueAt, deadline.createdAt), hours);
  const escalationFrom = addElapsedHours(deadline.dueAt, settings.overdueGraceHours);
  const overdue = nextWorkingHoursStart(later(escalationFrom, deadline.createdAt), hours);
  if (duePing.getTime() < overdue.getTime()) nudges.push({ stage: "due", at: duePing });
  nudges.push({ stage: "overdue", at: overdue });
  return nudges;
}

function assertStageNumber(lastSentStage: number): void {
  if (!Number.isInteger(lastSentStage) || lastSentStage < 0 || lastSentStage > 3) {
    throw new RangeError(`nudgeStage must be 0, 1, 2 or 3: ${lastSentStage}`);
  }
}

function scheduled(deadline: NudgeWindow, settings: NudgeSettings, lastSentStage: number): ScheduledNudge[] {
  assertStageNumber(lastSentStage);
  return planNudges(deadline, settings)
    .map((nudge) => ({ ...nudge, stageIndex: NUDGE_STAGE_NUMBERS[nudge.stage] }))
    .filter((nudge) => nudge.stageIndex > lastSentStage);
}

/**
 * The next nudge still to send after the stage `lastSentStage` (the row's nudgeStage, 0–3), or
 * null when all are sent. The store writes `at` as nextNudgeAt; after sending, nudgeStage becomes
 * `stageIndex` and this is asked again.
 */
export function nextNudge(
  deadline: NudgeWindow,
  lastSentStage: number,
  settings: NudgeSettings = DEFAULT_NUDGE_SETTINGS,
): ScheduledNudge | null {
  return scheduled(deadline, settings, lastSentStage)[0] ?? null;
}

/**
 * What the sweep sends at `now` for a claimed row: the latest unsent stage whose time has come, or
 * null when none has. After a pause (the bot was down) the stale earlier stages are skipped, so the
 * owner gets one nudge about where the deadline stands, not a burst of three.
 */
export function nudgeToSend(
  deadline: NudgeWindow,
  lastSentStage: number,
  now: Date,
  settings: NudgeSettings = DEFAULT_NUDGE_SETTINGS,
): ScheduledNudge | null {
  const due = scheduled(deadline, settings, lastSentStage).filter(
    (nudge) => nudge.at.getTime() <= now.getTime(),
  );
  return due.at(-1) ?? null;
}
