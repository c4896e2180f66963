/**
 * A complaint from intake to assessment, through the real Bolt app: landlord staff file it with
 * /overlast, the case card lands in the shared channel, the support worker assesses it with the
 * buttons in the care team's thread, proposals are accepted — and nothing care-only or identifying
 * the complainant ever reaches the shared channel.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CASE_BUTTON_IDS, CASE_FORM_IDS } from "../../../src/flows/cases/buttons.ts";
import { registerParticipant } from "../../../src/services/participant-service.ts";
import { messageProblems, modalProblems } from "../../helpers/block-kit-limits.ts";
import { TEST_DATABASE_KINDS } from "../../helpers/databases.ts";
import {
  findButton,
  lastModal,
  postedMessages,
  type SlackHarness,
  startSlackHarness,
  viewValues,
  waitForModal,
} from "../../helpers/slack-harness.ts";

const COMPLAINANT_NAME = "Mevrouw Geheim-Buurvrouw";
const COMPLAINANT_CONTACT = "06-12345678";
const HEARING_NOTE = "Deelnemer vertelde over slapeloosheid door medicatie";
const CARE_NOTE = "Zorgnotitie: verhoogde dosering besproken";

const messages = (h: SlackHarness) => postedMessages(h.slack);

describe.each(TEST_DATABASE_KINDS)("a complaint through Slack on %s", (kind) => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness(kind);
    const { world } = h;
    await registerParticipant(h.nabuur.runtime, world.actor(world.worker), {
      reference: "HF-007",
      careProviderId: world.careProvider.id,
      landlordId: world.landlord.id,
      dwelling: "Biltstraat 7",
      leaseType: "own",
      supportWorkerId: world.worker.id,
      landlordContactId: world.landlordStaff.id,
      coordinatorId: world.coordinator.id,
    });
    await h.tick();
  });
  afterAll(() => h.stop());

  it("Actie 1: /overlast opens the intake form; the case card reaches the shared channel and the worker", async () => {
    await h.command(h.user("ULANDLORD"), "/overlast", "HF-007 harde muziek na middernacht");
    const modal = await waitForModal(h.slack, CASE_FORM_IDS.intake);
    expect(modalProblems(modal)).toEqual([]);
    const participant = await h.nabuur.database.prisma.participant.findFirstOrThrow({
      where: { reference: "HF-007" },
    });
    const before = messages(h).length;
    const response = await h.submit(h.user("ULANDLORD"), {
      callback_id: CASE_FORM_IDS.intake,
      private_metadata: String(modal.private_metadata),
      values: viewValues({
        participant: `option:${participant.id}`,
        type: "option:noise",
        description: "Harde muziek na middernacht, drie nachten achter elkaar.",
        occurredAt: new Date(h.clock.now().getTime() - 30 * 3600_000),
        afterTen: true,
        receivedByLandlordAt: new Date(h.clock.now().getTime() - 2 * 3600_000),
        complainantAnonymous: false,
        complainantName: COMPLAINANT_NAME,
        complainantContact: COMPLAINANT_CONTACT,
      }),
    });
    expect(response.status).toBe(200);
    await h.tick();
    const posted = messages(h).slice(before);
    const shared = posted.filter((call) => call.body.channel === "CSHARED");
    expect(shared.length).toBeGreaterThan(0);
    expect(JSON.stringify(shared)).toContain("HF-007");
    for (const call of posted) expect(messageProblems(call.body)).toEqual([]);
    expect(posted.some((call) => call.body.channel === "DUWORKER")).toBe(true);
    expect(posted.some((call) => call.body.channel === "CCARE")).toBe(true);
    const identity = await h.nabuur.database.prisma.complainantIdentity.findMany();
    expect(identity.map((row) => row.name)).toContain(COMPLAINANT_NAME);
  });

  it("Actie 2: the worker records the hearing and the three answers with buttons; the proposal follows", async () => {
    const hearing = findButton(messages(h), CASE_BUTTON_IDS.hearing);
    await h.click(h.user("UWORKER"), hearing, "CCARE");
    const modal = await waitForModal(h.slack, CASE_FORM_IDS.hearing);
    const saved = await h.submit(h.user("UWORKER"), {
      callback_id: CASE_FORM_IDS.hearing,
      private_metadata: String(modal.private_metadata),
      values: viewValues({ heldAt: new Date(h.clock.now().getTime() - 3600_000), notes: HEARING_NOTE }),
    });
    expect(saved.status).toBe(200);
    await h.nabuur.scheduler.tick();

    for (const answer of [
      CASE_BUTTON_IDS.answerUnconscious,
      CASE_BUTTON_IDS.answerJustifiedByParticipant,
      CASE_BUTTON_IDS.answerJustifiedByWorker,
    ]) {
      await h.clickAndSettle(h.user("UWORKER"), findButton(messages(h), answer), "CCARE");
    }
    const before = messages(h).length;
    await h.clickAndSettle(
      h.user("UWORKER"),
      findButton(messages(h), CASE_BUTTON_IDS.confirmAssessment),
      "CCARE",
    );
    await h.slack.waitFor(() => messages(h).length > before);
    const accept = findButton(messages(h), CASE_BUTTON_IDS.acceptAction);
    expect(accept).toBeDefined();
    const deadlines = await h.nabuur.database.prisma.deadline.findMany({
      where: { key: "followUp.sixWeeks" },
    });
    expect(deadlines).toHaveLength(1);
  });

  it("a proposal accepted twice (double click) is recorded once, and the second click is answered kindly", async () => {
    const accept = findButton(messages(h), CASE_BUTTON_IDS.acceptAction);
    const timelineBefore = await h.nabuur.database.prisma.timelineEntry.count({
      where: { event: "action.accepted" },
    });
    const ephemeralBefore = h.slack.callsTo("chat.postEphemeral").length;
    await Promise.all([
      h.click(h.user("UWORKER"), accept, "CCARE"),
      h.click(h.user("UWORKER"), accept, "CCARE"),
    ]);
    // The second click is told, in Dutch, that the action was already accepted.
    await h.slack.waitFor(() => h.slack.callsTo("chat.postEphemeral").length > ephemeralBefore);
    const notice = h.slack.callsTo("chat.postEphemeral").at(-1)!;
    expect(notice.body.user).toBe("UWORKER");
    expect(String(notice.body.text)).toMatch(/al /);
    await h.tick();
    const timelineAfter = await h.nabuur.database.prisma.timelineEntry.count({
      where: { event: "action.accepted" },
    });
    expect(timelineAfter - timelineBefore).toBe(1);
  });

  it("care notes go to the care team only", async () => {
    await h.click(h.user("UWORKER"), findButton(messages(h), CASE_BUTTON_IDS.careNote), "CCARE");
    await waitForModal(h.slack, CASE_FORM_IDS.careNote);
    await h.submit(h.user("UWORKER"), {
      callback_id: CASE_FORM_IDS.careNote,
      private_metadata: String(lastModal(h.slack).private_metadata),
      values: viewValues({ text: CARE_NOTE }),
    });
    await h.tick();
    const entries = await h.nabuur.database.prisma.timelineEntry.findMany({
      where: { event: { contains: "careNote" } },
    });
    expect(entries).toHaveLength(1);
    expect(entries[0]!.visibility).toBe("careTeam");
    expect(JSON.stringify(messages(h).filter((call) => call.body.channel === "CCARE"))).toContain(CARE_NOTE);

    // Landlord staff may not add a care note: the button is refused with a message (no form opens),
    // a forged submit of the form is refused as well, and nothing is recorded.
    const ephemeralBefore = h.slack.callsTo("chat.postEphemeral").length;
    const button = findButton(messages(h), CASE_BUTTON_IDS.careNote);
    await h.click(h.user("ULANDLORD"), button, "CSHARED");
    await h.slack.waitFor(() => h.slack.callsTo("chat.postEphemeral").length > ephemeralBefore);
    await h.submit(h.user("ULANDLORD"), {
      callback_id: CASE_FORM_IDS.careNote,
      private_metadata: String(lastModal(h.slack).private_metadata),
      values: viewValues({ text: "poging van verhuurder" }),
    });
    await h.slack.waitFor(() => h.slack.callsTo("chat.postEphemeral").length > ephemeralBefore + 1);
    expect(
      h.slack
        .callsTo("chat.postEphemeral")
        .slice(ephemeralBefore)
        .map((call) => call.body.text),
    ).toEqual([
      "Alleen de begeleider of de coördinator kan een zorgnotitie toevoegen.",
      "Alleen de begeleider of de coördinator kan een zorgnotitie toevoegen.",
    ]);
    expect(
      await h.nabuur.database.prisma.timelineEntry.count({ where: { event: { contains: "careNote" } } }),
    ).toBe(1);
  });

  it("privacy: nothing in the shared channel names the complainant or shows care-only content", async () => {
    const shared = messages(h).filter((call) => call.body.channel === "CSHARED");
    expect(shared.length).toBeGreaterThan(1);
    const text = JSON.stringify(shared);
    for (const secret of [COMPLAINANT_NAME, COMPLAINANT_CONTACT, HEARING_NOTE, CARE_NOTE]) {
      expect(text).not.toContain(secret);
    }
    // The care team's channel never shows the complainant either.
    const care = JSON.stringify(messages(h).filter((call) => call.body.channel === "CCARE"));
    expect(care).not.toContain(COMPLAINANT_NAME);
  });

  it("/nabuur zaak shows landlord staff the complainant, and the care team the care notes — each only their own", async () => {
    const number = (await h.nabuur.database.prisma.case.findFirstOrThrow()).number;
    const before = h.slack.callsTo("chat.postEphemeral").length;
    await h.command(h.user("ULANDLORD"), "/nabuur", `zaak ${number}`);
    await h.command(h.user("UWORKER"), "/nabuur", `zaak ${number}`);
    await h.slack.waitFor(() => h.slack.callsTo("chat.postEphemeral").length >= before + 2);
    const replies = h.slack.callsTo("chat.postEphemeral").slice(before);
    const landlord = JSON.stringify(replies.find((call) => call.body.user === "ULANDLORD"));
    const worker = JSON.stringify(replies.find((call) => call.body.user === "UWORKER"));
    expect(landlord).toContain(COMPLAINANT_NAME);
    expect(landlord).not.toContain(HEARING_NOTE);
    expect(worker).not.toContain(COMPLAINANT_NAME);
    expect(worker).toContain(HEARING_NOTE);
  });
});
