/** Members (people in the channels) and organisations. */
import type { Actor, Locale, OrganisationKind, Role } from "../../flows/model.ts";
import type { Platform, PrismaClient, Tx } from "../db-types.ts";
import { equalsIgnoringCase } from "../text-match.ts";

export interface MemberView {
  id: string;
  organisationId: string;
  organisationKind: OrganisationKind;
  organisationName: string;
  role: Role;
  displayName: string;
  locale: Locale;
  slackUserId: string | null;
  slackTeamId: string | null;
  teamsUserId: string | null;
  active: boolean;
}

type Db = Tx | PrismaClient;

const include = { organisation: true } as const;

function view(row: {
  id: string;
  organisationId: string;
  organisation: { kind: OrganisationKind; name: string };
  role: Role;
  displayName: string;
  locale: string;
  slackUserId: string | null;
  slackTeamId: string | null;
  teamsUserId: string | null;
  active: boolean;
}): MemberView {
  return {
    id: row.id,
    organisationId: row.organisationId,
    organisationKind: row.organisation.kind,
    organisationName: row.organisation.name,
    role: row.role,
    displayName: row.displayName,
    locale: row.locale === "en" ? "en" : "nl",
    slackUserId: row.slackUserId,
    slackTeamId: row.slackTeamId,
    teamsUserId: row.teamsUserId,
    active: row.active,
  };
}

export function actorOf(member: MemberView): Actor {
  return { memberId: member.id, role: member.role, organisationId: member.organisationId };
}

export async function findMemberById(db: Db, id: string): Promise<MemberView | null> {
  const row = await db.member.findUnique({ where: { id }, include });
  return row ? view(row) : null;
}

export async function findMembersByIds(db: Db, ids: string[]): Promise<MemberView[]> {
  const rows = await db.member.findMany({ where: { id: { in: ids } }, include });
  return rows.map(view);
}

export async function findMemberBySlackUser(db: Db, slackUserId: string): Promise<MemberView | null> {
  const row = await db.member.findUnique({ where: { slackUserId }, include });
  return row?.active ? view(row) : null;
}

export async function listMembersOfOrganisations(db: Db, organisationIds: string[]): Promise<MemberView[]> {
  const rows = await db.member.findMany({
    where: { organisationId: { in: organisationIds }, active: true },
    include,
    orderBy: { displayName: "asc" },
  });
  return rows.map(view);
}

/** A new organisation; a partner (municipality, police) names the care provider it works with. */
export async function createOrganisation(
  db: Db,
  kind: OrganisationKind,
  name: string,
  partnerOfId: string | null = null,
) {
  return db.organisation.create({ data: { kind, name, partnerOfId } });
}

/** The organisation of this kind with exactly this name, if there is one. */
export async function findOrganisationByName(db: Db, kind: OrganisationKind, name: string) {
  return db.organisation.findFirst({ where: { name, kind } });
}

/** Up to `limit` names of organisations whose name is none of `names`. */
export async function organisationNamesOtherThan(db: Db, names: string[], limit: number): Promise<string[]> {
  const rows = await db.organisation.findMany({
    where: { name: { notIn: names } },
    select: { name: true },
    take: limit,
  });
  return rows.map((row) => row.name);
}

export async function countOrganisations(db: Db): Promise<number> {
  return db.organisation.count();
}

/** Every partner organisation, with the care provider it works with. */
export async function listPartnerships(db: Db): Promise<{ id: string; partnerOfId: string }[]> {
  const rows = await db.organisation.findMany({
    where: { partnerOfId: { not: null } },
    select: { id: true, partnerOfId: true },
  });
  return rows.map((row) => ({ id: row.id, partnerOfId: row.partnerOfId! }));
}

export async function listOrganisations(db: Db) {
  return db.organisation.findMany({ orderBy: { name: "asc" } });
}

/**
 * Gives the person with this Slack or Teams user id a role in the organisation: a new member, or an
 * existing one (re)activated with the new role.
 */
export async function setMemberRole(
  db: Db,
  input: {
    platform: Platform;
    platformUserId: string;
    /** The Slack team or Teams tenant, kept only when the member is new. */
    workspaceId: string | null;
    organisationId: string;
    role: Role;
    displayName: string;
  },
): Promise<void> {
  const slack = input.platform === "slack";
  await db.member.upsert({
    where: slack ? { slackUserId: input.platformUserId } : { teamsUserId: input.platformUserId },
    create: {
      organisationId: input.organisationId,
      role: input.role,
      displayName: input.displayName,
      ...(slack
        ? { slackUserId: input.platformUserId, slackTeamId: input.workspaceId }
        : { teamsUserId: input.platformUserId, teamsTenantId: input.workspaceId }),
    },
    update: { role: input.role, active: true },
  });
}

/** Active members with a Slack user id, by name. */
export async function listSlackMembers(db: Db): Promise<MemberView[]> {
  const rows = await db.member.findMany({
    where: { active: true, slackUserId: { not: null } },
    include,
    orderBy: { displayName: "asc" },
  });
  return rows.map(view);
}

export async function createMember(
  db: Db,
  input: {
    organisationId: string;
    role: Role;
    displayName: string;
    locale?: Locale;
    slackUserId?: string | null;
    slackTeamId?: string | null;
    teamsUserId?: string | null;
  },
): Promise<MemberView> {
  const row = await db.member.create({ data: { ...input }, include });
  return view(row);
}

export async function setMemberLocale(db: Db, memberId: string, locale: Locale): Promise<void> {
  await db.member.update({ where: { id: memberId }, data: { locale } });
}

/** Partner organisations (municipality, police) that work with this care provider. */
export async function partnerOrganisationIds(db: Db, careProviderId: string): Promise<string[]> {
  const rows = await db.organisation.findMany({
    where: { partnerOfId: careProviderId },
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

export async function findMemberByTeamsUser(db: Db, teamsUserId: string): Promise<MemberView | null> {
  const row = await db.member.findUnique({ where: { teamsUserId }, include });
  return row?.active ? view(row) : null;
}

/**
 * Active members a command-line user means by `handle`: a member id, a Slack or Teams user id, or
 * a display name (case-insensitive). More than one means the handle is ambiguous.
 */
export async function findMembersByHandle(db: Db, handle: string): Promise<MemberView[]> {
  const text = handle.trim();
  const rows = await db.member.findMany({
    where: {
      active: true,
      OR: [
        { id: text },
        { slackUserId: text },
        { teamsUserId: text },
        { displayName: equalsIgnoringCase(text) },
      ],
    },
    include,
  });
  return rows.map(view);
}
