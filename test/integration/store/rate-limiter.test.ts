/**
 * The per-key rate limit (src/services/rate-limiter.ts) in the database: the limit within a minute,
 * then how many seconds to wait; and two limiters on one database — two instances — count together.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../../src/services/clock.ts";
import { createRateLimiter } from "../../../src/services/rate-limiter.ts";
import { openTestDatabase, TEST_DATABASE_KINDS, type TestDatabase } from "../../helpers/databases.ts";

describe.each(TEST_DATABASE_KINDS)("the per-key rate limit (%s)", (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  }, 120_000);
  afterAll(() => database?.destroy());

  it("allows the limit within a minute, then says how many seconds to wait", async () => {
    const clock = new ManualClock(new Date("2026-11-23T09:00:00Z"));
    const limiter = createRateLimiter({ perMinute: 3, clock, prisma: database.prisma });
    expect([await limiter.take("a"), await limiter.take("a"), await limiter.take("a")]).toEqual([
      null,
      null,
      null,
    ]);
    clock.advance(20_000);
    expect(await limiter.take("a")).toBe(40);
    expect(await limiter.take("b")).toBeNull();
    clock.advance(40_000);
    expect(await limiter.take("a")).toBeNull();
  });

  it("counts across two instances on one database, also when they count at the same moment", async () => {
    const clock = new ManualClock(new Date("2026-11-24T09:00:00Z"));
    const one = createRateLimiter({ perMinute: 10, clock, prisma: database.prisma });
    const two = createRateLimiter({ perMinute: 10, clock, prisma: database.prisma });
    const taken = await Promise.all(
      Array.from({ length: 16 }, (_, i) => (i % 2 === 0 ? one : two).take("shared")),
    );
    expect(taken.filter((retryAfter) => retryAfter === null)).toHaveLength(10);
    expect(taken.filter((retryAfter) => retryAfter === 60)).toHaveLength(6);
  });
});
