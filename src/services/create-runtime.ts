/** Builds the ServiceRuntime from configuration; used by the server and by tests. */
import { DEFAULT_DEADLINE_SETTINGS, type DeadlineSettings } from "../flows/calendar/deadline-policy.ts";
import { DEFAULT_WORKING_HOURS, type WorkingHours } from "../flows/calendar/working-hours.ts";
import { renderCard } from "../flows/cards/render.ts";
import type { Locale } from "../flows/model.ts";
import type { Logger } from "../logger.ts";
import type { Platform, PrismaClient } from "../store/db-types.ts";
import type { NudgePlanner } from "../store/effects/apply-effects.ts";
import type { Clock } from "./clock.ts";
import type { ServiceRuntime } from "./runtime.ts";

export interface RuntimeOptions {
  prisma: PrismaClient;
  clock: Clock;
  logger: Logger;
  platforms: Platform[];
  defaultLocale?: Locale;
  deadlineSettings?: DeadlineSettings;
  workingHours?: WorkingHours;
  nudges: NudgePlanner;
  afterCommit?: () => void;
}

export function createRuntime(options: RuntimeOptions): ServiceRuntime {
  return {
    prisma: options.prisma,
    clock: options.clock,
    logger: options.logger,
    deadlineSettings: options.deadlineSettings ?? DEFAULT_DEADLINE_SETTINGS,
    workingHours: options.workingHours ?? DEFAULT_WORKING_HOURS,
    effects: {
      platforms: options.platforms,
      defaultLocale: options.defaultLocale ?? "nl",
      renderCard,
      nudges: options.nudges,
    },
    afterCommit: options.afterCommit ?? (() => {}),
  };
}
