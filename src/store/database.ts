/**
 * Opens the store: PostgreSQL through @prisma/adapter-pg when DATABASE_URL is set, otherwise the
 * embedded PGlite (WASM PostgreSQL) in a data directory. One schema, one set of migrations.
 */
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import type pg from "pg";
import { acquireDataDirLock, type DataDirLock } from "./data-dir-lock.ts";
import { PrismaClient } from "./generated/prisma/client.ts";
import { applyMigrations, type MigrationConnection, type MigrationTx } from "./migrate/apply-migrations.ts";
import { readMigrations } from "./migrate/migrations-dir.ts";

type DatabaseKind = "pglite" | "postgresql";

export interface Database {
  kind: DatabaseKind;
  prisma: PrismaClient;
  /** Raw connection for the migration runner (several statements per call). */
  migrations: MigrationConnection;
  /** Applies pending migrations under a lock; returns the names applied. */
  migrate(): Promise<string[]>;
  /** True when the database answers and no migration is pending. */
  isReady(): Promise<boolean>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgresql://… or undefined for the embedded database. */
  url?: string | undefined;
  /**
   * Data directory of the embedded database; "memory://" keeps it in memory (tests). A directory is
   * locked while it is open: a second process is refused (DataDirLockedError) until close().
   */
  dataDir?: string;
  migrationsDir?: string;
  /** Called when the server drops an idle connection (logged by the caller). */
  onIdleError?: (error: Error) => void;
}

function pgliteConnection(db: PGlite): MigrationConnection {
  return {
    transaction: (fn) =>
      db.transaction((tx) =>
        fn({
          exec: async (sql) => {
            await tx.exec(sql);
          },
          query: async <R>(sql: string, params: unknown[] = []) => (await tx.query<R>(sql, params)).rows,
        } as MigrationTx),
      ),
  };
}

function pgConnection(pool: pg.Pool): MigrationConnection {
  return {
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await fn({
          exec: async (sql) => {
            await client.query(sql);
          },
          query: async <R>(sql: string, params: unknown[] = []) =>
            (await client.query(sql, params)).rows as R[],
        } as MigrationTx);
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
  };
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  // Read first: a missing migrations folder fails before anything is opened or locked.
  const expectedMigrations = readMigrations(options.migrationsDir).length;
  let kind: DatabaseKind;
  let prisma: PrismaClient;
  let migrations: MigrationConnection;
  let closeDriver: () => Promise<void>;

  // Each driver is loaded only for the database it opens: a process on PostgreSQL never loads
  // PGlite (nor the reverse).
  if (options.url) {
    kind = "postgresql";
    const [{ default: pg }, { PrismaPg }] = await Promise.all([import("pg"), import("@prisma/adapter-pg")]);
    const pool = new pg.Pool({ connectionString: options.url, max: 10 });
    // An idle connection that the server drops (restart, failover) must not crash the process;
    // the pool replaces it on the next query.
    pool.on("error", (error) => options.onIdleError?.(error));
    // Surface a wrong DATABASE_URL at start-up, not at the first request.
    const client = await pool.connect();
    client.release();
    prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
    migrations = pgConnection(pool);
    closeDriver = () => pool.end();
  } else {
    kind = "pglite";
    const [{ PGlite }, { PrismaPGlite }, { openMemoryCluster }] = await Promise.all([
      import("@electric-sql/pglite"),
      import("pglite-prisma-adapter"),
      import("./memory-cluster.ts"),
    ]);
    const dataDir = options.dataDir ?? "./data";
    let db: PGlite;
    let lock: DataDirLock | null = null;
    if (dataDir.startsWith("memory://")) {
      db = await openMemoryCluster();
    } else {
      // Before PGlite reads the files: a second process would work on a copy of its own and
      // overwrite (or lose) the other's changes.
      lock = acquireDataDirLock(dataDir);
      try {
        const location = resolve(dataDir, "pglite");
        mkdirSync(location, { recursive: true });
        db = await PGlite.create(location);
      } catch (error) {
        lock.release();
        throw error;
      }
    }
    prisma = new PrismaClient({ adapter: new PrismaPGlite(db) });
    migrations = pgliteConnection(db);
    closeDriver = async () => {
      try {
        if (!db.closed) await db.close();
      } finally {
        lock?.release();
      }
    };
  }

  const migrate = () => applyMigrations(migrations, options.migrationsDir);
  let closed = false;
  return {
    kind,
    prisma,
    migrations,
    migrate,
    async isReady() {
      try {
        const rows = await prisma.$queryRawUnsafe<{ count: bigint }[]>(
          `SELECT count(*) AS count FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`,
        );
        return Number(rows[0]?.count ?? 0) >= expectedMigrations;
      } catch {
        return false;
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      try {
        await prisma.$disconnect();
      } finally {
        await closeDriver();
      }
    },
  };
}
