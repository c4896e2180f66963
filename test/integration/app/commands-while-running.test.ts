/**
 * The command-line tools while Nabuur runs: the real entry point as a child process with Slack on
 * (against a fake Slack Web API) and the intake API, and the real CLIs as further processes. On
 * the embedded database the CLIs reach the database through the running process's local socket
 * (before, they opened a second copy of the files and what they wrote was lost); on PostgreSQL
 * they connect to the same server. Either way the running bot sees their changes at once: a
 * revoked API key is refused at the next intake call, a member added by CLI is recognised at their
 * next Slack command; the participant export and the migration status answer as well.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../../src/store/database.ts";
import { createPostgresDatabase, TEST_DATABASE_KINDS } from "../../helpers/databases.ts";
import { runCliTool, startEntryPoint, waitForReady } from "../../helpers/entry-point.ts";
import { FakeSlack } from "../../helpers/fake-slack.ts";
import { testRuntime } from "../../helpers/runtime.ts";
import { postSigned, slashCommandBody } from "../../helpers/slack-requests.ts";
import { createWorld, SLACK_TEAM } from "../../helpers/world.ts";
import { complaintBody, createTestKey, registerWorldParticipants } from "../api/api-harness.ts";

const SIGNING_SECRET = "commands-while-running-secret";

describe.each(TEST_DATABASE_KINDS)("command-line tools while Nabuur runs (%s)", (kind) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it("revokes an API key and adds a member; the running bot sees both at once", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "nabuur-commands-"));
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    const postgres = kind === "postgresql" ? await createPostgresDatabase() : null;
    if (postgres) cleanups.push(postgres.drop);
    const databaseEnv: Record<string, string> = postgres ? { DATABASE_URL: postgres.url } : {};

    // The world, written before the bot starts.
    const database = await openDatabase(postgres ? { url: postgres.url } : { dataDir });
    await database.migrate();
    const world = await createWorld(database.prisma);
    await registerWorldParticipants(testRuntime(database.prisma).runtime, world);
    const key = await createTestKey(database.prisma, world.landlord.id, "cli");
    await database.close();

    const slack = new FakeSlack();
    const apiUrl = await slack.start();
    cleanups.push(() => slack.stop());
    const port = 41000 + Math.floor(Math.random() * 1000);
    const bot = startEntryPoint(dataDir, port, {
      ...databaseEnv,
      SLACK_BOT_TOKEN: "xoxb-test-token",
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: apiUrl,
      LOG_LEVEL: "warn",
    });
    let stopped = false;
    cleanups.push(async () => {
      if (stopped) return;
      bot.child.kill("SIGTERM");
      await bot.exited;
    });
    await waitForReady(port, bot.child);
    const url = `http://127.0.0.1:${port}`;
    const cli = (script: string, args: string[]) => runCliTool(dataDir, script, args, databaseEnv);

    // Intake API: the key works, the CLI revokes it, the next call is refused.
    const fileComplaint = () =>
      fetch(`${url}/api/v1/complaints`, {
        method: "POST",
        headers: { authorization: `Bearer ${key.token}`, "content-type": "application/json" },
        body: JSON.stringify(complaintBody()),
      });
    expect((await fileComplaint()).status).toBe(201);
    const listed = await cli("src/api-key-cli.ts", ["list"]);
    expect(listed.stderr).toBe("");
    expect(listed.stdout).toMatch(new RegExp(`^${key.prefix}\\s+active`, "m"));
    const revoked = await cli("src/api-key-cli.ts", ["revoke", key.prefix]);
    expect(revoked.stderr).toBe("");
    expect(revoked.stdout.trim()).toBe(`revoked API key ${key.prefix}`);
    expect((await fileComplaint()).status).toBe(401);

    // Slack: a stranger is told to ask for access; added by CLI, their next command is theirs.
    const stranger = { id: "UNEWWORKER", teamId: SLACK_TEAM };
    const mine = async () => {
      const before = slack.callsTo("chat.postEphemeral").length;
      const response = await postSigned(
        `${url}/slack/events`,
        slashCommandBody("/nabuur", "mijn", stranger, world.channels.careTeam),
        { secret: SIGNING_SECRET },
      );
      expect(response.status).toBe(200);
      await slack.waitFor(() => slack.callsTo("chat.postEphemeral").length > before, 30_000);
      const answer = slack.callsTo("chat.postEphemeral").at(-1)!;
      expect(answer.body.user).toBe(stranger.id);
      return String(answer.body.text);
    };
    expect(await mine()).toContain("nog niet aangemeld");
    const added = await cli("src/admin-cli.ts", [
      "member",
      "add",
      world.careProvider.name,
      "careTeamMember",
      "Nieuwe Begeleider",
      "--slack",
      stranger.id,
    ]);
    expect(added.stderr).toBe("");
    expect(added.code).toBe(0);
    expect(await mine()).not.toContain("nog niet aangemeld");

    // The AVG export of a participant reads through the running bot (and logs its access there).
    const exported = await cli("src/participant-export-cli.ts", [
      "HF-007",
      "--by",
      world.coordinator.displayName,
    ]);
    // (Node prints the pg driver's warning about queries queued on one connection: no error.)
    expect(exported.stderr).not.toContain("nabuur:");
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain('"HF-007"');

    // The migration status answers too (on the embedded database: through the running bot).
    const status = await cli("src/store/migrate/cli.ts", ["status"]);
    expect(status.code).toBe(0);
    expect(status.stdout).not.toMatch(/^pending /m);
    if (kind === "pglite")
      expect(status.stdout).toContain(`served by the running Nabuur, pid ${bot.child.pid}`);

    // The bot stops: what the CLIs wrote is in the files; a CLI started now opens them itself.
    bot.child.kill("SIGTERM");
    expect(await bot.exited).toBe(0);
    stopped = true;
    const after = await openDatabase(postgres ? { url: postgres.url } : { dataDir });
    try {
      const keyRow = await after.prisma.apiKey.findFirstOrThrow({ where: { prefix: key.prefix } });
      expect(keyRow.revokedAt).not.toBeNull();
      const member = await after.prisma.member.findFirst({ where: { slackUserId: stranger.id } });
      expect(member?.displayName).toBe("Nieuwe Begeleider");
    } finally {
      await after.close();
    }
  }, 600_000);
});
