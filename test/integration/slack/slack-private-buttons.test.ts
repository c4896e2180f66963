/**
 * Private surfaces show only the buttons the viewer may use, through the real Bolt app: direct
 * messages from the outbox (Actie 1's assignment, the Termijnen escalation), App Home, and answers
 * only the person sees (`/nabuur zaak`, `/nabuur mijn`, the summary button). Which buttons a role
 * may not use is read from the step registry, the same table the route guard checks on click.
 * The shared channel keeps every button.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CASE_BUTTON_IDS } from "../../../src/flows/cases/buttons.ts";
import { DEADLINE_BUTTON_IDS } from "../../../src/flows/deadlines/buttons.ts";
import type { Role } from "../../../src/flows/model.ts";
import { PERMISSION_ROLES, ROUTES } from "../../../src/flows/steps/registry.ts";
import { registerParticipant } from "../../../src/services/participant-service.ts";
import { TEST_DATABASE_KINDS } from "../../helpers/databases.ts";
import type { SlackCall } from "../../helpers/fake-slack.ts";
import { fileNoiseComplaint, registerWorldParticipant } from "../../helpers/procedure.ts";
import {
  findButton,
  postedMessages,
  type SlackHarness,
  startSlackHarness,
} from "../../helpers/slack-harness.ts";
import { postSigned } from "../../helpers/slack-requests.ts";

const HOUR = 3600_000;

/** The buttons whose permission (on a nuisance case) leaves this role out, from the registry. */
function forbiddenFor(role: Role): string[] {
  return ROUTES.filter(
    (route) => route.kind === "button" && !PERMISSION_ROLES[route.permission].includes(role),
  ).map((route) => route.id);
}

/** Every action id in a Slack call (message blocks, a published view). */
function actionIdsOf(call: SlackCall): string[] {
  return [...JSON.stringify(call.body).matchAll(/"action_id":"([^"]+)"/g)].map((match) => match[1]!);
}

function dmsTo(h: SlackHarness, slackUserId: string): SlackCall[] {
  return h.slack.calls.filter(
    (call) =>
      (call.method === "chat.postMessage" || call.method === "chat.update") &&
      call.body.channel === h.slack.dmChannelOf(slackUserId),
  );
}

function ephemeralsTo(h: SlackHarness, slackUserId: string): SlackCall[] {
  return h.slack.callsTo("chat.postEphemeral").filter((call) => call.body.user === slackUserId);
}

function homesOf(h: SlackHarness, slackUserId: string): SlackCall[] {
  return h.slack.callsTo("views.publish").filter((call) => call.body.user_id === slackUserId);
}

async function openHome(h: SlackHarness, slackUserId: string): Promise<SlackCall> {
  const before = homesOf(h, slackUserId).length;
  const body = JSON.stringify({
    token: "legacy",
    team_id: "T1",
    api_app_id: "A1",
    type: "event_callback",
    event_id: `Ev-${slackUserId}-${before}`,
    event_time: Math.floor(Date.now() / 1000),
    event: {
      type: "app_home_opened",
      user: slackUserId,
      channel: h.slack.dmChannelOf(slackUserId),
      tab: "home",
      event_ts: "1.0",
    },
  });
  const response = await postSigned(h.events, body, {
    secret: "test-signing-secret",
    contentType: "application/json",
  });
  expect(response.status).toBe(200);
  await h.slack.waitFor(() => homesOf(h, slackUserId).length > before);
  return homesOf(h, slackUserId).at(-1)!;
}

/** Runs a command as this person and returns the answer only they see. */
async function ask(h: SlackHarness, slackUserId: string, text: string): Promise<SlackCall> {
  const before = ephemeralsTo(h, slackUserId).length;
  await h.command(h.user(slackUserId), "/nabuur", text);
  await h.slack.waitFor(() => ephemeralsTo(h, slackUserId).length > before);
  return ephemeralsTo(h, slackUserId).at(-1)!;
}

