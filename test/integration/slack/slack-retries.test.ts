/**
 * Idempotency through the real Bolt app: a request Slack delivers again (`x-slack-retry-num`), a
 * double click on a button and a form sent twice each cause one transition and one post.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CASE_BUTTON_IDS, CASE_FORM_IDS } from "../../../src/flows/cases/buttons.ts";
import { PARTICIPANT_FORM_IDS } from "../../../src/flows/participants/buttons.ts";
import { registerParticipant } from "../../../src/services/participant-service.ts";
import {
  findButton,
  postedMessages,
  type SlackHarness,
  startSlackHarness,
  viewValues,
  waitForModal,
} from "../../helpers/slack-harness.ts";
import {
  blockActionPayload,
  interactionBody,
  postSigned,
  viewSubmissionPayload,
} from "../../helpers/slack-requests.ts";

describe("Slack redeliveries and double submissions", () => {
  let h: SlackHarness;
  const posts = () => postedMessages(h.slack);
  const retried = (body: string, retry: number) =>
    postSigned(h.events, body, {
      secret: "test-signing-secret",
      headers: { "x-slack-retry-num": String(retry), "x-slack-retry-reason": "http_timeout" },
    });

  beforeAll(async () => {
    h = await startSlackHarness("pglite");
    await registerParticipant(h.nabuur.runtime, h.world.actor(h.world.worker), {
      reference: "HF-300",
      careProviderId: h.world.careProvider.id,
      landlordId: h.world.landlord.id,
      dwelling: "Oudegracht 300",
      leaseType: "own",
      supportWorkerId: h.world.worker.id,
      landlordContactId: h.world.landlordStaff.id,
      coordinatorId: h.world.coordinator.id,
    });
    await h.tick();
  });
  afterAll(() => h.stop());

  it("a complaint form sent twice at once and once more as a redelivery opens one case and posts one card", async () => {
    await h.command(h.user("ULANDLORD"), "/overlast", "HF-300");
    const modal = await waitForModal(h.slack, CASE_FORM_IDS.intake);
    const participant = await h.nabuur.database.prisma.participant.findFirstOrThrow({
      where: { reference: "HF-300" },
    });
    const body = interactionBody(
      viewSubmissionPayload(h.user("ULANDLORD"), {
        callback_id: CASE_FORM_IDS.intake,
        private_metadata: String(modal.private_metadata),
        state: {
          values: viewValues({
            participant: `option:${participant.id}`,
            type: "option:noise",
            description: "Geschreeuw in het trappenhuis",
            occurredAt: new Date(h.clock.now().getTime() - 10 * 3600_000),
            afterTen: true,
            receivedByLandlordAt: new Date(h.clock.now().getTime() - 3600_000),
            complainantAnonymous: true,
          }),
        },
      }),
    );
    const ephemerals = h.slack.callsTo("chat.postEphemeral").length;
    const answers = await Promise.all([
      postSigned(h.events, body, { secret: "test-signing-secret" }),
      postSigned(h.events, body, { secret: "test-signing-secret" }),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    expect((await retried(body, 1)).status).toBe(200);
    await h.tick();

    expect(await h.nabuur.database.prisma.case.count()).toBe(1);
    const caseCards = posts().filter(
      (call) =>
        call.method === "chat.postMessage" &&
        call.body.channel === "CSHARED" &&
        /^Zaak \d+ — deelnemer/.test(String(call.body.text)),
    );
    expect(caseCards).toHaveLength(1);
    // The second and third sender are told it was already received, not left wondering.
    await h.slack.waitFor(() => h.slack.callsTo("chat.postEphemeral").length >= ephemerals + 2);
    const notices = h.slack
      .callsTo("chat.postEphemeral")
      .slice(ephemerals)
      .map((call) => String(call.body.text));
    expect(notices.filter((text) => /al ontvangen|al verwerkt/.test(text))).toHaveLength(2);
  });

  it("a form corrected after field errors can still be sent (the first, refused submit does not count)", async () => {
    await h.command(h.user("UWORKER"), "/nabuur", "deelnemer");
    const modal = await waitForModal(h.slack, PARTICIPANT_FORM_IDS.register);
    const submit = (reference: string) =>
      h.submit(h.user("UWORKER"), {
        callback_id: String(modal.callback_id),
        private_metadata: String(modal.private_metadata),
        values: viewValues({
          reference,
          careProviderId: `option:${h.world.careProvider.id}`,
          landlordId: `option:${h.world.landlord.id}`,
          dwelling: "Oudegracht 301",
          leaseType: "option:own",
          supportWorkerId: `option:${h.world.worker.id}`,
          landlordContactId: `option:${h.world.landlordStaff.id}`,
          coordinatorId: `option:${h.world.coordinator.id}`,
        }),
      });
    const refused = (await (await submit("niet goed!")).json()) as { response_action: string };
    expect(refused.response_action).toBe("errors");
    expect((await submit("HF-301")).status).toBe(200);
    expect(await h.nabuur.database.prisma.participant.count({ where: { reference: "HF-301" } })).toBe(1);
    // Sent again after it was accepted: still one participant.
    await submit("HF-301");
    expect(await h.nabuur.database.prisma.participant.count({ where: { reference: "HF-301" } })).toBe(1);
  });

  it("a button click delivered twice (double click, then a redelivery) records one answer and one post", async () => {
    await h.tick();
    const answer = findButton(posts(), CASE_BUTTON_IDS.answerConscious);
    const prisma = h.nabuur.database.prisma;
    const entriesBefore = await prisma.timelineEntry.count();
    const postsBefore = posts().length;
    const body = interactionBody(blockActionPayload(h.user("UWORKER"), "CCARE", "1700000000.000100", answer));
    await Promise.all([
      postSigned(h.events, body, { secret: "test-signing-secret" }),
      postSigned(h.events, body, { secret: "test-signing-secret" }),
    ]);
    await retried(body, 1);
    // Bolt acks before the listener runs: wait until the three requests have been handled.
    for (let attempt = 0; attempt < 100; attempt++) {
      if ((await prisma.timelineEntry.count()) > entriesBefore) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    await h.tick();
    const added = await prisma.timelineEntry.findMany({ orderBy: { at: "asc" } });
    expect(added.slice(entriesBefore).filter((entry) => entry.event.startsWith("assessment."))).toHaveLength(
      1,
    );
    // The one answer updates each affected message once, not three times; nothing new is posted.
    const after = posts().slice(postsBefore);
    const updated = after
      .filter((call) => call.method === "chat.update")
      .map((call) => `${String(call.body.channel)}/${String(call.body.ts)}`);
    expect(updated.length).toBeGreaterThan(0);
    expect(new Set(updated).size).toBe(updated.length);
    expect(after.filter((call) => call.method === "chat.postMessage")).toEqual([]);
  });
});
