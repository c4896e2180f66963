/**
 * SPEC §6 "every action is checked against the role", on Slack (the real Bolt app, signed requests):
 * every role (src/flows/model.ts) ×
 * every action (each card action id and form id the interaction handler routes, each command, each
 * intake API operation), checked against the policy in src/flows/policy. The runner
 * (./matrix-runner.ts) runs two phases: every combination the policy denies must get the policy's
 * refusal, and the database must be exactly as before the phase; no combination the policy allows
 * may be refused on the policy's grounds. A second care provider / landlord pair (B) is refused on
 * everything of pair A. Nobody is ever shown what their role may not see. Actions the surface does
 * not offer are counted as "not offered" and shown to be unreachable there. The number of
 * combinations is printed at the end (docs/security.md records the figures).
 */
import { afterAll, describe, expect, it } from "vitest";
import { SLASH_COMMANDS } from "../../../src/bot/slack/listeners/commands.ts";
import { ROUTES } from "../../../src/flows/steps/registry.ts";
import { stepRoute } from "../../../src/services/interactions/routes/index.ts";
import type { MemberView } from "../../../src/store/members/members.ts";
import { SIGNING_SECRET, startSlackHarness, viewValues } from "../../helpers/slack-harness.ts";
import {
  blockActionPayload,
  interactionBody,
  postSigned,
  slashCommandBody,
  viewSubmissionPayload,
} from "../../helpers/slack-requests.ts";
import { recordAnswers } from "./matrix-drivers.ts";
import {
  BUTTON_IDS,
  type Builders,
  FORM_IDS,
  KIND,
  measureCpu,
  NO_RATE_LIMIT,
  peopleOf,
  printTallies,
  runMatrix,
  type Shown,
  scopeOfPairA,
  tally,
} from "./matrix-runner.ts";
import { API_OPERATIONS } from "./matrix-table.ts";
import { createMatrixWorld, MATRIX_ROLES } from "./matrix-world.ts";

afterAll(printTallies);

describe("authorization matrix on Slack (the real Bolt app, signed requests)", () => {
  it("covers every button id and form id the step registry declares, each with its route", () => {
    const routedActions = ROUTES.filter((route) => route.kind === "button").map((route) => route.id);
    const routedForms = ROUTES.filter((route) => route.kind === "form").map((route) => route.id);
    expect(routedActions.sort()).toEqual([...BUTTON_IDS].sort());
    expect(routedForms.sort()).toEqual([...FORM_IDS].sort());
    for (const route of ROUTES) expect(stepRoute(route.kind, route.id), route.id).toBeDefined();
  });

  it("Slack (signed requests through the real Bolt app)", { timeout: 240_000 }, async () => {
    const cpuDone = measureCpu("slack");
    const h = await startSlackHarness(KIND, NO_RATE_LIMIT);
    try {
      const prisma = h.nabuur.database.prisma;
      const m = await createMatrixWorld(prisma, h.nabuur.runtime, h.world);
      const scopeA = await scopeOfPairA(prisma, m);
      const answers = recordAnswers(h.nabuur.interactions);
      const shared = h.world.channels.shared;

      let serial = 0;
      /** Signed like Slack signs; each request has its own trigger id, so a modal names its person. */
      const post = (body: string) => postSigned(h.events, body, { secret: SIGNING_SECRET });
      const triggerOf = (member: MemberView) => {
        serial += 1;
        return `trigger-${member.slackUserId}-${serial}`;
      };

      async function send(
        member: MemberView,
        body: string,
        trigger: string,
        isView: boolean,
      ): Promise<Shown> {
        const userId = member.slackUserId!;
        const start = h.slack.calls.length;
        const next = answers.next(userId);
        const response = await post(body);
        const text = await response.text();
        const settled = await next;
        const result = settled.result;
        const toPerson = (call: (typeof h.slack.calls)[number]) =>
          (call.method === "chat.postEphemeral" && call.body.user === userId) ||
          (call.method === "views.open" && call.body.trigger_id === trigger);
        const needsMessage =
          settled.error !== undefined ||
          (result?.type === "done" && Boolean(result.notice)) ||
          result?.type === "reply" ||
          result?.type === "files" ||
          (result?.type === "formErrors" && !isView);
        if (needsMessage || result?.type === "openForm") {
          await h.slack.waitFor((calls) => calls.slice(start).some(toPerson), 60_000);
        }
        return {
          settled,
          status: response.status,
          shown: text + JSON.stringify(h.slack.calls.slice(start).filter(toPerson)),
        };
      }
      const build: Builders = {
        action: (id, value) => (member) => {
          const trigger = triggerOf(member);
          const payload = {
            ...blockActionPayload(h.user(member.slackUserId!), shared, "1700000000.000100", {
              action_id: id,
              value,
            }),
            trigger_id: trigger,
          };
          return send(member, interactionBody(payload), trigger, false);
        },
        form: (id, metadata, values) => (member) => {
          const trigger = triggerOf(member);
          const payload = viewSubmissionPayload(h.user(member.slackUserId!), {
            callback_id: id,
            private_metadata: JSON.stringify({ m: metadata, ch: shared }),
            state: { values: viewValues(values) },
          });
          return send(member, interactionBody({ ...payload, trigger_id: trigger }), trigger, true);
        },
        command: (command, text) => (member) => {
          const trigger = triggerOf(member);
          const body = new URLSearchParams(
            slashCommandBody(
              command.slash,
              text,
              h.user(member.slackUserId!),
              command.id === "kanaal" ? "CMATRIX" : shared,
            ),
          );
          body.set("trigger_id", trigger);
          return send(member, body.toString(), trigger, false);
        },
      };

      const problems = await runMatrix({
        surface: "slack",
        prisma,
        interactions: h.nabuur.interactions,
        people: peopleOf(build, m, h.clock.now()),
        scopeA,
      });
      // The intake API's operations are not offered in Slack: its only entrances are the three
      // slash commands, the buttons and the modals, all of them above.
      expect(Object.keys(SLASH_COMMANDS).sort()).toEqual(["/nabuur", "/overlast", "/signaal"]);
      tally("slack").notOffered += API_OPERATIONS.length * MATRIX_ROLES.length * 2;
      tally("slack").checked += API_OPERATIONS.length * MATRIX_ROLES.length * 2;
      cpuDone();
      expect(problems).toEqual([]);
    } finally {
      await h.stop();
    }
  });
});
