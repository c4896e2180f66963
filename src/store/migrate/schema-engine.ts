/**
 * Prisma's schema engine as WebAssembly, for creating migrations and checking drift offline
 * (the Prisma CLI would download a native engine binary). Development and test tool only: the
 * bot applies migrations with apply-migrations.ts.
 *
 * The engine package's own `import "./x.wasm"` does not load on Node 20, so the module is
 * instantiated by hand. Pinned to the engine hash of the Prisma CLI in package.json: re-check on
 * every Prisma upgrade.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { PGlite } from "@electric-sql/pglite";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine as SchemaEngineType } from "@prisma/schema-engine-wasm";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { openMemoryCluster } from "../memory-cluster.ts";
import { migrationList, SCHEMA_PATH } from "./migrations-dir.ts";

const require = createRequire(import.meta.url);

interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: Record<string, unknown>) => { exports: Record<string, unknown> };
}

type EngineModule = typeof import("@prisma/schema-engine-wasm");

/**
 * The engine's JS glue holds one WebAssembly instance for the whole process (`__wbg_set_wasm`):
 * it is compiled and instantiated once, and every engine opened afterwards lives in it.
 * Instantiating it again per engine would cost the compile each time and would swap the instance
 * under an engine that is still open.
 */
let engineModule: Promise<EngineModule> | null = null;

function loadEngineModule(): Promise<EngineModule> {
  engineModule ??= (async () => {
    const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const packageDir = dirname(bgPath);
    const bg = await import(pathToFileURL(bgPath).href);
    // @types/node for Node 20 does not declare the WebAssembly global; it exists at run time.
    const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
    const module = new wasm.Module(readFileSync(join(packageDir, "schema_engine_bg.wasm")));
    const instance = new wasm.Instance(module, { "./schema_engine_bg.js": bg });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    return bg as EngineModule;
  })().catch((error: unknown) => {
    engineModule = null;
    throw error;
  });
  return engineModule;
}

/**
 * The engine's databases: the dev database it connects to when it starts (it only asks for the
 * server version) and a fresh shadow database per diff, on which it replays the migrations. Both
 * come from the process's one empty in-memory cluster (../memory-cluster.ts), so initdb runs at
 * most once per process rather than once per database. The PGlite adapter's own factory would run
 * initdb for every shadow database and never close it; here a shadow database is closed when the
 * engine disposes of it, and whatever is still open when the session closes.
 */
class EngineDatabases implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "nabuur-schema-engine-pglite";
  private readonly open = new Set<PGlite>();

  constructor(private readonly devDb: PGlite) {}

  connect(): Promise<SqlDriverAdapter> {
    return new PrismaPGlite(this.devDb).connect();
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const shadowDb = await openMemoryCluster();
    this.open.add(shadowDb);
    const adapter = await new PrismaPGlite(shadowDb).connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await this.closeShadow(shadowDb);
    };
    return adapter;
  }

  async close(): Promise<void> {
    for (const db of [...this.open]) await this.closeShadow(db);
  }

  private async closeShadow(db: PGlite): Promise<void> {
    this.open.delete(db);
    if (!db.closed) await db.close();
  }
}

const EMPTY_FILTER = { externalTables: [], externalEnums: [] };

export interface EngineSession {
  engine: SchemaEngineType;
  schema: { files: { path: string; content: string }[] };
  migrations: ReturnType<typeof migrationList>;
  close(): Promise<void>;
}

/**
 * Opens the engine against an in-memory PGlite (the "dev" database) whose shadow databases are
 * other in-memory PGlites. Nothing is written outside the migrations directory.
 */
export async function openEngine(migrationsDir?: string, schemaPath = SCHEMA_PATH): Promise<EngineSession> {
  const { SchemaEngine } = await loadEngineModule();
  const devDb = await openMemoryCluster();
  const databases = new EngineDatabases(devDb);
  try {
    const content = readFileSync(schemaPath, "utf8");
    const log = (_message: string) => {};
    const engine = await SchemaEngine.new(
      { datamodels: [[schemaPath, content]] },
      log,
      bindMigrationAwareSqlAdapterFactory(databases),
    );
    return {
      engine,
      schema: { files: [{ path: schemaPath, content }] },
      migrations: migrationList(migrationsDir),
      async close() {
        engine.free();
        await databases.close();
        await devDb.close();
      },
    };
  } catch (error) {
    await databases.close();
    await devDb.close();
    throw error;
  }
}

/** SQL that would turn the committed migrations into the current schema ("" when in sync). */
export async function driftSql(session: EngineSession): Promise<string> {
  const result = await session.engine.diff({
    from: { tag: "migrations", ...session.migrations },
    to: { tag: "schemaDatamodel", ...session.schema },
    script: true,
    exitCode: null,
    filters: EMPTY_FILTER,
  });
  return result.stdout ?? "";
}
