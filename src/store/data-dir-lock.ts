/**
 * One process at a time on an embedded database. PGlite has no lock of its own: a second process
 * that opens the same data directory works on its own copy in memory, and whichever process writes
 * its files last wins — the other one's changes are lost, or the files are corrupted.
 *
 * The lock is a file in the data directory (nabuur.lock) holding the pid, host and start time of
 * its holder. It is created atomically: written in full under a name of its own, then hard-linked
 * to nabuur.lock, which fails when the lock exists — so a reader never sees half a lock.
 *
 * A lock whose holder is gone (killed with SIGKILL, a power cut) is taken over: its pid no longer
 * runs on this host, or it is our own pid left by an earlier life of this container. Only one
 * process may remove a given stale lock: it first claims the removal with a marker file of its own
 * (exclusive create), named after that stale lock's content, and removes the lock only while it
 * still holds exactly that content. A lock of another host is never taken over: whether its
 * holder still runs cannot be told from here.
 */
import { createHash, randomBytes } from "node:crypto";
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join, resolve } from "node:path";

export const LOCK_FILE = "nabuur.lock";

export interface LockHolder {
  pid: number;
  hostname: string;
  startedAt: string;
  /** Tells this lock from an earlier one of the same pid. */
  token: string;
}

export interface DataDirLock {
  readonly file: string;
  readonly holder: LockHolder;
  /** Removes the lock if it is still ours; later calls do nothing. */
  release(): void;
}

/** The data directory is held by another process that runs (or may run). */
export class DataDirLockedError extends Error {
  override name = "DataDirLockedError";

  constructor(
    readonly dataDir: string,
    readonly lockFile: string,
    readonly holder: LockHolder,
  ) {
    super(lockedMessage(dataDir, lockFile, holder));
  }
}

function lockedMessage(dataDir: string, lockFile: string, holder: LockHolder): string {
  const oneProcess = "the embedded database allows one process at a time";
  if (holder.hostname !== hostname()) {
    return `DATA_DIR: ${dataDir} is in use by pid ${holder.pid} on host ${holder.hostname} (since ${holder.startedAt}): ${oneProcess}; stop that process, or delete ${lockFile} if it no longer runs`;
  }
  if (holder.pid === process.pid) {
    return `DATA_DIR: ${dataDir} is already open in this process (pid ${holder.pid}): close it before opening it again`;
  }
  return `DATA_DIR: ${dataDir} is in use by pid ${holder.pid} (since ${holder.startedAt}): ${oneProcess}; stop that process first`;
}

/** Tokens of the locks this process holds now, by lock file; released on exit at the latest. */
const held = new Map<string, string>();
let exitHookInstalled = false;

function releaseAllOnExit(): void {
  for (const [file, token] of held) removeIfOurs(file, token);
  held.clear();
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException).code;
}

function readIfExists(file: string): Buffer | null {
  try {
    return readFileSync(file);
  } catch (error) {
    if (errorCode(error) === "ENOENT") return null;
    throw error;
  }
}

function unlinkIfExists(file: string): void {
  try {
    unlinkSync(file);
  } catch (error) {
    if (errorCode(error) !== "ENOENT") throw error;
  }
}

function parseHolder(content: Buffer | null): LockHolder | null {
  if (!content) return null;
  try {
    const parsed = JSON.parse(content.toString("utf8")) as Partial<LockHolder>;
    if (
      typeof parsed.pid === "number" &&
      Number.isInteger(parsed.pid) &&
      parsed.pid > 0 &&
      typeof parsed.hostname === "string" &&
      typeof parsed.startedAt === "string" &&
      typeof parsed.token === "string"
    ) {
      return parsed as LockHolder;
    }
  } catch {
    // Not JSON: not a lock anybody can hold.
  }
  return null;
}

/** Whether the holder may still run. A pid of another host cannot be checked: it counts as running. */
function mayRun(holder: LockHolder): boolean {
  if (holder.hostname !== hostname()) return true;
  // Our own pid is ours only if this process took that lock; otherwise it is an earlier process
  // that had the same pid (a container restarted on the same volume starts with the same pid).
  if (holder.pid === process.pid) return [...held.values()].includes(holder.token);
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return errorCode(error) !== "ESRCH";
  }
}

