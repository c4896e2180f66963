/**
 * The people and subjects of the authorization matrix. Pair A is the world of test/helpers/world.ts
 * (Housing First Utrecht, Woonstad Utrecht, Politie Utrecht); pair B is a second care provider with
 * its own partner and the world's other landlord, with one member in every role. Each role of pair
 * A gets its own participant, case, signal and onboarding deadline, so that what one role is allowed
 * to do (close the case, take a step) never changes what another role is checked on.
 *
 * The subjects carry markers: a case's complaint description, the complainant's name and the
 * hearing notes. Whatever a person is shown is scanned for the markers their role may not see.
 */
import type { Actor, Role } from "../../../src/flows/model.ts";
import { fileComplaint, handleCaseEvent } from "../../../src/services/case-service.ts";
import { planCooperation } from "../../../src/services/cooperation-service.ts";
import { registerParticipant } from "../../../src/services/participant-service.ts";
import type { ServiceRuntime } from "../../../src/services/runtime.ts";
import { logSignal } from "../../../src/services/signal-service.ts";
import type { PrismaClient } from "../../../src/store/db-types.ts";
import {
  actorOf,
  createMember,
  createOrganisation,
  type MemberView,
} from "../../../src/store/members/members.ts";
import { SLACK_TEAM, type World } from "../../helpers/world.ts";

export const MATRIX_ROLES: readonly Role[] = [
  "careTeamMember",
  "coordinator",
  "landlordStaff",
  "partner",
  "admin",
];

/** What each role of pair A works on. */
export interface RoleSubjects {
  participantId: string;
  caseId: string;
  caseNumber: string;
  /** An action of the case (for the buttons and forms about one action). */
  actionId: string;
  /** A deadline key of the case (for "meer tijd" on the case). */
  caseDeadlineKey: string;
  signalId: string;
  /** An open onboarding deadline of the participant. */
  deadlineId: string;
  /** The yearly cooperation meeting of pair A (one per care provider and landlord, shared by the roles). */
  cooperationId: string;
  markers: { complaint: string; complainant: string; care: string };
}

export interface MatrixWorld {
  world: World;
  /** Pair A: one member per role (the technical admin of the care provider). */
  a: Record<Role, MemberView>;
  /** Pair B: another care provider, its partner and the other landlord. */
  b: Record<Role, MemberView>;
  b_careProviderId: string;
  subjects: Record<Role, RoleSubjects>;
}

const HOUR = 3600_000;

/** Gives every member of the world a Teams id too, so the same people act in Teams. */
export function teamsIdOf(member: MemberView): string {
  return `aad-${member.id}`;
}

export async function createMatrixWorld(
  prisma: PrismaClient,
  runtime: ServiceRuntime,
  world: World,
): Promise<MatrixWorld> {
  const careProviderB = await createOrganisation(prisma, "careProvider", "Zorg Elders");
  const policeB = await prisma.organisation.create({
    data: { kind: "police", name: "Politie Elders", partnerOfId: careProviderB.id },
  });
  const member = (organisationId: string, role: Role, name: string, slackUserId: string) =>
    createMember(prisma, { organisationId, role, displayName: name, slackUserId, slackTeamId: SLACK_TEAM });
  const b: Record<Role, MemberView> = {
    careTeamMember: await member(careProviderB.id, "careTeamMember", "B begeleider", "UBWORKER"),
    coordinator: await member(careProviderB.id, "coordinator", "B coördinator", "UBCOORD"),
    landlordStaff: world.otherLandlordStaff,
    partner: await member(policeB.id, "partner", "B wijkagent", "UBPOLICE"),
    admin: await member(careProviderB.id, "admin", "B beheer", "UBADMIN"),
  };
  const a: Record<Role, MemberView> = {
    careTeamMember: world.worker,
    coordinator: world.coordinator,
    landlordStaff: world.landlordStaff,
    partner: world.policeOfficer,
    admin: world.careAdmin,
  };
  for (const person of [...Object.values(a), ...Object.values(b)]) {
    await prisma.member.update({ where: { id: person.id }, data: { teamsUserId: teamsIdOf(person) } });
  }

  const worker = actorOf(world.worker);
  const landlord = actorOf(world.landlordStaff);
  const subjects = {} as Record<Role, RoleSubjects>;
  // Onderhoud samenwerking: pair A's yearly meeting, planned by its coordinator.
  const cooperation = await planCooperation(runtime, actorOf(world.coordinator), {
    careProviderId: world.careProvider.id,
    landlordId: world.landlord.id,
    plannedFor: null,
  });
  for (const [index, role] of MATRIX_ROLES.entries()) {
    subjects[role] = {
      ...(await roleSubjects(runtime, prisma, world, worker, landlord, index)),
      cooperationId: cooperation.cooperationId,
    };
  }
  return { world, a, b, b_careProviderId: careProviderB.id, subjects };
}

