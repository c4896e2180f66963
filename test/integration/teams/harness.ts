/**
 * The Teams adapter as it runs: the real Teams AI app behind an express route on 127.0.0.1, a
 * fake Bot Connector for everything the bot sends, a real (PGlite) database for conversation
 * references, and a fake InteractionHandler that records what the adapter asked the core.
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { createTeamsBot, type TeamsBot, type TeamsBotOptions } from "../../../src/bot/teams/teams-bot.ts";
import type { Card } from "../../../src/flows/cards/card.ts";
import type { Locale } from "../../../src/flows/model.ts";
import type { DescribedError, InteractionHandler } from "../../../src/services/interactions/handler.ts";
import type {
  Interaction,
  InteractionContext,
  InteractionResult,
  ShownCard,
} from "../../../src/services/interactions/types.ts";
import type { MemberView } from "../../../src/store/members/members.ts";
import { createTeamsConversationStore } from "../../../src/store/teams/conversation-refs.ts";
import { openTestDatabase, type TestDatabase } from "../../helpers/databases.ts";
import { FakeBotConnector } from "../../helpers/fake-bot-connector.ts";
import { USER } from "../../helpers/teams-activities.ts";
import { testLogger } from "../../helpers/test-logger.ts";

class FakeInteractions implements InteractionHandler {
  defaultLocale: Locale = "nl";
  readonly calls: { interaction: Interaction; context: InteractionContext }[] = [];
  readonly members = new Map<string, MemberView>();
  answer: (interaction: Interaction) => InteractionResult | Promise<InteractionResult> = () => ({
    type: "done",
  });
  /** What `currentCard` answers: the card a message shows after an action (null: none known). */
  current: (shown: ShownCard) => Card | null = () => null;
  readonly shown: ShownCard[] = [];
  readonly appeared: string[] = [];

  async resolveMember(_platform: string, platformUserId: string): Promise<MemberView | null> {
    return this.members.get(platformUserId) ?? null;
  }
  async handle(interaction: Interaction, context: InteractionContext): Promise<InteractionResult> {
    this.calls.push({ interaction, context });
    return this.answer(interaction);
  }
  describeError(_error: unknown, locale: Locale, reference: string): DescribedError {
    return {
      text: locale === "en" ? `Failed (${reference})` : `Mislukt (${reference})`,
      code: null,
      unexpected: false,
    };
  }
  async currentCard(_member: MemberView | null, _locale: Locale, shown: ShownCard): Promise<Card | null> {
    this.shown.push(shown);
    return this.current(shown);
  }
  async cardPosted(_member: MemberView | null, _shown: ShownCard): Promise<void> {}
  async personAppeared(_platform: string, platformUserId: string): Promise<number> {
    this.appeared.push(platformUserId);
    return 0;
  }
  async homeCard(member: MemberView | null, _locale: Locale): Promise<Card> {
    return {
      summary: "Nabuur",
      blocks: [{ type: "text", text: `Welkom ${member?.displayName ?? "onbekende"}` }],
    };
  }
}

export function memberView(overrides: Partial<MemberView> = {}): MemberView {
  return {
    id: "member-anna",
    organisationId: "org-landlord",
    organisationKind: "landlord",
    organisationName: "Woonstad",
    role: "landlordStaff",
    displayName: USER.name,
    locale: "nl",
    slackUserId: null,
    slackTeamId: null,
    teamsUserId: USER.aadObjectId,
    active: true,
    ...overrides,
  };
}

export interface TeamsHarness {
  url: string;
  connector: FakeBotConnector;
  interactions: FakeInteractions;
  db: TestDatabase;
  bot: TeamsBot;
  post(activity: Record<string, unknown>, headers?: Record<string, string>): Promise<Response>;
  stop(): Promise<void>;
}

/** Starts the harness; pass `shared.db` to reuse one database across harnesses (it is then not closed). */
export async function startTeamsHarness(
  options: Partial<TeamsBotOptions> = {},
  shared: { db?: TestDatabase } = {},
): Promise<TeamsHarness> {
  const connector = new FakeBotConnector();
  await connector.start();
  const db = shared.db ?? (await openTestDatabase("pglite"));
  const interactions = new FakeInteractions();
  const bot = createTeamsBot({
    logger: testLogger(),
    interactions,
    conversations: createTeamsConversationStore(db.prisma),
    prisma: db.prisma,
    ...options,
  });
  const app = express();
  app.post("/api/messages", express.json(), (req, res) => bot.handle(req, res));
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, "127.0.0.1", () => resolve(listening));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`;
  return {
    url,
    connector,
    interactions,
    db,
    bot,
    post: (activity, headers = {}) =>
      fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify(activity),
      }),
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await connector.stop();
      if (!shared.db) await db.destroy();
    },
  };
}
