/**
 * The policy at the door of every button and form (SPEC §6: "every action is checked against the
 * role"). The services check each decision again when it is recorded; this guard also covers what
 * happens before a decision: opening a form (which can show a case's actions, deadlines or
 * interventions) and reading a summary. A button value or form metadata can be forged, so the
 * guard loads the subject it names and asks the policy with that subject's organisations; a member
 * of another organisation, or a role the action is not for, never gets past it. Which permission a
 * button or form needs is declared by its step module (src/flows/steps).
 */
import { FlowError } from "../../flows/errors.ts";
import type { Actor } from "../../flows/model.ts";
import { PERMISSION_ROLES, type Permission } from "../../flows/policy/permission-names.ts";
import { POLICY_DENIED, requirePermission } from "../../flows/policy/permissions.ts";
import { permissionOnCase } from "../../flows/steps/registry.ts";
import type { RouteSubject } from "../../flows/steps/step.ts";
import { loadCase } from "../../store/cases/case-repository.ts";
import { findCooperation } from "../../store/cooperation/cooperation-repository.ts";
import type { PrismaClient } from "../../store/db-types.ts";
import { loadDeadline } from "../../store/deadlines/deadline-repository.ts";
import { loadParticipant } from "../../store/participants/participant-repository.ts";
import { loadSignal } from "../../store/signals/signal-repository.ts";
import { NotFoundError } from "../errors.ts";
import { scopeOf } from "../scope.ts";
import { loadSubjectInfo } from "../subjects.ts";
import { type Acting, InvalidPayloadError } from "./module.ts";

/** Refuses a role the action is not for (no subject yet: the service checks its organisations). */
export function requireRole(actor: Actor, action: Permission): void {
  if (!PERMISSION_ROLES[action].includes(actor.role)) {
    throw new FlowError(POLICY_DENIED, { action, reason: "roleNotAllowed", role: actor.role });
  }
}

/** The id a parsed payload names under `key` (the payload's schema guarantees it). */
function idIn(payload: unknown, key: "c" | "p" | "s" | "d"): string {
  const id = (payload as Record<string, unknown> | null)?.[key];
  if (typeof id !== "string" || id === "") throw new InvalidPayloadError(`payload names no ${key}`);
  return id;
}

/** The organisations of the subject a payload names, and the permission that applies to it. */
async function subjectOf(
  prisma: PrismaClient,
  subject: Exclude<RouteSubject, "none">,
  payload: unknown,
  permission: Permission,
) {
  switch (subject) {
    case "case": {
      const id = idIn(payload, "c");
      const loaded = await loadCase(prisma, id);
      if (!loaded) throw new NotFoundError("case", id);
      // A participant's own report: some actions are other people's than on a nuisance case.
      return {
        owners: loaded.state.participant,
        permission: permissionOnCase(permission, loaded.state.kind),
      };
    }
    case "participant": {
      const id = idIn(payload, "p");
      const loaded = await loadParticipant(prisma, id);
      if (!loaded) throw new NotFoundError("participant", id);
      return { owners: loaded.state, permission };
    }
    case "signal": {
      const id = idIn(payload, "s");
      const signal = await loadSignal(prisma, id);
      const participant = signal && (await loadParticipant(prisma, signal.state.participant.participantId));
      if (!participant) throw new NotFoundError("signal", id);
      return { owners: participant.state, permission };
    }
    case "deadline": {
      const id = idIn(payload, "d");
      const deadline = await loadDeadline(prisma, id);
      if (!deadline) throw new NotFoundError("deadline", id);
      return { owners: await loadSubjectInfo(prisma, deadline.subject), permission };
    }
    case "cooperation": {
      // Onderhoud samenwerking: the pair of the care provider and the landlord the card is about.
      const id = idIn(payload, "c");
      const cooperation = await findCooperation(prisma, id);
      if (!cooperation) throw new NotFoundError("cooperation", id);
      return { owners: cooperation, permission };
    }
  }
}

/**
 * Checks a button's or form's permission, as its step declares it, on what its parsed payload
 * names — before the route runs, so a refused click opens no form.
 */
export async function requireStepPermission(
  acting: Acting,
  route: { permission: Permission; subject: RouteSubject },
  payload: unknown,
): Promise<void> {
  if (route.subject === "none") {
    requireRole(acting.actor, route.permission);
    return;
  }
  const prisma = acting.runtime.prisma;
  const { owners, permission } = await subjectOf(prisma, route.subject, payload, route.permission);
  requirePermission(acting.actor, permission, await scopeOf(prisma, owners));
}
