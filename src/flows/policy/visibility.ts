/**
 * Who may see which information (SPEC §6, separation of housing and care):
 * - care-only information (assessment reasoning, hearing notes, care notes, interventions)
 *   never reaches the landlord or the shared channel;
 * - the complainant's identity reaches landlord staff only;
 * - partners (municipality, police) see status, step, the deadlines they own and the
 *   participant reference only; the technical admin sees the same and reads no case content.
 *
 * A viewer is a role, or an audience (a channel): an audience may see a field only when every
 * role that reads it may see it.
 */
import { AUDIENCES, type Audience, type Role } from "../model.ts";

export const VISIBLE_FIELDS = [
  "caseStatus",
  "caseStep",
  "agreedActions",
  "deadlines",
  "letters",
  "complaintDescription",
  "complaintType",
  "complainantIdentity",
  // Shared result: "beoordeeld" plus the agreed follow-up.
  "assessmentOutcome",
  // Actie 2: conscious/unconscious, justified per participant and per worker — care-only.
  "assessmentReasoning",
  "hearingNotes",
  "careNotes",
  // Interventies 1–4 in detail — care-only.
  "interventions",
  "signalDetails",
  "participantReference",
] as const;
export type VisibleField = (typeof VISIBLE_FIELDS)[number];

/** A role, or an audience (shared channel, care team channel, landlord staff only). */
export type Viewer = Role | Audience;

const EVERYONE: readonly Role[] = ["careTeamMember", "coordinator", "landlordStaff", "partner", "admin"];
const CARE: readonly Role[] = ["careTeamMember", "coordinator"];
const CARE_AND_LANDLORD: readonly Role[] = ["careTeamMember", "coordinator", "landlordStaff"];

/** Field → the roles that may see it. */
export const FIELD_VIEWERS: Record<VisibleField, readonly Role[]> = {
  caseStatus: EVERYONE,
  caseStep: EVERYONE,
  agreedActions: CARE_AND_LANDLORD,
  // Partners see only the deadlines they own (mayViewDeadline).
  deadlines: EVERYONE,
  letters: CARE_AND_LANDLORD,
  complaintDescription: CARE_AND_LANDLORD,
  complaintType: CARE_AND_LANDLORD,
  complainantIdentity: ["landlordStaff"],
  assessmentOutcome: CARE_AND_LANDLORD,
  assessmentReasoning: CARE,
  hearingNotes: CARE,
  careNotes: CARE,
  interventions: CARE,
  signalDetails: CARE_AND_LANDLORD,
  participantReference: EVERYONE,
};

/**
 * Audience → the roles that may read what is addressed to it (and its timeline entries).
 * The shared channel is the working channel of the care team and the landlord (SPEC §3: the case
 * card and the written agreements are posted there). A partner invited to it sees what it shows,
 * but the bot shows partners nothing more personally than their limited view.
 */
export const AUDIENCE_MEMBERS: Record<Audience, readonly Role[]> = {
  shared: CARE_AND_LANDLORD,
  careTeam: CARE,
  landlord: ["landlordStaff"],
};

function isAudience(viewer: Viewer): viewer is Audience {
  return (AUDIENCES as readonly string[]).includes(viewer);
}

/** Whether `viewer` may see `field`. For an audience: only if every role in it may. */
export function mayView(viewer: Viewer, field: VisibleField): boolean {
  const allowed = FIELD_VIEWERS[field];
  if (isAudience(viewer)) return AUDIENCE_MEMBERS[viewer].every((role) => allowed.includes(role));
  return allowed.includes(viewer);
}

/** The fields `viewer` may see, in VISIBLE_FIELDS order. */
export function visibleFields(viewer: Viewer): VisibleField[] {
  return VISIBLE_FIELDS.filter((field) => mayView(viewer, field));
}

/** Whether `role` may read what is addressed to `audience`. */
export function mayReadAudience(role: Role, audience: Audience): boolean {
  return AUDIENCE_MEMBERS[audience].includes(role);
}

/**
 * Timeline entries `viewerRole` may read: "shared" entries for every role in scope, "careTeam"
 * entries for care team members and coordinators, "landlord" entries for landlord staff.
 */
export function filterVisible<T extends { visibility: Audience }>(
  entries: readonly T[],
  viewerRole: Role,
): T[] {
  return entries.filter((entry) => mayReadAudience(viewerRole, entry.visibility));
}

/**
 * Row-level rule for deadlines shown to one role: partners see only the deadlines they own;
 * other roles that may see deadlines see all of them. Channel audiences are not filtered by owner
 * (nudges in the case thread name their deadline).
 */
export function mayViewDeadline(viewerRole: Role, ownerRole: Role): boolean {
  if (!mayView(viewerRole, "deadlines")) return false;
  return viewerRole !== "partner" || ownerRole === "partner";
}
