/**
 * Who is in the playground's workspace and which channels each person is in. People are the
 * members with a Slack user id; channel membership follows the channel bindings the way an
 * organisation would set up its Slack: the shared channel holds the care provider, the landlord
 * and the care provider's partners; the care team's channel only the care provider's people.
 */
import type { Locale, OrganisationKind, Role } from "../flows/model.ts";
import { findBindingsOnPlatform } from "../store/channels/channel-bindings.ts";
import type { PrismaClient } from "../store/db-types.ts";
import { listPartnerships, listSlackMembers } from "../store/members/members.ts";

export interface DirectoryMember {
  userId: string;
  memberId: string;
  name: string;
  role: Role;
  organisationId: string;
  organisationName: string;
  organisationKind: OrganisationKind;
  /** The language Nabuur speaks to this person (/nabuur taal). */
  locale: Locale;
}

interface ChannelBindingInfo {
  channelId: string;
  kind: "shared" | "careTeam";
  careProviderId: string;
  landlordId: string | null;
}

export interface DirectorySnapshot {
  members: DirectoryMember[];
  bindings: ChannelBindingInfo[];
  /** Partner organisations (police, municipality) per care provider id. */
  partnersOf: Record<string, string[]>;
}

const CARE_ROLES: readonly Role[] = ["careTeamMember", "coordinator", "admin"];

/** May this person see this channel? Channels without a binding are open to everyone. */
export function isChannelMember(
  member: DirectoryMember,
  channelId: string,
  directory: DirectorySnapshot,
): boolean {
  const bindings = directory.bindings.filter((binding) => binding.channelId === channelId);
  if (bindings.length === 0) return true;
  return bindings.some((binding) => {
    if (binding.kind === "careTeam") {
      return member.organisationId === binding.careProviderId && CARE_ROLES.includes(member.role);
    }
    return (
      member.organisationId === binding.careProviderId ||
      member.organisationId === binding.landlordId ||
      (directory.partnersOf[binding.careProviderId] ?? []).includes(member.organisationId)
    );
  });
}

/** Reads the people, the bindings and the partnerships from the database. */
export async function loadDirectory(prisma: PrismaClient): Promise<DirectorySnapshot> {
  const [members, bindings, partners] = await Promise.all([
    listSlackMembers(prisma),
    findBindingsOnPlatform(prisma, "slack"),
    listPartnerships(prisma),
  ]);
  const partnersOf: Record<string, string[]> = {};
  for (const organisation of partners) {
    const careProviderId = organisation.partnerOfId;
    partnersOf[careProviderId] = [...(partnersOf[careProviderId] ?? []), organisation.id];
  }
  return {
    members: members.map((row) => ({
      userId: row.slackUserId!,
      memberId: row.id,
      name: row.displayName,
      role: row.role,
      organisationId: row.organisationId,
      organisationName: row.organisationName,
      organisationKind: row.organisationKind,
      locale: row.locale,
    })),
    bindings: bindings.map((row) => ({
      channelId: row.channelId,
      kind: row.kind === "careTeam" ? "careTeam" : "shared",
      careProviderId: row.careProviderId,
      landlordId: row.landlordId,
    })),
    partnersOf,
  };
}
