/**
 * The deadline sweep must not slow down as deadlines pile up: it reads only due rows through the
 * (state, nextNudgeAt) index. Compared here: 1,000 due deadlines among 1,000 open ones and among
 * 100,000 open ones (embedded PGlite, same run). Target: the second costs at most twice the first.
 */
import { bench, describe } from "vitest";
import { openDatabase } from "../src/store/database.ts";
import { findDueDeadlineIds } from "../src/store/deadlines/deadline-repository.ts";

const NOW = new Date("2026-11-23T09:00:00Z");
const LATER = new Date("2027-06-01T09:00:00Z");

async function databaseWith(total: number, due: number) {
  const database = await openDatabase({ dataDir: "memory://" });
  await database.migrate();
  const rows = Array.from({ length: total }, (_, index) => ({
    subject: `participant:bench-${index % 5000}`,
    key: `item-${index}`,
    rule: "team.onboarding.item",
    step: "prevention",
    ownerRole: "careTeamMember" as const,
    dueAt: index < due ? NOW : LATER,
    plannedFrom: NOW,
    nextNudgeAt: index < due ? new Date(NOW.getTime() - 60_000) : LATER,
  }));
  for (let start = 0; start < rows.length; start += 5000) {
    await database.prisma.deadline.createMany({ data: rows.slice(start, start + 5000) });
  }
  await database.prisma.$executeRawUnsafe('ANALYZE "Deadline"');
  return database;
}

const small = await databaseWith(1_000, 1_000);
const large = await databaseWith(100_000, 1_000);

describe("deadline sweep: due rows among many open deadlines", () => {
  bench("1,000 due of 1,000 open", async () => {
    await findDueDeadlineIds(small.prisma, NOW, 1_000);
  });
  bench("1,000 due of 100,000 open", async () => {
    await findDueDeadlineIds(large.prisma, NOW, 1_000);
  });
});