describe.each(TEST_DATABASE_KINDS)("buttons on private surfaces through Slack on %s", (kind) => {
  let h: SlackHarness;
  let caseNumber: string;
  const forbidden = {
    landlordStaff: forbiddenFor("landlordStaff"),
    careTeamMember: forbiddenFor("careTeamMember"),
    admin: forbiddenFor("admin"),
  };

  beforeAll(async () => {
    h = await startSlackHarness(kind);
    const { runtime } = h.nabuur;
    const { world } = h;
    const participantId = await registerWorldParticipant(runtime, world, "HF-031");
    caseNumber = (await fileNoiseComplaint(runtime, world, participantId)).number;
    // A participant whose support worker is registered as the care provider's technical admin:
    // the assignment and the deadlines reach someone who may not take the case's steps.
    const other = await registerParticipant(runtime, world.actor(world.worker), {
      reference: "HF-032",
      careProviderId: world.careProvider.id,
      landlordId: world.landlord.id,
      dwelling: "Lange Nieuwstraat 32",
      leaseType: "own",
      supportWorkerId: world.careAdmin.id,
      landlordContactId: world.landlordStaff.id,
      coordinatorId: world.coordinator.id,
    });
    await fileNoiseComplaint(runtime, world, other.participantId);
    await h.tick();
    await h.slack.waitFor(() => dmsTo(h, "UWORKER").length > 0 && dmsTo(h, "UADMIN").length > 0);
  });
  afterAll(() => h.stop());

  it("derives from the registry what landlord staff, the support worker and the admin may not use", () => {
    expect(forbidden.landlordStaff).toEqual(
      expect.arrayContaining([CASE_BUTTON_IDS.start, CASE_BUTTON_IDS.hearing, CASE_BUTTON_IDS.careNote]),
    );
    expect(forbidden.landlordStaff).not.toContain(DEADLINE_BUTTON_IDS.done);
    // The landlord's own actions are decided by the landlord; letters are recorded by the landlord,
    // and so are the updates to the complainants (Termijnen).
    expect(forbidden.careTeamMember).toEqual([
      CASE_BUTTON_IDS.landlordAcceptAction,
      CASE_BUTTON_IDS.landlordDoneAction,
      CASE_BUTTON_IDS.landlordSkipAction,
      CASE_BUTTON_IDS.recordLetter,
      CASE_BUTTON_IDS.complainantUpdate,
    ]);
    expect(forbidden.admin).toEqual(
      expect.arrayContaining([CASE_BUTTON_IDS.start, DEADLINE_BUTTON_IDS.done]),
    );
  });

  it("Actie 1: the support worker's assignment DM has the start and hearing buttons; the admin's has none", async () => {
    const worker = dmsTo(h, "UWORKER").flatMap(actionIdsOf);
    expect(worker).toEqual(expect.arrayContaining([CASE_BUTTON_IDS.start, CASE_BUTTON_IDS.hearing]));
    const admin = dmsTo(h, "UADMIN");
    expect(JSON.stringify(admin)).toContain("HF-032");
    expect(admin.flatMap(actionIdsOf)).toEqual([]);
    // The shared channel keeps every button: the case card still offers the start.
    const shared = h.slack.calls.filter(
      (call) => call.method === "chat.postMessage" && call.body.channel === h.world.channels.shared,
    );
    expect(shared.flatMap(actionIdsOf)).toContain(CASE_BUTTON_IDS.start);
  });

  it("Termijnen: the morning digests with the overdue escalation carry only buttons each recipient may use", async () => {
    // Actie 1's start deadline (one working day) runs out: the next mornings the owner's digest lists
    // it, and the coordinator's and the landlord contact's digests escalate it.
    const adminBefore = dmsTo(h, "UADMIN").length;
    const escalated = () =>
      dmsTo(h, "ULANDLORD").some((call) => JSON.stringify(call.body).includes("Te laat bij anderen")) &&
      dmsTo(h, "UADMIN").length > adminBefore;
    h.clock.advance(3 * 24 * HOUR);
    // Each tick delivers before it returns; a nudge stage may follow the one before on the next tick.
    for (let round = 0; round < 10 && !escalated(); round++) await h.tick();
    await h.slack.waitFor(escalated);
    // The landlord contact is told, not asked: no buttons on someone else's deadline.
    const landlord = dmsTo(h, "ULANDLORD").flatMap(actionIdsOf);
    expect(landlord.filter((id) => id.startsWith("nabuur.deadline."))).toEqual([]);
    expect(landlord.filter((id) => forbidden.landlordStaff.includes(id))).toEqual([]);
    // The owner gets Actie 1's own form and more time.
    const worker = dmsTo(h, "UWORKER").flatMap(actionIdsOf);
    expect(worker).toEqual(expect.arrayContaining([CASE_BUTTON_IDS.start, DEADLINE_BUTTON_IDS.extend]));
    expect(worker.filter((id) => forbidden.careTeamMember.includes(id))).toEqual([]);
    // The admin's digest about HF-032's deadlines comes without any button.
    expect(dmsTo(h, "UADMIN").flatMap(actionIdsOf)).toEqual([]);
  });

  it("App Home lists each member's deadlines with only the buttons they may use", async () => {
    const worker = actionIdsOf(await openHome(h, "UWORKER"));
    expect(worker).toContain(DEADLINE_BUTTON_IDS.done);
    expect(worker.filter((id) => forbidden.careTeamMember.includes(id))).toEqual([]);
    const landlord = actionIdsOf(await openHome(h, "ULANDLORD"));
    expect(landlord.filter((id) => forbidden.landlordStaff.includes(id))).toEqual([]);
    const adminHome = await openHome(h, "UADMIN");
    expect(JSON.stringify(adminHome.body)).toContain("HF-032");
    expect(actionIdsOf(adminHome)).toEqual([]);
  });

  it("answers only the person sees: /nabuur zaak, /nabuur mijn and the summary button", async () => {
    const landlordCase = await ask(h, "ULANDLORD", `zaak ${caseNumber}`);
    expect(actionIdsOf(landlordCase)).toContain(CASE_BUTTON_IDS.dossier);
    expect(actionIdsOf(landlordCase).filter((id) => forbidden.landlordStaff.includes(id))).toEqual([]);
    const workerCase = await ask(h, "UWORKER", `zaak ${caseNumber}`);
    expect(actionIdsOf(workerCase)).toContain(CASE_BUTTON_IDS.dossier);

    const workerMine = actionIdsOf(await ask(h, "UWORKER", "mijn"));
    expect(workerMine).toContain(DEADLINE_BUTTON_IDS.done);
    const landlordMine = actionIdsOf(await ask(h, "ULANDLORD", "mijn"));
    expect(landlordMine.filter((id) => forbidden.landlordStaff.includes(id))).toEqual([]);
    const adminMine = await ask(h, "UADMIN", "mijn");
    expect(JSON.stringify(adminMine.body)).toContain("HF-032");
    expect(actionIdsOf(adminMine)).toEqual([]);

    // The summary button on the shared case card answers landlord staff with their own view.
    const shared = postedMessages(h.slack).filter((call) => call.body.channel === h.world.channels.shared);
    const summary = findButton(shared, CASE_BUTTON_IDS.summary);
    const before = ephemeralsTo(h, "ULANDLORD").length;
    await h.click(h.user("ULANDLORD"), summary);
    await h.slack.waitFor(() => ephemeralsTo(h, "ULANDLORD").length > before);
    const answer = actionIdsOf(ephemeralsTo(h, "ULANDLORD").at(-1)!);
    expect(answer).toContain(CASE_BUTTON_IDS.dossier);
    expect(answer.filter((id) => forbidden.landlordStaff.includes(id))).toEqual([]);
  });
});
