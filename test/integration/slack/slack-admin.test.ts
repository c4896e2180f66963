/**
 * Admin commands and App Home through the real Bolt app: roles, channel binding (messages that
 * waited for a channel are released), language per member, and the member's overview in App Home.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerParticipant } from "../../../src/services/participant-service.ts";
import { messageProblems } from "../../helpers/block-kit-limits.ts";
import { TEST_DATABASE_KINDS } from "../../helpers/databases.ts";
import { type SlackHarness, startSlackHarness } from "../../helpers/slack-harness.ts";
import { postSigned } from "../../helpers/slack-requests.ts";

describe.each(TEST_DATABASE_KINDS)("Slack admin and App Home on %s", (kind) => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness(kind);
  });
  afterAll(() => h.stop());

  async function lastEphemeralTo(user: string, before: number): Promise<string> {
    await h.slack.waitFor(() =>
      h.slack
        .callsTo("chat.postEphemeral")
        .slice(before)
        .some((call) => call.body.user === user),
    );
    return String(
      h.slack
        .callsTo("chat.postEphemeral")
        .slice(before)
        .filter((call) => call.body.user === user)
        .at(-1)!.body.text,
    );
  }

  it("/nabuur lid: an admin gives a new colleague a role; a non-admin cannot", async () => {
    let before = h.slack.callsTo("chat.postEphemeral").length;
    await h.command(h.user("UADMIN"), "/nabuur", "lid <@UNEWBIE|Noor> begeleider");
    expect(await lastEphemeralTo("UADMIN", before)).toContain("Noor");
    const member = await h.nabuur.database.prisma.member.findUniqueOrThrow({
      where: { slackUserId: "UNEWBIE" },
    });
    expect(member.role).toBe("careTeamMember");
    expect(member.organisationId).toBe(h.world.careProvider.id);

    before = h.slack.callsTo("chat.postEphemeral").length;
    await h.command(h.user("UWORKER"), "/nabuur", "lid <@UOTHERX|X> beheerder");
    expect(await lastEphemeralTo("UWORKER", before)).toMatch(/rol/);
    expect(
      await h.nabuur.database.prisma.member.findUnique({ where: { slackUserId: "UOTHERX" } }),
    ).toBeNull();

    before = h.slack.callsTo("chat.postEphemeral").length;
    await h.command(h.user("UADMIN"), "/nabuur", "lid <@UWRONG|W> verhuurder");
    expect(await lastEphemeralTo("UADMIN", before)).toContain("past niet");
  });

  it("/nabuur kanaal: binding a channel releases the messages that waited for it, in order", async () => {
    const landlord = await h.nabuur.database.prisma.organisation.create({
      data: { kind: "landlord", name: "Portaal Wonen" },
    });
    const staff = await h.nabuur.database.prisma.member.create({
      data: { organisationId: landlord.id, role: "landlordStaff", displayName: "Pim", slackUserId: "UPIM" },
    });
    await registerParticipant(h.nabuur.runtime, h.world.actor(h.world.worker), {
      reference: "HF-900",
      careProviderId: h.world.careProvider.id,
      landlordId: landlord.id,
      dwelling: "Amsterdamsestraatweg 9",
      leaseType: "threeParty",
      supportWorkerId: h.world.worker.id,
      landlordContactId: staff.id,
      coordinatorId: null,
    });
    await h.tick();
    expect(
      h.slack
        .callsTo("chat.postMessage")
        .some((call) => JSON.stringify(call.body).includes("HF-900") && call.body.channel === "CPORTAAL"),
    ).toBe(false);
    const before = h.slack.callsTo("chat.postEphemeral").length;
    await h.command(h.user("UADMIN"), "/nabuur", "kanaal gedeeld Portaal Wonen", "CPORTAAL");
    expect(await lastEphemeralTo("UADMIN", before)).toContain("gedeelde kanaal");
    await h.tick();
    await h.slack.waitFor(() =>
      h.slack
        .callsTo("chat.postMessage")
        .some((call) => call.body.channel === "CPORTAAL" && JSON.stringify(call.body).includes("HF-900")),
    );
  });

  it("/nabuur taal en: Nabuur answers that member in English from then on", async () => {
    let before = h.slack.callsTo("chat.postEphemeral").length;
    await h.command(h.user("UCOORD"), "/nabuur", "taal en");
    expect(await lastEphemeralTo("UCOORD", before)).toContain("English");
    before = h.slack.callsTo("chat.postEphemeral").length;
    await h.command(h.user("UCOORD"), "/nabuur", "onzin");
    expect(await lastEphemeralTo("UCOORD", before)).toContain("Unknown command");
  });

  it("/nabuur rapport gives the coordinator the guideline's figures; a support worker may not", async () => {
    let before = h.slack.callsTo("chat.postEphemeral").length;
    await h.command(h.user("UCOORD"), "/nabuur", "rapport");
    await h.slack.waitFor(() =>
      h.slack
        .callsTo("chat.postEphemeral")
        .slice(before)
        .some((call) => call.body.user === "UCOORD"),
    );
    const report = JSON.stringify(h.slack.callsTo("chat.postEphemeral").at(-1)!.body);
    expect(report).toContain("92.2%");
    before = h.slack.callsTo("chat.postEphemeral").length;
    await h.command(h.user("UWORKER"), "/nabuur", "rapport");
    expect(await lastEphemeralTo("UWORKER", before)).toContain("mag jouw rol niet");
  });

  it("App Home shows the member's open deadlines", async () => {
    const body = JSON.stringify({
      token: "legacy",
      team_id: "T1",
      api_app_id: "A1",
      type: "event_callback",
      event_id: "Ev1",
      event_time: Math.floor(Date.now() / 1000),
      event: { type: "app_home_opened", user: "UWORKER", channel: "DUWORKER", tab: "home", event_ts: "1.0" },
    });
    const response = await postSigned(h.events, body, {
      secret: "test-signing-secret",
      contentType: "application/json",
    });
    expect(response.status).toBe(200);
    await h.slack.waitFor(() => h.slack.callsTo("views.publish").length > 0);
    const view = h.slack.callsTo("views.publish").at(-1)!.body.view as { type: string; blocks: object[] };
    expect(view.type).toBe("home");
    expect(messageProblems({ text: "home", blocks: view.blocks })).toEqual([]);
    expect(JSON.stringify(view)).toContain("HF-900");
  });
});
