/**
 * The procedure's building blocks that many tests share: a participant registered by the support
 * worker, an anonymous noise complaint filed by landlord staff, and the four rows of the Actie 2
 * table as the buttons that reach them.
 */
import type { CASE_BUTTON_IDS } from "../../src/flows/cases/buttons.ts";
import { type CaseState, ownedByLandlord } from "../../src/flows/cases/state.ts";
import type { LadderStep } from "../../src/flows/ladder/model.ts";
import type { Actor, ComplaintType, LeaseType } from "../../src/flows/model.ts";
import { fileComplaint, handleCaseEvent } from "../../src/services/case-service.ts";
import { registerParticipant } from "../../src/services/participant-service.ts";
import type { ServiceRuntime } from "../../src/services/runtime.ts";
import type { World } from "./world.ts";

/** Actie 2: each row of the guideline's table and the three answers that lead to it. */
export const ASSESSMENT_ROWS = [
  {
    row: "consciousJustified",
    answers: ["answerConscious", "answerJustifiedByParticipant", "answerJustifiedByWorker"],
  },
  {
    row: "consciousParticipantDisagrees",
    answers: ["answerConscious", "answerUnjustifiedByParticipant", "answerJustifiedByWorker"],
  },
  {
    row: "unconsciousJustified",
    answers: ["answerUnconscious", "answerJustifiedByParticipant", "answerJustifiedByWorker"],
  },
  {
    row: "unconsciousUnjustified",
    answers: ["answerUnconscious", "answerUnjustifiedByParticipant", "answerUnjustifiedByWorker"],
  },
] as const satisfies readonly { row: string; answers: readonly (keyof typeof CASE_BUTTON_IDS)[] }[];

export interface WorldParticipantOptions {
  dwelling?: string;
  leaseType?: LeaseType;
}

/** A participant of the world's care provider and landlord, with its worker, contact and coordinator. */
export async function registerWorldParticipant(
  runtime: ServiceRuntime,
  world: World,
  reference: string,
  { dwelling = `${reference}straat 1`, leaseType = "own" }: WorldParticipantOptions = {},
): Promise<string> {
  const registered = await registerParticipant(runtime, world.actor(world.worker), {
    reference,
    careProviderId: world.careProvider.id,
    landlordId: world.landlord.id,
    dwelling,
    leaseType,
    supportWorkerId: world.worker.id,
    landlordContactId: world.landlordStaff.id,
    coordinatorId: world.coordinator.id,
  });
  return registered.participantId;
}

export interface WorldComplaint {
  type: ComplaintType;
  description: string;
  /** Hours before now that it happened; the landlord received it an hour ago. */
  hoursAgo: number;
  afterTen: boolean;
  /** A named complainant; none: anonymous. */
  complainant?: { name: string; contact: string };
  /** Hours before now the landlord received it (default 1). */
  receivedHoursAgo?: number;
}

/** Actie 1: a complaint filed by the world's landlord staff. */
export function fileWorldComplaint(
  runtime: ServiceRuntime,
  world: World,
  participantId: string,
  complaint: WorldComplaint,
): Promise<CaseState> {
  const now = runtime.clock.now().getTime();
  const named = complaint.complainant;
  return fileComplaint(runtime, world.actor(world.landlordStaff), {
    participantId,
    complaint: {
      type: complaint.type,
      description: complaint.description,
      occurredAt: new Date(now - complaint.hoursAgo * 3600_000),
      afterTen: complaint.afterTen,
      receivedByLandlordAt: new Date(now - (complaint.receivedHoursAgo ?? 1) * 3600_000),
      complainantAnonymous: !named,
    },
    complainant: named
      ? { anonymous: false, name: named.name, contact: named.contact }
      : { anonymous: true, name: null, contact: null },
  });
}

/** Actie 1: an anonymous noise complaint after ten at night, received an hour ago. */
export function fileNoiseComplaint(
  runtime: ServiceRuntime,
  world: World,
  participantId: string,
  description = "Harde muziek in de nacht",
): Promise<CaseState> {
  return fileWorldComplaint(runtime, world, participantId, {
    type: "noise",
    description,
    hoursAgo: 5,
    afterTen: true,
  });
}

/**
 * Actie 2 through the services: the worker answers conscious, justified by participant and worker
 * (the table's first row), confirms, and accepts every proposal of the care team that needs no
 * mediation consent (the landlord's own actions are the landlord's to decide).
 */
export async function assessConsciousJustified(
  runtime: ServiceRuntime,
  caseId: string,
  worker: Actor,
): Promise<CaseState> {
  for (const answer of [
    { question: "behaviour", value: "conscious" },
    { question: "justifiedByParticipant", value: true },
    { question: "justifiedByWorker", value: true },
  ] as const) {
    await handleCaseEvent(runtime, caseId, { type: "assessmentAnswered", actor: worker, answer });
  }
  let state = await handleCaseEvent(runtime, caseId, {
    type: "assessmentConfirmed",
    actor: worker,
    history: [],
  });
  for (const action of state.actions.filter(
    (a) => a.status === "proposed" && !a.requiresMediationConsent && !ownedByLandlord(a),
  )) {
    state = await handleCaseEvent(runtime, caseId, {
      type: "actionAccepted",
      actor: worker,
      actionId: action.id,
    });
  }
  return state;
}

/** Actie 3–6: landlord staff take the step (landlord and team decided together); its actions are proposed. */
export function takeLadderStep(
  runtime: ServiceRuntime,
  world: World,
  caseId: string,
  step: LadderStep,
): Promise<CaseState> {
  return handleCaseEvent(runtime, caseId, {
    type: "ladderStepTaken",
    actor: world.actor(world.landlordStaff),
    step,
    situation: null,
  });
}
