/** Roles, permissions and visibility (SPEC §6: separation of housing and care). */
export { PERMISSION_NAMES, PERMISSION_ROLES, type Permission } from "./permission-names.ts";
export {
  DENIAL_REASONS,
  type DenialReason,
  decidePermission,
  explainDenial,
  may,
  POLICY_DENIED,
  type PolicyDecision,
  requirePermission,
} from "./permissions.ts";
export { type CaseScope, isInScope, ROLE_SIDES, SCOPE_SIDES, type ScopeSide } from "./scope.ts";
export { POLICY_TEXTS } from "./texts.ts";
export {
  AUDIENCE_MEMBERS,
  FIELD_VIEWERS,
  filterVisible,
  mayReadAudience,
  mayView,
  mayViewDeadline,
  VISIBLE_FIELDS,
  type Viewer,
  type VisibleField,
  visibleFields,
} from "./visibility.ts";
