/**
 * Opens the store: PostgreSQL through @prisma/adapter-pg when DATABASE_URL is set, otherwise the
 * embedded PGlite (WASM PostgreSQL) in a data directory. One schema, one set of migrations.
 */
import { mkdirSync } from "node:fs";
import { hostname } from "node:os";
import { resolve } from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import type pg from "pg";
import { type CommandSocket, findCommandEndpoint, serveToCommands } from "./command-socket.ts";
import { acquireDataDirLock, type DataDirLock, DataDirLockedError } from "./data-dir-lock.ts";
import { PrismaClient } from "./generated/prisma/client.ts";
import { applyMigrations, type MigrationConnection, type MigrationTx } from "./migrate/apply-migrations.ts";
import { readMigrations } from "./migrate/migrations-dir.ts";

type DatabaseKind = "pglite" | "postgresql";

export interface Database {
  kind: DatabaseKind;
  prisma: PrismaClient;
  /** Raw connection for the migration runner (several statements per call). */
  migrations: MigrationConnection;
  /**
   * Pid of the running Nabuur whose embedded database this is, reached through its socket
   * (command-socket.ts); null when this process opened the database itself.
   */
  servedBy: number | null;
  /** While this process serves its embedded database: commands waiting for it now; else 0. */
  commandsWaiting(): number;
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
  /**
   * The embedded database only. "serve": this process (Nabuur) serves its database to the
   * command-line tools while it runs. "connect": when another process holds the data directory, a
   * command-line tool connects to the database that process serves instead of being refused.
   */
  commands?: "serve" | "connect";
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
  let socket: CommandSocket | null = null;

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
      try {
        lock = acquireDataDirLock(dataDir);
      } catch (error) {
        if (!(error instanceof DataDirLockedError && options.commands === "connect")) throw error;
        return openServed(options, error, expectedMigrations);
      }
      try {
        const location = resolve(dataDir, "pglite");
        mkdirSync(location, { recursive: true });
        db = await PGlite.create(location);
      } catch (error) {
        lock.release();
        throw error;
      }
    }
    if (lock && options.commands === "serve") {
      try {
        socket = await serveToCommands(db, dataDir);
      } catch (error) {
        await db.close();
        lock.release();
        throw error;
      }
    }
    prisma = new PrismaClient({ adapter: new PrismaPGlite(db) });
    migrations = pgliteConnection(db);
    closeDriver = async () => {
      try {
        // First the commands (a command's open transaction is rolled back), then the files.
        await socket?.stop();
      } finally {
        try {
          if (!db.closed) await db.close();
        } finally {
          lock?.release();
        }
      }
    };
  }
  return assemble(kind, prisma, migrations, closeDriver, options, expectedMigrations, null, () =>
    // Read at call time: the socket is set once the embedded database is open.
    socket ? (socket as CommandSocket).waiting() : 0,
  );
}

/**
 * A command-line tool while Nabuur runs on the embedded database: the database that Nabuur serves
 * on its local socket, through the PostgreSQL driver. One connection (Nabuur runs one command's
 * exchange at a time anyway); a Nabuur that stops closes it, and the command fails instead of
 * waiting.
 */
async function openServed(
  options: DatabaseOptions,
  locked: DataDirLockedError,
  expectedMigrations: number,
): Promise<Database> {
  const endpoint = locked.holder.hostname === hostname() ? findCommandEndpoint(locked.dataDir) : null;
  if (!endpoint) throw locked;
  const [{ default: pg }, { PrismaPg }] = await Promise.all([import("pg"), import("@prisma/adapter-pg")]);
  const pool = new pg.Pool({
    ...endpoint,
    user: "postgres",
    database: "postgres",
    max: 1,
    connectionTimeoutMillis: 10_000,
  });
  pool.on("error", (error) => options.onIdleError?.(error));
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => {});
    throw new Error(
      `DATA_DIR: ${locked.dataDir} is in use by Nabuur (pid ${locked.holder.pid}), which does not answer on its command socket (${(error as Error).message}); try again once it has started, or stop it first`,
    );
  }
  return assemble(
    "pglite",
    new PrismaClient({ adapter: new PrismaPg(pool) }),
    pgConnection(pool),
    () => pool.end(),
    options,
    expectedMigrations,
    locked.holder.pid,
    () => 0,
  );
}

function assemble(
  kind: DatabaseKind,
  prisma: PrismaClient,
  migrations: MigrationConnection,
  closeDriver: () => Promise<void>,
  options: DatabaseOptions,
  expectedMigrations: number,
  servedBy: number | null,
  commandsWaiting: () => number,
): Database {
  const migrate = () => applyMigrations(migrations, options.migrationsDir);
  let closed = false;
  return {
    kind,
    servedBy,
    commandsWaiting,
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
