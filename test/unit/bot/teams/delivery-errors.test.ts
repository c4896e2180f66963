import { describe, expect, it } from "vitest";
import { ConnectorHttpError, parseRetryAfter } from "../../../../src/bot/teams/connector-transport.ts";
import { toDeliveryError } from "../../../../src/bot/teams/proactive.ts";
import { ChatDeliveryError } from "../../../../src/services/interactions/chat-port.ts";

describe("Teams delivery errors for the outbox", () => {
  it.each([
    [429, 7000, true, 7000],
    [429, null, true, 1000],
    [500, null, true, null],
    [503, null, true, null],
    [408, null, true, null],
    [401, null, true, null],
    [403, null, false, null],
    [404, null, false, null],
    [400, null, false, null],
    [413, null, false, null],
  ])("HTTP %i (Retry-After %s ms) → retryable %s, wait %s ms", (status, retryAfter, retryable, wait) => {
    const error = toDeliveryError(new ConnectorHttpError(status, retryAfter, ""));
    expect(error).toBeInstanceOf(ChatDeliveryError);
    expect(error.retryable).toBe(retryable);
    expect(error.retryAfterMs).toBe(wait);
  });

  it("network failures are retryable; a ChatDeliveryError is kept as it is", () => {
    expect(toDeliveryError(new TypeError("fetch failed")).retryable).toBe(true);
    const original = new ChatDeliveryError("gone", { retryable: false });
    expect(toDeliveryError(original)).toBe(original);
  });

  it("Retry-After is seconds or an HTTP date", () => {
    expect(parseRetryAfter("3")).toBe(3000);
    expect(parseRetryAfter(null)).toBeNull();
    expect(
      parseRetryAfter("Wed, 21 Oct 2015 07:28:10 GMT", Date.parse("Wed, 21 Oct 2015 07:28:00 GMT")),
    ).toBe(10_000);
    expect(parseRetryAfter("soon")).toBeNull();
  });
});
