/**
 * A process serving the intake API for the crash tests: the real intake router and services on
 * the database given as the first argument (a data directory or a postgresql:// URL), without the
 * chat adapters (so that the tests can kill and restart it many times quickly). It prints
 * "listening <url>" when it takes requests, after the test wrote "open" to its standard input. NABUUR_CRASH_POINT in its environment makes it kill
 * itself at that point of an intake request (src/api/idempotency.ts).
 */
import type { AddressInfo } from "node:net";
import express from "express";
import { createIntakeApi } from "../../../src/api/intake-api.ts";
import { createLogger } from "../../../src/logger.ts";
import { systemClock } from "../../../src/services/clock.ts";
import { createRuntime } from "../../../src/services/create-runtime.ts";
import { nudgePlanner } from "../../../src/services/nudge-planner.ts";
import { openDatabase } from "../../../src/store/database.ts";

const [target] = process.argv.slice(2);
if (!target) throw new Error("usage: intake-worker <data directory | postgresql:// URL>");
// Loaded, but the database is opened only on "open" from the test: the test starts the next
// process while the current one still serves (the embedded database allows one process at a time).
process.stdout.write("loaded\n");
await new Promise<void>((resolve) => {
  let input = "";
  process.stdin.on("data", (chunk: Buffer) => {
    input += chunk.toString();
    if (input.includes("open\n")) resolve();
  });
});
const database = await openDatabase(
  target.startsWith("postgresql://") ? { url: target } : { dataDir: target },
);
await database.migrate();
const logger = createLogger("silent");
const runtime = createRuntime({
  prisma: database.prisma,
  clock: systemClock,
  logger,
  platforms: ["slack"],
  nudges: nudgePlanner(),
});
const app = express();
app.use("/api/v1", createIntakeApi({ runtime, logger }));
const server = app.listen(0, "127.0.0.1", () => {
  process.stdout.write(`listening http://127.0.0.1:${(server.address() as AddressInfo).port}\n`);
});
process.once("SIGTERM", () => {
  server.close();
  server.closeAllConnections();
  database.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
