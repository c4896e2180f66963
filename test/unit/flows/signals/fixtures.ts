/** Shared fixtures of the signal tests: a fixed clock, the people around a participant, inputs. */
import type { FlowContext } from "../../../../src/flows/context.ts";
import type { Effect } from "../../../../src/flows/effects.ts";
import type { Actor } from "../../../../src/flows/model.ts";
import { logSignal } from "../../../../src/flows/signals/log.ts";
import type { LogSignalInput, SignalState } from "../../../../src/flows/signals/model.ts";

export const NOW = new Date("2024-03-04T09:00:00.000Z");
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;
/** Every rule is "one day later", so due times are easy to predict. */
export const ctx: FlowContext = { now: NOW, dueAt: (_rule, from) => new Date(from.getTime() + DAY_MS) };
export const ctxAt = (now: Date): FlowContext => ({ ...ctx, now });

export const supportWorker: Actor = {
  memberId: "m-worker",
  role: "careTeamMember",
  organisationId: "org-care",
};
export const coordinator: Actor = { memberId: "m-coord", role: "coordinator", organisationId: "org-care" };
export const landlordStaff: Actor = {
  memberId: "m-landlord",
  role: "landlordStaff",
  organisationId: "org-landlord",
};
export const housingConsultant: Actor = {
  memberId: "m-consultant",
  role: "landlordStaff",
  organisationId: "org-landlord",
};
export const communityOfficer: Actor = {
  memberId: "m-police",
  role: "partner",
  organisationId: "org-police",
};
export const admin: Actor = { memberId: "m-admin", role: "admin", organisationId: "org-care" };

export const OBSERVED = new Date(NOW.getTime() - 10 * HOUR_MS);

export function input(overrides: Partial<LogSignalInput> = {}): LogSignalInput {
  return {
    signalId: "s-1",
    participant: {
      participantId: "p-1",
      reference: "HF-017",
      supportWorkerId: "m-worker",
      landlordContactId: "m-landlord",
    },
    kind: "nuisanceSign",
    source: "landlord",
    description: "Buurman hoort 's nachts vaak harde muziek.",
    observedAt: OBSERVED,
    actor: landlordStaff,
    followUpOwner: null,
    ...overrides,
  };
}

export function logged(overrides: Partial<LogSignalInput> = {}): SignalState {
  return logSignal(input(overrides), ctx).state;
}

export function ofType<T extends Effect["type"]>(effects: Effect[], type: T): Extract<Effect, { type: T }>[] {
  return effects.filter((effect): effect is Extract<Effect, { type: T }> => effect.type === type);
}
