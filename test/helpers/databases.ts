/**
 * Real databases for tests: an in-memory PGlite always, and a fresh PostgreSQL database per call
 * when TEST_DATABASE_URL is set (CI sets it; see .ci/run). Each test file gets its own database.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { type Database, openDatabase } from "../../src/store/database.ts";

export type TestDatabaseKind = "pglite" | "postgresql";

export const TEST_DATABASE_KINDS: TestDatabaseKind[] = process.env.TEST_DATABASE_URL
  ? ["pglite", "postgresql"]
  : ["pglite"];

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** Creates an empty PostgreSQL database and returns its URL and a function that drops it. */
export async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DATABASE_URL is not set");
  const name = `nabuur_t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    url: withDatabaseName(adminUrl, name),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        // An autovacuum worker on the new database cannot be terminated by this role: wait for it.
        for (let attempt = 1; ; attempt++) {
          try {
            await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
            return;
          } catch (error) {
            if (attempt >= 20) throw error;
            await new Promise((resolve) => setTimeout(resolve, 250));
          }
        }
      } finally {
        await client.end();
      }
    },
  };
}

export interface TestDatabase extends Database {
  /** Closes the connection and removes the database. */
  destroy(): Promise<void>;
}

/** Opens a migrated, empty database of the given kind. */
export async function openTestDatabase(kind: TestDatabaseKind, migrate = true): Promise<TestDatabase> {
  if (kind === "pglite") {
    const database = await openDatabase({ dataDir: "memory://" });
    if (migrate) await database.migrate();
    return Object.assign(database, { destroy: () => database.close() });
  }
  const { url, drop } = await createPostgresDatabase();
  const database = await openDatabase({ url });
  if (migrate) await database.migrate();
  return Object.assign(database, {
    async destroy() {
      await database.close();
      await drop();
    },
  });
}
