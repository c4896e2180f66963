/**
 * The bot's own identity on Slack (auth.test: its bot id and bot user id). Bolt would ask for it
 * in its constructor and keep the promise for every request: a Slack that answers late then holds
 * up every request, and one that does not answer at all leaves a rejected promise nobody handles,
 * which ends the process. Here the question is asked in the background, one at a time; a failure
 * is a warning and is asked again later, with a growing pause. Requests never wait for it: until
 * the answer is known they go on with the token alone.
 */
import type { Logger } from "../../logger.ts";

export interface BotIdentity {
  botId: string;
  botUserId: string;
}

export interface BotIdentityOptions {
  /** Asks Slack (auth.test). */
  fetch(): Promise<BotIdentity>;
  logger: Logger;
  /** The pause after the first failure; it doubles after each further one. */
  firstRetryMs?: number;
  /** The longest pause between two attempts. */
  maxRetryMs?: number;
}

export interface BotIdentityCache {
  /** The identity once Slack named it; null before. */
  current(): BotIdentity | null;
  /** Asks Slack unless the identity is known, a question is under way or a retry is planned. */
  refresh(): void;
  /** No more questions or retries (a question under way is left to end on its own). */
  stop(): void;
}

export function createBotIdentityCache(options: BotIdentityOptions): BotIdentityCache {
  const firstRetryMs = options.firstRetryMs ?? 5_000;
  const maxRetryMs = options.maxRetryMs ?? 5 * 60_000;
  let known: BotIdentity | null = null;
  let asking = false;
  let retry: NodeJS.Timeout | null = null;
  let failures = 0;
  let stopped = false;

  async function ask(): Promise<void> {
    asking = true;
    try {
      known = await options.fetch();
      failures = 0;
      options.logger.info({ botUserId: known.botUserId, botId: known.botId }, "Slack bot identity known");
    } catch (error) {
      failures++;
      const retryInMs = Math.min(firstRetryMs * 2 ** (failures - 1), maxRetryMs);
      const code = (error as { data?: { error?: string }; code?: string }).data?.error;
      options.logger.warn(
        { reason: code ?? (error as Error).message, failures, retryInMs },
        "could not ask Slack for the bot's identity (auth.test); requests go on with the token alone",
      );
      if (!stopped) {
        retry = setTimeout(() => {
          retry = null;
          refresh();
        }, retryInMs);
        // A planned retry never keeps the process alive on its own.
        retry.unref();
      }
    } finally {
      asking = false;
    }
  }

  function refresh(): void {
    if (known || asking || retry || stopped) return;
    void ask();
  }

  return {
    current: () => known,
    refresh,
    stop() {
      stopped = true;
      if (retry) clearTimeout(retry);
      retry = null;
    },
  };
}
