/** The time source. Production reads the system clock; tests and the playground move a manual one. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export class ManualClock implements Clock {
  private current: number;

  constructor(start: Date) {
    this.current = start.getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  set(instant: Date): void {
    this.current = instant.getTime();
  }

  advance(ms: number): void {
    this.current += ms;
  }
}

/**
 * The system clock moved forward by hand: time keeps running, and `advance` jumps ahead (the
 * playground's "+1 day"). It never goes back, so deadlines and timelines stay in order.
 */
export class OffsetClock implements Clock {
  private offsetMs: number;

  /** `startAt`: the moment the clock shows now (default: the system time). */
  constructor(
    private readonly base: Clock = systemClock,
    startAt?: Date,
  ) {
    this.offsetMs = startAt ? startAt.getTime() - base.now().getTime() : 0;
  }

  now(): Date {
    return new Date(this.base.now().getTime() + this.offsetMs);
  }

  /** Moves the clock `ms` forward (negative amounts are refused). */
  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`cannot move the clock by ${ms} ms`);
    this.offsetMs += ms;
  }

  /** How far this clock is ahead of the base clock, in ms. */
  get offset(): number {
    return this.offsetMs;
  }
}
