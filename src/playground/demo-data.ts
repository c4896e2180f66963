/**
 * The invented demo: a Housing First team, a housing association and a neighbourhood police
 * officer, their people, the shared channel and the care team's channel, three participants
 * (pseudonymous references only) and two cases at different steps. Every name is made up.
 */
import { ownedByLandlord } from "../flows/cases/state.ts";
import type { Actor, Role } from "../flows/model.ts";
import { fileComplaint, handleCaseEvent } from "../services/case-service.ts";
import { registerParticipant } from "../services/participant-service.ts";
import { type ServiceRuntime, transact } from "../services/runtime.ts";
import { bindChannel } from "../store/channels/channel-bindings.ts";
import {
  actorOf,
  createMember,
  createOrganisation,
  findOrganisationByName,
  type MemberView,
} from "../store/members/members.ts";

export const DEMO_TEAM = { id: "T0NABUUR01", name: "Lindeveld Samen", domain: "lindeveld-samen" } as const;
export const DEMO_BOT_USER_ID = "U0NABUURBOT";

export const DEMO_CHANNELS = {
  shared: { id: "C0OVERLAST1", name: "overlast-ons-dak" },
  careTeam: { id: "C0ZORGTEAM1", name: "zorgteam-lindeveld" },
} as const;

export const DEMO_ORGANISATIONS = {
  careProvider: "Housing First Lindeveld",
  landlord: "Woonstichting Ons Dak",
  police: "Politie wijkteam Lindeveld-Oost",
} as const;

/** The demo's people, by Slack user id. */
export const DEMO_PEOPLE = {
  worker: { userId: "U0SANNE001", name: "Sanne de Wit", role: "careTeamMember" },
  otherWorker: { userId: "U0RUBEN001", name: "Ruben Koster", role: "careTeamMember" },
  coordinator: { userId: "U0KARIM001", name: "Karim Bouzid", role: "coordinator" },
  landlordStaff: { userId: "U0PETRA001", name: "Petra Hoekstra", role: "landlordStaff" },
  partner: { userId: "U0DAAN0001", name: "Daan Verbeek", role: "partner" },
  admin: { userId: "U0LOTTE001", name: "Lotte Smit", role: "admin" },
} as const satisfies Record<string, { userId: string; name: string; role: Role }>;

type DemoPeople = Record<keyof typeof DEMO_PEOPLE, MemberView>;

const HOUR = 3600_000;

/** True when the demo's care provider is already in the database. */
export async function isDemoSeeded(runtime: ServiceRuntime): Promise<boolean> {
  const found = await findOrganisationByName(runtime.prisma, "careProvider", DEMO_ORGANISATIONS.careProvider);
  return found !== null;
}

async function createPeople(runtime: ServiceRuntime) {
  const prisma = runtime.prisma;
  const careProvider = await createOrganisation(prisma, "careProvider", DEMO_ORGANISATIONS.careProvider);
  const landlord = await createOrganisation(prisma, "landlord", DEMO_ORGANISATIONS.landlord);
  const police = await createOrganisation(prisma, "police", DEMO_ORGANISATIONS.police, careProvider.id);
  const organisationOf: Record<Role, string> = {
    careTeamMember: careProvider.id,
    coordinator: careProvider.id,
    admin: careProvider.id,
    landlordStaff: landlord.id,
    partner: police.id,
  };
  const people = {} as DemoPeople;
  for (const [key, person] of Object.entries(DEMO_PEOPLE) as [
    keyof DemoPeople,
    (typeof DEMO_PEOPLE)[keyof DemoPeople],
  ][]) {
    people[key] = await createMember(prisma, {
      organisationId: organisationOf[person.role],
      role: person.role,
      displayName: person.name,
      slackUserId: person.userId,
      slackTeamId: DEMO_TEAM.id,
    });
  }
  return { careProvider, landlord, people };
}

async function bindDemoChannels(
  runtime: ServiceRuntime,
  careProviderId: string,
  landlordId: string,
  admin: MemberView,
) {
  for (const kind of ["shared", "careTeam"] as const) {
    await transact(runtime, (tx) =>
      bindChannel(
        tx,
        {
          platform: "slack",
          kind,
          channelId: DEMO_CHANNELS[kind].id,
          workspaceId: DEMO_TEAM.id,
          careProviderId,
          landlordId: kind === "shared" ? landlordId : null,
          createdById: admin.id,
        },
        runtime.clock.now(),
      ),
    );
  }
}