/** Creates `file` with `content` unless it exists; the content is complete the moment it appears. */
function createExclusive(file: string, content: string, token: string): boolean {
  const draft = `${file}.${process.pid}-${token}.new`;
  writeFileSync(draft, content, { flag: "wx", mode: 0o644 });
  try {
    linkSync(draft, file);
    return true;
  } catch (error) {
    if (errorCode(error) === "EEXIST") return false;
    throw error;
  } finally {
    unlinkSync(draft);
  }
}

function removeIfOurs(file: string, token: string): void {
  try {
    if (parseHolder(readIfExists(file))?.token === token) unlinkSync(file);
  } catch {
    // Best effort: a lock left behind is taken over by the next process.
  }
}

/** The marker that claims the removal of the stale lock with this content (level: see takeOver). */
export function takeoverMarker(lockFile: string, staleContent: Buffer, level: number): string {
  const id = createHash("sha256").update(staleContent).digest("hex").slice(0, 16);
  return `${lockFile}.takeover-${id}-${level}`;
}

/**
 * Removes the stale lock with content `stale`, unless another process that runs claimed its removal
 * first (then that process gets the data directory: refused, naming it). A marker whose claimant
 * died before it finished is passed by: the next level is claimed instead.
 */
function takeOver(
  dataDir: string,
  file: string,
  stale: Buffer,
  own: LockHolder,
  ownContent: string,
  options: AcquireOptions,
): void {
  for (let level = 0; level < 100; level++) {
    const marker = takeoverMarker(file, stale, level);
    if (createExclusive(marker, ownContent, own.token)) {
      try {
        // Nobody else removes this content while we hold the marker, and its holder is gone: if
        // it is still there, it is still there when we remove it.
        if (readIfExists(file)?.equals(stale)) {
          options.onStale?.();
          unlinkIfExists(file);
        }
      } finally {
        unlinkIfExists(marker);
      }
      return;
    }
    const claimant = parseHolder(readIfExists(marker));
    if (claimant && mayRun(claimant)) throw new DataDirLockedError(dataDir, file, claimant);
  }
  throw new Error(
    `DATA_DIR: cannot take over the stale lock ${file}; delete it and the ${file}.takeover-* files`,
  );
}

export interface AcquireOptions {
  /**
   * Called just before a stale lock is removed, after it was last checked. Tests pause in it to
   * widen the moment in which two processes take over the same stale lock.
   */
  onStale?: () => void;
}

/**
 * Takes the lock of the embedded database in `dataDir` (creating the directory), taking over a
 * stale one. Throws DataDirLockedError when another process holds it.
 */
export function acquireDataDirLock(dataDir: string, options: AcquireOptions = {}): DataDirLock {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, LOCK_FILE);
  const own: LockHolder = {
    pid: process.pid,
    hostname: hostname(),
    startedAt: new Date().toISOString(),
    token: randomBytes(8).toString("hex"),
  };
  const content = `${JSON.stringify(own)}\n`;

  for (let attempt = 0; attempt < 10; attempt++) {
    if (createExclusive(file, content, own.token)) {
      held.set(file, own.token);
      if (!exitHookInstalled) {
        exitHookInstalled = true;
        process.on("exit", releaseAllOnExit);
      }
      let released = false;
      return {
        file,
        holder: own,
        release() {
          if (released) return;
          released = true;
          if (held.get(file) === own.token) held.delete(file);
          removeIfOurs(file, own.token);
        },
      };
    }
    const found = readIfExists(file);
    // Released between our attempt and this read: try again.
    if (!found) continue;
    const holder = parseHolder(found);
    if (holder && mayRun(holder)) throw new DataDirLockedError(dir, file, holder);
    // The holder is gone, or the file is not a lock at all.
    takeOver(dir, file, found, own, content, options);
  }
  throw new Error(`DATA_DIR: cannot take the lock ${file}: it keeps changing`);
}
