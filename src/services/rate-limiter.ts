/**
 * A fixed one-minute window per key, kept in the database (RateLimitWindow) so that several
 * instances behind one load balancer count together: the intake API counts requests per API key
 * with it, the chat core counts commands, clicks and form submits per member. One statement per
 * request takes the count: it starts a new window when the last one ended, and adds one otherwise —
 * atomically, so two instances counting at once never both see the same count.
 */
import type { PrismaClient } from "../store/db-types.ts";
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
      // As text, read as UTC: the columns hold UTC without a time zone, whatever the session's.
      const now = clock.now().toISOString();
      const ended = new Date(clock.now().getTime() - WINDOW_MS).toISOString();
      const [window] = await prisma.$queryRaw<{ count: number; elapsed: number }[]>`
        INSERT INTO "RateLimitWindow" ("key", "windowStart", "count")
        VALUES (${key}, ${now}::timestamp(3), 1)
        ON CONFLICT ("key") DO UPDATE SET
          "count" = CASE WHEN "RateLimitWindow"."windowStart" <= ${ended}::timestamp(3) THEN 1
                         ELSE "RateLimitWindow"."count" + 1 END,
          "windowStart" = CASE WHEN "RateLimitWindow"."windowStart" <= ${ended}::timestamp(3)
                               THEN ${now}::timestamp(3) ELSE "RateLimitWindow"."windowStart" END
        RETURNING "count", EXTRACT(EPOCH FROM (${now}::timestamp(3) - "windowStart"))::float8 AS "elapsed"`;
      if (!window) throw new Error("the rate limit window was not written");
      if (window.count === 1) {
        // A new window: forget keys whose windows ended a while ago, so the table stays small.
        await prisma.$executeRaw`
          DELETE FROM "RateLimitWindow" WHERE "windowStart" < ${ended}::timestamp(3) - interval '1 minute'`;
      }
      if (window.count <= perMinute) return null;
      return Math.max(1, Math.ceil(WINDOW_MS / 1000 - Number(window.elapsed)));
    },
  };
}
