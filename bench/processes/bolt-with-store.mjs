/**
 * The floor of the fixed choices, for context in bench/runtime.bench.ts: the bare Bolt process of
 * bare-bolt.mjs plus Nabuur's store on PostgreSQL (the Prisma client with its query compiler and the
 * pg pool, opened and checked the way Nabuur does at start-up) — what any Bolt app on Prisma carries
 * before a line of the procedure. DATABASE_URL (migrated) and NABUUR_DIST (the compiled Nabuur) come
 * from the environment, with the Slack variables of bare-bolt.mjs. Plain node. Prints `ready <url>`.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const dist = process.env.NABUUR_DIST;
if (!dist) throw new Error("NABUUR_DIST is required");
const { openDatabase } = await import(pathToFileURL(join(dist, "store/database.js")).href);
const database = await openDatabase({ url: process.env.DATABASE_URL });
if (!(await database.isReady())) throw new Error("the database is not ready");
process.once("SIGTERM", () => {
  database.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
await import("./bare-bolt.mjs");
