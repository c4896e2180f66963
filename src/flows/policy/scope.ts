/**
 * The tenant boundary: which organisations a case belongs to, and on which side of the case
 * each role must stand. A member of an organisation outside the case can never act on it.
 */
import { assertNever } from "../effects.ts";
import type { Actor, Role } from "../model.ts";

/** The organisations of one case (or participant). */
export interface CaseScope {
  /** zorgaanbieder */
  careProviderId: string;
  /** verhuurder */
  landlordId: string;
  /** municipality, police */
  partnerOrganisationIds: string[];
}

const SCOPE_SIDES = ["careProvider", "landlord", "partner"] as const;
type ScopeSide = (typeof SCOPE_SIDES)[number];

/**
 * Role → the side(s) of the scope the actor's organisation must be. A technical admin belongs to
 * whichever organisation they administer.
 */
const ROLE_SIDES: Record<Role, readonly ScopeSide[]> = {
  careTeamMember: ["careProvider"],
  coordinator: ["careProvider"],
  landlordStaff: ["landlord"],
  partner: ["partner"],
  admin: ["careProvider", "landlord", "partner"],
};

/** Whether `organisationId` is on `side` of `scope`. */
function isOnSide(organisationId: string, side: ScopeSide, scope: CaseScope): boolean {
  switch (side) {
    case "careProvider":
      return scope.careProviderId === organisationId;
    case "landlord":
      return scope.landlordId === organisationId;
    case "partner":
      return scope.partnerOrganisationIds.includes(organisationId);
    default:
      return assertNever(side);
  }
}

/** Whether `organisationId` is any organisation of the case. */
export function isInScope(organisationId: string, scope: CaseScope): boolean {
  return SCOPE_SIDES.some((side) => isOnSide(organisationId, side, scope));
}

/** Whether the actor's organisation is on a side their role belongs to. */
export function isOnOwnSide(actor: Actor, scope: CaseScope): boolean {
  return ROLE_SIDES[actor.role].some((side) => isOnSide(actor.organisationId, side, scope));
}
