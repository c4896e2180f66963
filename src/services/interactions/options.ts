/** Select options for forms, limited to what the acting member's organisation works with. */

import type { PrismaClient } from "../../store/db-types.ts";
import type { MemberView } from "../../store/members/members.ts";
import { listMembersOfOrganisations } from "../../store/members/members.ts";
import { listParticipants } from "../../store/participants/participant-repository.ts";

/** Slack's limit for options in one select. */
const MAX_OPTIONS = 100;

export interface SelectOption {
  value: string;
  label: string;
}

/** The member's organisation and the organisations it shares participants with. */
export async function sphereOrganisationIds(prisma: PrismaClient, member: MemberView): Promise<string[]> {
  const participants = await listParticipants(prisma, [member.organisationId]);
  const ids = new Set([member.organisationId]);
  for (const { state } of participants) {
    ids.add(state.careProviderId);
    ids.add(state.landlordId);
  }
  return [...ids];
}

export async function participantOptions(prisma: PrismaClient, member: MemberView): Promise<SelectOption[]> {
  const participants = await listParticipants(prisma, [member.organisationId]);
  return participants
    .slice(0, MAX_OPTIONS)
    .map(({ state }) => ({ value: state.participantId, label: state.reference }));
}

export function memberOptions(members: MemberView[]): SelectOption[] {
  return members
    .slice(0, MAX_OPTIONS)
    .map((member) => ({ value: member.id, label: `${member.displayName} — ${member.organisationName}` }));
}

export async function membersInSphere(prisma: PrismaClient, member: MemberView): Promise<MemberView[]> {
  return listMembersOfOrganisations(prisma, await sphereOrganisationIds(prisma, member));
}
