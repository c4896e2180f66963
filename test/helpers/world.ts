/**
 * A small invented world for service and bot tests: a care provider, a landlord, a police partner,
 * their members (with Slack ids) and the two bound channels.
 */
import type { Actor } from "../../src/flows/model.ts";
import type { PrismaClient } from "../../src/store/db-types.ts";
import {
  actorOf,
  createMember,
  createOrganisation,
  type MemberView,
} from "../../src/store/members/members.ts";

export interface World {
  careProvider: { id: string; name: string };
  landlord: { id: string; name: string };
  otherLandlord: { id: string; name: string };
  police: { id: string; name: string };
  worker: MemberView;
  coordinator: MemberView;
  landlordStaff: MemberView;
  otherLandlordStaff: MemberView;
  policeOfficer: MemberView;
  careAdmin: MemberView;
  actor: (member: MemberView) => Actor;
  channels: { shared: string; careTeam: string };
}

export const SLACK_TEAM = "T1";

export async function createWorld(
  prisma: PrismaClient,
  options: { bindChannels?: boolean } = {},
): Promise<World> {
  const careProvider = await createOrganisation(prisma, "careProvider", "Housing First Utrecht");
  const landlord = await createOrganisation(prisma, "landlord", "Woonstad Utrecht");
  const otherLandlord = await createOrganisation(prisma, "landlord", "Andere Woningen");
  const police = await prisma.organisation.create({
    data: { kind: "police", name: "Politie Utrecht", partnerOfId: careProvider.id },
  });
  const member = (organisationId: string, role: Actor["role"], displayName: string, slackUserId: string) =>
    createMember(prisma, { organisationId, role, displayName, slackUserId, slackTeamId: SLACK_TEAM });
  const world: World = {
    careProvider,
    landlord,
    otherLandlord,
    police,
    worker: await member(careProvider.id, "careTeamMember", "Sanne (begeleider)", "UWORKER"),
    coordinator: await member(careProvider.id, "coordinator", "Karim (coördinator)", "UCOORD"),
    landlordStaff: await member(landlord.id, "landlordStaff", "Petra (woonconsulent)", "ULANDLORD"),
    otherLandlordStaff: await member(otherLandlord.id, "landlordStaff", "Olaf (andere verhuurder)", "UOTHER"),
    policeOfficer: await member(police.id, "partner", "Wijkagent Jansen", "UPOLICE"),
    careAdmin: await member(careProvider.id, "admin", "Beheer HF", "UADMIN"),
    actor: actorOf,
    channels: { shared: "CSHARED", careTeam: "CCARE" },
  };
  if (options.bindChannels ?? true) {
    for (const [kind, channelId, landlordId] of [
      ["shared", "CSHARED", landlord.id],
      ["careTeam", "CCARE", null],
    ] as const) {
      await prisma.channelBinding.create({
        data: {
          platform: "slack",
          kind,
          scopeKey: kind === "shared" ? `${careProvider.id}:${landlord.id}` : careProvider.id,
          channelId,
          workspaceId: SLACK_TEAM,
          careProviderId: careProvider.id,
          landlordId,
          createdById: world.careAdmin.id,
        },
      });
    }
  }
  return world;
}
