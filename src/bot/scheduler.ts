/**
 * node-cron ticks. The deadlines live in the database; each tick sweeps due nudges and delivers
 * the outbox (also what a crash or an outage left behind); once a day a tick also anonymises the
 * closed cases whose retention period is over (AVG). Ticks never overlap; each part has its own
 * error boundary. Between ticks, commits trigger an immediate delivery.
 */
import { type ScheduledTask, schedule, validate } from "node-cron";
import type { NudgeSettings } from "../flows/deadlines/settings.ts";
import { DEFAULT_RETENTION_SETTINGS, type RetentionSettings } from "../flows/policy/retention.ts";
import type { Logger } from "../logger.ts";
import { sendDigests } from "../services/nudge-digest.ts";
import { sweepNudges } from "../services/nudge-sweep.ts";
import { sweepRetention } from "../services/privacy/anonymise-closed-cases.ts";
import type { ServiceRuntime } from "../services/runtime.ts";
import { type DeliveryDeps, deliverOutbox } from "./delivery/deliver-outbox.ts";

export interface Scheduler {
  /** One tick by hand (tests, the playground's clock). */
  tick(): Promise<void>;
  /** Deliver the outbox now; concurrent requests are coalesced. */
  deliverSoon(): void;
  stop(): Promise<void>;
}

export interface SchedulerOptions {
  runtime: ServiceRuntime;
  delivery: Omit<DeliveryDeps, "prisma" | "now" | "logger">;
  instanceId: string;
  cron: string | null;
  nudgeSettings: NudgeSettings;
  /** AVG retention periods (RETENTION_CARE_DAYS, RETENTION_HOUSING_DAYS). */
  retention?: RetentionSettings;
  logger: Logger;
  /** Told of the nudges sent and of each tick in which every part succeeded (the metrics). */
  observer?: {
    nudgesSent(stage: string, count: number): void;
    tickSucceeded(at: Date): void;
  };
}

/** How often the retention sweep runs (by the runtime's clock); a failed run is retried sooner. */
const RETENTION_EVERY_MS = 24 * 3600_000;
const RETENTION_RETRY_MS = 3600_000;
/** How often the digests are looked at: the first tick of the working day sends them; later ones catch up. */
const DIGEST_EVERY_MS = 10 * 60_000;

export function createScheduler(options: SchedulerOptions): Scheduler {
  const { runtime, logger } = options;
  const deps: DeliveryDeps = {
    ...options.delivery,
    prisma: runtime.prisma,
    logger,
    now: () => runtime.clock.now(),
  };
  let delivering: Promise<void> | null = null;
  let nextRetentionAt = Number.NEGATIVE_INFINITY;
  let nextDigestAt = Number.NEGATIVE_INFINITY;
  let again = false;
  let stopped = false;

  async function deliver(): Promise<void> {
    if (delivering) {
      again = true;
      return delivering;
    }
    delivering = (async () => {
      do {
        again = false;
        try {
          await deliverOutbox(deps);
        } catch (error) {
          logger.error({ err: error }, "outbox delivery round failed");
        }
      } while (again && !stopped);
    })().finally(() => {
      delivering = null;
      // A call that came after the last round's check but before this point asked for one more.
      if (again && !stopped) void deliver();
    });
    return delivering;
  }

  async function tick(): Promise<void> {
    let ok = true;
    try {
      const report = await sweepNudges(runtime, options.instanceId, options.nudgeSettings);
      if (report.nudged || report.failed) logger.info(report, "nudge sweep");
      for (const [stage, count] of Object.entries(report.byStage)) options.observer?.nudgesSent(stage, count);
      if (report.failed) ok = false;
    } catch (error) {
      ok = false;
      logger.error({ err: error }, "nudge sweep failed");
    }
    ok = (await digests()) && ok;
    ok = (await retention()) && ok;
    await deliver();
    if (ok) options.observer?.tickSucceeded(runtime.clock.now());
  }

  // Termijnen: the morning digests, looked at every DIGEST_EVERY_MS (each is sent once per person per day).
  async function digests(): Promise<boolean> {
    const now = runtime.clock.now().getTime();
    if (now < nextDigestAt) return true;
    nextDigestAt = now + DIGEST_EVERY_MS;
    try {
      const sent = await sendDigests(runtime, options.nudgeSettings);
      if (sent) logger.info({ sent }, "morning digests");
      options.observer?.nudgesSent("digest", sent);
      return true;
    } catch (error) {
      logger.error({ err: error }, "morning digests failed");
      return false;
    }
  }

  // Idempotent and claimed per case (src/services/privacy): running it on every instance is safe.
  async function retention(): Promise<boolean> {
    const now = runtime.clock.now().getTime();
    if (now < nextRetentionAt) return true;
    nextRetentionAt = now + RETENTION_EVERY_MS;
    try {
      const report = await sweepRetention(runtime, options.retention ?? DEFAULT_RETENTION_SETTINGS);
      if (report.anonymised || report.failed) logger.info(report, "retention sweep");
      return true;
    } catch (error) {
      nextRetentionAt = now + RETENTION_RETRY_MS;
      logger.error({ err: error }, "retention sweep failed");
      return false;
    }
  }

  let task: ScheduledTask | null = null;
  if (options.cron) {
    if (!validate(options.cron)) throw new Error(`invalid cron expression ${options.cron}`);
    task = schedule(options.cron, () => tick(), { noOverlap: true, name: "nabuur-tick" });
  }

  return {
    tick,
    deliverSoon() {
      if (!stopped) void deliver();
    },
    async stop() {
      stopped = true;
      await task?.stop();
      await delivering;
    },
  };
}
