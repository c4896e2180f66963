/** A ServiceRuntime on a real test database with a manual clock. */
import { ManualClock } from "../../src/services/clock.ts";
import { createRuntime } from "../../src/services/create-runtime.ts";
import { nudgePlanner } from "../../src/services/nudge-planner.ts";
import type { ServiceRuntime } from "../../src/services/runtime.ts";
import type { PrismaClient } from "../../src/store/db-types.ts";
import { testLogger } from "./test-logger.ts";

/** Monday 23 November 2026, 10:00 in Amsterdam. */
export const MONDAY_MORNING = new Date("2026-11-23T09:00:00Z");

export function testRuntime(
  prisma: PrismaClient,
  start: Date = MONDAY_MORNING,
): { runtime: ServiceRuntime; clock: ManualClock } {
  const clock = new ManualClock(start);
  const runtime = createRuntime({
    prisma,
    clock,
    logger: testLogger(),
    platforms: ["slack"],
    nudges: nudgePlanner(),
  });
  return { runtime, clock };
}
