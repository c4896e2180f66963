/**
 * Intake API keys: `nbr_<prefix>_<secret>`. The prefix finds the key; only a SHA-256 hash of the
 * 256-bit random secret is stored, and it is compared in constant time.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

const TOKEN = /^nbr_([0-9a-f]{12})_([0-9a-f]{64})$/;
const HASH_SCHEME = "sha256";

export interface GeneratedApiKey {
  prefix: string;
  /** The whole key, shown once to the person who created it. */
  token: string;
  /** What is stored: "sha256:<hex>". */
  hash: string;
}

export function hashSecret(secret: string): string {
  return `${HASH_SCHEME}:${createHash("sha256").update(secret, "utf8").digest("hex")}`;
}

export function generateApiKey(): GeneratedApiKey {
  const prefix = randomBytes(6).toString("hex");
  const secret = randomBytes(32).toString("hex");
  return { prefix, token: `nbr_${prefix}_${secret}`, hash: hashSecret(secret) };
}

/** The prefix and secret of a well-formed key, or null. */
export function parseApiKey(token: string): { prefix: string; secret: string } | null {
  const match = TOKEN.exec(token.trim());
  return match ? { prefix: match[1]!, secret: match[2]! } : null;
}

/** A hash no secret produces, compared against when the prefix is unknown (same timing). */
export const UNKNOWN_KEY_HASH = `${HASH_SCHEME}:${"0".repeat(64)}`;

/** Whether `secret` matches the stored hash, compared in constant time. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const expected = Buffer.from(storedHash, "utf8");
  const actual = Buffer.from(hashSecret(secret), "utf8");
  if (expected.length !== actual.length) {
    timingSafeEqual(actual, actual);
    return false;
  }
  return timingSafeEqual(expected, actual);
}

/** The Authorization header's bearer token, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header ?? "");
  return match ? match[1]! : null;
}