/** A case that has gone through the assessment (Actie 2), with the first proposal accepted. */
async function assessCase(runtime: ServiceRuntime, caseId: string, worker: Actor) {
  const now = runtime.clock.now();
  await handleCaseEvent(runtime, caseId, {
    type: "hearingRecorded",
    actor: worker,
    heldAt: new Date(now.getTime() - 2 * HOUR),
    notes: "Deelnemer vertelt dat vrienden langskomen na het werk; wil het rustiger houden.",
  });
  for (const answer of [
    { question: "behaviour", value: "unconscious" },
    { question: "justifiedByParticipant", value: true },
    { question: "justifiedByWorker", value: true },
  ] as const) {
    await handleCaseEvent(runtime, caseId, { type: "assessmentAnswered", actor: worker, answer });
  }
  const assessed = await handleCaseEvent(runtime, caseId, {
    type: "assessmentConfirmed",
    actor: worker,
    history: [],
  });
  // The care team accepts one of its own proposals (the landlord decides on the landlord's).
  const proposal = assessed.actions.find(
    (action) => action.status === "proposed" && !ownedByLandlord(action),
  );
  if (proposal) {
    await handleCaseEvent(runtime, caseId, { type: "actionAccepted", actor: worker, actionId: proposal.id });
  }
}

export interface DemoSummary {
  members: number;
  participants: string[];
  cases: number;
}

/**
 * Fills the database with the demo. Messages go out through the outbox like any other, so the
 * cards appear in the channels as soon as a Slack (or the playground's) Web API is reachable.
 */
export async function seedDemo(runtime: ServiceRuntime): Promise<DemoSummary> {
  const { careProvider, landlord, people } = await createPeople(runtime);
  await bindDemoChannels(runtime, careProvider.id, landlord.id, people.admin);
  const coordinator = actorOf(people.coordinator);
  const register = (
    reference: string,
    dwelling: string,
    worker: MemberView,
    leaseType: "own" | "intermediary" | "threeParty",
  ) =>
    registerParticipant(runtime, coordinator, {
      reference,
      careProviderId: careProvider.id,
      landlordId: landlord.id,
      dwelling,
      leaseType,
      supportWorkerId: worker.id,
      landlordContactId: people.landlordStaff.id,
      coordinatorId: people.coordinator.id,
    });
  const first = await register("HF-101", "Lindelaan 12-B", people.worker, "own");
  const second = await register("HF-102", "Vlierstraat 4", people.otherWorker, "intermediary");
  const third = await register("HF-103", "Berkenhof 27", people.worker, "threeParty");

  const landlordStaff = actorOf(people.landlordStaff);
  const now = runtime.clock.now().getTime();
  // Actie 1: a fresh noise complaint, not yet picked up.
  await fileComplaint(runtime, landlordStaff, {
    participantId: first.participantId,
    complaint: {
      type: "noise",
      description: "Buren op de tweede verdieping horen 's nachts harde muziek en gebonk.",
      occurredAt: new Date(now - 30 * HOUR),
      afterTen: true,
      receivedByLandlordAt: new Date(now - 3 * HOUR),
      complainantAnonymous: false,
    },
    complainant: { anonymous: false, name: "Mevrouw A. Jansen (verzonnen)", contact: "06-00000000" },
  });
  // Actie 2: a complaint about visitors, heard and assessed.
  const visitors = await fileComplaint(runtime, landlordStaff, {
    participantId: second.participantId,
    complaint: {
      type: "visitors",
      description: "Veel bezoek tot laat in de avond, deur van de entree blijft openstaan.",
      occurredAt: new Date(now - 4 * 24 * HOUR),
      afterTen: false,
      receivedByLandlordAt: new Date(now - 3 * 24 * HOUR),
      complainantAnonymous: true,
    },
    complainant: { anonymous: true, name: null, contact: null },
  });
  await assessCase(runtime, visitors.id, actorOf(people.otherWorker));
  return {
    members: Object.keys(people).length,
    participants: [first.reference, second.reference, third.reference],
    cases: 2,
  };
}
