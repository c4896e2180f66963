/**
 * JSON request bodies: application/json only (415), at most 64 kB (413) — a route that takes a file
 * (the letter kept with correspondence) allows FILE_BODY_LIMIT_BYTES —, parsed or refused (400),
 * and nested at most MAX_BODY_DEPTH levels (400): the intake schemas are two levels deep, and a body
 * of thousands of nested arrays would otherwise overflow the stack of whatever walks it next (the
 * Idempotency-Key's request hash, the validation).
 */
import express, { type NextFunction, type Request, type Response } from "express";
import type { Locale } from "../flows/model.ts";
import { ApiError, type FieldError } from "./errors.ts";
import { apiTexts } from "./texts.ts";

const BODY_LIMIT_BYTES = 64 * 1024;
export const BODY_LIMIT_LABEL = "64 kB";
/** A 10 MB file as base64 (4/3 of it) with the rest of the request. */
const FILE_BODY_LIMIT_BYTES = 14 * 1024 * 1024;
const MAX_BODY_DEPTH = 32;

const parseJson = express.json({ limit: BODY_LIMIT_BYTES, strict: false });
const parseJsonWithFile = express.json({ limit: FILE_BODY_LIMIT_BYTES, strict: false });

/** "64 kB", "14 MB": the limit as the 413 names it. */
function limitLabel(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} kB`;
}

function notAnObject(locale: Locale): FieldError {
  return { field: "", problem: "notAnObject", message: apiTexts[locale].problems.notAnObject("", {}) };
}

/** `withFile`: the route takes a file in its body (FILE_BODY_LIMIT_BYTES instead of 64 kB). */
export function jsonBody(localeOf: (req: Request) => Locale, options: { withFile?: boolean } = {}) {
  const parse = options.withFile ? parseJsonWithFile : parseJson;
  return (req: Request, res: Response, next: NextFunction) => {
    const type = req.is("application/json");
    if (type === null || req.get("content-length") === "0") {
      // No body at all.
      throw new ApiError(400, "validationFailed", {
        params: { count: 1 },
        fields: [notAnObject(localeOf(req))],
      });
    }
    if (type === false) throw new ApiError(415, "unsupportedMediaType");
    parse(req, res, (error?: unknown) => {
      if (error) return next(error);
      if (nestedDeeperThan(req.body, MAX_BODY_DEPTH)) {
        return next(new ApiError(400, "nestedTooDeep", { params: { max: MAX_BODY_DEPTH } }));
      }
      next();
    });
  };
}

/** Whether `value` has arrays or objects nested more than `max` levels deep (walked without recursion). */
function nestedDeeperThan(value: unknown, max: number): boolean {
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop()!;
    if (typeof current !== "object" || current === null) continue;
    if (depth >= max) return true;
    for (const child of Object.values(current)) pending.push([child, depth + 1]);
  }
  return false;
}

/** body-parser's own errors, as API errors; null for anything else. */
export function bodyParserError(error: unknown): ApiError | null {
  const { type, limit } = (error ?? {}) as { type?: unknown; limit?: unknown };
  switch (type) {
    case "entity.too.large":
      return new ApiError(413, "payloadTooLarge", {
        params: { limit: typeof limit === "number" ? limitLabel(limit) : BODY_LIMIT_LABEL },
      });
    case "entity.parse.failed":
    case "request.aborted":
    case "request.size.invalid":
      return new ApiError(400, "invalidJson");
    case "encoding.unsupported":
    case "charset.unsupported":
      return new ApiError(415, "unsupportedMediaType");
    default:
      return null;
  }
}
