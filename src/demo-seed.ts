/**
 * `npm run demo:seed`: fills the database (DATA_DIR or DATABASE_URL) with the invented demo of the
 * playground: organisations, people, the two channels, participants and cases at different steps.
 * Run it while the playground is stopped: the embedded database allows one process at a time, and
 * it refuses to open while the playground holds it. The cards are delivered when the playground
 * (or Slack) starts.
 */
import { ConfigError, loadConfig } from "./config.ts";
import { createLogger } from "./logger.ts";
import { isDemoSeeded, seedDemo } from "./playground/demo-data.ts";
import { playgroundTexts } from "./playground/texts.ts";
import { nudgeSettingsOf } from "./server.ts";
import { systemClock } from "./services/clock.ts";
import { createRuntime } from "./services/create-runtime.ts";
import { nudgePlanner } from "./services/nudge-planner.ts";
import { DataDirLockedError } from "./store/data-dir-lock.ts";
import { openDatabase } from "./store/database.ts";

function fail(message: string): never {
  process.stderr.write(`demo:seed: ${message}\n`);
  process.exit(1);
}

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}

const logger = createLogger(config.LOG_LEVEL === "info" ? "warn" : config.LOG_LEVEL);
const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR }).catch(
  (error: Error) =>
    fail(
      error instanceof DataDirLockedError
        ? error.message
        : `cannot open the database (${error.message}); is the playground still running?`,
    ),
);
try {
  await database.migrate();
  const settings = nudgeSettingsOf(config);
  const runtime = createRuntime({
    prisma: database.prisma,
    clock: systemClock,
    logger,
    // The messages wait in the outbox for Slack: the playground's Slack, or a real one.
    platforms: ["slack"],
    defaultLocale: config.DEFAULT_LOCALE,
    deadlineSettings: config.DEADLINES,
    workingHours: settings.workingHours,
    nudges: nudgePlanner(settings),
  });
  const texts = playgroundTexts(config.DEFAULT_LOCALE);
  if (await isDemoSeeded(runtime)) {
    process.stdout.write(`${texts.alreadySeeded}\n`);
  } else {
    const summary = await seedDemo(runtime);
    process.stdout.write(`${texts.seeded(summary.participants)}\n`);
  }
} finally {
  await database.close();
}
