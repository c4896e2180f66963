/**
 * Termijnen: once a deadline is done, given more time or handed over from its nudge card, every due
 * ping its owner got for it is edited into the resolved variant (who did what, no buttons), on the
 * platforms it was delivered to. The edit is written with the decision, so the answer to the click
 * (Teams: the invoke response) is that card as it is after the action.
 */
import { nudgeCardSpec, nudgeOutcome, resolvedNudgeCardSpec } from "../flows/deadlines/card-spec.ts";
import { nudgeKeyPrefix } from "../flows/deadlines/messages.ts";
import type { DeadlineEvent } from "../flows/deadlines/model.ts";
import type { MessageEffect } from "../flows/effects.ts";
import type { Tx } from "../store/db-types.ts";
import type { DeadlineRow } from "../store/deadlines/deadline-repository.ts";
import { applyEffects } from "../store/effects/apply-effects.ts";
import { findMemberById } from "../store/members/members.ts";
import { findMessageRefsUnder } from "../store/outbox/message-refs.ts";
import { namedDeadline, systemContext } from "./nudge-sweep.ts";
import type { ServiceRuntime } from "./runtime.ts";
import { loadSubjectInfo, type SubjectInfo } from "./subjects.ts";

/** A ping's registered key: `<prefix><due time in ms>:dm:<memberId>` (see directMessageKey). */
const PING_KEY = /^(\d+):dm:(.+)$/;

export async function resolvedNudges(
  tx: Tx,
  deadline: DeadlineRow,
  subject: SubjectInfo,
  event: DeadlineEvent,
  now: Date,
): Promise<MessageEffect[]> {
  const outcome = nudgeOutcome(event, now);
  if (outcome === null) return [];
  const prefix = nudgeKeyPrefix(deadline.id);
  const pings = new Map<string, { due: number; memberId: string }>();
  for (const ref of await findMessageRefsUnder(tx, prefix)) {
    const match = PING_KEY.exec(ref.key.slice(prefix.length));
    if (match) pings.set(`${match[1]}:${match[2]}`, { due: Number(match[1]), memberId: match[2]! });
  }
  const owner = deadline.ownerMemberId ? await findMemberById(tx, deadline.ownerMemberId) : null;
  const effects: MessageEffect[] = [];
  for (const { due, memberId } of pings.values()) {
    const reader = await findMemberById(tx, memberId);
    if (!reader) continue;
    const dueAt = new Date(due).toISOString();
    const named = namedDeadline(deadline, subject, owner?.displayName ?? null, reader.locale);
    effects.push({
      type: "message",
      target: { kind: "dm", memberId },
      updateKey: `${prefix}${due}`,
      card: resolvedNudgeCardSpec(nudgeCardSpec("due", { ...deadline, dueAt }, named), outcome),
    });
  }
  return effects;
}

/**
 * The same, in a transaction of another flow that decided the deadline: Afgerond on the ping of a
 * case action's deadline goes through the case flow (the action is done), in its transaction.
 */
export async function resolveNudgesIn(
  tx: Tx,
  runtime: ServiceRuntime,
  deadline: DeadlineRow,
  event: DeadlineEvent,
): Promise<void> {
  const now = runtime.clock.now();
  const subject = await loadSubjectInfo(tx, deadline.subject);
  const effects = await resolvedNudges(tx, deadline, subject, event, now);
  if (effects.length > 0) await applyEffects(tx, runtime.effects, systemContext(subject, now), effects);
}
