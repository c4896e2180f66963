/**
 * Termijnen: the sweep that turns due deadline rows into nudges. Each row is claimed before it is
 * handled, and the nudge's outbox messages are written in the same transaction that advances the
 * row's stage — so every nudge is sent exactly once, across restarts and several instances.
 * Each row has its own error boundary: one bad row never stops the others.
 */
import { nudgeMessages } from "../flows/deadlines/messages.ts";
import { nextNudge, nudgeToSend } from "../flows/deadlines/schedule.ts";
import { DEFAULT_NUDGE_SETTINGS, type NudgeSettings } from "../flows/deadlines/settings.ts";
import type { Effect } from "../flows/effects.ts";
import { SYSTEM_ACTOR_ID } from "../flows/model.ts";
import {
  claimDeadline,
  type DeadlineRow,
  findDueDeadlineIds,
  recordNudgeSent,
  releaseDeadlineClaim,
} from "../store/deadlines/deadline-repository.ts";
import { applyEffects } from "../store/effects/apply-effects.ts";
import { findMemberById } from "../store/members/members.ts";
import type { ServiceRuntime } from "./runtime.ts";
import { loadSubjectInfo } from "./subjects.ts";

export interface SweepReport {
  nudged: number;
  skipped: number;
  failed: number;
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
  if (!nudge) {
    // Planned for later (e.g. settings changed): move the row to its real next moment.
    await releaseDeadlineClaim(
      runtime.prisma,
      deadline.id,
      instanceId,
      nextNudge(window, deadline.nudgeStage, settings)?.at ?? null,
    );
    return false;
  }
  const after = nextNudge(window, nudge.stageIndex, settings);
  await runtime.prisma.$transaction(async (tx) => {
    const subject = await loadSubjectInfo(tx, deadline.subject);
    const owner = deadline.ownerMemberId ? await findMemberById(tx, deadline.ownerMemberId) : null;
    const messages = nudgeMessages(
      nudge.stage,
      deadline,
      { coordinatorId: subject.coordinatorId, landlordContactId: subject.landlordContactId },
      { subjectLabel: subject.label(runtime.effects.defaultLocale), ownerName: owner?.displayName ?? null },
    );
    const effects: Effect[] = [
      {
        type: "timeline",
        step: deadline.step,
        event: `deadline.nudge.${nudge.stage}`,
        visibility: "shared",
        details: { key: deadline.key, rule: deadline.rule, dueAt: deadline.dueAt },
      },
      ...messages.map((message): Effect => ({ type: "message", ...message })),
    ];
    // Lost the claim meanwhile (lease expired and another instance took over): send nothing.
    if (!(await recordNudgeSent(tx, deadline.id, instanceId, nudge.stageIndex, after?.at ?? null))) {
      throw new ClaimLost();
    }
    await applyEffects(
      tx,
      runtime.effects,
      {
        subject: deadline.subject,
        threadKey: subject.threadKey,
        actorId: SYSTEM_ACTOR_ID,
        now,
        careProviderId: subject.careProviderId,
        landlordId: subject.landlordId,
        landlordContactId: subject.landlordContactId,
      },
      effects,
    );
  });
  return true;
}

class ClaimLost extends Error {}

const RETRY_AFTER_FAILURE_MS = 5 * 60_000;

export async function sweepNudges(
  runtime: ServiceRuntime,
  instanceId: string,
  settings: NudgeSettings = DEFAULT_NUDGE_SETTINGS,
  limit = 100,
): Promise<SweepReport> {
  const report: SweepReport = { nudged: 0, skipped: 0, failed: 0 };
  const ids = await findDueDeadlineIds(runtime.prisma, runtime.clock.now(), limit);
  for (const id of ids) {
    try {
      const deadline = await claimDeadline(runtime.prisma, id, instanceId, runtime.clock.now());
      if (!deadline) {
        report.skipped++;
        continue;
      }
      if (await nudgeOne(runtime, deadline, instanceId, settings)) report.nudged++;
      else report.skipped++;
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
