/**
 * A refused click opens no form, and the answer names who may — on Teams, as the person sees it
 * (the real core behind /api/messages, the fake Bot Connector). For every button and form of the
 * step registry and every role the permission table refuses it (./refusal-pairs.ts), on that role's
 * own subjects of pair A: the invoke's answer is a message, never a card (Nabuur's forms are cards
 * that replace the clicked one) nor a task module, and the message is the policy's "Alleen … kan
 * …". Nothing is sent to anyone meanwhile, and nothing reaches the database.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { encodeFormEnvelope } from "../../../src/bot/teams/form-envelope.ts";
import { loadConfig } from "../../../src/config.ts";
import { CASE_BUTTON_IDS, CASE_FORM_IDS } from "../../../src/flows/cases/buttons.ts";
import { createLogger } from "../../../src/logger.ts";
import { type Nabuur, startNabuur } from "../../../src/server.ts";
import { ManualClock } from "../../../src/services/clock.ts";
import type { MemberView } from "../../../src/store/members/members.ts";
import { createPostgresDatabase } from "../../helpers/databases.ts";
import { FakeBotConnector } from "../../helpers/fake-bot-connector.ts";
import { MONDAY_MORNING } from "../../helpers/runtime.ts";
import { CHANNEL, cardInvoke } from "../../helpers/teams-activities.ts";
import { createWorld } from "../../helpers/world.ts";
import { fingerprint } from "./matrix-drivers.ts";
import { KIND, NO_RATE_LIMIT } from "./matrix-runner.ts";
import { actionValue } from "./matrix-table.ts";
import { createMatrixWorld, type MatrixWorld, teamsIdOf } from "./matrix-world.ts";
import { attemptsByPerson, refusedPairs } from "./refusal-pairs.ts";

const MESSAGE = "application/vnd.microsoft.activity.message";
const CARD = "application/vnd.microsoft.card.adaptive";

/** The invoke response of an `adaptiveCard/action`. */
interface InvokeBody {
  statusCode: number;
  type: string;
  value: unknown;
}

describe("a refused click opens no form on Teams, and the answer names who may", () => {
  let connector: FakeBotConnector;
  let serviceUrl: string;
  let postgres: Awaited<ReturnType<typeof createPostgresDatabase>> | null = null;
  let clock: ManualClock;
  let nabuur: Nabuur;
  let m: MatrixWorld;

  beforeAll(async () => {
    connector = new FakeBotConnector();
    serviceUrl = await connector.start();
    postgres = KIND === "postgresql" ? await createPostgresDatabase() : null;
    clock = new ManualClock(MONDAY_MORNING);
    nabuur = await startNabuur({
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
    const world = await createWorld(nabuur.database.prisma, { bindChannels: false });
    m = await createMatrixWorld(nabuur.database.prisma, nabuur.runtime, world);
  });
  afterAll(async () => {
    await nabuur?.stop();
    await connector?.stop();
    await postgres?.drop();
  });

  const fromOf = (member: MemberView) => ({
    id: `29:${member.id}`,
    name: member.displayName,
    aadObjectId: teamsIdOf(member),
  });

  /** Presses a button (or submits a form) as Teams sends it; the invoke's answer is what the person sees. */
  async function send(
    member: MemberView,
    route: { kind: "button" | "form"; id: string },
    value: string,
    values: Record<string, string>,
  ): Promise<InvokeBody> {
    const data =
      route.kind === "button"
        ? { value }
        : {
            nabuurForm: encodeFormEnvelope(
              {
                formId: route.id,
                title: "Formulier",
                submitLabel: "Opslaan",
                metadata: value,
                fields: Object.keys(values).map((field) => ({
                  id: field,
                  label: field,
                  kind: "text" as const,
                  required: false,
                })),
              },
              CHANNEL,
            ),
            ...values,
          };
    const response = await fetch(`${nabuur.url}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(cardInvoke(serviceUrl, route.id, data, { from: fromOf(member) })),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as InvokeBody;
  }

  it("every (role, button or form) the permission table refuses", { timeout: 120_000 }, async () => {
    const prisma = nabuur.database.prisma;
    const people = attemptsByPerson(m, clock.now());
    const checked = people.flat().length;
    expect(checked).toBe(refusedPairs().length);
    const problems: string[] = [];
    // Each person appears once first: Teams then delivers the personal messages that waited for
    // them (a participant they are involved with), which are not answers to the refusals below.
    for (const attempts of people) {
      const first = attempts[0];
      if (!first) continue;
      await send(first.member, first.pair.route, first.value, first.values);
    }
    await vi.waitFor(
      async () =>
        expect(await prisma.outboxMessage.count({ where: { platform: "teams", status: "pending" } })).toBe(0),
      { timeout: 60_000, interval: 100 },
    );
    const before = await fingerprint(prisma);
    const sentBefore = connector.activities().length;
    await Promise.all(
      people.map(async (attempts) => {
        for (const a of attempts) {
          const body = await send(a.member, a.pair.route, a.value, a.values);
          const who = `${a.pair.role} ${a.pair.route.kind} ${a.pair.route.id}`;
          if (body.type === CARD) problems.push(`${who}: answered with a card`);
          if (body.type.includes("task") || (body.value as { type?: unknown } | null)?.type === "continue")
            problems.push(`${who}: opened a task module`);
          if (body.type !== MESSAGE || body.value !== a.pair.answer)
            problems.push(`${who}: answered ${JSON.stringify(body).slice(0, 200)}, not "${a.pair.answer}"`);
          if (!a.pair.answer.startsWith("Alleen ")) problems.push(`${who}: "${a.pair.answer}" names nobody`);
        }
      }),
    );
    const after = await fingerprint(prisma);
    console.log(
      `refusal before the form, Teams: ${checked} refused (role, button or form) pairs checked ` +
        `(${people.flat().filter((a) => a.pair.route.kind === "button").length} buttons, ` +
        `${people.flat().filter((a) => a.pair.route.kind === "form").length} form submits)`,
    );
    expect(problems).toEqual([]);
    expect(connector.activities().slice(sentBefore)).toEqual([]);
    expect(after).toBe(before);
  });

  it("landlord staff pressing “Starten en terugkoppelen” get who may; the support worker gets the form", async () => {
    const value = actionValue(CASE_BUTTON_IDS.start, m.subjects.landlordStaff);
    const button = { kind: "button" as const, id: CASE_BUTTON_IDS.start };
    expect(await send(m.a.landlordStaff, button, value, {})).toEqual({
      statusCode: 200,
      type: MESSAGE,
      value: "Alleen de begeleider of de coördinator kan de zaak starten.",
    });
    const worker = await send(m.a.careTeamMember, button, value, {});
    expect(worker.type).toBe(CARD);
    expect(JSON.stringify(worker.value)).toContain(CASE_FORM_IDS.start);
  });
});
