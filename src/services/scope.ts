/** The organisations a participant's information belongs to (tenant boundary for every action). */
import type { CaseScope } from "../flows/policy/scope.ts";
import type { PrismaClient, Tx } from "../store/db-types.ts";
import { partnerOrganisationIds } from "../store/members/members.ts";

export async function scopeOf(
  db: Tx | PrismaClient,
  owners: { careProviderId: string; landlordId: string },
): Promise<CaseScope> {
  return {
    careProviderId: owners.careProviderId,
    landlordId: owners.landlordId,
    partnerOrganisationIds: await partnerOrganisationIds(db, owners.careProviderId),
  };
}
