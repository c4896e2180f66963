/**
 * Teams with the real core: the personal chat is a private surface. Direct messages from the
 * outbox, answers to a command and the welcome (home) card show only the buttons the person's
 * role may use; which those are is read from the step registry, as the route guard reads it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CASE_BUTTON_IDS } from "../../../src/flows/cases/buttons.ts";
import { DEADLINE_BUTTON_IDS } from "../../../src/flows/deadlines/buttons.ts";
import type { Role } from "../../../src/flows/model.ts";
import { PERMISSION_ROLES, ROUTES } from "../../../src/flows/steps/registry.ts";
import { registerParticipant } from "../../../src/services/participant-service.ts";
import { type ConnectorRequest, FakeBotConnector } from "../../helpers/fake-bot-connector.ts";
import { fileNoiseComplaint } from "../../helpers/procedure.ts";
import { BOT_ID, personalMessage, USER } from "../../helpers/teams-activities.ts";
import { startTeamsAppHarness, type TeamsAppHarness, type TeamsUser } from "../../helpers/teams-harness.ts";
import { adaptiveCardProblems } from "../../unit/bot/teams/adaptive-card-validator.ts";

const WORKER = USER;
const ADMIN = { id: "29:user-beheer", name: "Beheer HF", aadObjectId: "aad-beheer" };
const CHATS = { worker: "a:personal-worker", admin: "a:personal-admin" } as const;

/** The buttons whose permission (on a nuisance case) leaves this role out, from the registry. */
function forbiddenFor(role: Role): string[] {
  return ROUTES.filter(
    (route) => route.kind === "button" && !PERMISSION_ROLES[route.permission].includes(role),
  ).map((route) => route.id);
}

/** The verbs (button ids) of every Adaptive Card in a request. */
function verbsOf(request: ConnectorRequest): string[] {
  return FakeBotConnector.cardsOf(request).flatMap((card) =>
    [...JSON.stringify(card).matchAll(/"verb":"([^"]+)"/g)].map((match) => match[1]!),
  );
}

describe("buttons in the Teams personal chat", () => {
  let h: TeamsAppHarness;

  /** A message in this person's own personal chat with the bot. */
  const personal = (text: string, from: TeamsUser, chat: string) =>
    personalMessage(h.serviceUrl, text, from, chat);

  beforeAll(async () => {
    h = await startTeamsAppHarness();
    const { world } = h;
    await h.link(world.worker, WORKER);
    await h.link(world.careAdmin, ADMIN);
    // Both have written to the bot in their personal chat: direct messages go there.
    await h.answerIn(CHATS.worker, personal("help", WORKER, CHATS.worker));
    await h.answerIn(CHATS.admin, personal("help", ADMIN, CHATS.admin));

    for (const [reference, supportWorker] of [
      ["HF-T21", world.worker],
      // The care provider's technical admin registered as a support worker: the assignment and the
      // deadlines reach someone who may not take the case's steps.
      ["HF-T22", world.careAdmin],
    ] as const) {
      const participant = await registerParticipant(h.nabuur.runtime, world.actor(world.worker), {
        reference,
        careProviderId: world.careProvider.id,
        landlordId: world.landlord.id,
        dwelling: `${reference}straat 1`,
        leaseType: "own",
        supportWorkerId: supportWorker.id,
        landlordContactId: world.landlordStaff.id,
        coordinatorId: world.coordinator.id,
      });
      await fileNoiseComplaint(h.nabuur.runtime, world, participant.participantId);
    }
    await h.tick();
  });

  afterAll(() => h.stop());

  it("Actie 1: the assignment DM offers the support worker start and hearing, the admin no button", async () => {
    const hasAssignment = (chat: string, reference: string) =>
      h.sentTo(chat).some((request) => JSON.stringify(request.body).includes(reference));
    await h.connector.waitFor(
      () => hasAssignment(CHATS.worker, "HF-T21") && hasAssignment(CHATS.admin, "HF-T22"),
    );
    const worker = h.sentTo(CHATS.worker).flatMap(verbsOf);
    expect(worker).toEqual(expect.arrayContaining([CASE_BUTTON_IDS.start, CASE_BUTTON_IDS.hearing]));
    expect(worker.filter((id) => forbiddenFor("careTeamMember").includes(id))).toEqual([]);
    expect(forbiddenFor("admin")).toContain(CASE_BUTTON_IDS.start);
    expect(h.sentTo(CHATS.admin).flatMap(verbsOf)).toEqual([]);
    for (const request of [...h.sentTo(CHATS.worker), ...h.sentTo(CHATS.admin)]) {
      for (const card of FakeBotConnector.cardsOf(request)) expect(adaptiveCardProblems(card)).toEqual([]);
    }
  });

  it("'mijn' in the personal chat lists the deadlines with only the buttons the person may use", async () => {
    const worker = (await h.answerIn(CHATS.worker, personal("mijn", WORKER, CHATS.worker))).flatMap(verbsOf);
    expect(worker).toContain(DEADLINE_BUTTON_IDS.done);
    const admin = await h.answerIn(CHATS.admin, personal("mijn", ADMIN, CHATS.admin));
    expect(JSON.stringify(admin.map((request) => request.body))).toContain("HF-T22");
    expect(forbiddenFor("admin")).toContain(DEADLINE_BUTTON_IDS.done);
    expect(admin.flatMap(verbsOf)).toEqual([]);
  });

  it("the welcome card of the personal app (the home card) keeps only the person's buttons", async () => {
    const installed = (from: TeamsUser, chat: string) => ({
      ...personal("", from, chat),
      type: "conversationUpdate",
      text: undefined,
      membersAdded: [{ id: BOT_ID, name: "Nabuur" }],
    });
    const worker = (await h.answerIn(CHATS.worker, installed(WORKER, CHATS.worker))).flatMap(verbsOf);
    expect(worker).toContain(DEADLINE_BUTTON_IDS.done);
    const admin = await h.answerIn(CHATS.admin, installed(ADMIN, CHATS.admin));
    expect(JSON.stringify(admin.map((request) => request.body))).toContain("HF-T22");
    expect(admin.flatMap(verbsOf)).toEqual([]);
  });
});
