/**
 * The rate limits' fixed windows (RateLimitWindow), shared by every instance on one database.
 * src/services/rate-limiter.ts decides the limits; this file only counts.
 */
import type { PrismaClient } from "../db-types.ts";

/**
 * Counts one request for `key` in one statement: a new window when the last one started at or
 * before `ended`, one more otherwise — atomically, so two instances counting at once never both see
 * the same count. Returns the count and the seconds since the window started.
 */
export async function countInWindow(
  prisma: PrismaClient,
  key: string,
  now: Date,
  ended: Date,
): Promise<{ count: number; elapsedSeconds: number }> {
  // As text, read as UTC: the columns hold UTC without a time zone, whatever the session's.
  const at = now.toISOString();
  const endedAt = ended.toISOString();
  const [window] = await prisma.$queryRaw<{ count: number; elapsed: number }[]>`
    INSERT INTO "RateLimitWindow" ("key", "windowStart", "count")
    VALUES (${key}, ${at}::timestamp(3), 1)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitWindow"."windowStart" <= ${endedAt}::timestamp(3) THEN 1
                     ELSE "RateLimitWindow"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimitWindow"."windowStart" <= ${endedAt}::timestamp(3)
                           THEN ${at}::timestamp(3) ELSE "RateLimitWindow"."windowStart" END
    RETURNING "count", EXTRACT(EPOCH FROM (${at}::timestamp(3) - "windowStart"))::float8 AS "elapsed"`;
  if (!window) throw new Error("the rate limit window was not written");
  return { count: window.count, elapsedSeconds: Number(window.elapsed) };
}

/** Forgets windows that started before `before`, so the table stays small. */
export async function forgetWindowsBefore(prisma: PrismaClient, before: Date): Promise<void> {
  await prisma.$executeRaw`DELETE FROM "RateLimitWindow" WHERE "windowStart" < ${before.toISOString()}::timestamp(3)`;
}
