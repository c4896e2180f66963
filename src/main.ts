/**
 * Entry point of `npm start`. Configuration and database errors stop the start with one line
 * that names the cause; SIGINT/SIGTERM close the server and the database cleanly.
 *
 * Without Slack or Teams credentials it starts the playground: the same bot against an emulated
 * Slack workspace in the browser, on the embedded database with demo data (docs/playground.md).
 */
import { join } from "node:path";
import { type Config, ConfigError, loadConfig } from "./config.ts";
import { createLogger } from "./logger.ts";
import { describePlatforms, startNabuur } from "./server.ts";
import { DataDirLockedError } from "./store/data-dir-lock.ts";
import { MigrationError } from "./store/migrate/apply-migrations.ts";

function fail(message: string): never {
  process.stderr.write(`nabuur: ${message}\n`);
  process.exit(1);
}

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}

const logger = createLogger(config.LOG_LEVEL);

/** No chat platform configured: nothing to talk to but the playground. */
function noPlatformConfigured(config: Config): boolean {
  return !config.SLACK_BOT_TOKEN && !config.SLACK_APP_TOKEN && !config.TEAMS_APP_ID && !config.TEAMS_ENABLED;
}

async function start(): Promise<{ stop(): Promise<void> }> {
  if (!noPlatformConfigured(config)) return startNabuur({ config, logger });
  logger.info(`${describePlatforms(config).message}; starting the playground`);
  // Loaded only without credentials: a bot for Slack or Teams never carries the emulated workspace.
  const [{ startPlayground }, { playgroundTexts }] = await Promise.all([
    import("./playground/playground.ts"),
    import("./playground/texts.ts"),
  ]);
  const playground = await startPlayground({
    config,
    logger: logger.child({ playground: true }),
    snapshotFile: config.DATA_DIR.startsWith("memory://") ? null : join(config.DATA_DIR, "playground.json"),
  });
  process.stdout.write(`\n  ${playgroundTexts(config.DEFAULT_LOCALE).started(playground.displayUrl)}\n\n`);
  return playground;
}

try {
  const nabuur = await start();
  const shutdown = (signal: string) => {
    logger.info({ signal }, "shutting down");
    nabuur.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "error during shutdown");
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));
} catch (error) {
  if (error instanceof MigrationError) fail(`database migrations: ${error.message}`);
  // Another process has the embedded database open: the message names it.
  if (error instanceof DataDirLockedError) fail(error.message);
  // PlaygroundRefusedError, by name: the playground's module is loaded only when it starts.
  if (error instanceof Error && error.name === "PlaygroundRefusedError") fail(`playground: ${error.message}`);
  const code = (error as { code?: string }).code;
  if (code === "EADDRINUSE") fail(`PORT: ${config.PORT} is already in use; set PORT to a free port.`);
  if (
    config.DATABASE_URL &&
    code &&
    /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|28P01|3D000|28000|ETIMEDOUT)$/.test(code)
  ) {
    fail(`DATABASE_URL: cannot connect to the PostgreSQL server (${code}: ${(error as Error).message}).`);
  }
  if (!config.DATABASE_URL) {
    fail(`DATA_DIR: cannot open the embedded database in ${config.DATA_DIR} (${(error as Error).message}).`);
  }
  throw error;
}
