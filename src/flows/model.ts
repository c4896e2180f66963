/**
 * The domain vocabulary of the Housing First nuisance guideline (Richtlijn overlast 2023).
 * Plain data only: no I/O, no platform, no database. See ../../docs/guideline.md.
 */

/** Roles of people in the shared channel (SPEC §6). */
export const ROLES = ["careTeamMember", "coordinator", "landlordStaff", "partner", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** Organisations around a participant. zorgaanbieder = careProvider, verhuurder = landlord. */
export const ORGANISATION_KINDS = ["careProvider", "landlord", "municipality", "police"] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** huur op eigen naam / intermediaire verhuur / driepartijenovereenkomst — decides who goes to court (Actie 6). */
export const LEASE_TYPES = ["own", "intermediary", "threeParty"] as const;
export type LeaseType = (typeof LEASE_TYPES)[number];

/** The most common nuisance types the guideline names (Actie 2). */
export const COMPLAINT_TYPES = ["noise", "smell", "visitors", "publicSpace", "other"] as const;
export type ComplaintType = (typeof COMPLAINT_TYPES)[number];

export const LOCALES = ["nl", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** Who an outgoing message or a timeline entry may reach. */
export const AUDIENCES = ["shared", "careTeam", "landlord"] as const;
/**
 * shared    — the shared channel: care team, landlord staff, partners.
 * careTeam  — the care team's private channel / care team members only (care-only notes).
 * landlord  — landlord staff only (complainant identity).
 */
export type Audience = (typeof AUDIENCES)[number];

/** The guideline step an event belongs to; every timeline entry names one. */
export const GUIDELINE_STEPS = [
  "prevention",
  "signal",
  "actie1",
  "actie2",
  "actie3",
  "actie4",
  "actie5",
  "actie6",
  "afterEviction",
  "closure",
  "cooperation",
] as const;
export type GuidelineStep = (typeof GUIDELINE_STEPS)[number];

/** A person acting, as the flows see them. */
export interface Actor {
  memberId: string;
  role: Role;
  organisationId: string;
}

/** The system itself (scheduler, intake API) acting. */
export const SYSTEM_ACTOR_ID = "system";
