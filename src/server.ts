/**
 * Composition root: config → store → services → adapters → scheduler → HTTP.
 * main.ts calls it with the environment; integration tests call it in-process.
 */

import { randomBytes } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { hostname } from "node:os";
import express from "express";
import { registerHealthRoutes } from "./api/health.ts";
import { createIntakeApi } from "./api/intake-api.ts";
import { createScheduler, type Scheduler } from "./bot/scheduler.ts";
import { createSlackBot, type SlackBot } from "./bot/slack/slack-bot.ts";
import { createSlackChatPort } from "./bot/slack/slack-chat-port.ts";
import type { Config } from "./config.ts";
import type { NudgeSettings } from "./flows/deadlines/settings.ts";
import type { Logger } from "./logger.ts";
import { createMetrics, registerMetricsRoute } from "./metrics.ts";
import { type Clock, systemClock } from "./services/clock.ts";
import { createRuntime } from "./services/create-runtime.ts";
import type { ChatPlatform, ChatPort } from "./services/interactions/chat-port.ts";
import { createInteractionHandler } from "./services/interactions/create-handler.ts";
import type { InteractionHandler } from "./services/interactions/handler.ts";
import { withChatRateLimit } from "./services/interactions/rate-limit.ts";
import { nudgePlanner } from "./services/nudge-planner.ts";
import type { ServiceRuntime } from "./services/runtime.ts";
import { closeServer, Shutdown } from "./shutdown.ts";
import { type Database, openDatabase } from "./store/database.ts";
import { createTeamsConversationStore } from "./store/teams/conversation-refs.ts";

export interface Nabuur {
  url: string;
  database: Database;
  runtime: ServiceRuntime;
  scheduler: Scheduler;
  interactions: InteractionHandler;
  slack: SlackBot | null;
  stop(): Promise<void>;
}

export interface StartOptions {
  config: Config;
  logger: Logger;
  /** Tests and the playground move time by hand. */
  clock?: Clock;
  /** Bolt's Web API retries (tests: 0). */
  slackRetries?: number;
  /** Override of SCHEDULER_CRON; null: no automatic ticks (tests drive scheduler.tick()). */
  schedulerCron?: string | null;
}

function slackConfigured(config: Config): boolean {
  return Boolean(config.SLACK_BOT_TOKEN && (config.SLACK_SIGNING_SECRET || config.SLACK_APP_TOKEN));
}

function teamsConfigured(config: Config): boolean {
  return Boolean(config.TEAMS_APP_ID || config.TEAMS_ENABLED);
}

/** Which platforms the configuration turns on, and what is missing for the others. */
export function describePlatforms(config: Config): { slack: boolean; teams: boolean; message: string } {
  const slack = slackConfigured(config);
  const teams = teamsConfigured(config);
  const parts = [
    slack
      ? `Slack: on (${config.SLACK_APP_TOKEN ? "Socket Mode" : "HTTP at /slack/events"})`
      : "Slack: off — set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (HTTP) or SLACK_BOT_TOKEN and SLACK_APP_TOKEN (Socket Mode)",
    teams
      ? `Teams: on at /api/messages (${config.TEAMS_APP_ID ? "Bot Framework authentication" : "emulator mode, NO authentication"})`
      : "Teams: off — set TEAMS_APP_ID and TEAMS_APP_PASSWORD (or TEAMS_ENABLED=true for the local emulator)",
  ];
  return { slack, teams, message: parts.join("; ") };
}

export function nudgeSettingsOf(config: Config): NudgeSettings {
  const [start = "08:30", end = "17:30"] = config.WORKING_HOURS.split("-");
  return {
    overdueGraceHours: config.NUDGE_OVERDUE_GRACE_HOURS,
    workingHours: { start, end },
  };
}

