/** Shared test data for the case, assessment and ladder flows: a fixed clock and simple deadlines. */

import { type CaseCardSpec, isCaseCardSpec } from "../../../../src/flows/cases/cards.ts";
import { decideCase } from "../../../../src/flows/cases/decide-case.ts";
import type { CaseEvent, ComplaintInput, OpenCaseInput } from "../../../../src/flows/cases/events.ts";
import { openCase } from "../../../../src/flows/cases/open-case.ts";
import type { CaseState } from "../../../../src/flows/cases/state.ts";
import type { FlowContext } from "../../../../src/flows/context.ts";
import type { Decision, MessageEffect, TimelineEffect } from "../../../../src/flows/effects.ts";
import { FlowError } from "../../../../src/flows/errors.ts";
import type { PriorComplaint } from "../../../../src/flows/ladder/detect.ts";
import type { Actor, ComplaintType, LeaseType } from "../../../../src/flows/model.ts";

export const DAY = 86_400_000;
export const T0 = new Date("2024-03-04T09:00:00Z");

/** Every deadline is one day after its start: predictable, and independent of the calendar module. */
export function ctxAt(now: Date): FlowContext {
  return { now, dueAt: (_rule, from) => new Date(from.getTime() + DAY) };
}

export function daysAfter(days: number, from: Date = T0): Date {
  return new Date(from.getTime() + days * DAY);
}

export const worker: Actor = { memberId: "U-worker", role: "careTeamMember", organisationId: "care-1" };
export const coordinator: Actor = { memberId: "U-coord", role: "coordinator", organisationId: "care-1" };
export const landlord: Actor = { memberId: "U-landlord", role: "landlordStaff", organisationId: "corp-1" };
export const partner: Actor = { memberId: "U-police", role: "partner", organisationId: "police-1" };

export function complaint(overrides: Partial<ComplaintInput> = {}): ComplaintInput {
  return {
    id: "cmp-1",
    type: "noise",
    description: "Harde muziek tot diep in de nacht",
    occurredAt: new Date(T0.getTime() - 12 * 3_600_000),
    afterTen: true,
    receivedByLandlordAt: new Date(T0.getTime() - 3 * 3_600_000),
    complainantAnonymous: false,
    ...overrides,
  };
}

export function openInput(
  overrides: Partial<OpenCaseInput> = {},
  leaseType: LeaseType = "own",
): OpenCaseInput {
  return {
    caseId: "case-1",
    number: "2024-001",
    participantId: "p-1",
    kind: "nuisance",
    participant: {
      reference: "HF-017",
      leaseType,
      supportWorkerId: "U-worker",
      landlordContactId: "U-landlord",
      coordinatorId: "U-coord",
      careProviderId: "care-1",
      landlordId: "corp-1",
    },
    complaint: complaint(),
    actor: landlord,
    ...overrides,
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** Runs a scenario step by step and keeps every decision for inspection. */
export class Scenario {
  state: CaseState;
  now: Date;
  readonly decisions: Decision<CaseState>[] = [];

  constructor(input: OpenCaseInput = openInput(), now: Date = T0) {
    this.now = now;
    const first = openCase(input, ctxAt(now));
    this.decisions.push(first);
    this.state = first.state;
  }

  at(now: Date): this {
    this.now = now;
    return this;
  }

  apply(event: CaseEvent): Decision<CaseState> {
    // Flows are pure: a frozen input state proves no handler writes to it.
    const decision = decideCase(deepFreeze(this.state), event, ctxAt(this.now));
    this.decisions.push(decision);
    this.state = decision.state;
    return decision;
  }

  /** Answer the three Actie 2 questions and confirm. */
  assess(
    behaviour: "conscious" | "unconscious",
    byParticipant: boolean,
    byWorker: boolean,
    history: PriorComplaint[] = [],
  ): Decision<CaseState> {
    this.apply({
      type: "assessmentAnswered",
      actor: worker,
      answer: { question: "behaviour", value: behaviour },
    });
    this.apply({
      type: "assessmentAnswered",
      actor: worker,
      answer: { question: "justifiedByParticipant", value: byParticipant },
    });
    this.apply({
      type: "assessmentAnswered",
      actor: worker,
      answer: { question: "justifiedByWorker", value: byWorker },
    });
    return this.apply({ type: "assessmentConfirmed", actor: worker, history });
  }

  addComplaint(id: string, type: ComplaintType = "noise"): Decision<CaseState> {
    return this.apply({
      type: "complaintAdded",
      actor: landlord,
      complaint: complaint({
        id,
        type,
        receivedByLandlordAt: new Date(this.now.getTime() - 3_600_000),
        occurredAt: new Date(this.now.getTime() - 7_200_000),
      }),
    });
  }

  messages(): CaseMessage[] {
    return this.decisions.flatMap((d) => messagesOf(d));
  }

  timeline(): TimelineEffect[] {
    return this.decisions.flatMap((d) => d.effects.filter((e): e is TimelineEffect => e.type === "timeline"));
  }

  action(code: string) {
    const found = this.state.actions.find((a) => a.code === code);
    if (found === undefined) throw new Error(`no action ${code}`);
    return found;
  }
}

export function timelineOf(decision: Decision<CaseState>): TimelineEffect[] {
  return decision.effects.filter((e): e is TimelineEffect => e.type === "timeline");
}

/** A message effect of the case flow: its card is always a case card. */
export type CaseMessage = Omit<MessageEffect, "card"> & { card: CaseCardSpec };

export function messagesOf(decision: Decision<CaseState>): CaseMessage[] {
  return decision.effects.flatMap((e) => {
    if (e.type !== "message") return [];
    if (!isCaseCardSpec(e.card)) throw new Error(`not a case card: ${e.card.kind}`);
    return [{ ...e, card: e.card }];
  });
}

/** The code of the FlowError `run` throws; fails the test when it throws none or something else. */
export function code(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof FlowError) return error.code;
    throw error;
  }
  throw new Error("expected a FlowError");
}

/** An assessed case (conscious, justified) on which landlord staff took `step` of the ladder. */
export function onLadder(
  step: "actie3" | "actie4" | "actie5" | "actie6",
  situation: "similarComplaint" | "repeatedComplaints" | null = null,
): Scenario {
  const s = new Scenario();
  s.assess("conscious", true, true);
  s.apply({ type: "ladderStepTaken", actor: landlord, step, situation });
  return s;
}
