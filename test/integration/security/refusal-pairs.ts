/**
 * The refusals people meet on role grounds, read from the step registry: every button and form
 * (ROUTES) × every role the permission table does not give its permission, on pair A's own
 * subjects (matrix-world.ts), so that nothing but the role refuses it. Each pair carries the answer
 * the person must get: the policy's sentence naming who may ("Alleen de begeleider of de coördinator
 * kan de zaak starten."), in Dutch, the language of the matrix's people.
 */
import type { Role } from "../../../src/flows/model.ts";
import type { Permission } from "../../../src/flows/policy/permission-names.ts";
import { explainDenial } from "../../../src/flows/policy/permissions.ts";
import { PERMISSION_ROLES, permissionOnCase, ROUTES, type Route } from "../../../src/flows/steps/registry.ts";
import type { MemberView } from "../../../src/store/members/members.ts";
import { people } from "./matrix-runner.ts";
import { actionValue, formSubmission } from "./matrix-table.ts";
import { MATRIX_ROLES, type MatrixWorld } from "./matrix-world.ts";

export interface RefusedPair {
  route: Route;
  role: Role;
  /** The permission that applies on pair A's subject (a nuisance case: the route's own). */
  permission: Permission;
  /** What the person must be told. */
  answer: string;
}

/** The answer to a role the permission table does not give `permission`. */
export function whoMay(permission: Permission, role: Role): string {
  return explainDenial({ reason: "roleNotAllowed", action: permission, role }, "nl");
}

/** Every (route, role) pair the permission table refuses, in registry order. */
export function refusedPairs(): RefusedPair[] {
  return ROUTES.flatMap((route) => {
    // Pair A's cases are nuisance cases (a landlord's complaint), never a participant's own report.
    const permission = permissionOnCase(route.permission, "nuisance");
    return MATRIX_ROLES.filter((role) => !PERMISSION_ROLES[permission].includes(role)).map((role) => ({
      route,
      role,
      permission,
      answer: whoMay(permission, role),
    }));
  });
}

/** A valid click or submit of the pair's route, on the subjects of the pair's own role. */
export interface Attempt {
  pair: RefusedPair;
  member: MemberView;
  /** A button's value, or a form's metadata. */
  value: string;
  /** A form's values (none for a button). */
  values: Record<string, string>;
}

function attemptOf(pair: RefusedPair, m: MatrixWorld, now: Date, serial: number): Attempt {
  const s = m.subjects[pair.role];
  const member = m.a[pair.role];
  if (pair.route.kind === "button") return { pair, member, value: actionValue(pair.route.id, s), values: {} };
  const { metadata, values } = formSubmission(pair.route.id, s, people(m), now, serial);
  return { pair, member, value: metadata, values };
}

/** The attempts per person: each person acts one at a time, the people at once (as the matrix does). */
export function attemptsByPerson(m: MatrixWorld, now: Date): Attempt[][] {
  const pairs = refusedPairs();
  return MATRIX_ROLES.map((role) =>
    pairs
      .filter((pair) => pair.role === role)
      .map((pair, index) => attemptOf(pair, m, now, 5000 + MATRIX_ROLES.indexOf(role) * 100 + index)),
  ).filter((attempts) => attempts.length > 0);
}
