/**
 * SPEC §3 Intake: a complaint from the landlord's own system reaches the shared channel exactly as
 * one filed with /overlast does — the whole bot runs in-process against a fake Slack, with the
 * intake API served on 127.0.0.1 from the bot's own runtime.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CASE_FORM_IDS } from "../../../src/flows/cases/buttons.ts";
import { registerParticipant } from "../../../src/services/participant-service.ts";
import { TEST_DATABASE_KINDS } from "../../helpers/databases.ts";
import type { SlackCall } from "../../helpers/fake-slack.ts";
import {
  type SlackHarness,
  startSlackHarness,
  viewValues,
  waitForModal,
} from "../../helpers/slack-harness.ts";
import { type ApiKeyForTest, complaintBody, createTestKey, serveIntakeApi } from "./api-harness.ts";

const posts = (h: SlackHarness) => h.slack.calls.filter((call) => call.method === "chat.postMessage");

/** The messages' shape, without the case's own number, reference and ids. */
function shape(call: SlackCall): unknown {
  return {
    channel: call.body.channel,
    blocks: ((call.body.blocks ?? []) as { type: string; elements?: { action_id?: string }[] }[]).map(
      (block) => ({
        type: block.type,
        actions: block.elements?.map((element) => element.action_id ?? null) ?? [],
      }),
    ),
  };
}

describe.each(TEST_DATABASE_KINDS)("intake API complaint in Slack on %s", (kind) => {
  let h: SlackHarness;
  let api: { url: string; close: () => Promise<void> };
  let key: ApiKeyForTest;
  beforeAll(async () => {
    h = await startSlackHarness(kind);
    const { world } = h;
    for (const reference of ["HF-007", "HF-008"]) {
      await registerParticipant(h.nabuur.runtime, world.actor(world.worker), {
        reference,
        careProviderId: world.careProvider.id,
        landlordId: world.landlord.id,
        dwelling: `Biltstraat ${reference.slice(-1)}`,
        leaseType: "own",
        supportWorkerId: world.worker.id,
        landlordContactId: world.landlordStaff.id,
        coordinatorId: world.coordinator.id,
      });
    }
    await h.tick();
    key = await createTestKey(h.nabuur.database.prisma, world.landlord.id, "crm");
    api = await serveIntakeApi(h.nabuur.runtime);
  });
  afterAll(async () => {
    await api.close();
    await h.stop();
  });

  it("Actie 1: the API's complaint and the /overlast complaint post the same messages to the same places", async () => {
    const beforeApi = posts(h).length;
    const response = await fetch(`${api.url}/api/v1/complaints`, {
      method: "POST",
      headers: { authorization: `Bearer ${key.token}`, "content-type": "application/json" },
      body: JSON.stringify(complaintBody()),
    });
    expect(response.status).toBe(201);
    await h.tick();
    const viaApi = posts(h).slice(beforeApi);
    expect(viaApi.some((call) => call.body.channel === h.world.channels.shared)).toBe(true);
    expect(JSON.stringify(viaApi)).toContain("HF-007");

    const beforeForm = posts(h).length;
    await h.command(h.user("ULANDLORD"), "/overlast", "HF-008");
    const modal = await waitForModal(h.slack, CASE_FORM_IDS.intake);
    const participant = await h.nabuur.database.prisma.participant.findFirstOrThrow({
      where: { reference: "HF-008" },
    });
    const submitted = await h.submit(h.user("ULANDLORD"), {
      callback_id: CASE_FORM_IDS.intake,
      private_metadata: String(modal.private_metadata),
      values: viewValues({
        participant: `option:${participant.id}`,
        type: "option:noise",
        description: "Harde muziek na middernacht, drie nachten achter elkaar.",
        occurredAt: new Date("2026-11-22T22:30:00Z"),
        afterTen: true,
        receivedByLandlordAt: new Date("2026-11-23T07:15:00Z"),
        complainantAnonymous: false,
        complainantName: "Mevrouw Geheim-Buurvrouw",
        complainantContact: "06-12345678",
      }),
    });
    expect(submitted.status).toBe(200);
    await h.tick();
    const viaForm = posts(h).slice(beforeForm);
    expect(viaForm.length).toBeGreaterThan(0);
    expect(viaApi.map(shape)).toEqual(viaForm.map(shape));
    // The complainant never reaches Slack, whichever way the complaint came in.
    expect(JSON.stringify(h.slack.calls)).not.toContain("Geheim-Buurvrouw");
  });
});
