/** Dutch unless the caller prefers English (the per-key rate limit: test/integration/store/rate-limiter.test.ts). */
import type { Request } from "express";
import { describe, expect, it } from "vitest";
import { localeOf } from "../../../src/api/locale.ts";

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
