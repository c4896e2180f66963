/**
 * Benchmarks (npm run bench): how fast the pure procedure decides. Targets live here, never in
 * timed unit tests. A support worker's click must be answered well within Slack's 3 seconds; a
 * decision takes about a millisecond, the database transaction around it dominates.
 */
import { bench, describe } from "vitest";
import { createDueAt, DEFAULT_DEADLINE_SETTINGS } from "../src/flows/calendar/deadline-policy.ts";
import { addWorkingDays } from "../src/flows/calendar/index.ts";
import { decideCase, openCase } from "../src/flows/cases/index.ts";
import type { FlowContext } from "../src/flows/context.ts";
import type { Actor } from "../src/flows/model.ts";

const now = new Date("2026-11-23T09:00:00Z");
const ctx: FlowContext = { now, dueAt: createDueAt(DEFAULT_DEADLINE_SETTINGS) };
const landlord: Actor = { memberId: "m-landlord", role: "landlordStaff", organisationId: "corp" };
const worker: Actor = { memberId: "m-worker", role: "careTeamMember", organisationId: "care" };

function opened() {
  return openCase(
    {
      caseId: "case-1",
      number: "1",
      participantId: "p-1",
      kind: "nuisance",
      participant: {
        reference: "HF-001",
        leaseType: "own",
        supportWorkerId: "m-worker",
        landlordContactId: "m-landlord",
        coordinatorId: null,
        careProviderId: "care",
        landlordId: "corp",
      },
      complaint: {
        id: "c-1",
        type: "noise",
        description: "Harde muziek",
        occurredAt: new Date(now.getTime() - 7200_000),
        afterTen: true,
        receivedByLandlordAt: new Date(now.getTime() - 3600_000),
        complainantAnonymous: true,
      },
      actor: landlord,
      history: [],
    },
    ctx,
  ).state;
}

describe("pure decisions", () => {
  bench("Actie 1: open a case", () => {
    opened();
  });

  bench("Actie 2: three answers and the confirmed proposal", () => {
    let state = opened();
    for (const answer of [
      { question: "behaviour", value: "unconscious" },
      { question: "justifiedByParticipant", value: true },
      { question: "justifiedByWorker", value: true },
    ] as const) {
      state = decideCase(state, { type: "assessmentAnswered", actor: worker, answer }, ctx).state;
    }
    decideCase(state, { type: "assessmentConfirmed", actor: worker, history: [] }, ctx);
  });

  bench("Termijnen: 10 working days on the Dutch calendar", () => {
    addWorkingDays(now, 10);
  });
});
