/**
 * The real Bolt app over HTTP with signed requests, a real database, a fake Slack Web API:
 * signatures, help, registration, onboarding, signals, and modal validation in Dutch.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PARTICIPANT_BUTTON_IDS, PARTICIPANT_FORM_IDS } from "../../../src/flows/participants/buttons.ts";
import { SIGNAL_FORM_IDS } from "../../../src/flows/signals/buttons.ts";
import { messageProblems, modalProblems } from "../../helpers/block-kit-limits.ts";
import { TEST_DATABASE_KINDS } from "../../helpers/databases.ts";
import {
  lastModal,
  type SlackHarness,
  startSlackHarness,
  viewValues,
  waitForModal,
} from "../../helpers/slack-harness.ts";
import { postSigned, slashCommandBody } from "../../helpers/slack-requests.ts";

describe.each(TEST_DATABASE_KINDS)("Slack bot on %s", (kind) => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness(kind);
  });
  afterAll(() => h.stop());

  it("refuses unsigned, wrongly signed and replayed requests with 401", async () => {
    const body = slashCommandBody("/nabuur", "help", h.user("UWORKER"), "CSHARED");
    const unsigned = await fetch(h.events, {
      method: "POST",
      body,
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(unsigned.status).toBe(401);
    const wrong = await postSigned(h.events, body, { secret: "not-the-secret" });
    expect(wrong.status).toBe(401);
    const old = await postSigned(h.events, body, {
      secret: "test-signing-secret",
      timestamp: Math.floor(Date.now() / 1000) - 360,
    });
    expect(old.status).toBe(401);
  });

  it("answers /nabuur help within Slack's 3 seconds, as an ephemeral message in Dutch", async () => {
    const started = Date.now();
    const response = await h.command(h.user("UWORKER"), "/nabuur", "help");
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(3000);
    await h.slack.waitFor((calls) => calls.some((call) => call.method === "chat.postEphemeral"));
    const ephemeral = h.slack.callsTo("chat.postEphemeral").at(-1)!;
    expect(ephemeral.body.user).toBe("UWORKER");
    expect(String(ephemeral.body.text)).toContain("/overlast");
  });

  it("tells an unregistered user how to get access", async () => {
    const before = h.slack.callsTo("chat.postEphemeral").length;
    await h.command(h.user("USTRANGER"), "/nabuur", "mijn");
    await h.slack.waitFor(() => h.slack.callsTo("chat.postEphemeral").length > before);
    expect(String(h.slack.callsTo("chat.postEphemeral").at(-1)!.body.text)).toContain("nog niet aangemeld");
  });

  it("Preventie: /nabuur deelnemer opens the registration modal; submitting it posts the onboarding checklist", async () => {
    await h.command(h.user("UWORKER"), "/nabuur", "deelnemer");
    await h.slack.waitFor((calls) => calls.some((call) => call.method === "views.open"));
    const modal = lastModal(h.slack);
    expect(modalProblems(modal)).toEqual([]);
    expect(modal.callback_id).toBe(PARTICIPANT_FORM_IDS.register);

    const bad = await h.submit(h.user("UWORKER"), {
      callback_id: PARTICIPANT_FORM_IDS.register,
      private_metadata: String(modal.private_metadata),
      values: viewValues({ reference: "Jan de Vries!", dwelling: "Kanaalstraat 1" }),
    });
    const errors = (await bad.json()) as { response_action: string; errors: Record<string, string> };
    expect(errors.response_action).toBe("errors");
    expect(Object.keys(errors.errors)).toContain("reference");

    const posted = h.slack.callsTo("chat.postMessage").length;
    const ok = await h.submit(h.user("UWORKER"), {
      callback_id: PARTICIPANT_FORM_IDS.register,
      private_metadata: String(modal.private_metadata),
      values: viewValues({
        reference: "HF-101",
        careProviderId: `option:${h.world.careProvider.id}`,
        landlordId: `option:${h.world.landlord.id}`,
        dwelling: "Kanaalstraat 1, Utrecht",
        leaseType: "option:own",
        supportWorkerId: `option:${h.world.worker.id}`,
        landlordContactId: `option:${h.world.landlordStaff.id}`,
        coordinatorId: `option:${h.world.coordinator.id}`,
      }),
    });
    expect(ok.status).toBe(200);
    await h.slack.waitFor(() =>
      h.slack
        .callsTo("chat.postMessage")
        .slice(posted)
        .some((call) => call.body.channel === "CSHARED"),
    );
    const card = h.slack
      .callsTo("chat.postMessage")
      .slice(posted)
      .find((call) => call.body.channel === "CSHARED")!;
    expect(messageProblems(card.body)).toEqual([]);
    expect(JSON.stringify(card.body)).toContain("HF-101");
    // The support worker gets a DM (conversations.open → D-channel).
    await h.slack.waitFor(() =>
      h.slack
        .callsTo("chat.postMessage")
        .slice(posted)
        .some((call) => call.body.channel === "DUWORKER"),
    );
  });

  it("Preventie: ticking an onboarding item updates the same checklist message (chat.update)", async () => {
    const card = h.slack
      .callsTo("chat.postMessage")
      .find((call) => call.body.channel === "CSHARED" && JSON.stringify(call.body).includes("HF-101"))!;
    const blocks = card.body.blocks as { type: string; elements?: { action_id: string; value: string }[] }[];
    const done = blocks
      .filter((block) => block.type === "actions")
      .flatMap((block) => block.elements ?? [])
      .find((element) => element.action_id.startsWith(PARTICIPANT_BUTTON_IDS.itemDone))!;
    const updates = h.slack.callsTo("chat.update").length;
    await h.click(h.user("UWORKER"), { action_id: done.action_id, value: done.value });
    await h.slack.waitFor(() => h.slack.callsTo("chat.update").length > updates);
    const update = h.slack.callsTo("chat.update").at(-1)!;
    expect(update.body.channel).toBe("CSHARED");
    expect(messageProblems(update.body)).toEqual([]);
  });

  it("Signalering: /signaal opens the signal form; a landlord's signal reaches the shared channel", async () => {
    await h.command(h.user("ULANDLORD"), "/signaal", "");
    const modal = await waitForModal(h.slack, SIGNAL_FORM_IDS.log);
    expect(modalProblems(modal)).toEqual([]);
    const participant = await h.nabuur.database.prisma.participant.findFirstOrThrow({
      where: { reference: "HF-101" },
    });
    const posted = h.slack.callsTo("chat.postMessage").length;
    const response = await h.submit(h.user("ULANDLORD"), {
      callback_id: SIGNAL_FORM_IDS.log,
      private_metadata: String(modal.private_metadata),
      values: viewValues({
        participantId: `option:${participant.id}`,
        kind: "option:missedRent",
        source: "option:landlord",
        observedAt: new Date(h.clock.now().getTime() - 3600_000),
        description: "Huur van november niet ontvangen.",
      }),
    });
    expect(response.status).toBe(200);
    await h.slack.waitFor(() =>
      h.slack
        .callsTo("chat.postMessage")
        .slice(posted)
        .some((call) => call.body.channel === "CSHARED"),
    );
  });

  it("refuses correctly signed requests stamped more than 5 minutes in the future or the past with 401; 4 minutes either way pass", async () => {
    const body = slashCommandBody("/nabuur", "help", h.user("UWORKER"), "CSHARED");
    const answered = h.slack.callsTo("chat.postEphemeral").length;
    const at = (offsetSeconds: number) =>
      postSigned(h.events, body, {
        secret: "test-signing-secret",
        timestamp: Math.floor(Date.now() / 1000) + offsetSeconds,
      });
    expect((await at(6 * 60)).status).toBe(401);
    expect((await at(-6 * 60)).status).toBe(401);
    expect((await at(4 * 60)).status).toBe(200);
    expect((await at(-4 * 60)).status).toBe(200);
    // The two accepted commands are answered before the harness stops.
    await h.slack.waitFor(() => h.slack.callsTo("chat.postEphemeral").length >= answered + 2);
  });
});
