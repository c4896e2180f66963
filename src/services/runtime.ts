/**
 * What every service needs: the store, the clock, how deadlines are computed, and how effects are
 * written. One transaction per decision; a decision based on stale state is retried on fresh state.
 */
import { createDueAt, type DeadlineSettings } from "../flows/calendar/deadline-policy.ts";
import type { WorkingHours } from "../flows/calendar/working-hours.ts";
import type { FlowContext } from "../flows/context.ts";
import type { Logger } from "../logger.ts";
import { ConcurrencyConflict } from "../store/cases/case-repository.ts";
import type { PrismaClient, Tx } from "../store/db-types.ts";
import type { EffectEnvironment } from "../store/effects/apply-effects.ts";
import type { Clock } from "./clock.ts";

export interface ServiceRuntime {
  prisma: PrismaClient;
  clock: Clock;
  logger: Logger;
  effects: EffectEnvironment;
  deadlineSettings: DeadlineSettings;
  workingHours: WorkingHours;
  /** Called after every commit that wrote outbox messages: delivers them right away. */
  afterCommit(): void;
}

export function flowContext(runtime: ServiceRuntime, now: Date = runtime.clock.now()): FlowContext {
  const dueAt = createDueAt(runtime.deadlineSettings, runtime.workingHours);
  return { now, dueAt };
}

const MAX_ATTEMPTS = 4;

function isRetryable(error: unknown): boolean {
  if (error instanceof ConcurrencyConflict) return true;
  const code = (error as { code?: string }).code;
  // P2034: write conflict or deadlock; P2002 on a racing insert of the same key.
  return code === "P2034";
}

/**
 * Work of a service's caller that must commit or roll back together with the service's decision:
 * `begin` runs first in the transaction, `finish` last, with the decision's result. The intake
 * API reserves an Idempotency-Key in `begin` and stores its answer in `finish`, so a process that
 * dies half-way leaves neither the key nor the complaint behind.
 */
export interface TransactionHooks<T> {
  begin?(tx: Tx): Promise<void>;
  finish?(tx: Tx, result: T): Promise<void>;
}

/** Runs fn in one transaction, retrying on a concurrent change; then triggers delivery. */
export async function transact<T>(
  runtime: ServiceRuntime,
  fn: (tx: Tx) => Promise<T>,
  hooks: TransactionHooks<T> = {},
): Promise<T> {
  const unit = async (tx: Tx): Promise<T> => {
    await hooks.begin?.(tx);
    const result = await fn(tx);
    await hooks.finish?.(tx, result);
    return result;
  };
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await runtime.prisma.$transaction(unit, { timeout: 20_000, maxWait: 10_000 });
      runtime.afterCommit();
      return result;
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !isRetryable(error)) throw error;
      runtime.logger.debug({ attempt }, "concurrent change; retrying on fresh state");
    }
  }
}
