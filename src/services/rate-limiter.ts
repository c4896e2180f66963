/**
 * A fixed one-minute window per key, kept in the database (RateLimitWindow) so that several
 * instances behind one load balancer count together: the intake API counts requests per API key
 * with it, the chat core counts commands, clicks and form submits per member. One statement per
 * request takes the count: it starts a new window when the last one ended, and adds one otherwise —
 * atomically, so two instances counting at once never both see the same count.
 */
import type { PrismaClient } from "../store/db-types.ts";
import { countInWindow, forgetWindowsBefore } from "../store/rate-limits/rate-limit-windows.ts";
import type { Clock } from "./clock.ts";

export interface RateLimitOptions {
  /** Requests per key per minute. */
  perMinute: number;
  clock: Clock;
  prisma: PrismaClient;
}

const WINDOW_MS = 60_000;

export interface RateLimiter {
  /** Counts one request; the seconds to wait when it is over the limit, else null. */
  take(key: string): Promise<number | null>;
}

export function createRateLimiter({ perMinute, clock, prisma }: RateLimitOptions): RateLimiter {
  return {
    async take(key) {
      const now = clock.now();
      const ended = new Date(now.getTime() - WINDOW_MS);
      const window = await countInWindow(prisma, key, now, ended);
      // A new window: forget keys whose windows ended a while ago.
      if (window.count === 1) await forgetWindowsBefore(prisma, new Date(ended.getTime() - WINDOW_MS));
      if (window.count <= perMinute) return null;
      return Math.max(1, Math.ceil(WINDOW_MS / 1000 - window.elapsedSeconds));
    },
  };
}
