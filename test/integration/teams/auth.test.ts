import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { TeamsCredentialsFactory } from "../../../src/bot/teams/teams-bot.ts";
import { openTestDatabase, type TestDatabase } from "../../helpers/databases.ts";
import { cardInvoke, channelMessage, personalMessage } from "../../helpers/teams-activities.ts";
import { startTeamsHarness, type TeamsHarness } from "./harness.ts";

const APP_ID = "0b5e5f1a-7c3d-4c52-9a55-3d4f1c2b9e10";

/** The token audiences the bot asked credentials for. */
const audiences: unknown[] = [];

/** Credentials with authentication disabled: a realistic app id without token requests. */
const noTokens = {
  isValidAppId: async () => true,
  isAuthenticationDisabled: async () => true,
  createCredentials: async (_appId: string, audience: unknown) => {
    audiences.push(audience);
    return { signRequest: async (request: unknown) => request };
  },
} as unknown as TeamsCredentialsFactory;

describe("Teams authentication and tenants", () => {
  let h: TeamsHarness | null = null;
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase("pglite");
  });
  afterAll(() => db.destroy());
  afterEach(async () => {
    await h?.stop();
    h = null;
  });

  it("with an app id and password, an activity without a token gets 401 and never reaches the core", async () => {
    h = await startTeamsHarness({ appId: APP_ID, appPassword: "secret" }, { db });
    expect(h.bot.authenticated).toBe(true);
    const response = await h.post(personalMessage(h.connector.serviceUrl, "help"));
    expect(response.status).toBe(401);
    expect(h.interactions.calls).toEqual([]);
    expect(h.connector.requests).toEqual([]);
  });

  it("with an app id and password, an activity with a token that is not a valid JWT gets 401", async () => {
    h = await startTeamsHarness({ appId: APP_ID, appPassword: "secret" }, { db });
    const response = await h.post(personalMessage(h.connector.serviceUrl, "help"), {
      authorization: "Bearer not-a-jwt",
    });
    expect(response.status).toBe(401);
    expect(h.interactions.calls).toEqual([]);
  });

  it("without an app id the bot runs in emulator mode: unauthenticated activities are handled", async () => {
    h = await startTeamsHarness({}, { db });
    expect(h.bot.authenticated).toBe(false);
    h.interactions.answer = () => ({ type: "done", notice: "Hallo" });
    const response = await h.post(personalMessage(h.connector.serviceUrl, "help"));
    expect(response.status).toBe(200);
    expect(h.interactions.calls).toHaveLength(1);
  });

  it("with an app id and a credentials factory that needs no tokens, activities and replies go through", async () => {
    h = await startTeamsHarness(
      { appId: APP_ID, appPassword: "secret", credentialsFactory: noTokens },
      { db },
    );
    h.interactions.answer = () => ({ type: "done", notice: "Hallo" });
    const response = await h.post(personalMessage(h.connector.serviceUrl, "help"), {
      authorization: "Bearer x",
    });
    expect(response.status).toBe(200);
    expect(h.connector.activities()).toHaveLength(1);
    // Proactive sends use the configured app id too, including a new personal chat.
    const card = { summary: "s", blocks: [{ type: "text" as const, text: "Herinnering" }] };
    await h.bot.chatPort.post({ kind: "dm", userId: "aad-anna" }, card);
    const dirk = { id: "29:dirk", name: "Dirk", aadObjectId: "aad-dirk" };
    h.interactions.answer = () => ({ type: "done" });
    await h.post(channelMessage(h.connector.serviceUrl, "help", [], dirk), { authorization: "Bearer x" });
    await h.bot.chatPort.post({ kind: "dm", userId: dirk.aadObjectId }, card);
    expect(h.connector.requests.filter((request) => request.route === "createConversation")).toHaveLength(1);
    expect(h.connector.activities()).toHaveLength(3);
    // Every connector asked for the Bot Framework's token scope, never an empty one.
    expect(audiences.length).toBeGreaterThan(0);
    expect(
      audiences.every((audience) => typeof audience === "string" && audience.startsWith("https://")),
    ).toBe(true);
  });

  it("activities from a tenant that is not allowed are ignored (invokes get 403)", async () => {
    h = await startTeamsHarness({ allowedTenantIds: ["another-tenant"] }, { db });
    const stored = () => h!.db.prisma.teamsConversation.findMany({ orderBy: { key: "asc" } });
    const before = await stored();
    const message = await h.post(channelMessage(h.connector.serviceUrl, "help"));
    expect(message.status).toBe(200);
    const invoke = await h.post(cardInvoke(h.connector.serviceUrl, "nabuur.case.start", { value: "{}" }));
    expect(invoke.status).toBe(403);
    expect(h.interactions.calls).toEqual([]);
    expect(h.connector.requests).toEqual([]);
    // Nothing about the refused activities is remembered.
    expect(await stored()).toEqual(before);
  });
});
