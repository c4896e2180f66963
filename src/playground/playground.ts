/**
 * The local playground: the real bot, unchanged, against an emulated Slack workspace. One process
 * runs three listeners: the Slack Web API emulation (127.0.0.1, random port, the bot's
 * SLACK_API_URL), the bot's own HTTP server (127.0.0.1, random port; the playground sends it signed
 * requests at /slack/events) and the page (HOST:PORT).
 */
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import express from "express";
import { registerHealthRoutes } from "../api/health.ts";
import type { Config } from "../config.ts";
import { workingHoursSchema } from "../flows/calendar/index.ts";
import type { Logger } from "../logger.ts";
import { type Nabuur, startNabuur } from "../server.ts";
import { OffsetClock } from "../services/clock.ts";
import { closeServer, Shutdown } from "../shutdown.ts";
import { openDatabase } from "../store/database.ts";
import { countOrganisations, organisationNamesOtherThan, setMemberLocale } from "../store/members/members.ts";
import { loadAppManifest } from "./app-manifest.ts";
import {
  DEMO_BOT_USER_ID,
  DEMO_CHANNELS,
  DEMO_ORGANISATIONS,
  DEMO_TEAM,
  isDemoSeeded,
  seedDemo,
} from "./demo-data.ts";
import { type DirectorySnapshot, loadDirectory } from "./directory.ts";
import { createPageApi } from "./page-api.ts";
import { createPersonActions } from "./person-actions.ts";
import { createSignedClient } from "./signed-requests.ts";
import { createWebApi } from "./web-api.ts";
import { Workspace, type WorkspaceSnapshot } from "./workspace.ts";

export interface PlaygroundOptions {
  /** PORT and HOST are the page's; the database settings are the bot's. */
  config: Config;
  logger: Logger;
  /** The moment the bot's clock starts at (default: now). */
  startAt?: Date;
  /** Load the demo when the database is empty (default true). */
  seed?: boolean;
  /** Where the workspace (messages, threads) is kept between runs; null: memory only. */
  snapshotFile?: string | null;
  /** Override of SCHEDULER_CRON (null: only the clock buttons tick). */
  schedulerCron?: string | null;
  /** Web API methods the emulation answers only after so many milliseconds (tests: a slow Slack). */
  webApiDelayMs?: Readonly<Record<string, number>>;
}

export interface Playground {
  url: string;
  /** The address to show people (localhost for a loopback or wildcard address). */
  displayUrl: string;
  /** The Slack Web API emulation's base URL (SLACK_API_URL of the bot). */
  apiUrl: string;
  nabuur: Nabuur;
  workspace: Workspace;
  clock: OffsetClock;
  /** Moves the clock forward, sweeps the nudges and delivers them. */
  advance(ms: number): Promise<void>;
  stop(): Promise<void>;
}

async function listen(server: Server, port: number, host: string): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shown = address.address === "0.0.0.0" || address.address === "::" ? "127.0.0.1" : address.address;
  return `http://${shown.includes(":") ? `[${shown}]` : shown}:${address.port}`;
}

function displayUrlOf(url: string): string {
  return url.replace(/^http:\/\/(127\.0\.0\.1|\[::1\])(?=:)/, "http://localhost");
}

function readSnapshot(file: string | null | undefined): WorkspaceSnapshot | null {
  if (!file) return null;
  try {
    return JSON.parse(readFileSync(file, "utf8")) as WorkspaceSnapshot;
  } catch {
    return null;
  }
}

/** Keeps the workspace in a file, written at most twice a second and at the end. */
function persist(workspace: Workspace, clock: OffsetClock, file: string, logger: Logger) {
  let timer: NodeJS.Timeout | null = null;
  // One write at a time: on a slow disk or a busy machine a write can outlast the next timer, and
  // two writes would race on the same temporary file.
  let writing: Promise<void> = Promise.resolve();
  function write(): Promise<void> {
    timer = null;
    writing = writing.then(writeNow);
    return writing;
  }
  async function writeNow() {
    try {
      await mkdir(dirname(file), { recursive: true });
      const snapshot: WorkspaceSnapshot = { ...workspace.snapshot(), clockOffsetMs: clock.offset };
      await writeFile(`${file}.tmp`, JSON.stringify(snapshot));
      await rename(`${file}.tmp`, file);
    } catch (error) {
      logger.warn({ err: error }, "could not save the playground's workspace");
    }
  }
  const stop = workspace.onChange(() => {
    timer ??= setTimeout(() => void write(), 500);
  });
  return async () => {
    stop();
    if (timer) {
      clearTimeout(timer);
      await write();
    }
    await writing;
  };
}

/** The playground was asked to open a database that holds more than the demo. */
export class PlaygroundRefusedError extends Error {
  override name = "PlaygroundRefusedError";
}

/**
 * The page has no sign-in: whoever reaches it can act as any member. So it only ever opens an
 * empty database or the demo's. A database with other organisations — say production's, when the
 * Slack and Teams variables are missing by mistake — is refused before anything starts.
 */
