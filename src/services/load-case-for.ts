/**
 * A case loaded for someone who acts on it: the state and the organisations it belongs to, after
 * the check that this person may do `permission` on it (tenant boundary and role). One way for
 * the services that act on a case outside its own events (letters, correspondence, files).
 */
import type { CaseState } from "../flows/cases/state.ts";
import type { Actor } from "../flows/model.ts";
import type { Permission } from "../flows/policy/permission-names.ts";
import { requirePermission } from "../flows/policy/permissions.ts";
import type { CaseScope } from "../flows/policy/scope.ts";
import { loadCase } from "../store/cases/case-repository.ts";
import type { PrismaClient, Tx } from "../store/db-types.ts";
import { NotFoundError } from "./errors.ts";
import { scopeOf } from "./scope.ts";

export interface CaseForActor {
  state: CaseState;
  scope: CaseScope;
}

export async function loadCaseFor(
  db: Tx | PrismaClient,
  actor: Actor,
  caseId: string,
  permission: Permission,
): Promise<CaseForActor> {
  const loaded = await loadCase(db, caseId);
  if (!loaded) throw new NotFoundError("case", caseId);
  const scope = await scopeOf(db, loaded.state.participant);
  requirePermission(actor, permission, scope);
  return { state: loaded.state, scope };
}
