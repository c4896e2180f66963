/**
 * Entry point of `npm start`. Configuration and database errors stop the start with one line
 * that names the cause; SIGINT/SIGTERM close the server and the database cleanly.
 */
import { ConfigError, loadConfig } from "./config.ts";
import { createLogger } from "./logger.ts";
import { startNabuur } from "./server.ts";
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

try {
  const nabuur = await startNabuur({ config, logger });
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
  const code = (error as { code?: string }).code;
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
