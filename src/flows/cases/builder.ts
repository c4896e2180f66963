/**
 * Builds one decision: a working copy of the case state plus the effects, in order. Every entry
 * names its guideline step and the actor; deadlines are mirrored in the state so cards can show
 * them; `finish` bumps the version and refreshes the cards whose content changed.
 */
import type { DeadlineRule, FlowContext } from "../context.ts";
import {
  type Decision,
  type Effect,
  type MessageTarget,
  type TimelineDetails,
  timelineEntry,
} from "../effects.ts";
import type { Actor, Audience, GuidelineStep, Role } from "../model.ts";
import type { ActionAudience } from "./action-template.ts";
import { cardRefreshes } from "./card-refresh.ts";
import type { CaseCardSpec } from "./cards.ts";
import type { CaseState, ParticipantSnapshot } from "./state.ts";
import type { CaseTimelineEvent } from "./texts/timeline-events.ts";

export interface ScheduleInput {
  key: string;
  rule: DeadlineRule;
  step: GuidelineStep;
  ownerRole: Role;
  ownerMemberId: string | null;
  /** Counted from this moment (default: now). */
  from?: Date;
  /** A due time set by a person instead of the rule's. */
  dueAt?: Date;
  audience: ActionAudience;
  actionId?: string | null;
}

export class CaseDecision {
  readonly state: CaseState;
  readonly effects: Effect[] = [];
  readonly now: Date;
  readonly nowIso: string;

  constructor(
    private readonly before: CaseState | null,
    state: CaseState,
    readonly actor: Actor,
    readonly ctx: FlowContext,
  ) {
    this.state = structuredClone(state);
    this.now = ctx.now;
    this.nowIso = ctx.now.toISOString();
  }

  /** Append a timeline entry; `announce` also posts it as an update in the case thread of that audience. */
  timeline(
    step: GuidelineStep,
    event: CaseTimelineEvent,
    visibility: Audience,
    details: TimelineDetails = {},
    options: { announce?: boolean } = {},
  ): void {
    const entry = timelineEntry(step, event, visibility, this.actor.memberId, details);
    this.effects.push(entry);
    if (options.announce === true) {
      this.message({ kind: "channel", audience: visibility, inCaseThread: true }, null, {
        kind: "case.update",
        caseId: this.state.id,
        caseNumber: this.state.number,
        participantReference: this.state.participant.reference,
        caseKind: this.state.kind,
        step,
        event,
        details: entry.details,
      });
    }
  }

  schedule(input: ScheduleInput): Date {
    const dueAt = input.dueAt ?? this.ctx.dueAt(input.rule, input.from ?? this.now);
    this.effects.push({
      type: "deadline.schedule",
      key: input.key,
      rule: input.rule,
      step: input.step,
      ownerRole: input.ownerRole,
      ownerMemberId: input.ownerMemberId,
      dueAt,
    });
    const deadlines = this.state.deadlines.filter((d) => d.key !== input.key);
    deadlines.push({
      key: input.key,
      rule: input.rule,
      step: input.step,
      ownerRole: input.ownerRole,
      ownerMemberId: input.ownerMemberId,
      dueAt: dueAt.toISOString(),
      audience: input.audience,
      actionId: input.actionId ?? null,
    });
    this.state.deadlines = deadlines;
    return dueAt;
  }

  hasDeadline(key: string): boolean {
    return this.state.deadlines.some((d) => d.key === key);
  }

  /** Mark a running deadline as met. Unknown keys are ignored (already completed or cancelled). */
  complete(key: string): void {
    if (!this.hasDeadline(key)) return;
    this.effects.push({ type: "deadline.complete", key });
    this.state.deadlines = this.state.deadlines.filter((d) => d.key !== key);
  }

  cancel(key: string, reason: string): void {
    if (!this.hasDeadline(key)) return;
    this.effects.push({ type: "deadline.cancel", key, reason });
    this.state.deadlines = this.state.deadlines.filter((d) => d.key !== key);
  }

  cancelAll(reason: string): void {
    for (const deadline of [...this.state.deadlines]) this.cancel(deadline.key, reason);
  }

  message(target: MessageTarget, updateKey: string | null, card: CaseCardSpec): void {
    this.effects.push({ type: "message", target, updateKey, card });
  }

  /** A new id within the case, e.g. "act-4". */
  nextId(prefix: string): string {
    this.state.sequence += 1;
    return `${prefix}-${this.state.sequence}`;
  }

  finish(): Decision<CaseState> {
    this.state.version += 1;
    this.state.timelineEntries += this.effects.filter((e) => e.type === "timeline").length;
    const refreshes = cardRefreshes(this.before, this.state, this.now);
    return { state: this.state, effects: [...refreshes, ...this.effects] };
  }
}

/** The named owner for a role: the support worker, the landlord contact or the coordinator. */
export function ownerFor(participant: ParticipantSnapshot, role: Role): string | null {
  switch (role) {
    case "careTeamMember":
      return participant.supportWorkerId;
    case "landlordStaff":
      return participant.landlordContactId;
    case "coordinator":
      return participant.coordinatorId;
    case "partner":
    case "admin":
      return null;
  }
}
