/**
 * A refused click opens no form, and the answer names who may — on Slack, as the person sees it
 * (the real Bolt app over signed HTTP, the fake Slack Web API). For every button and form of the
 * step registry and every role the permission table refuses it (./refusal-pairs.ts), on that role's
 * own subjects of pair A: a button opens no modal for its trigger and the person gets one ephemeral
 * message, the policy's "Alleen … kan …"; a form's submit is not answered with form errors (the
 * modal is not kept open as if a field were wrong) but with that same ephemeral message. Nothing
 * of it reaches the database.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CASE_BUTTON_IDS, CASE_FORM_IDS } from "../../../src/flows/cases/buttons.ts";
import type { SlackCall } from "../../helpers/fake-slack.ts";
import {
  SIGNING_SECRET,
  type SlackHarness,
  startSlackHarness,
  viewValues,
} from "../../helpers/slack-harness.ts";
import {
  blockActionPayload,
  interactionBody,
  postSigned,
  viewSubmissionPayload,
} from "../../helpers/slack-requests.ts";
import { fingerprint } from "./matrix-drivers.ts";
import { KIND, NO_RATE_LIMIT } from "./matrix-runner.ts";
import { actionValue } from "./matrix-table.ts";
import { createMatrixWorld, type MatrixWorld } from "./matrix-world.ts";
import { type Attempt, attemptsByPerson, refusedPairs } from "./refusal-pairs.ts";

/** What the person saw of one click or submit. */
interface Seen {
  /** The HTTP answer to Slack's request (a view submission's answer is what the modal does). */
  response: string;
  /** Modals opened with the click's trigger. */
  modals: SlackCall[];
  /** Ephemeral messages to the person. */
  ephemerals: string[];
}

describe("a refused click opens no form on Slack, and the answer names who may", () => {
  let h: SlackHarness;
  let m: MatrixWorld;
  let serial = 0;

  beforeAll(async () => {
    h = await startSlackHarness(KIND, NO_RATE_LIMIT);
    m = await createMatrixWorld(h.nabuur.database.prisma, h.nabuur.runtime, h.world);
  });
  afterAll(() => h?.stop());

  /** Clicks a button (or submits a form) and waits until the person is answered: a modal or a message. */
  async function send(
    slackUserId: string,
    route: { kind: "button" | "form"; id: string },
    value: string,
    values: Record<string, string>,
  ): Promise<Seen> {
    serial += 1;
    const trigger = `trigger-refusal-${serial}`;
    const user = h.user(slackUserId);
    const shared = h.world.channels.shared;
    const payload =
      route.kind === "button"
        ? blockActionPayload(user, shared, "1700000000.000100", { action_id: route.id, value })
        : viewSubmissionPayload(user, {
            callback_id: route.id,
            private_metadata: JSON.stringify({ m: value, ch: shared }),
            state: { values: viewValues(values) },
          });
    const start = h.slack.calls.length;
    const response = await postSigned(h.events, interactionBody({ ...payload, trigger_id: trigger }), {
      secret: SIGNING_SECRET,
    });
    const text = await response.text();
    expect(response.status).toBe(200);
    const modal = (call: SlackCall) => call.method.startsWith("views.") && call.body.trigger_id === trigger;
    const ephemeral = (call: SlackCall) =>
      call.method === "chat.postEphemeral" && call.body.user === slackUserId;
    // Bolt acks first and answers after: wait for the answer itself.
    await h.slack.waitFor(
      (calls) => calls.slice(start).some((call) => ephemeral(call) || modal(call)),
      60_000,
    );
    const mine = h.slack.calls.slice(start);
    return {
      response: text,
      modals: mine.filter(modal),
      ephemerals: mine.filter(ephemeral).map((call) => String(call.body.text)),
    };
  }

  const attempt = (a: Attempt) => send(a.member.slackUserId!, a.pair.route, a.value, a.values);

  it("every (role, button or form) the permission table refuses", { timeout: 120_000 }, async () => {
    const prisma = h.nabuur.database.prisma;
    const people = attemptsByPerson(m, h.clock.now());
    const checked = people.flat().length;
    expect(checked).toBe(refusedPairs().length);
    const problems: string[] = [];
    const before = await fingerprint(prisma);
    await Promise.all(
      people.map(async (attempts) => {
        for (const a of attempts) {
          const seen = await attempt(a);
          const who = `${a.pair.role} ${a.pair.route.kind} ${a.pair.route.id}`;
          if (seen.modals.length > 0) problems.push(`${who}: opened a modal`);
          if (seen.response.includes("response_action"))
            problems.push(`${who}: answered the modal with ${seen.response}`);
          if (seen.ephemerals.length !== 1 || seen.ephemerals[0] !== a.pair.answer)
            problems.push(`${who}: told ${JSON.stringify(seen.ephemerals)}, not "${a.pair.answer}"`);
          if (!a.pair.answer.startsWith("Alleen ")) problems.push(`${who}: "${a.pair.answer}" names nobody`);
        }
      }),
    );
    const after = await fingerprint(prisma);
    console.log(
      `refusal before the form, Slack: ${checked} refused (role, button or form) pairs checked ` +
        `(${people.flat().filter((a) => a.pair.route.kind === "button").length} buttons, ` +
        `${people.flat().filter((a) => a.pair.route.kind === "form").length} form submits)`,
    );
    expect(problems).toEqual([]);
    expect(after).toBe(before);
  });

  it("landlord staff pressing “Starten en terugkoppelen” get no modal but who may; the support worker gets the modal", async () => {
    const value = actionValue(CASE_BUTTON_IDS.start, m.subjects.landlordStaff);
    const landlord = await send(
      m.a.landlordStaff.slackUserId!,
      { kind: "button", id: CASE_BUTTON_IDS.start },
      value,
      {},
    );
    expect(landlord.modals).toEqual([]);
    expect(landlord.ephemerals).toEqual(["Alleen de begeleider of de coördinator kan de zaak starten."]);

    const worker = await send(
      m.a.careTeamMember.slackUserId!,
      { kind: "button", id: CASE_BUTTON_IDS.start },
      value,
      {},
    );
    expect(worker.ephemerals).toEqual([]);
    expect(worker.modals.map((call) => call.method)).toEqual(["views.open"]);
    expect((worker.modals[0]!.body.view as { callback_id: string }).callback_id).toBe(CASE_FORM_IDS.start);
  });
});
