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
import { PGlite } from "@electric-sql/pglite";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine as SchemaEngineType } from "@prisma/schema-engine-wasm";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { migrationList, SCHEMA_PATH } from "./migrations-dir.ts";

const require = createRequire(import.meta.url);

interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: Record<string, unknown>) => { exports: Record<string, unknown> };
}

async function loadEngineModule(): Promise<typeof import("@prisma/schema-engine-wasm")> {
  const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const packageDir = dirname(bgPath);
  const bg = await import(pathToFileURL(bgPath).href);
  // @types/node for Node 20 does not declare the WebAssembly global; it exists at run time.
  const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;
  const module = new wasm.Module(readFileSync(join(packageDir, "schema_engine_bg.wasm")));
  const instance = new wasm.Instance(module, { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  return bg;
}

export const EMPTY_FILTER = { externalTables: [], externalEnums: [] };

export interface EngineSession {
  engine: SchemaEngineType;
  schema: { files: { path: string; content: string }[] };
  migrations: ReturnType<typeof migrationList>;
  close(): Promise<void>;
}

/**
 * Opens the engine against an in-memory PGlite (the "dev" database) whose shadow database is
 * another in-memory PGlite. Nothing is written outside the migrations directory.
 */
export async function openEngine(migrationsDir?: string, schemaPath = SCHEMA_PATH): Promise<EngineSession> {
  const { SchemaEngine } = await loadEngineModule();
  const devDb = new PGlite();
  const factory = new PrismaPGlite(devDb);
  const content = readFileSync(schemaPath, "utf8");
  const log = (_message: string) => {};
  const engine = await SchemaEngine.new(
    { datamodels: [[schemaPath, content]] },
    log,
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  return {
    engine,
    schema: { files: [{ path: schemaPath, content }] },
    migrations: migrationList(migrationsDir),
    async close() {
      engine.free();
      await devDb.close();
    },
  };
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
