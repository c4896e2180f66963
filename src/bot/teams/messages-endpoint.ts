/**
 * POST /api/messages: one Bot Framework activity per request. The request's token is checked
 * (unless the bot runs in emulator mode), the activity runs through the Teams AI app, and an
 * invoke's response becomes the HTTP answer. Refused tokens are logged as one line, not a stack.
 */
import type { IncomingMessage } from "node:http";
import { type Application, TeamsAdapter } from "@microsoft/teams-ai";
import type { Activity, InvokeResponse, TurnContext } from "botbuilder";
import type { Request, Response } from "express";
import { z } from "zod";
import type { Logger } from "../../logger.ts";

const MAX_BODY_BYTES = 1024 * 1024;

/** The Teams AI adapter, with CloudAdapter's inbound processing callable on a parsed activity. */
export class NabuurTeamsAdapter extends TeamsAdapter {
  processInbound(
    authorization: string,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authorization, activity, logic);
  }
}

/** The JSON body, when no body parser ran before the handler. */
async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error("request body too large");
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString("utf8"));
}

const account = z.looseObject({
  id: z.string().min(1).max(512),
  name: z.string().max(512).optional(),
  aadObjectId: z.string().max(256).optional(),
});
const instant = z
  .string()
  .max(64)
  .refine((text) => !Number.isNaN(Date.parse(text)), "not a date")
  .optional();

/**
 * What every activity the Bot Framework sends carries. A body without it is not an activity:
 * refused with 400 before botbuilder or the bot sees it (instead of failing inside them).
 */
const activityEnvelope = z.looseObject({
  type: z.string().min(1).max(64),
  id: z.string().max(512).optional(),
  channelId: z.string().min(1).max(64),
  // Where the answers go: only a web address (the Bot Connector's, or the local emulator's).
  serviceUrl: z.url({ protocol: /^https?$/ }).max(2048),
  from: account,
  recipient: account,
  conversation: z.looseObject({
    id: z.string().min(1).max(1024),
    conversationType: z.string().max(64).optional(),
    tenantId: z.string().max(256).optional(),
  }),
  name: z.string().max(256).optional(),
  replyToId: z.string().max(512).optional(),
  locale: z.string().max(64).optional(),
  entities: z.array(z.unknown()).max(100).optional(),
  timestamp: instant,
  localTimestamp: instant,
  expiration: instant,
});

/** The activity as botbuilder expects it (dates as Date, the raw strings kept). */
function toActivity(body: unknown): Activity | null {
  const parsed = activityEnvelope.safeParse(body);
  if (!parsed.success) return null;
  const activity: Record<string, unknown> = { ...parsed.data };
  for (const [field, raw] of [
    ["timestamp", "rawTimestamp"],
    ["localTimestamp", "rawLocalTimestamp"],
    ["expiration", "rawExpiration"],
  ] as const) {
    const value = activity[field];
    if (typeof value === "string") {
      activity[raw] = value;
      activity[field] = new Date(value);
    }
  }
  return activity as unknown as Activity;
}

export function createMessagesEndpoint(options: {
  adapter: NabuurTeamsAdapter;
  app: Application;
  logger: Logger;
  authenticated: boolean;
}): (req: Request, res: Response) => Promise<void> {
  const { adapter, app, logger, authenticated } = options;
  return async (req, res) => {
    const authorization = req.headers.authorization ?? "";
    // Without a token there is nothing to verify.
    if (authenticated && !authorization) {
      res.status(401).end();
      return;
    }
    let body: unknown = req.body;
    if (body === undefined) {
      try {
        body = await readJsonBody(req);
      } catch {
        res.status(400).end();
        return;
      }
    }
    const activity = toActivity(body);
    if (!activity) {
      res.status(400).end();
      return;
    }
    try {
      const invokeResponse = await adapter.processInbound(authorization, activity, async (context) => {
        await app.run(context);
      });
      res.status(invokeResponse?.status ?? 200);
      if (invokeResponse?.body === undefined) res.end();
      else res.json(invokeResponse.body);
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode === 401) {
        logger.warn(
          { reason: (error as Error).message },
          "Teams request refused: no valid Bot Framework token",
        );
        res.status(401).end();
        return;
      }
      logger.error({ err: error, type: activity.type }, "Teams request failed");
      if (!res.headersSent) res.status(500).end();
    }
  };
}
