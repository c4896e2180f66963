/**
 * The Slack adapter: the real Bolt app, over HTTP (/slack/events on Nabuur's own server) or in
 * Socket Mode. It parses payloads, asks the core what to do (src/services/interactions) and shows
 * the answer where the person is: a modal, field errors in a modal, or an ephemeral message.
 */
import { randomBytes } from "node:crypto";
import {
  App,
  type AppOptions,
  type Authorize,
  ErrorCode,
  ExpressReceiver,
  LogLevel,
  type ReceiverEvent,
} from "@slack/bolt";
import { WebClient } from "@slack/web-api";
import express, { type RequestHandler, type Router } from "express";
import type { Locale } from "../../flows/model.ts";
import type { Logger } from "../../logger.ts";
import type { InteractionHandler } from "../../services/interactions/handler.ts";
import { botTexts } from "../../services/interactions/texts.ts";
import type { InteractionResult } from "../../services/interactions/types.ts";
import { createBotIdentityCache } from "./bot-identity.ts";
import { registerActionListeners } from "./listeners/actions.ts";
import { registerCommandListeners } from "./listeners/commands.ts";
import { registerEventListeners } from "./listeners/events.ts";
import { registerViewListeners } from "./listeners/views.ts";
import { encodeModalMetadata } from "./payloads.ts";
import { uploadFilesToDm } from "./private-files.ts";
import { cardToBlockKit, formToModal } from "./render-blocks.ts";
import { UnroutableSlackRequestError, unroutableReason } from "./routes.ts";
import { slackTexts } from "./texts.ts";

export interface SlackBotOptions {
  botToken: string;
  signingSecret: string | undefined;
  appToken: string | undefined;
  apiUrl: string;
  logger: Logger;
  interactions: InteractionHandler;
  /** Slack team/enterprise ids accepted (SLACK_ALLOWED_TEAM_IDS); empty: any. */
  allowedTeamIds: string[];
  /** Fail fast instead of Bolt's 30-minute retries (tests, playground). */
  retries?: number;
  /** Told of every Web API call and what it came to (the metrics). */
  onApiCall?: (method: string, outcome: "ok" | "rate_limited" | "error") => void;
}

/**
 * fetch for the Web API clients (Bolt's per-request ones too: they get the same client options),
 * telling `onApiCall` each call's method and outcome: HTTP 429 is rate_limited; an HTTP error or
 * Slack's `ok: false` is error. An upload to the URL Slack handed out counts as "file upload".
 */
function countingFetch(onApiCall: NonNullable<SlackBotOptions["onApiCall"]>): typeof fetch {
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const method = /\/api\/([\w.]+)$/.exec(url.pathname)?.[1] ?? "file upload";
    let response: Response;
    try {
      response = await fetch(input, init);
    } catch (error) {
      onApiCall(method, "error");
      throw error;
    }
    if (response.status === 429) onApiCall(method, "rate_limited");
    else if (!response.ok) onApiCall(method, "error");
    else if (method === "file upload") onApiCall(method, "ok");
    else {
      const body = (await response
        .clone()
        .json()
        .catch(() => null)) as { ok?: boolean } | null;
      onApiCall(method, body?.ok === false ? "error" : "ok");
    }
    return response;
  };
}

