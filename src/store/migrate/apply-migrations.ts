/**
 * Applies the committed migrations at start-up, offline, on PGlite and on PostgreSQL.
 *
 * All pending migrations run in one transaction that holds a transaction-level advisory lock, so
 * two instances starting at once against one PostgreSQL never both migrate: the second waits for
 * the lock, then finds nothing left to do. Rows in _prisma_migrations are the ones Prisma writes
 * (checksum = sha256 of migration.sql), so `prisma migrate deploy` agrees with this history.
 */
import { randomUUID } from "node:crypto";
import { type MigrationFileEntry, readMigrations } from "./migrations-dir.ts";

/** The minimal SQL access the runner needs; implemented for pg and PGlite in src/store/database.ts. */
export interface MigrationConnection {
  /** Runs fn inside one transaction; `exec` accepts several statements, `query` one with $n params. */
  transaction<T>(fn: (tx: MigrationTx) => Promise<T>): Promise<T>;
}
export interface MigrationTx {
  exec(sql: string): Promise<void>;
  query<R extends Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
}

/** Arbitrary but fixed key of the advisory lock ("nabuur" in ASCII). */
const MIGRATION_LOCK_KEY = 0x6e616275_7572;

const CREATE_HISTORY_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
);`;

export class MigrationError extends Error {
  override name = "MigrationError";
}

export interface MigrationStatus {
  applied: string[];
  pending: string[];
}

interface HistoryRow extends Record<string, unknown> {
  migration_name: string;
  checksum: string;
}

function compare(files: MigrationFileEntry[], history: HistoryRow[]): MigrationStatus {
  const byName = new Map(history.map((row) => [row.migration_name, row]));
  for (const row of history) {
    if (!files.some((file) => file.name === row.migration_name)) {
      throw new MigrationError(
        `The database has migration ${row.migration_name}, which is not in prisma/migrations: the code is older than the database.`,
      );
    }
  }
  for (const file of files) {
    const row = byName.get(file.name);
    if (row && row.checksum !== file.checksum) {
      throw new MigrationError(
        `Migration ${file.name} was changed after it was applied (checksum differs). Add a new migration instead.`,
      );
    }
  }
  return {
    applied: files.filter((file) => byName.has(file.name)).map((file) => file.name),
    pending: files.filter((file) => !byName.has(file.name)).map((file) => file.name),
  };
}

async function readHistory(tx: MigrationTx): Promise<HistoryRow[]> {
  const exists = await tx.query<{ present: boolean }>(
    `SELECT to_regclass('"_prisma_migrations"') IS NOT NULL AS present`,
  );
  if (!exists[0]?.present) return [];
  return tx.query<HistoryRow>(
    `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL ORDER BY started_at`,
  );
}

export async function migrationStatus(
  connection: MigrationConnection,
  dir?: string,
): Promise<MigrationStatus> {
  const files = readMigrations(dir);
  return connection.transaction(async (tx) => compare(files, await readHistory(tx)));
}

/** Applies every pending migration; returns the names applied now. */
export async function applyMigrations(connection: MigrationConnection, dir?: string): Promise<string[]> {
  const files = readMigrations(dir);
  return connection.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`);
    await tx.exec(CREATE_HISTORY_TABLE);
    const status = compare(files, await readHistory(tx));
    for (const name of status.pending) {
      const file = files.find((candidate) => candidate.name === name)!;
      const startedAt = new Date();
      await tx.exec(file.sql);
      await tx.query(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
         VALUES ($1, $2, now(), $3, NULL, NULL, $4, 1)`,
        [randomUUID(), file.checksum, name, startedAt],
      );
    }
    return status.pending;
  });
}
