/**
 * The nudges of one deadline (guideline: Termijnen; SPEC §5). People hear of their deadlines in one
 * digest per working morning ("Vandaag voor jou", nudge-digest in src/services), which lists what
 * is due before the next morning and what is overdue. A deadline itself adds at most two moments:
 *
 * 1. due — a ping of its own at the due time, only when that falls inside working hours (after the
 *    deadline was created). A ping the sweep could only send more than PING_LATE_MS after the due
 *    time (the bot was down, the clock jumped) is dropped: the digest already says it.
 * 2. overdue — at the first opening of the working hours after due + `overdueGraceHours` (never
 *    before the creation): the deadline counts as overdue, its case thread gets the day's overdue
 *    summary, and the digests escalate it to the coordinator and the landlord contact.
 *
 * Nothing is planned before the due time: no heads-up in the first hours of a deadline that is
 * days away (the message that gave it already states it); the morning digest is the heads-up.
 * ("headsUp" is stage number 1 of rows planned before; such a row moves on to the next stage.)
 */
import {
  addElapsedHours,
  isWithinWorkingHours,
  nextWorkingHoursStart,
  type WorkingHours,
} from "../calendar/index.ts";
import { DEFAULT_NUDGE_SETTINGS, type NudgeSettings } from "./settings.ts";

/** A due ping later than this after the due time is not sent: the digest covers it. */
export const PING_LATE_MS = 60 * 60_000;

export const NUDGE_STAGES = ["headsUp", "due", "overdue"] as const;
export type NudgeStage = (typeof NUDGE_STAGES)[number];

/**
 * The number a stage is stored as (Deadline.nudgeStage): the row's nudgeStage is the number of the
 * last stage sent, 0 when none was sent. A dropped stage keeps its number, so the numbers of the
 * stages sent are increasing but may skip one.
 */
const NUDGE_STAGE_NUMBERS = { headsUp: 1, due: 2, overdue: 3 } as const satisfies Record<NudgeStage, number>;
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

const STEP_MS = 15 * 60_000;

/**
 * The first opening of the working hours after `at`: the next start when `at` is outside them;
 * when `at` is inside them, the start of the next working day's hours (the next morning digest).
 */
export function nextOpeningAfter(at: Date, hours: WorkingHours): Date {
  const start = nextWorkingHoursStart(at, hours);
  if (start.getTime() > at.getTime()) return start;
  let outside = new Date(at.getTime() + STEP_MS);
  while (isWithinWorkingHours(outside, hours)) outside = new Date(outside.getTime() + STEP_MS);
  return nextWorkingHoursStart(outside, hours);
}

/** The nudges of a deadline, ordered by time; see the rules at the top of this file. */
export function planNudges(
  deadline: NudgeWindow,
  settings: NudgeSettings = DEFAULT_NUDGE_SETTINGS,
): PlannedNudge[] {
  const hours = settings.workingHours;
  const { createdAt, dueAt } = deadline;
  const nudges: PlannedNudge[] = [];
  if (dueAt.getTime() > createdAt.getTime() && isWithinWorkingHours(dueAt, hours)) {
    nudges.push({ stage: "due", at: dueAt });
  }
  const escalationFrom = later(addElapsedHours(dueAt, settings.overdueGraceHours), createdAt);
  nudges.push({ stage: "overdue", at: nextOpeningAfter(escalationFrom, hours) });
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
 * What the sweep does at `now` for a claimed row: the latest unsent stage whose time has come, or
 * null when none has. After a pause (the bot was down, the clock jumped) the stale earlier stage is
 * skipped, and a due ping that would come late is `silent`: the row moves on without a message,
 * so a burst becomes nothing but the next digest.
 */
export function nudgeToSend(
  deadline: NudgeWindow,
  lastSentStage: number,
  now: Date,
  settings: NudgeSettings = DEFAULT_NUDGE_SETTINGS,
): (ScheduledNudge & { silent: boolean }) | null {
  const due = scheduled(deadline, settings, lastSentStage).filter(
    (nudge) => nudge.at.getTime() <= now.getTime(),
  );
  const nudge = due.at(-1);
  if (!nudge) return null;
  const late = nudge.stage === "due" && now.getTime() - nudge.at.getTime() > PING_LATE_MS;
  return { ...nudge, silent: late };
}
