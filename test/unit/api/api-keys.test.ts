/** Intake API keys: `nbr_<prefix>_<secret>`, only a hash of the secret stored, compared in constant time. */
import { describe, expect, it } from "vitest";
import {
  bearerToken,
  generateApiKey,
  hashSecret,
  parseApiKey,
  secretMatches,
  UNKNOWN_KEY_HASH,
} from "../../../src/api/api-keys.ts";

describe("intake API keys", () => {
  it("a new key looks like nbr_<12 hex>_<64 hex> and parses back into prefix and secret", () => {
    const key = generateApiKey();
    expect(key.token).toMatch(/^nbr_[0-9a-f]{12}_[0-9a-f]{64}$/);
    const parsed = parseApiKey(key.token);
    expect(parsed?.prefix).toBe(key.prefix);
    expect(key.token.endsWith(parsed?.secret ?? "-")).toBe(true);
  });

  it("only a SHA-256 hash of the secret is stored, never the secret", () => {
    const key = generateApiKey();
    const secret = parseApiKey(key.token)!.secret;
    expect(key.hash).toBe(hashSecret(secret));
    expect(key.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(key.hash).not.toContain(secret);
  });

  it("the right secret matches; a wrong one, another key's or the unknown-key hash does not", () => {
    const a = generateApiKey();
    const b = generateApiKey();
    const secretA = parseApiKey(a.token)!.secret;
    expect(secretMatches(secretA, a.hash)).toBe(true);
    expect(secretMatches(parseApiKey(b.token)!.secret, a.hash)).toBe(false);
    expect(secretMatches(secretA, UNKNOWN_KEY_HASH)).toBe(false);
    expect(secretMatches(secretA, "sha256:short")).toBe(false);
  });

  it("malformed keys do not parse", () => {
    for (const token of [
      "",
      "nbr_",
      "nbr_abc_def",
      `xyz_0123456789ab_${"a".repeat(64)}`,
      `nbr_0123456789AB_${"a".repeat(64)}`,
    ]) {
      expect(parseApiKey(token), token).toBeNull();
    }
  });

  it("the bearer token is read from the Authorization header, case-insensitively", () => {
    expect(bearerToken("Bearer nbr_x")).toBe("nbr_x");
    expect(bearerToken("bearer   nbr_x ")).toBe("nbr_x");
    expect(bearerToken("Basic abc")).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
    expect(bearerToken("Bearer a b")).toBeNull();
  });
});
