/** Slack message timestamps ("seconds.micros"): made on the workspace clock, compared as numbers. */
import type { Clock } from "../services/clock.ts";

/** Slack ts "seconds.micros" as a number of microseconds, for comparing. */
export function tsValue(ts: string): number {
  const [seconds = "0", micros = "0"] = ts.split(".");
  return Number(seconds) * 1e6 + Number(micros);
}

/** Hands out timestamps on the clock, strictly increasing, as Slack does within a workspace. */
export class SlackTsClock {
  private lastTs = 0;

  constructor(private readonly clock: Clock) {}

  next(): string {
    const micros = Math.max(this.clock.now().getTime() * 1000, this.lastTs + 1);
    this.lastTs = micros;
    return `${Math.floor(micros / 1e6)}.${String(micros % 1e6).padStart(6, "0")}`;
  }

  /** A restored message's ts: the next one handed out comes after it. */
  seen(ts: string): void {
    this.lastTs = Math.max(this.lastTs, tsValue(ts));
  }
}
