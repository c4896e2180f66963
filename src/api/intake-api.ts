/**
 * The landlord's intake API (SPEC §3: "from the landlord's own system through an authenticated HTTP
 * intake API"), mounted under /api/v1:
 *   POST /complaints, POST /signals, GET /cases/:number, GET /cases/:number/dossier(.pdf|.json),
 *   GET /reports (JSON, or the chart as PNG/SVG), GET /reports/chart.png|.svg, GET /openapi.json (public).
 * Every other route needs `Authorization: Bearer nbr_<prefix>_<secret>`; the key acts as its
 * landlord's system member. Errors are JSON `{ error: { code, message, fields? } }`, Dutch by default.
 */
import { randomUUID } from "node:crypto";
import express, { type NextFunction, type Request, type Response, type Router } from "express";
import { flowErrorMessage } from "../flows/error-messages.ts";
import { FlowError } from "../flows/errors.ts";
import { POLICY_DENIED } from "../flows/policy/permissions.ts";
import type { Logger } from "../logger.ts";
import { NotFoundError } from "../services/errors.ts";
import { createRateLimiter } from "../services/rate-limiter.ts";
import type { ServiceRuntime } from "../services/runtime.ts";
import { authenticate } from "./auth.ts";
import { bodyParserError } from "./body.ts";
import { ApiError, sendError } from "./errors.ts";
import { localeOf } from "./locale.ts";
import { openApiDocument } from "./openapi.ts";
import { rateLimit } from "./rate-limit.ts";
import { registerCaseRoutes } from "./routes/cases.ts";
import { registerComplaintRoutes } from "./routes/complaints.ts";
import { registerReportRoutes } from "./routes/reports.ts";
import { registerSignalRoutes } from "./routes/signals.ts";

export interface IntakeApiDeps {
  runtime: ServiceRuntime;
  logger: Logger;
  /** Requests per API key per minute (default 60). */
  rateLimitPerMinute?: number;
}

const DEFAULT_RATE_LIMIT_PER_MINUTE = 60;

/** Any error as an API error; null for a fault of Nabuur itself (500). */
function toApiError(error: unknown, req: Request): ApiError | null {
  if (error instanceof ApiError) return error;
  const parsing = bodyParserError(error);
  if (parsing) return parsing;
  if (error instanceof FlowError) {
    const text = flowErrorMessage(error, localeOf(req));
    return error.code === POLICY_DENIED
      ? new ApiError(403, "forbidden", { text })
      : new ApiError(422, "refused", { text });
  }
  if (error instanceof NotFoundError) return new ApiError(404, "notFound");
  return null;
}

export function createIntakeApi(deps: IntakeApiDeps): Router {
  const { runtime, logger } = deps;
  const perMinute = deps.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE;
  const router = express.Router();

  router.use((req: Request, res: Response, next: NextFunction) => {
    const started = Date.now();
    res.on("finish", () => {
      const keyPrefix = (res.locals.principal as { prefix?: string } | undefined)?.prefix ?? null;
      logger.info(
        {
          method: req.method,
          path: `${req.baseUrl}${req.path}`,
          status: res.statusCode,
          keyPrefix,
          ms: Date.now() - started,
        },
        "intake API request",
      );
    });
    next();
  });

  // Public and the same for every request: built once (it takes milliseconds of CPU to build, which
  // an unauthenticated caller could otherwise make the server spend at will).
  const documents = new Map<string, string>();
  router.get("/openapi.json", (req: Request, res: Response) => {
    const serverUrl = req.baseUrl || "/api/v1";
    let document = documents.get(serverUrl);
    if (document === undefined) {
      document = JSON.stringify(openApiDocument(serverUrl));
      documents.set(serverUrl, document);
    }
    res.type("application/json").send(document);
  });

  router.use(authenticate(runtime));
  router.use(
    rateLimit(createRateLimiter({ perMinute, clock: runtime.clock, prisma: runtime.prisma }), perMinute),
  );
  registerComplaintRoutes(router, runtime);
  registerSignalRoutes(router, runtime);
  registerCaseRoutes(router, runtime);
  registerReportRoutes(router, runtime);

  router.use((req: Request, res: Response) => sendError(res, new ApiError(404, "notFound"), localeOf(req)));
  router.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const locale = localeOf(req);
    if (res.headersSent) {
      logger.error({ err: error }, "intake API failed after the answer started");
      res.end();
      return;
    }
    const known = toApiError(error, req);
    if (known) {
      sendError(res, known, locale);
      return;
    }
    const reference = randomUUID().slice(0, 8);
    logger.error({ err: error, reference, path: `${req.baseUrl}${req.path}` }, "intake API request failed");
    sendError(res, new ApiError(500, "internal", { params: { reference } }), locale);
  });
  return router;
}
