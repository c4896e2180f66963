import { afterEach, describe, expect, it, vi } from "vitest";
import { type BotIdentity, createBotIdentityCache } from "../../../../src/bot/slack/bot-identity.ts";
import { createLogger } from "../../../../src/logger.ts";
import { ERROR, LogLines, WARN } from "../../../helpers/log-lines.ts";

const IDENTITY: BotIdentity = { botId: "BBOT", botUserId: "UBOT" };

afterEach(() => {
  vi.useRealTimers();
});

describe("the Slack bot's identity, asked in the background", () => {
  it("asks once at a time and keeps the answer", async () => {
    let answer: (identity: BotIdentity) => void = () => {};
    const fetch = vi.fn(() => new Promise<BotIdentity>((resolve) => (answer = resolve)));
    const cache = createBotIdentityCache({ fetch, logger: createLogger("silent") });
    cache.refresh();
    cache.refresh();
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(cache.current()).toBeNull();
    answer(IDENTITY);
    await vi.waitFor(() => expect(cache.current()).toEqual(IDENTITY));
    cache.refresh();
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("a failure is a warning, asked again after a pause that grows; stop ends the retries", async () => {
    vi.useFakeTimers();
    const log = new LogLines();
    const fetch = vi.fn(() => Promise.reject(new Error("The operation was aborted due to timeout")));
    const cache = createBotIdentityCache({
      fetch,
      logger: createLogger("info", log),
      firstRetryMs: 1_000,
      maxRetryMs: 3_000,
    });
    cache.refresh();
    await vi.advanceTimersByTimeAsync(0);
    expect(fetch).toHaveBeenCalledTimes(1);
    // Within the pause, asking again does not reach Slack.
    cache.refresh();
    await vi.advanceTimersByTimeAsync(999);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(fetch).toHaveBeenCalledTimes(3);
    // The pause stops growing at the maximum.
    await vi.advanceTimersByTimeAsync(3_000);
    expect(fetch).toHaveBeenCalledTimes(4);
    expect(log.at(WARN).map((line) => line.retryInMs)).toEqual([1_000, 2_000, 3_000, 3_000]);
    expect(log.since(0, ERROR)).toEqual([]);
    cache.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetch).toHaveBeenCalledTimes(4);
    expect(cache.current()).toBeNull();
  });
});
