/**
 * Termijnen: the sweep that turns due deadline rows into nudges (the rules: flows/deadlines/
 * schedule.ts). Each row is claimed before it is handled, and the nudge's outbox messages are
 * written in the same transaction that advances the row's stage — so every nudge is sent exactly
 * once, across restarts and several instances. Each row has its own error boundary: one bad row
 * never stops the others. The morning digests are sent by nudge-digest.ts.
 */

import { amsterdamDateKey, isWithinWorkingHours, nextWorkingHoursStart } from "../flows/calendar/index.ts";
import { caseCardsAsOf } from "../flows/cases/card-refresh.ts";
import { type NamedDeadline, overdueSummaryMessage, pingMessage } from "../flows/deadlines/messages.ts";
import { nextNudge, nudgeToSend } from "../flows/deadlines/schedule.ts";
import { DEFAULT_NUDGE_SETTINGS, type NudgeSettings } from "../flows/deadlines/settings.ts";
import { deadlineSubjectParts } from "../flows/deadlines/subject.ts";
import type { Effect } from "../flows/effects.ts";
import { type Locale, SYSTEM_ACTOR_ID } from "../flows/model.ts";
import { loadCase } from "../store/cases/case-repository.ts";
import {
  claimDeadline,
  type DeadlineRow,
  findDueDeadlineIds,
  listOverdueDeadlinesOfSubject,
  recordNudgeSent,
  releaseDeadlineClaim,
} from "../store/deadlines/deadline-repository.ts";
import { reserveOncePerDay } from "../store/deadlines/nudge-once.ts";
import { applyEffects, type EffectContext } from "../store/effects/apply-effects.ts";
import { findMemberById } from "../store/members/members.ts";
import type { ServiceRuntime } from "./runtime.ts";
import { loadSubjectInfo, type SubjectInfo } from "./subjects.ts";

export interface SweepReport {
  nudged: number;
  /** Nudges that sent a message or a timeline entry, by stage (not the silent ones). */
  byStage: Record<string, number>;
  skipped: number;
  failed: number;
}

/** A deadline row with its subject's names, for the reader's language. */
export function namedDeadline(
  deadline: DeadlineRow,
  subject: SubjectInfo,
  ownerName: string | null,
  locale: Locale,
): NamedDeadline {
  const { kind, id } = deadlineSubjectParts(deadline.subject);
  return {
    deadline,
    subjectLabel: subject.label(locale),
    item: subject.item(deadline.key, locale),
    ownerName,
    caseId: kind === "case" ? id : null,
  };
}

/** The effect context of a subject's messages and timeline entries, written by the system. */
export function systemContext(subject: SubjectInfo, now: Date): EffectContext {
  return {
    subject: subject.subject,
    threadKey: subject.threadKey,
    actorId: SYSTEM_ACTOR_ID,
    now,
    careProviderId: subject.careProviderId,
    landlordId: subject.landlordId,
    landlordContactId: subject.landlordContactId,
  };
}

