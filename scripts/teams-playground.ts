/**
 * `npm run playground:teams`: Nabuur with Teams on (emulator mode, no authentication) on the
 * embedded database in DATA_DIR, and Microsoft 365 Agents Playground — Microsoft's local Teams
 * client — talking to it. Offline; Ctrl-C stops both.
 *
 *   npm run playground:teams                       Playground as the first person (Bart Beheer)
 *   PLAYGROUND_USER=sanne npm run playground:teams as another of the six invented people
 *
 * Both run as child processes in their own process groups. The Playground's config is written to
 * DATA_DIR/agentsplayground/<person>/ (its working directory). docs/teams.md has the first steps.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PLAYGROUND_PEOPLE, playgroundConfig } from "./agents-playground-config.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const BIN = join(ROOT, "node_modules", ".bin");
const port = process.env.PORT ?? "3978";
const playgroundPort = process.env.PLAYGROUND_PORT ?? "56150";
const dataDir = resolve(process.env.DATA_DIR ?? join(ROOT, "data"));
const key = process.env.PLAYGROUND_USER ?? PLAYGROUND_PEOPLE[0]!.key;
const current = PLAYGROUND_PEOPLE.find((person) => person.key === key);
if (!current) {
  process.stderr.write(
    `PLAYGROUND_USER: one of ${PLAYGROUND_PEOPLE.map((person) => person.key).join(", ")}\n`,
  );
  process.exit(1);
}

const children: ChildProcess[] = [];
let stopping = false;

function stop(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) {
    if (child.pid && child.exitCode === null) {
      try {
        process.kill(-child.pid, "SIGINT");
      } catch {}
    }
  }
  const waiting = children.filter((child) => child.exitCode === null && child.signalCode === null);
  let left = waiting.length;
  if (left === 0) process.exit(code);
  for (const child of waiting) child.once("exit", () => --left === 0 && process.exit(code));
}

function start(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }) {
  const child = spawn(command, args, { ...options, stdio: "inherit", detached: true });
  children.push(child);
  child.once("exit", (code) => stop(code ?? 1));
  return child;
}

process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));

start(join(BIN, "tsx"), ["src/main.ts"], {
  cwd: ROOT,
  env: { ...process.env, TEAMS_ENABLED: "true", PORT: port, DATA_DIR: dataDir },
});

// The Playground connects at once: start it when Nabuur answers.
const healthz = `http://127.0.0.1:${port}/healthz`;
for (;;) {
  if (stopping) break;
  const up = await fetch(healthz).then(
    (response) => response.ok,
    () => false,
  );
  if (up) break;
  await new Promise((resolve) => setTimeout(resolve, 500));
}
if (!stopping) {
  const cwd = join(dataDir, "agentsplayground", current.key);
  mkdirSync(cwd, { recursive: true });
  writeFileSync(join(cwd, ".m365agentsplayground.yml"), playgroundConfig(current));
  process.stdout.write(
    `\n  Microsoft 365 Agents Playground as ${current.name} (Teams id ${current.aadObjectId}): http://localhost:${playgroundPort}\n` +
      `  If it stops at once, its reason is in ${join(cwd, "devTools")}.\n\n`,
  );
  start(
    join(BIN, "agentsplayground"),
    ["-e", `http://127.0.0.1:${port}/api/messages`, "-c", "msteams", "-p", playgroundPort, "--dt"],
    { cwd },
  );
}
