/** Tenant boundary: with SLACK_ALLOWED_TEAM_IDS set, requests from other workspaces never reach the bot. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SlackHarness, startSlackHarness } from "../../helpers/slack-harness.ts";

describe("Slack workspace allowlist", () => {
  let h: SlackHarness;
  beforeAll(async () => {
    h = await startSlackHarness("pglite", { SLACK_ALLOWED_TEAM_IDS: "T1" });
  });
  afterAll(() => h.stop());

  it("answers the allowed workspace and ignores another one (acked, nothing done, nothing shown)", async () => {
    const foreign = await h.command({ id: "UWORKER", teamId: "T999" }, "/nabuur", "deelnemer");
    expect(foreign.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(h.slack.callsTo("views.open")).toHaveLength(0);
    expect(h.slack.callsTo("chat.postEphemeral")).toHaveLength(0);

    await h.command(h.user("UWORKER"), "/nabuur", "deelnemer");
    await h.slack.waitFor(() => h.slack.callsTo("views.open").length === 1);
  });
});
