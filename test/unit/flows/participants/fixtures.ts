/** Shared fixtures of the participant tests: a fixed clock and a registered participant. */
import type { FlowContext } from "../../../../src/flows/context.ts";
import type { Effect } from "../../../../src/flows/effects.ts";
import type { Actor } from "../../../../src/flows/model.ts";
import type { RegisterParticipantInput } from "../../../../src/flows/participants/model.ts";

export const NOW = new Date("2024-03-04T09:00:00.000Z");
export const DAY_MS = 86_400_000;

/** Every rule is "one day later", so due times are easy to predict. */
export const ctx: FlowContext = { now: NOW, dueAt: (_rule, from) => new Date(from.getTime() + DAY_MS) };

export function ctxAt(now: Date): FlowContext {
  return { now, dueAt: (_rule, from) => new Date(from.getTime() + DAY_MS) };
}

export const supportWorker: Actor = {
  memberId: "m-worker",
  role: "careTeamMember",
  organisationId: "org-care",
};
export const landlordStaff: Actor = {
  memberId: "m-landlord",
  role: "landlordStaff",
  organisationId: "org-landlord",
};

export const registration: RegisterParticipantInput = {
  participantId: "p-1",
  actor: supportWorker,
  reference: "HF-017",
  careProviderId: "org-care",
  landlordId: "org-landlord",
  dwelling: "Kerkstraat 1, Utrecht",
  leaseType: "intermediary",
  supportWorkerId: "m-worker",
  landlordContactId: "m-landlord",
  coordinatorId: "m-coord",
};

export function ofType<T extends Effect["type"]>(effects: Effect[], type: T): Extract<Effect, { type: T }>[] {
  return effects.filter((effect): effect is Extract<Effect, { type: T }> => effect.type === type);
}