export interface SlackBot {
  app: App;
  client: WebClient;
  /** The router to mount on Nabuur's HTTP server (HTTP mode only). */
  router: Router | null;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Where an answer goes: the person, in the channel they are in (or by DM). */
export interface AnswerTarget {
  userId: string;
  channelId: string | null;
  triggerId: string | null;
  locale: Locale;
}

export interface SlackDeps {
  logger: Logger;
  /** The bot's token, for downloading the files people give in a form (files:read). */
  botToken: string;
  interactions: InteractionHandler;
  /** Shows an interaction's answer to the person. */
  answer(client: WebClient, target: AnswerTarget, result: InteractionResult): Promise<void>;
  /** Shows an error where the person is, with a reference id, and logs it. */
  fail(client: WebClient, target: AnswerTarget, error: unknown): Promise<void>;
}

/**
 * Bolt's and the Web API client's debug lines carry whole request and response bodies as text
 * ("http request body: {…}"), which pino cannot redact: an ephemeral message to landlord staff
 * names the complainant. Only the kind of line is kept (the text before the first colon).
 */
function boltDebugLine(msg: unknown[]): string {
  const text = msg.map(String).join(" ");
  const colon = text.indexOf(":");
  return colon === -1 ? text.slice(0, 200) : `${text.slice(0, Math.min(colon, 200))}: [not logged]`;
}

function boltLogger(logger: Logger) {
  const child = logger.child({ component: "bolt" });
  return {
    // Bolt writes several debug lines per request: built only when debug is on.
    debug: (...msg: unknown[]) => {
      if (child.isLevelEnabled("debug")) child.debug(boltDebugLine(msg));
    },
    info: (...msg: unknown[]) => child.info(msg.map(String).join(" ")),
    warn: (...msg: unknown[]) => child.warn(msg.map(String).join(" ")),
    error: (...msg: unknown[]) => child.error(msg.map(String).join(" ")),
    setLevel: () => {},
    getLevel: () => LogLevel.INFO,
    setName: () => {},
  };
}

/** Where Slack sends commands, interactions and events (HTTP mode). */
const SLACK_EVENTS_PATH = "/slack/events";

/** Slack's replay window: a request stamped further from now than this, either way, is refused. */
const SLACK_REQUEST_WINDOW_SECONDS = 5 * 60;

/**
 * Refuses a request whose x-slack-request-timestamp is more than 5 minutes from now, in the future
 * as well as in the past, with 401 before its body is read. Bolt only refuses old timestamps: a
 * request stamped ahead (a captured one replayed later, or a sender's clock far off) would pass for
 * longer than the window. A missing or unreadable timestamp is left to Bolt's signature check.
 */
function slackRequestWindow(logger: Logger, nowMs: () => number = Date.now): RequestHandler {
  return (req, res, next) => {
    const header = req.headers["x-slack-request-timestamp"];
    const timestamp = Number(Array.isArray(header) ? header[0] : header);
    if (header === undefined || !Number.isFinite(timestamp)) {
      next();
      return;
    }
    const skewSeconds = timestamp - Math.floor(nowMs() / 1000);
    if (Math.abs(skewSeconds) > SLACK_REQUEST_WINDOW_SECONDS) {
      logger.warn({ skewSeconds }, "Slack request outside the 5-minute window refused");
      res.status(401).end();
      return;
    }
    next();
  };
}

/**
 * Bolt's App with Nabuur's route check in front of it (src/bot/slack/routes.ts): a request no
 * listener takes goes to `unroutable` before Bolt reads it, instead of waiting 3 seconds for an
 * acknowledgement that never comes.
 */
class RoutedApp extends App {
  private readonly unroutable: (event: ReceiverEvent, reason: string) => Promise<void>;

  constructor(options: AppOptions, unroutable: (event: ReceiverEvent, reason: string) => Promise<void>) {
    super(options);
    this.unroutable = unroutable;
  }

