/**
 * A fixed one-minute window per key, in memory per instance: the intake API counts requests per
 * API key with it, the chat core counts commands, clicks and form submits per member.
 */
import type { Clock } from "./clock.ts";

export interface RateLimitOptions {
  /** Requests per key per minute. */
  perMinute: number;
  clock: Clock;
}

const WINDOW_MS = 60_000;

export interface RateLimiter {
  /** Counts one request; the seconds to wait when it is over the limit, else null. */
  take(key: string): number | null;
}

export function createRateLimiter({ perMinute, clock }: RateLimitOptions): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    take(key) {
      const now = clock.now().getTime();
      let window = windows.get(key);
      if (!window || now - window.start >= WINDOW_MS) {
        // Forget windows that ended, so the map stays as small as the set of active keys.
        for (const [other, w] of windows) if (now - w.start >= WINDOW_MS) windows.delete(other);
        window = { start: now, count: 0 };
        windows.set(key, window);
      }
      window.count += 1;
      if (window.count <= perMinute) return null;
      return Math.max(1, Math.ceil((window.start + WINDOW_MS - now) / 1000));
    },
  };
}
