/**
 * Signed requests that match nothing Nabuur listens to — a payload that is not an object, an
 * action id, modal or slash command it does not have, a block action whose user is malformed, JSON
 * that does not parse — are answered 400 at once and logged as a warning. Without that, Bolt found
 * no listener to acknowledge them, held the request for 3 seconds, answered 404 and logged "not
 * acknowledged within 3 seconds" as an error. A real button click still reaches its listener.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PARTICIPANT_BUTTON_IDS } from "../../../src/flows/participants/buttons.ts";
import { createLogger } from "../../../src/logger.ts";
import { registerParticipant } from "../../../src/services/participant-service.ts";
import { ERROR, LogLines, WARN } from "../../helpers/log-lines.ts";
import {
  findButton,
  postedMessages,
  SIGNING_SECRET,
  type SlackHarness,
  startSlackHarness,
} from "../../helpers/slack-harness.ts";
import {
  blockActionPayload,
  interactionBody,
  postSigned,
  slashCommandBody,
  viewSubmissionPayload,
} from "../../helpers/slack-requests.ts";
import { SLACK_TEAM } from "../../helpers/world.ts";

const user = { id: "UWORKER", teamId: SLACK_TEAM };
const click = (actionId: string) =>
  blockActionPayload(user, "CSHARED", "1700000000.000100", { action_id: actionId, value: "{}" });

const UNROUTABLE: { name: string; body: string }[] = [
  { name: "payload=null", body: "payload=null" },
  { name: "payload=[]", body: `payload=${encodeURIComponent("[]")}` },
  { name: "payload={}", body: `payload=${encodeURIComponent("{}")}` },
  { name: "a block action with an unknown action_id", body: interactionBody(click("other.button")) },
  {
    name: "a block action whose user is a string",
    body: interactionBody({ ...click(PARTICIPANT_BUTTON_IDS.itemDone), user: "UWORKER" }),
  },
  {
    name: "a block action whose user has no id",
    body: interactionBody({ ...click(PARTICIPANT_BUTTON_IDS.itemDone), user: { team_id: SLACK_TEAM } }),
  },
  {
    name: "a view submission with an unknown callback_id",
    body: interactionBody(
      viewSubmissionPayload(user, { callback_id: "other.form", private_metadata: "", state: { values: {} } }),
    ),
  },
  { name: "an unknown slash command", body: slashCommandBody("/onbekend", "", user, "CSHARED") },
  {
    name: "an event Nabuur does not subscribe to",
    body: JSON.stringify({
      type: "event_callback",
      team_id: SLACK_TEAM,
      event: { type: "message", user: "UWORKER", channel: "CSHARED", text: "hallo", ts: "1.2" },
    }),
  },
  { name: "a payload that is not JSON", body: `payload=${encodeURIComponent("{:nope")}` },
];

describe("Slack entrance: signed requests that match no listener", () => {
  const log = new LogLines();
  let h: SlackHarness;

  beforeAll(async () => {
    h = await startSlackHarness("pglite", {}, { logger: createLogger("info", log) });
  });
  afterAll(() => h?.stop());

  it.each(UNROUTABLE)(
    "$name: 400 (not Bolt's 404 after 3 s), logged as a warning, not as an error",
    async ({ body }) => {
      const from = log.lines.length;
      const response = await postSigned(h.events, body, {
        secret: SIGNING_SECRET,
        ...(body.startsWith("{") ? { contentType: "application/json" } : {}),
      });
      // 400 is Nabuur's own answer; Bolt's path for an unacknowledged request ends in 404 after 3 s.
      expect(response.status).toBe(400);
      expect(log.since(from, WARN).filter((line) => line.level === WARN).length).toBeGreaterThan(0);
      expect(log.since(from, ERROR)).toEqual([]);
    },
  );

  it("a real button click still reaches its listener; nothing was logged as an error, even later", async () => {
    const participant = await registerParticipant(h.nabuur.runtime, h.world.actor(h.world.worker), {
      reference: "HF-U01",
      careProviderId: h.world.careProvider.id,
      landlordId: h.world.landlord.id,
      dwelling: "Routestraat 1",
      leaseType: "own",
      supportWorkerId: h.world.worker.id,
      landlordContactId: h.world.landlordStaff.id,
      coordinatorId: h.world.coordinator.id,
    });
    expect(participant).toBeTruthy();
    await h.tick();
    const button = findButton(postedMessages(h.slack), PARTICIPANT_BUTTON_IDS.itemDone);
    const updates = h.slack.callsTo("chat.update").length;
    const response = await h.click(user, button);
    expect(response.status).toBe(200);
    await h.slack.waitFor(() => h.slack.callsTo("chat.update").length > updates);
    // Longer than Bolt waits for an acknowledgement: no late "not acknowledged" error either.
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    expect(log.since(0, ERROR)).toEqual([]);
  });
});