  override async processEvent(event: ReceiverEvent): Promise<void> {
    const reason = unroutableReason(event.body);
    if (reason !== null) return this.unroutable(event, reason);
    return super.processEvent(event);
  }
}

async function notify(client: WebClient, target: AnswerTarget, text: string, blocks?: unknown[]) {
  if (target.channelId) {
    try {
      await client.chat.postEphemeral({
        channel: target.channelId,
        user: target.userId,
        text,
        ...(blocks ? { blocks: blocks as never } : {}),
      });
      return;
    } catch {
      // The bot may not be in this channel (e.g. a DM with someone else): fall back to a DM.
    }
  }
  const opened = await client.conversations.open({ users: target.userId });
  if (opened.channel?.id) {
    await client.chat.postMessage({
      channel: opened.channel.id,
      text,
      ...(blocks ? { blocks: blocks as never } : {}),
    });
  }
}

function createSlackDeps(logger: Logger, interactions: InteractionHandler, botToken: string): SlackDeps {
  return {
    logger,
    botToken,
    interactions,
    async answer(client, target, result) {
      switch (result.type) {
        case "done":
          if (result.notice) await notify(client, target, result.notice);
          return;
        case "openForm": {
          if (!target.triggerId) return;
          const form = {
            ...result.form,
            metadata: encodeModalMetadata(result.form.metadata, target.channelId),
          };
          await client.views.open({
            trigger_id: target.triggerId,
            view: formToModal(form, botTexts(target.locale).close),
          });
          return;
        }
        case "reply": {
          const message = cardToBlockKit(result.card);
          await notify(client, target, message.text, message.blocks);
          return;
        }
        case "formErrors":
          await notify(client, target, Object.values(result.errors).join("\n"));
          return;
        case "files": {
          // To the person's DM only; where they asked, they see (ephemerally) where the files went.
          const texts = slackTexts(target.locale);
          const upload = await uploadFilesToDm(client, target.userId, result.notice, result.files);
          if (!upload.sent) {
            logger.warn({ reason: upload.reason }, "Slack refused the file upload; the person is told");
            await notify(client, target, texts.filesUnavailable);
            return;
          }
          if (target.channelId && target.channelId !== upload.dmChannelId) {
            await client.chat
              .postEphemeral({ channel: target.channelId, user: target.userId, text: texts.filesSentToDm })
              .catch(() => {
                // Not a channel the bot is in (e.g. a DM with someone else): the DM itself says it all.
              });
          }
          return;
        }
      }
    },
    async fail(client, target, error) {
      const reference = randomBytes(4).toString("hex");
      const message = interactions.describeError(error, target.locale, reference);
      if (message.unexpected) {
        logger.error({ err: error, reference, user: target.userId }, "Slack interaction failed");
      } else {
        logger.info({ reference, code: message.code }, "Slack interaction refused");
      }
      try {
        await notify(client, target, message.text);
      } catch (notifyError) {
        logger.error({ err: notifyError, reference }, "could not show the error to the user");
      }
    },
  };
}

export async function createSlackBot(options: SlackBotOptions): Promise<SlackBot> {
  const logger = boltLogger(options.logger);
  const clientOptions = {
    slackApiUrl: options.apiUrl,
    rejectRateLimitedCalls: true,
    // Well under the outbox claim lease (30 s): a hung call is retried, not sent twice.
    timeout: 10_000,
    logger,
    ...(options.retries === undefined ? {} : { retryConfig: { retries: options.retries } }),
    ...(options.onApiCall ? { fetch: countingFetch(options.onApiCall) } : {}),
  };
  // Every call outside a request (the outbox, nudges) and Bolt's fallback inside one use this
  // client, with the token. Bolt's own app.client has none: Bolt takes a token or an authorize
  // function, not both.
  const client = new WebClient(options.botToken, clientOptions);
  // One attempt per question: the identity cache retries itself, with a growing pause.
  const identityClient = new WebClient(options.botToken, { ...clientOptions, retryConfig: { retries: 0 } });
  const identity = createBotIdentityCache({
    fetch: async () => {
      const result = await identityClient.auth.test();
      if (!result.bot_id || !result.user_id) throw new Error("auth.test named no bot");
      return { botId: result.bot_id, botUserId: result.user_id };
    },
    logger: options.logger.child({ component: "slack" }),
  });
  // Never waits on the network: the cached identity (for ignoreSelf) when Slack has named it,
  // else the token alone while the identity is asked for in the background.
  const authorize: Authorize<boolean> = async () => {
    const known = identity.current();
    if (!known) identity.refresh();
    return { botToken: options.botToken, ...(known ?? {}) };
  };
  const deps = createSlackDeps(options.logger, options.interactions, options.botToken);
  let app: App;
  let router: Router | null = null;
  if (options.appToken) {
    app = new RoutedApp(
      { authorize, appToken: options.appToken, socketMode: true, clientOptions, logger },
      // Over the socket there is no status to answer with: acknowledged, so Slack does not resend it.
      async (event, reason) => {
        options.logger.warn({ reason }, "Slack request that matches no listener ignored");
        await event.ack();
      },
    );
  } else {
    if (!options.signingSecret) throw new Error("SLACK_SIGNING_SECRET is required for Slack over HTTP");
    // The window check runs first; Bolt's own handlers (signature, body, listeners) come after it.
    router = express.Router();
    router.post(SLACK_EVENTS_PATH, slackRequestWindow(options.logger));
    const receiver = new ExpressReceiver({
      signingSecret: options.signingSecret,
      endpoints: SLACK_EVENTS_PATH,
      router,
      processBeforeResponse: false,
      logger,
      processEventErrorHandler: async ({ error, response }) => {
        if (response.headersSent) {
          options.logger.error({ err: error }, "Slack event failed after it was acknowledged");
          return false;
        }
        if ((error as { code?: string }).code === ErrorCode.AuthorizationError) {
          response.writeHead(401);
          response.end();
          return true;
        }
        if (error instanceof UnroutableSlackRequestError) {
          options.logger.warn({ reason: error.message }, "Slack request that matches no listener refused");
          response.writeHead(400);
          response.end();
          return true;
        }
        // Signed, but not an event Bolt can read (e.g. no user): a shape Slack never sends. Refused
        // as a malformed request instead of failing with a 500.
        options.logger.warn({ reason: error.message }, "malformed Slack request refused");
        response.writeHead(400);
        response.end();
        return true;
      },
    });
    app = new RoutedApp({ authorize, receiver, clientOptions, logger }, async (_event, reason) => {
      // To the receiver's processEventErrorHandler above: 400 at once.
      throw new UnroutableSlackRequestError(reason);
    });
  }
  app.client = client;
  // Tenant boundary: requests from a workspace or enterprise that is not allowed never reach a listener.
  if (options.allowedTeamIds.length > 0) {
    app.use(async ({ body, context, ack, next }) => {
      const teamIds = [context.teamId, context.enterpriseId, (body as { team_id?: string }).team_id].filter(
        Boolean,
      );
      if (teamIds.some((id) => options.allowedTeamIds.includes(id as string))) {
        await next();
        return;
      }
      options.logger.warn({ teamIds }, "Slack request from a workspace that is not allowed; ignored");
      if (ack) await (ack as () => Promise<void>)();
    });
  }
  registerCommandListeners(app, deps);
  registerActionListeners(app, deps);
  registerViewListeners(app, deps);
  registerEventListeners(app, deps);
  app.error(async (error) => {
    options.logger.error({ err: error }, "unhandled Slack error");
  });
  return {
    app,
    client,
    router,
    async start() {
      // Asked now, answered whenever Slack answers: the start does not wait for it.
      identity.refresh();
      if (options.appToken) await app.start();
    },
    async stop() {
      identity.stop();
      if (options.appToken) await app.stop();
    },
  };
}
