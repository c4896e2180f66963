import { describe, expect, it } from "vitest";
import { isEmptyMigration } from "../../../src/store/migrate/create-migration.ts";
import { driftSql, openEngine } from "../../../src/store/migrate/schema-engine.ts";

describe("prisma/schema.prisma and prisma/migrations", () => {
  it("do not drift apart: the diff from the committed migrations to the schema is empty", async () => {
    const session = await openEngine();
    try {
      const sql = await driftSql(session);
      expect(isEmptyMigration(sql), `Run npm run db:migrate:create -- <name>. Missing SQL:\n${sql}`).toBe(
        true,
      );
    } finally {
      await session.close();
    }
  });
});
