/**
 * The real entry points as child processes: `npm start` (src/main.ts) on a port, waited for until
 * /readyz answers 200, and the command-line tools run to their end — from the sources with the tsx
 * loader, or compiled (`npm run build`) and run with plain node.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const ROOT = join(import.meta.dirname, "../..");

const run = promisify(execFile);

/**
 * Compiles src/ as `npm run build` does, into a temporary folder of its own (the project's dist/
 * stays the developer's): `<folder>/dist`, next to links to the project's package.json,
 * node_modules, prisma/ and manifest/ — what the compiled code finds one level up, as in the
 * project. Returns the compiled folder; once per test process, until removeCompiled().
 */
let compiled: Promise<string> | null = null;
let compiledFolder: string | null = null;
export function buildCompiled(): Promise<string> {
  compiled ??= (async () => {
    const folder = mkdtempSync(join(tmpdir(), "nabuur-build-"));
    compiledFolder = folder;
    for (const entry of ["package.json", "node_modules", "prisma", "manifest"]) {
      symlinkSync(join(ROOT, entry), join(folder, entry));
    }
    const dist = join(folder, "dist");
    await run(process.execPath, [join(ROOT, "scripts/build.mjs"), "--out-dir", dist], { cwd: ROOT });
    return dist;
  })();
  return compiled;
}

/** Removes the folder of buildCompiled() (the links in it, not what they point to). */
export function removeCompiled(): void {
  if (compiledFolder) rmSync(compiledFolder, { recursive: true, force: true });
  compiledFolder = null;
  compiled = null;
}

/** How an entry point runs: from src/ with the tsx loader, or a compiled folder with plain node. */
type Runner = { compiled: string } | "sources";

/** The node arguments that run `file` (a path under src/, e.g. `src/main.ts`). */
function nodeArguments(file: string, runner: Runner): string[] {
  if (runner === "sources") return ["--import", "tsx", file];
  return [join(runner.compiled, file.replace(/^src\//, "").replace(/\.ts$/, ".js"))];
}

export interface StartedEntryPoint {
  child: ChildProcess;
  exited: Promise<number | null>;
  output(): string;
}

/** Starts `npm start` on the embedded database in `dataDir`. */
export function startEntryPoint(
  dataDir: string,
  port: number,
  extraEnv: Record<string, string> = {},
  runner: Runner = "sources",
): StartedEntryPoint {
  const child = spawn(process.execPath, nodeArguments("src/main.ts", runner), {
    cwd: ROOT,
    env: { PATH: process.env.PATH, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: "info", ...extraEnv },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, output: () => output };
}

/**
 * Waits until /readyz answers 200, however long the start takes on a busy machine (the test's own
 * timeout decides; the ten minutes here only end the polling of a test that timed out); fails as
 * soon as the process exits — with what it printed, when it was started by startEntryPoint.
 */
export async function waitForReady(port: number, started: ChildProcess | StartedEntryPoint): Promise<void> {
  const child = "child" in started ? started.child : started;
  const output = "output" in started ? started.output : () => "";
  const giveUpAt = Date.now() + 600_000;
  while (Date.now() < giveUpAt) {
    if (child.exitCode !== null || child.signalCode !== null) {
      const exit = child.signalCode ?? `exit code ${child.exitCode}`;
      throw new Error(`process exited before it was ready (${exit}):\n${output().slice(-4000)}`);
    }
    try {
      const response = await fetch(`http://127.0.0.1:${port}/readyz`);
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("not ready in time");
}

/**
 * Runs a command-line tool (a file under src/) on the embedded database in `dataDir` (or on
 * PostgreSQL, with DATABASE_URL in `extraEnv`).
 */
export async function runCliTool(
  dataDir: string,
  script: string,
  args: string[],
  extraEnv: Record<string, string> = {},
  runner: Runner = "sources",
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [...nodeArguments(script, runner), ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, DATA_DIR: dataDir, LOG_LEVEL: "silent", ...extraEnv },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
