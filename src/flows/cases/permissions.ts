/**
 * Which roles may send which case events (SPEC §6: every action is checked against the role): the
 * permission the event's step declares (src/flows/steps), looked up in the one permission table.
 * Care-only work (hearing, assessment, care notes, interventions) is for the care team; landlord
 * staff join in the shared steps; partners (municipality, police) only read.
 */
import { FlowError } from "../errors.ts";
import type { Role } from "../model.ts";
import { PERMISSION_ROLES, type Permission } from "../policy/permission-names.ts";
import { EVENT_PERMISSIONS, permissionOnCase } from "../steps/registry.ts";
import type { CaseEvent, CaseEventType } from "./events.ts";
import { type CaseKind, type CaseState, type CaseStatus, ownedByLandlord } from "./state.ts";

/** The roles that may send this event on a case of this kind. */
function eventRoles(type: CaseEventType, kind: CaseKind): readonly Role[] {
  return PERMISSION_ROLES[permissionOnCase(EVENT_PERMISSIONS[type], kind)];
}

const CARE: readonly Role[] = PERMISSION_ROLES.addCareNote;

/** Events still possible on a resolved case (the aftercare and the paperwork). */
const WHEN_RESOLVED: ReadonlySet<CaseEventType> = new Set<CaseEventType>([
  "closed",
  "careNoteAdded",
  "careRecordRegistered",
  "writtenFeedbackSent",
  "actionDone",
  "supportAfterEviction",
  "reflectionMeetingHeld",
  "advocacyStepRecorded",
  "returnHomeRecorded",
]);

export function assertEventAllowed(
  type: CaseEventType,
  role: Role,
  state: { status: CaseStatus; kind: CaseKind },
): void {
  if (state.status === "closed") throw new FlowError("case.closed");
  if (state.status === "resolved" && !WHEN_RESOLVED.has(type)) throw new FlowError("case.notOpen");
  if (!eventRoles(type, state.kind).includes(role))
    throw new FlowError("role.notAllowed", { role, event: type });
}

/**
 * The permission a decision on one action needs besides its event's: the landlord's own actions
 * (the Actie 3 waarschuwingsbrief, the advice to the complainant, …) are landlord staff's to
 * accept, change, skip or finish, whichever button or request names them. Null: the event's
 * permission is enough.
 */
export function permissionOnAction(state: CaseState, event: CaseEvent): Permission | null {
  if (!("actionId" in event)) return null;
  const action = state.actions.find((candidate) => candidate.id === event.actionId);
  return action !== undefined && ownedByLandlord(action) ? "decideLandlordAction" : null;
}

/** Only the care team may act on care-only actions. */
export function assertMaySeeCareOnly(role: Role): void {
  if (!CARE.includes(role)) throw new FlowError("role.notAllowed", { role });
}

export function requireText(value: string | null | undefined, field: string): string {
  const text = (value ?? "").trim();
  if (text === "") throw new FlowError("input.textRequired", { field });
  return text;
}