async function nudgeOne(
  runtime: ServiceRuntime,
  deadline: DeadlineRow,
  instanceId: string,
  settings: NudgeSettings,
) {
  const now = runtime.clock.now();
  const window = { createdAt: deadline.plannedFrom, dueAt: new Date(deadline.dueAt) };
  const nudge = nudgeToSend(window, deadline.nudgeStage, now, settings);
  const hours = settings.workingHours;
  if (!nudge || (!nudge.silent && !isWithinWorkingHours(now, hours))) {
    // Planned for later, or due outside working hours (after a clock jump): wait for the right moment.
    const next = nudge
      ? nextWorkingHoursStart(now, hours)
      : (nextNudge(window, deadline.nudgeStage, settings)?.at ?? null);
    await releaseDeadlineClaim(runtime.prisma, deadline.id, instanceId, next);
    return false;
  }
  const after = nextNudge(window, nudge.stageIndex, settings);
  const day = amsterdamDateKey(now);
  let sentStage: string | null = null;
  await runtime.prisma.$transaction(async (tx) => {
    // Lost the claim meanwhile (lease expired and another instance took over): send nothing.
    if (!(await recordNudgeSent(tx, deadline.id, instanceId, nudge.stageIndex, after?.at ?? null))) {
      throw new ClaimLost();
    }
    // A ping that would come late says nothing the digest does not: the row just moves on.
    if (nudge.silent) return;
    sentStage = nudge.stage;
    const subject = await loadSubjectInfo(tx, deadline.subject);
    const owner = deadline.ownerMemberId ? await findMemberById(tx, deadline.ownerMemberId) : null;
    const locale = owner?.locale ?? runtime.effects.defaultLocale;
    const effects: Effect[] = [
      {
        type: "timeline",
        step: deadline.step,
        event: `deadline.nudge.${nudge.stage}`,
        visibility: "shared",
        details: { key: deadline.key, rule: deadline.rule, dueAt: deadline.dueAt },
      },
    ];
    if (nudge.stage === "due" && owner) {
      // At due, one ping of its own — at most one per person per working day; the digest lists the rest.
      const ping = pingMessage(namedDeadline(deadline, subject, owner.displayName, locale));
      if (ping && (await reserveOncePerDay(tx, "ping", owner.id, day, now))) {
        effects.push({ type: "message", ...ping });
      }
    }
    if (nudge.stage === "overdue" && (await reserveOncePerDay(tx, "overdue", deadline.subject, day, now))) {
      // The case thread: one overdue summary per case per working day, listing all that is overdue.
      const threadLocale = runtime.effects.defaultLocale;
      const overdue = await listOverdueDeadlinesOfSubject(tx, deadline.subject, now);
      const named = [];
      for (const row of overdue) {
        const rowOwner = row.ownerMemberId ? await findMemberById(tx, row.ownerMemberId) : null;
        named.push(namedDeadline(row, subject, rowOwner?.displayName ?? null, threadLocale));
      }
      const summary = overdueSummaryMessage(subject.label(threadLocale), named, now, threadLocale);
      if (summary) effects.push({ type: "message", ...summary });
    }
    if (nudge.stage === "overdue") {
      // The case card and the summaries kept on screen mark the deadline overdue (edited in place,
      // no new message).
      const { kind, id } = deadlineSubjectParts(deadline.subject);
      const loaded = kind === "case" ? await loadCase(tx, id) : null;
      if (loaded && loaded.state.status !== "closed") effects.push(...caseCardsAsOf(loaded.state, now));
    }
    await applyEffects(tx, runtime.effects, systemContext(subject, now), effects);
  });
  return { stage: sentStage as string | null };
}

class ClaimLost extends Error {}

const RETRY_AFTER_FAILURE_MS = 5 * 60_000;

export async function sweepNudges(
  runtime: ServiceRuntime,
  instanceId: string,
  settings: NudgeSettings = DEFAULT_NUDGE_SETTINGS,
  limit = 100,
): Promise<SweepReport> {
  const report: SweepReport = { nudged: 0, byStage: {}, skipped: 0, failed: 0 };
  const ids = await findDueDeadlineIds(runtime.prisma, runtime.clock.now(), limit);
  for (const id of ids) {
    try {
      const deadline = await claimDeadline(runtime.prisma, id, instanceId, runtime.clock.now());
      if (!deadline) {
        report.skipped++;
        continue;
      }
      const nudged = await nudgeOne(runtime, deadline, instanceId, settings);
      if (!nudged) {
        report.skipped++;
        continue;
      }
      report.nudged++;
      if (nudged.stage) report.byStage[nudged.stage] = (report.byStage[nudged.stage] ?? 0) + 1;
    } catch (error) {
      if (error instanceof ClaimLost) {
        report.skipped++;
        continue;
      }
      report.failed++;
      runtime.logger.error({ err: error, deadlineId: id }, "nudge failed; retrying in 5 minutes");
      const retryAt = new Date(runtime.clock.now().getTime() + RETRY_AFTER_FAILURE_MS);
      await releaseDeadlineClaim(runtime.prisma, id, instanceId, retryAt).catch(() => {});
    }
  }
  if (report.nudged > 0) runtime.afterCommit();
  return report;
}
