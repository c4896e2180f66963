/**
 * `npm run build`: compiles src/ to JavaScript in dist/ (tsc with tsconfig.build.json; the `.ts`
 * import specifiers become `.js`) and copies the files the compiled code reads next to itself (the
 * playground's page). dist/ mirrors src/ folder for folder, so paths relative to a module that leave
 * src/ (prisma/migrations, manifest/) resolve the same from either.
 *
 * `--if-stale` (before `npm start` and the command-line tools): builds only when a file under src/
 * or a tsconfig is newer than the last build, so the first start on a fresh checkout compiles and
 * later starts go straight to `node dist/…`. `--out-dir <dir>` builds elsewhere (the tests' own
 * build; `<dir>/..` then needs the project's package.json, node_modules, prisma/ and manifest/).
 * Plain JavaScript: it runs before anything is compiled.
 */
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";

const ROOT = join(import.meta.dirname, "..");
const outDirAt = process.argv.indexOf("--out-dir");
const DIST =
  outDirAt > 0 && process.argv[outDirAt + 1] ? resolve(process.argv[outDirAt + 1]) : join(ROOT, "dist");
const STAMP = join(DIST, ".build-stamp");
/** What the build reads: every file under src/ and the compiler settings. */
const INPUTS = [join(ROOT, "src"), join(ROOT, "tsconfig.json"), join(ROOT, "tsconfig.build.json")];

function fail(message) {
  process.stderr.write(`nabuur: ${message}\n`);
  process.exit(1);
}

/** Newest modification time (ms) of a file, or of any file below a directory. */
function newest(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) {
    if (entry.isDirectory()) continue;
    const mtime = statSync(join(entry.parentPath ?? entry.path, entry.name), {
      throwIfNoEntry: false,
    })?.mtimeMs;
    if (mtime && mtime > latest) latest = mtime;
  }
  return latest;
}

function stale() {
  const built = statSync(STAMP, { throwIfNoEntry: false })?.mtimeMs;
  if (built === undefined) return true;
  return INPUTS.some((input) => newest(input) > built);
}

function compilerPath() {
  try {
    return createRequire(import.meta.url).resolve("typescript/bin/tsc");
  } catch {
    return null;
  }
}

function build() {
  const tsc = compilerPath();
  if (!tsc) {
    // An install without the dev dependencies (npm ci --omit=dev) runs what was built before it.
    if (existsSync(join(DIST, "main.js"))) {
      process.stderr.write(
        "nabuur: src/ changed since dist/ was built, but TypeScript is not installed; running dist/ as it is\n",
      );
      return;
    }
    fail(
      "dist/ is missing and TypeScript is not installed: run `npm run build` where the dev dependencies are installed",
    );
  }
  const started = new Date();
  // The Teams app package (npm run teams:package) lives in dist/ too and is not the compiler's.
  for (const entry of existsSync(DIST) ? readdirSync(DIST) : []) {
    if (!entry.endsWith(".zip")) rmSync(join(DIST, entry), { recursive: true, force: true });
  }
  const compiled = spawnSync(
    process.execPath,
    [tsc, "-p", join(ROOT, "tsconfig.build.json"), "--outDir", DIST],
    {
      cwd: ROOT,
      stdio: "inherit",
    },
  );
  if (compiled.status !== 0) fail("the build failed (see the compiler's messages above)");
  cpSync(join(ROOT, "src/playground/public"), join(DIST, "playground/public"), { recursive: true });
  // Dated to when the build began: a source saved during the build makes the next start build again.
  mkdirSync(DIST, { recursive: true });
  writeFileSync(STAMP, "");
  utimesSync(STAMP, started, started);
}

if (!process.argv.includes("--if-stale")) {
  build();
} else if (stale()) {
  process.stderr.write("nabuur: compiling src/ to dist/ (changed since the last build)\n");
  build();
}
