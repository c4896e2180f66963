/**
 * The first start on a busy machine: the bot asks Slack who it is (auth.test) while the demo is
 * loading, and the answer comes later than the Web API client's 10-second timeout. The start must
 * neither wait for that answer nor die of it: no promise is left unhandled, /readyz answers and a
 * slash command is answered; the failed look-up is a warning, retried later.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config.ts";
import { createLogger } from "../../../src/logger.ts";
import { DEMO_CHANNELS, DEMO_PEOPLE } from "../../../src/playground/demo-data.ts";
import { type Playground, startPlayground } from "../../../src/playground/playground.ts";
import { ERROR, LogLines, WARN } from "../../helpers/log-lines.ts";

/** Longer than the bot's Web API timeout (10 s): the first auth.test times out. */
const AUTH_TEST_DELAY_MS = 15_000;
const CLIENT_TIMEOUT_MS = 10_000;

describe("the playground's first start with a Slack Web API slower than the client's timeout", () => {
  const log = new LogLines();
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => rejections.push(reason);
  let playground: Playground;
  /** When the start-up was over: the bot's first auth.test was sent before it. */
  let startedAt = 0;

  beforeAll(async () => {
    process.on("unhandledRejection", onRejection);
    playground = await startPlayground({
      config: loadConfig({ PORT: "0", DATA_DIR: "memory://", LOG_LEVEL: "info" }),
      logger: createLogger("info", log),
      schedulerCron: null,
      snapshotFile: null,
      webApiDelayMs: { "auth.test": AUTH_TEST_DELAY_MS },
    });
    startedAt = Date.now();
  }, 120_000);

  afterAll(async () => {
    await playground?.stop();
    process.off("unhandledRejection", onRejection);
  });

  it("outlives the timed-out auth.test: nothing unhandled, /readyz answers, a slash command is answered", {
    timeout: 120_000,
  }, async () => {
    // Past the moment the first auth.test gave up (it was sent before the start-up was over).
    const wait = startedAt + CLIENT_TIMEOUT_MS + 1_500 - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    await new Promise((resolve) => setImmediate(resolve));

    expect(rejections.map(String)).toEqual([]);
    expect((await fetch(`${playground.url}/readyz`)).status).toBe(200);
    expect((await fetch(`${playground.nabuur.url}/readyz`)).status).toBe(200);

    const { worker } = DEMO_PEOPLE;
    const channel = DEMO_CHANNELS.shared.id;
    const before = playground.workspace.messagesOf(channel).length;
    const sent = Date.now();
    const response = await fetch(`${playground.url}/play/send`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ as: worker.userId, channel, text: "/nabuur help" }),
    });
    expect(response.status).toBe(200);
    let answer = null;
    // Every auth.test times out (it answers later than the client waits), so any answer at all
    // shows that the command did not wait for the bot's identity.
    while (!answer && Date.now() - sent < 30_000) {
      answer = playground.workspace
        .messagesOf(channel)
        .slice(before)
        .find((message) => message.ephemeralFor === worker.userId);
      if (!answer) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(answer?.user).toBe(playground.workspace.botUserId);
    expect(answer?.text).toContain("/overlast");

    // The failed look-up is a warning, not an error.
    expect(log.at(WARN).some((line) => line.msg.includes("auth.test"))).toBe(true);
    expect(log.since(0, ERROR)).toEqual([]);
  });
});
