/**
 * Several Nabuur instances against one PostgreSQL: every nudge and every outbox message goes out
 * exactly once, however the instances' sweeps and deliveries interleave.
 */
import { describe, expect, it } from "vitest";
import { deliverOutbox } from "../../../src/bot/delivery/deliver-outbox.ts";
import { createLogger } from "../../../src/logger.ts";
import { ManualClock } from "../../../src/services/clock.ts";
import { createRuntime } from "../../../src/services/create-runtime.ts";
import { nudgePlanner } from "../../../src/services/nudge-planner.ts";
import { sweepNudges } from "../../../src/services/nudge-sweep.ts";
import { registerParticipant } from "../../../src/services/participant-service.ts";
import { openDatabase } from "../../../src/store/database.ts";
import { createPostgresDatabase, TEST_DATABASE_KINDS } from "../../helpers/databases.ts";
import { MemoryChat } from "../../helpers/memory-chat.ts";
import { MONDAY_MORNING } from "../../helpers/runtime.ts";
import { createWorld } from "../../helpers/world.ts";

const DAY = 24 * 3600_000;

describe.runIf(TEST_DATABASE_KINDS.includes("postgresql"))("three instances on one PostgreSQL", () => {
  it("send each nudge and each outbox message once", async () => {
    const { url, drop } = await createPostgresDatabase();
    const clock = new ManualClock(MONDAY_MORNING);
    const chat = new MemoryChat();
    const instances = await Promise.all([1, 2, 3].map(() => openDatabase({ url })));
    try {
      await instances[0]!.migrate();
      const world = await createWorld(instances[0]!.prisma);
      const runtimes = instances.map((database) =>
        createRuntime({
          prisma: database.prisma,
          clock,
          logger: createLogger("silent"),
          platforms: ["slack"],
          nudges: nudgePlanner(),
        }),
      );
      for (let index = 0; index < 12; index++) {
        await registerParticipant(runtimes[index % 3]!, world.actor(world.worker), {
          reference: `HF-${500 + index}`,
          careProviderId: world.careProvider.id,
          landlordId: world.landlord.id,
          dwelling: `Straat ${index}`,
          leaseType: "own",
          supportWorkerId: world.worker.id,
          landlordContactId: world.landlordStaff.id,
          coordinatorId: world.coordinator.id,
        });
      }
      // Five weeks of daily sweeps and deliveries, all three instances at once.
      for (let day = 0; day < 35; day++) {
        clock.advance(DAY);
        await Promise.all(
          runtimes.map(async (runtime, index) => {
            await sweepNudges(runtime, `instance-${index}`);
            await deliverOutbox({
              prisma: runtime.prisma,
              ports: { slack: chat },
              logger: runtime.logger,
              instanceId: `instance-${index}`,
              now: () => clock.now(),
            });
          }),
        );
      }
      const prisma = instances[0]!.prisma;
      const outbox = await prisma.outboxMessage.findMany();
      expect(outbox.every((message) => message.status === "sent")).toBe(true);
      // One platform post (or update) per outbox row: nothing twice, nothing lost.
      expect(chat.posts.length + chat.updates.length).toBe(outbox.length);
      // 12 participants × 8 onboarding items, each nudged with a heads-up and an escalation, once.
      const nudges = await prisma.timelineEntry.findMany({
        where: { event: { startsWith: "deadline.nudge." } },
      });
      const perStage = new Map<string, number>();
      for (const entry of nudges) {
        const key = `${entry.subject}|${JSON.stringify(entry.details)}|${entry.event}`;
        perStage.set(key, (perStage.get(key) ?? 0) + 1);
      }
      expect([...perStage.values()].every((count) => count === 1)).toBe(true);
      expect(nudges.length).toBe(12 * 8 * 2);
      console.log(`instances: ${outbox.length} outbox messages and ${nudges.length} nudges, each sent once`);
    } finally {
      await Promise.all(instances.map((database) => database.close()));
      await drop();
    }
  }, 120_000);
});