async function refuseForeignData(config: Config): Promise<void> {
  // A new in-memory database is always empty.
  if (!config.DATABASE_URL && config.DATA_DIR.startsWith("memory://")) return;
  const database = await openDatabase({
    url: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    commands: "serve",
  });
  try {
    await database.migrate();
    const foreign = await organisationNamesOtherThan(database.prisma, Object.values(DEMO_ORGANISATIONS), 3);
    if (foreign.length === 0) return;
    throw new PlaygroundRefusedError(
      `this database holds organisations that are not the demo's (${foreign.join(", ")}); the playground has no sign-in and would show them to anyone who opens it. Set the Slack or Teams variables to run Nabuur on it, or use an empty DATA_DIR for the playground.`,
    );
  } finally {
    await database.close();
  }
}

export async function startPlayground(options: PlaygroundOptions): Promise<Playground> {
  const { config, logger } = options;
  await refuseForeignData(config);
  const clock = new OffsetClock(undefined, options.startAt);
  const workspace = new Workspace(clock, DEMO_TEAM.id, DEMO_BOT_USER_ID);
  const snapshot = readSnapshot(options.snapshotFile);
  if (snapshot) {
    workspace.restore(snapshot);
    // The clock goes on where it was: deadlines and messages stay in order.
    if (!options.startAt && (snapshot.clockOffsetMs ?? 0) > 0) clock.advance(snapshot.clockOffsetMs ?? 0);
  }
  for (const channel of Object.values(DEMO_CHANNELS)) workspace.addChannel(channel.id, channel.name);

  const token = `xoxb-playground-${randomBytes(12).toString("hex")}`;
  const signingSecret = randomBytes(24).toString("hex");
  const manifest = loadAppManifest();
  const shutdown = new Shutdown(logger);

  try {
    let nabuur: Nabuur | null = null;
    let cached: { at: number; value: Promise<DirectorySnapshot> } | null = null;
    const directory = () => {
      if (!nabuur) return Promise.resolve<DirectorySnapshot>({ members: [], bindings: [], partnersOf: {} });
      if (!cached || Date.now() - cached.at > 1000) {
        cached = { at: Date.now(), value: loadDirectory(nabuur.database.prisma) };
      }
      return cached.value;
    };

    // The Web API listens before the bot starts: the bot asks it who it is (auth.test) at start-up.
    const webApi = createServer(
      createWebApi({
        workspace,
        token,
        teamName: DEMO_TEAM.name,
        directory,
        ...(options.webApiDelayMs ? { delayMs: options.webApiDelayMs } : {}),
      }),
    );
    // Longer than any client's idle keep-alive, so a reused connection is never closed under a call.
    webApi.keepAliveTimeout = 65_000;
    const apiUrl = `${await listen(webApi, 0, "127.0.0.1")}/api/`;
    shutdown.add(() => closeServer(webApi));
    if (options.snapshotFile) shutdown.add(persist(workspace, clock, options.snapshotFile, logger));

    nabuur = await startNabuur({
      config: {
        ...config,
        PORT: 0,
        HOST: "127.0.0.1",
        SLACK_BOT_TOKEN: token,
        SLACK_SIGNING_SECRET: signingSecret,
        SLACK_APP_TOKEN: undefined,
        SLACK_API_URL: apiUrl,
      },
      logger,
      clock,
      slackRetries: 0,
      ...(options.schedulerCron === undefined ? {} : { schedulerCron: options.schedulerCron }),
    });
    const bot = nabuur;
    shutdown.add(() => bot.stop());

    const seed = async () => {
      if (await isDemoSeeded(bot.runtime)) return false;
      const summary = await seedDemo(bot.runtime);
      cached = null;
      logger.info(summary, "demo data loaded");
      return true;
    };
    if ((options.seed ?? true) && (await countOrganisations(bot.database.prisma)) === 0) await seed();

    const client = createSignedClient(`${bot.url}/slack/events`, signingSecret);
    const actions = createPersonActions({
      workspace,
      client,
      manifest,
      teamDomain: DEMO_TEAM.domain,
      members: async () => (await directory()).members,
    });
    const advance = async (ms: number) => {
      clock.advance(ms);
      workspace.touch();
      await bot.scheduler.tick();
    };

    const app = express();
    app.disable("x-powered-by");
    // The same health endpoints as the bot's own server, for whoever watches this process.
    const health = express.Router();
    registerHealthRoutes(health, () => bot.database.isReady());
    app.use(health);
    app.use((_req, res, next) => {
      res.setHeader(
        "content-security-policy",
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'",
      );
      res.setHeader("cache-control", "no-store");
      next();
    });
    app.use(
      "/play",
      createPageApi({
        workspace,
        actions,
        manifest,
        team: DEMO_TEAM,
        directory,
        advanceClock: advance,
        seed,
        setMemberLocale: async (memberId, locale) => {
          await setMemberLocale(bot.database.prisma, memberId, locale);
          cached = null;
        },
        defaultLocale: config.DEFAULT_LOCALE,
        workingHours: workingHoursSchema.parse(config.WORKING_HOURS),
      }),
    );
    app.use(express.static(join(import.meta.dirname, "public")));
    const page = createServer(app);
    const url = await listen(page, config.PORT, config.HOST);
    shutdown.add(() => closeServer(page));

    return {
      url,
      displayUrl: displayUrlOf(url),
      apiUrl,
      nabuur: bot,
      workspace,
      clock,
      advance,
      stop: () => shutdown.run(),
    };
  } catch (error) {
    await shutdown.run();
    throw error;
  }
}