async function roleSubjects(
  runtime: ServiceRuntime,
  prisma: PrismaClient,
  world: World,
  worker: Actor,
  landlord: Actor,
  index: number,
): Promise<Omit<RoleSubjects, "cooperationId">> {
  const markers = {
    complaint: `KLACHTMARKER${index}`,
    complainant: `KLAGERMARKER${index}`,
    care: `ZORGMARKER${index}`,
  };
  const participant = await registerParticipant(runtime, worker, {
    reference: `HF-M${index}`,
    careProviderId: world.careProvider.id,
    landlordId: world.landlord.id,
    dwelling: `Matrixlaan ${index}`,
    leaseType: "threeParty",
    supportWorkerId: world.worker.id,
    landlordContactId: world.landlordStaff.id,
    coordinatorId: world.coordinator.id,
  });
  const now = runtime.clock.now().getTime();
  const opened = await fileComplaint(runtime, landlord, {
    participantId: participant.participantId,
    complaint: {
      type: "noise",
      description: `Harde muziek ${markers.complaint}`,
      occurredAt: new Date(now - 20 * HOUR),
      afterTen: true,
      receivedByLandlordAt: new Date(now - 2 * HOUR),
      complainantAnonymous: false,
    },
    complainant: { anonymous: false, name: markers.complainant, contact: "buur@example.org" },
  });
  const caseId = opened.id;
  await handleCaseEvent(runtime, caseId, {
    type: "hearingRecorded",
    actor: worker,
    heldAt: new Date(now - HOUR),
    notes: `Wederhoor ${markers.care}`,
  });
  // An action of the case, for the buttons and forms about one action.
  const withAction = await handleCaseEvent(runtime, caseId, {
    type: "actionAdded",
    actor: worker,
    text: "Kennismaken met de buren",
    ownerRole: "careTeamMember",
    dueAt: null,
    audience: "shared",
  });
  const action = withAction.actions.at(-1)!;
  const signal = await logSignal(runtime, landlord, {
    participantId: participant.participantId,
    kind: "nuisanceSign",
    source: "landlord",
    description: "Veel bezoek in de nacht",
    observedAt: new Date(now - 3 * HOUR),
    followUpOwner: null,
  });
  const deadline = await prisma.deadline.findFirstOrThrow({
    where: { subject: `participant:${participant.participantId}`, state: "open" },
    orderBy: { dueAt: "asc" },
  });
  return {
    participantId: participant.participantId,
    caseId,
    caseNumber: opened.number,
    actionId: action.id,
    caseDeadlineKey: withAction.deadlines[0]?.key ?? "start",
    signalId: signal.signalId,
    deadlineId: deadline.id,
    markers,
  };
}

/** The markers `role` may never be shown (SPEC §6: separation of housing and care). */
export function forbiddenMarkers(role: Role, subjects: Record<Role, RoleSubjects>): string[] {
  const all = Object.values(subjects);
  const forbidden: string[] = [];
  const care = role === "careTeamMember" || role === "coordinator";
  if (!care) forbidden.push(...all.map((s) => s.markers.care));
  if (role !== "landlordStaff") forbidden.push(...all.map((s) => s.markers.complainant));
  if (role === "partner" || role === "admin") forbidden.push(...all.map((s) => s.markers.complaint));
  return forbidden;
}

/** Everything of pair A is out of reach of pair B: every marker is forbidden to them. */
export function allMarkers(subjects: Record<Role, RoleSubjects>): string[] {
  return Object.values(subjects).flatMap((s) => Object.values(s.markers));
}
