/** Dutch unless the caller prefers English; a per-key limit per minute with Retry-After. */
import type { Request } from "express";
import { describe, expect, it } from "vitest";
import { localeOf } from "../../../src/api/locale.ts";
import { ManualClock } from "../../../src/services/clock.ts";
import { createRateLimiter } from "../../../src/services/rate-limiter.ts";

const request = (acceptLanguage: string | undefined) =>
  ({
    get: (name: string) => (name.toLowerCase() === "accept-language" ? acceptLanguage : undefined),
  }) as Request;

describe("the language of an answer", () => {
  it.each([
    [undefined, "nl"],
    ["", "nl"],
    ["en", "en"],
    ["en-GB,en;q=0.9", "en"],
    ["nl-NL,nl;q=0.9,en;q=0.8", "nl"],
    ["de-DE,en;q=0.5", "en"],
    ["fr", "nl"],
    ["nl;q=0.2,en;q=0.8", "en"],
    ["en;q=0", "nl"],
  ])("Accept-Language %j → %s", (header, locale) => {
    expect(localeOf(request(header))).toBe(locale);
  });
});

describe("the per-key rate limit", () => {
  it("allows the limit within a minute, then says how many seconds to wait", () => {
    const clock = new ManualClock(new Date("2026-11-23T09:00:00Z"));
    const limiter = createRateLimiter({ perMinute: 3, clock });
    expect([limiter.take("a"), limiter.take("a"), limiter.take("a")]).toEqual([null, null, null]);
    clock.advance(20_000);
    expect(limiter.take("a")).toBe(40);
    expect(limiter.take("b")).toBeNull();
    clock.advance(40_000);
    expect(limiter.take("a")).toBeNull();
  });
});
