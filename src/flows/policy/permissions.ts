/**
 * May this actor do this on this case? Checks, in order: the tenant boundary (the actor's
 * organisation belongs to the case), the role (PERMISSION_ROLES), and that the organisation is on the
 * side of the case the role belongs to (ROLE_SIDES).
 */
import { FlowError } from "../errors.ts";
import type { Actor, Locale, Role } from "../model.ts";
import { PERMISSIONS } from "../steps/registry.ts";
import { PERMISSION_ROLES, type Permission } from "./permission-names.ts";
import { type CaseScope, isInScope, isOnOwnSide } from "./scope.ts";
import { POLICY_TEXTS } from "./texts.ts";

export const DENIAL_REASONS = [
  // The actor's organisation is not one of the case's organisations.
  "outsideScope",
  // The actor's role may not perform the action.
  "roleNotAllowed",
  // The organisation is in the case, but not on the role's side (e.g. landlord staff of the care provider).
  "organisationMismatch",
] as const;
export type DenialReason = (typeof DENIAL_REASONS)[number];

export type PolicyDecision =
  | { allowed: true }
  | { allowed: false; reason: DenialReason; action: Permission; role: Role };

export function decidePermission(actor: Actor, action: Permission, scope: CaseScope): PolicyDecision {
  const denied = (reason: DenialReason): PolicyDecision => ({
    allowed: false,
    reason,
    action,
    role: actor.role,
  });
  if (!isInScope(actor.organisationId, scope)) return denied("outsideScope");
  if (!PERMISSION_ROLES[action].includes(actor.role)) return denied("roleNotAllowed");
  if (!isOnOwnSide(actor, scope)) return denied("organisationMismatch");
  return { allowed: true };
}

export function may(actor: Actor, action: Permission, scope: CaseScope): boolean {
  return decidePermission(actor, action, scope).allowed;
}

/** Error code of a refused action; params: action, reason, role. */
export const POLICY_DENIED = "policy.denied";

/** Throws FlowError(POLICY_DENIED) when the actor may not perform the action. */
export function requirePermission(actor: Actor, action: Permission, scope: CaseScope): void {
  const decision = decidePermission(actor, action, scope);
  if (!decision.allowed) {
    throw new FlowError(POLICY_DENIED, { action, reason: decision.reason, role: actor.role });
  }
}

/** A one-sentence explanation of a refusal, shown where the user is. */
export function explainDenial(
  denial: { reason: DenialReason; action: Permission; role: Role },
  locale: Locale,
): string {
  const texts = POLICY_TEXTS[locale];
  const allowed = new Intl.ListFormat(locale, { type: "disjunction" }).format(
    PERMISSION_ROLES[denial.action].map((role) => texts.who[role]),
  );
  return texts.denials[denial.reason]
    .replace("{role}", texts.roles[denial.role])
    .replace("{allowed}", allowed)
    .replace("{action}", PERMISSIONS[denial.action].does[locale]);
}
