import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../../src/store/database.ts";
import { MigrationError, migrationStatus } from "../../../src/store/migrate/apply-migrations.ts";
import { DEFAULT_MIGRATIONS_DIR, readMigrations } from "../../../src/store/migrate/migrations-dir.ts";
import { createPostgresDatabase, openTestDatabase, TEST_DATABASE_KINDS } from "../../helpers/databases.ts";

describe.each(TEST_DATABASE_KINDS)("migrations on %s", (kind) => {
  it("applies every committed migration once and records Prisma's history rows", async () => {
    const database = await openTestDatabase(kind, false);
    try {
      const applied = await database.migrate();
      expect(applied).toEqual(readMigrations().map((migration) => migration.name));
      expect(await database.migrate()).toEqual([]);
      const rows = await database.prisma.$queryRawUnsafe<{ migration_name: string; checksum: string }[]>(
        `SELECT migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name`,
      );
      expect(rows).toEqual(
        readMigrations().map(({ name, checksum }) => ({ migration_name: name, checksum })),
      );
      expect(await database.isReady()).toBe(true);
      expect(await migrationStatus(database.migrations)).toEqual({ applied, pending: [] });
    } finally {
      await database.destroy();
    }
  });

  it("refuses to start when an applied migration was edited afterwards", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nabuur-migrations-"));
    cpSync(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
    const database = await openTestDatabase(kind, false);
    try {
      await database.migrate();
      const [first] = readMigrations(dir);
      writeFileSync(join(dir, first!.name, "migration.sql"), `${first!.sql}\n-- edited`);
      await expect(migrationStatus(database.migrations, dir)).rejects.toBeInstanceOf(MigrationError);
    } finally {
      await database.destroy();
    }
  });
});

describe.runIf(TEST_DATABASE_KINDS.includes("postgresql"))("concurrent start-ups on postgresql", () => {
  it("lets only one of two instances apply the migrations (advisory lock)", async () => {
    const { url, drop } = await createPostgresDatabase();
    const first = await openDatabase({ url });
    const second = await openDatabase({ url });
    try {
      const results = await Promise.all([first.migrate(), second.migrate()]);
      const names = readMigrations().map((migration) => migration.name);
      expect(results.flat().sort()).toEqual(names.sort());
      expect(results.filter((applied) => applied.length > 0)).toHaveLength(1);
      const rows = await first.prisma.$queryRawUnsafe<{ count: bigint }[]>(
        `SELECT count(*) AS count FROM "_prisma_migrations"`,
      );
      expect(Number(rows[0]!.count)).toBe(names.length);
    } finally {
      await first.close();
      await second.close();
      await drop();
    }
  });
});
