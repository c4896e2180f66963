/** The store's view of the nudge schedule (src/flows/deadlines/schedule.ts). */
import { nextNudge } from "../flows/deadlines/schedule.ts";
import { DEFAULT_NUDGE_SETTINGS, type NudgeSettings } from "../flows/deadlines/settings.ts";
import type { NudgePlanner } from "../store/effects/apply-effects.ts";

export function nudgePlanner(settings: NudgeSettings = DEFAULT_NUDGE_SETTINGS): NudgePlanner {
  return {
    first(createdAt, dueAt) {
      const nudge = nextNudge({ createdAt, dueAt }, 0, settings);
      return nudge ? { at: nudge.at, stage: 0 } : null;
    },
  };
}
