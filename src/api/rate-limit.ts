/**
 * Per-key rate limit of the intake API (60 requests a minute by default, the window of
 * src/services/rate-limiter.ts, counted in the database across instances). A refused request gets 429 with Retry-After in seconds.
 */
import type { NextFunction, Request, Response } from "express";
import type { RateLimiter } from "../services/rate-limiter.ts";
import { principalOf } from "./auth.ts";
import { ApiError } from "./errors.ts";

export function rateLimit(limiter: RateLimiter, perMinute: number) {
  return async (_req: Request, res: Response, next: NextFunction) => {
    const retryAfter = await limiter.take(principalOf(res).apiKeyId);
    if (retryAfter !== null) {
      throw new ApiError(429, "tooManyRequests", {
        params: { limit: perMinute, retryAfter },
        headers: { "Retry-After": String(retryAfter) },
      });
    }
    next();
  };
}
