/**
 * npm run db:migrate:create -- <name>   new migration from the schema diff (offline)
 * npm run db:migrate:deploy             apply pending migrations to DATABASE_URL / DATA_DIR
 * npm run db:migrate:status             list applied and pending migrations
 */
import { runCli } from "../../cli.ts";
import { loadConfig } from "../../config.ts";
import { openDatabase } from "../database.ts";
import { migrationStatus } from "./apply-migrations.ts";
import { createMigration } from "./create-migration.ts";

async function run(command: string | undefined, argument: string | undefined): Promise<string> {
  if (command === "create") {
    if (!argument) throw new Error("usage: npm run db:migrate:create -- <name>");
    const created = await createMigration(argument, new Date());
    return created ? `created ${created.path}` : "schema.prisma matches the migrations: nothing to create";
  }
  const config = loadConfig();
  const database = await openDatabase({
    url: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    commands: "connect",
  });
  try {
    if (command === "deploy") {
      const applied = await database.migrate();
      return applied.length ? `applied ${applied.join(", ")}` : "no pending migrations";
    }
    if (command === "status") {
      const status = await migrationStatus(database.migrations);
      return [
        `database: ${database.kind}${database.servedBy ? ` (served by the running Nabuur, pid ${database.servedBy})` : ""}`,
        ...status.applied.map((name) => `applied  ${name}`),
        ...status.pending.map((name) => `pending  ${name}`),
      ].join("\n");
    }
    throw new Error("usage: cli.ts create <name> | deploy | status");
  } finally {
    await database.close();
  }
}

await runCli(() => run(process.argv[2], process.argv[3]));
