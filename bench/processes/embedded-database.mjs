/**
 * The embedded database on its own, for context in bench/runtime.bench.ts: the PGlite database in
 * DATA_DIR with the Prisma client on it, opened and checked the way Nabuur does at start-up, and
 * nothing else (no HTTP server, no chat SDK). NABUUR_DIST is the compiled Nabuur (npm run build)
 * whose store it uses; plain node. Prints `ready` once the database answers with every migration
 * applied; SIGTERM closes it cleanly.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const dist = process.env.NABUUR_DIST;
if (!dist) throw new Error("NABUUR_DIST is required");
const { openDatabase } = await import(pathToFileURL(join(dist, "store/database.js")).href);

const dataDir = process.env.DATA_DIR;
if (!dataDir) throw new Error("DATA_DIR is required");
const database = await openDatabase({ dataDir });
await database.migrate();
if (!(await database.isReady())) throw new Error("the database is not ready");

// An open PGlite does not keep the event loop alive by itself.
const keepAlive = setInterval(() => {}, 60_000);
process.once("SIGTERM", () => {
  clearInterval(keepAlive);
  database.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
process.stdout.write("ready\n");