export async function startNabuur({
  config,
  logger,
  clock = systemClock,
  slackRetries,
  schedulerCron,
}: StartOptions): Promise<Nabuur> {
  // Loaded only when Teams is on: the Teams AI library and botbuilder take seconds to load, which a
  // Slack-only process (and every restart of it) would otherwise pay. Asked for before the database
  // opens, so that loading it overlaps the database's own start (its WebAssembly compiles off the
  // main thread); a failure surfaces where the module is used.
  const teamsModule = teamsConfigured(config) ? import("./bot/teams/teams-bot.ts") : null;
  teamsModule?.catch(() => undefined);
  const database = await openDatabase({
    url: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    // The command-line tools (admin, apikey, …) reach the embedded database through this process.
    commands: "serve",
    onIdleError: (error) => logger.warn({ err: error }, "database connection dropped; reconnecting"),
  });
  const shutdown = new Shutdown(logger);
  shutdown.add(() => database.close());
  try {
    const applied = await database.migrate();
    logger.info({ database: database.kind, applied }, "database ready");

    const platforms: ChatPlatform[] = [
      ...(slackConfigured(config) ? (["slack"] as const) : []),
      ...(teamsConfigured(config) ? (["teams"] as const) : []),
    ];
    const nudgeSettings = nudgeSettingsOf(config);
    let scheduler: Scheduler | null = null;
    const runtime = createRuntime({
      prisma: database.prisma,
      clock,
      logger,
      platforms,
      defaultLocale: config.DEFAULT_LOCALE,
      deadlineSettings: config.DEADLINES,
      workingHours: nudgeSettings.workingHours,
      nudges: nudgePlanner(nudgeSettings),
      afterCommit: () => scheduler?.deliverSoon(),
    });
    // Per-member rate limit in front of the core: a flood of commands or clicks is refused unprocessed.
    const interactions = withChatRateLimit(createInteractionHandler(runtime), {
      perMinute: config.CHAT_RATE_LIMIT_PER_MINUTE,
      prisma: database.prisma,
    });

    const metrics = createMetrics(database.prisma, clock);
    const app = express();
    app.disable("x-powered-by");
    app.use(metrics.httpMiddleware());
    const router = express.Router();
    registerHealthRoutes(router, () => database.isReady());
    // Only with METRICS_TOKEN set; without it the route does not exist.
    registerMetricsRoute(router, metrics, config.METRICS_TOKEN);
    app.use(router);
    // The landlord's intake API, before the platforms' own body parsers.
    app.use("/api/v1", createIntakeApi({ runtime, logger }));

    const ports: Partial<Record<ChatPlatform, ChatPort>> = {};
    let slack: SlackBot | null = null;
    if (slackConfigured(config)) {
      slack = await createSlackBot({
        botToken: config.SLACK_BOT_TOKEN!,
        signingSecret: config.SLACK_SIGNING_SECRET,
        appToken: config.SLACK_APP_TOKEN,
        apiUrl: config.SLACK_API_URL,
        allowedTeamIds: config.SLACK_ALLOWED_TEAM_IDS,
        logger,
        interactions,
        onApiCall: (method, outcome) => metrics.chatCall("slack", method, outcome),
        ...(slackRetries === undefined ? {} : { retries: slackRetries }),
      });
      if (slack.router) app.use(slack.router);
      ports.slack = createSlackChatPort(slack.client);
      await slack.start();
      const started = slack;
      shutdown.add(() => started.stop());
    }

    if (teamsModule) {
      const { createTeamsBot } = await teamsModule;
      const teams = createTeamsBot({
        appId: config.TEAMS_APP_ID,
        appPassword: config.TEAMS_APP_PASSWORD,
        tenantId: config.TEAMS_TENANT_ID,
        allowedTenantIds: config.TEAMS_ALLOWED_TENANT_IDS,
        logger: logger.child({ component: "teams" }),
        interactions,
        conversations: createTeamsConversationStore(database.prisma),
        prisma: database.prisma,
        onApiCall: (method, outcome) => metrics.chatCall("teams", method, outcome),
      });
      app.post("/api/messages", express.json({ limit: "1mb" }), (req, res) => teams.handle(req, res));
      ports.teams = teams.chatPort;
    }

    const instanceId = `${hostname()}-${process.pid}-${randomBytes(3).toString("hex")}`;
    scheduler = createScheduler({
      runtime,
      delivery: { ports, instanceId },
      instanceId,
      cron: schedulerCron === undefined ? config.SCHEDULER_CRON : schedulerCron,
      nudgeSettings,
      retention: { careDays: config.RETENTION_CARE_DAYS, housingDays: config.RETENTION_HOUSING_DAYS },
      logger,
      observer: metrics,
    });
    const startedScheduler = scheduler;
    shutdown.add(() => startedScheduler.stop());

    const server: Server = await new Promise((resolve, reject) => {
      const listening = app.listen(config.PORT, config.HOST, (error?: Error) =>
        error ? reject(error) : resolve(listening),
      );
    });
    shutdown.add(() => closeServer(server));
    const address = server.address() as AddressInfo;
    const url = `http://${address.address}:${address.port}`;
    logger.info({ url }, "Nabuur is listening");
    logger.info(describePlatforms(config).message);
    // Whatever a crash or an outage left in the outbox goes out now.
    scheduler.deliverSoon();

    return {
      url,
      database,
      runtime,
      scheduler,
      interactions,
      slack,
      stop: () => shutdown.run(),
    };
  } catch (error) {
    await shutdown.run();
    throw error;
  }
}
