/**
 * Reads prisma/migrations in Prisma's own layout (<timestamp>_<name>/migration.sql +
 * migration_lock.toml), so `prisma migrate deploy` on a connected machine sees the same history.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

export const DEFAULT_MIGRATIONS_DIR = resolve(import.meta.dirname, "../../../prisma/migrations");
export const SCHEMA_PATH = resolve(import.meta.dirname, "../../../prisma/schema.prisma");

export interface MigrationFileEntry {
  name: string;
  sql: string;
  /** sha256 of migration.sql, as Prisma records it in _prisma_migrations.checksum. */
  checksum: string;
}

function checksumOf(sql: string): string {
  return createHash("sha256").update(sql).digest("hex");
}

export function readMigrations(dir: string = DEFAULT_MIGRATIONS_DIR): MigrationFileEntry[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: checksumOf(sql) };
    });
}

/** The engine's MigrationList shape for @prisma/schema-engine-wasm. */
export function migrationList(dir: string = DEFAULT_MIGRATIONS_DIR) {
  const lockPath = join(dir, "migration_lock.toml");
  return {
    baseDir: dir,
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: readMigrations(dir).map((migration) => ({
      path: migration.name,
      migrationFile: { path: "migration.sql", content: { tag: "ok" as const, value: migration.sql } },
    })),
  };
}
