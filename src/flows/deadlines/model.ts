/**
 * A deadline as the pure flows see it (guideline: Termijnen; SPEC §5). The row lives in the
 * store; this is a plain-data view of it, and the events people cause on it.
 */
import type { DeadlineRule } from "../context.ts";
import type { Actor, GuidelineStep, Role } from "../model.ts";
import type { DeadlineSubject } from "./subject.ts";

const DEADLINE_STATES = ["open", "done", "cancelled"] as const;
/** open — running; done — someone reported it done; cancelled — its case or item made it moot. */
type DeadlineState = (typeof DEADLINE_STATES)[number];

export interface DeadlineView {
  id: string;
  /** Whose deadline: "case:<id>", "participant:<id>", "signal:<id>" or "cooperation:<id>". */
  subject: DeadlineSubject;
  /** Unique per subject, e.g. "actie1.start". */
  key: string;
  rule: DeadlineRule;
  /** The guideline step every timeline entry about this deadline is filed under. */
  step: GuidelineStep;
  ownerRole: Role;
  ownerMemberId: string | null;
  /** ISO 8601 instant. */
  dueAt: string;
  state: DeadlineState;
}

/** Reported done ("Klaar"); the note is optional. */
export interface DeadlineDoneEvent {
  type: "done";
  actor: Actor;
  note?: string | null;
}

/** More time ("Meer tijd"): a later due time, always with a reason. */
export interface DeadlineExtendedEvent {
  type: "extended";
  actor: Actor;
  newDueAt: Date;
  reason: string;
}

/** Hand over ("Overdragen") to another member; the service looks up that member's role. */
export interface DeadlineHandedOverEvent {
  type: "handedOver";
  actor: Actor;
  toMemberId: string;
  toRole: Role;
  note?: string | null;
}

/** A deadline reported done by mistake is open again. */
export interface DeadlineReopenedEvent {
  type: "reopened";
  actor: Actor;
}

export type DeadlineEvent =
  | DeadlineDoneEvent
  | DeadlineExtendedEvent
  | DeadlineHandedOverEvent
  | DeadlineReopenedEvent;
