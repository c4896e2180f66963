/**
 * In-memory PGlite databases (memory://) for tests, the playground and the offline schema tools.
 * initdb is most of the cost of a new PGlite (seconds, against well under one for loading a copy
 * of its result), and a process that opens many memory:// databases (a test run, the schema
 * engine's dev and shadow databases) would pay it each time. So it runs once per process: the
 * first database is the one initdb made, and a dump of it as initdb left it is what every later
 * one starts from. Nothing is shared between the databases.
 */
import { PGlite } from "@electric-sql/pglite";

let emptyCluster: Promise<Blob> | null = null;

/** A new, empty in-memory database of its own. */
export async function openMemoryCluster(): Promise<PGlite> {
  if (emptyCluster) return PGlite.create({ dataDir: "memory://", loadDataDir: await emptyCluster });
  const first = PGlite.create("memory://");
  emptyCluster = first
    .then((db) => db.dumpDataDir("none"))
    .catch((error: unknown) => {
      emptyCluster = null;
      throw error;
    });
  try {
    await emptyCluster;
  } catch (error) {
    await first.then((db) => db.close()).catch(() => {});
    throw error;
  }
  return first;
}
