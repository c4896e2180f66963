/**
 * The command-line tools while Nabuur runs on the embedded database. PGlite is one database session
 * inside one process, and the data directory allows one process (data-dir-lock.ts); so the process
 * that holds the directory serves its database on a local socket, and a command that finds the
 * directory held connects to it with the PostgreSQL driver instead of opening the files.
 *
 * Where: a Unix socket in DATA_DIR/run (a directory only its owner may enter), named as PostgreSQL
 * names its sockets so the driver finds it from a directory and a port. When that path is too long
 * for a Unix socket, 127.0.0.1 on a port the system picks, written to DATA_DIR/run/port (mode 0600).
 * Never on the network.
 *
 * One session, two users: the running process (through PGlite's own locks) and the connected
 * commands (through pglite-socket, which runs each protocol message under PGlite's query lock only).
 * Left alone, a command's transaction would be open while the process runs its own statements, and
 * they would land inside it (or the other way round). The gate below makes a command's exchange —
 * from its first message until a Sync or simple query that leaves no transaction open — hold
 * PGlite's transaction lock, the same one the process's queries and transactions take. So each
 * side's transaction runs whole, and the process carries on between a command's transactions.
 * A command that disconnects mid-transaction is rolled back (pglite-socket asks for it) and the
 * lock released; one that stalls is disconnected after COMMAND_IDLE_MS.
 */
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/** The directory of the socket, inside DATA_DIR. */
const RUN_DIR = "run";
/** PostgreSQL's socket name for a port: the driver connects to <dir>/.s.PGSQL.<port>. */
const SOCKET_PORT = 5432;
const PORT_FILE = "port";
/** Longest Unix socket path Linux and macOS accept (sun_path less its terminating zero). */
const MAX_SOCKET_PATH = 103;
/** A command silent this long (mid-transaction or not) is disconnected: it must not stop the bot. */
const COMMAND_IDLE_MS = 30_000;
/** Commands connected at once (each gets the database in turn). */
const MAX_COMMANDS = 8;

/** How a command reaches the process that holds the data directory. */
export type CommandEndpoint = { host: string; port: number };

function socketDir(dataDir: string): string {
  return join(resolve(dataDir), RUN_DIR);
}

/** The PostgreSQL protocol's simple query message (type 'Q'). */
function simpleQuery(sql: string): Uint8Array {
  const text = Buffer.from(`${sql}\0`, "utf8");
  const message = Buffer.alloc(5 + text.length);
  message.write("Q", 0, "latin1");
  message.writeInt32BE(4 + text.length, 1);
  text.copy(message, 5);
  return message;
}

/** Sync ('S'): ends an extended-protocol exchange that a client left unfinished. */
const SYNC = Uint8Array.from([0x53, 0, 0, 0, 4]);

/** Whether the process's statements may run after this message: it ends an exchange. */
function endsExchange(message: Uint8Array): boolean {
  const type = String.fromCharCode(message[0] ?? 0);
  // A startup message has no type byte: its first byte is the high byte of its length (0).
  return type === "Q" || type === "S" || type === "X" || message[0] === 0;
}

/** The part of PGlite the socket server uses, with the gate in front of it. */
function gatedSession(db: PGlite) {
  let release: (() => void) | null = null;
  let waiting = 0;
  const end = () => {
    const done = release;
    release = null;
    done?.();
  };
  const finished = (message: Uint8Array) => endsExchange(message) && !db.isInTransaction();
  let current: Uint8Array = new Uint8Array();

  return {
    /** Commands' messages waiting for the process's transaction (or another command's) to end. */
    waiting: () => waiting,
    get waitReady() {
      return db.waitReady;
    },
    /** A command's exchange is open (the socket server keeps the other commands waiting). */
    isInTransaction: () => release !== null,
    execProtocolRawStream(message: Uint8Array, options: Parameters<PGlite["execProtocolRawStream"]>[1]) {
      current = message;
      return db.execProtocolRawStream(message, options);
    },
    async runExclusive<T>(fn: () => Promise<T>): Promise<T> {
      if (release) {
        try {
          return await db.runExclusive(fn);
        } finally {
          if (finished(current)) end();
        }
      }
      return new Promise<T>((resolveResult, reject) => {
        waiting++;
        db._runExclusiveTransaction(async () => {
          waiting--;
          let result: T;
          try {
            result = await db.runExclusive(fn);
          } catch (error) {
            reject(error);
            return;
          }
          if (finished(current)) {
            resolveResult(result);
            return;
          }
          // Keep the process out until the command's exchange ends.
          const held = new Promise<void>((done) => {
            release = done;
          });
          resolveResult(result);
          await held;
        }).catch(reject);
      });
    },
    /** Called by the socket server with ROLLBACK when a command disconnects mid-exchange. */
    async exec(_sql: string) {
      if (!release) return;
      try {
        await db.runExclusive(async () => {
          await db.execProtocolRaw(SYNC);
          if (db.isInTransaction()) await db.execProtocolRaw(simpleQuery("ROLLBACK"));
        });
      } finally {
        end();
      }
    },
  };
}

export interface CommandSocket {
  readonly endpoint: CommandEndpoint;
  /** Commands' messages waiting for the database now. */
  waiting(): number;
  stop(): Promise<void>;
}

/** Serves `db` to the command-line tools; the caller holds the lock of `dataDir`. */
export async function serveToCommands(db: PGlite, dataDir: string): Promise<CommandSocket> {
  const dir = socketDir(dataDir);
  // Left by an earlier process that held the lock (we hold it now): stale.
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const socketPath = join(dir, `.s.PGSQL.${SOCKET_PORT}`);
  const unix = Buffer.byteLength(socketPath) <= MAX_SOCKET_PATH;
  const session = gatedSession(db);
  const server = new PGLiteSocketServer({
    db: session as unknown as PGlite,
    ...(unix ? { path: socketPath } : { host: "127.0.0.1", port: 0 }),
    maxConnections: MAX_COMMANDS,
    idleTimeout: COMMAND_IDLE_MS,
  });
  await server.start();
  let endpoint: CommandEndpoint;
  if (unix) {
    endpoint = { host: dir, port: SOCKET_PORT };
  } else {
    const port = Number(server.getServerConn().split(":").pop());
    writeFileSync(join(dir, PORT_FILE), `${port}\n`, { mode: 0o600 });
    endpoint = { host: "127.0.0.1", port };
  }
  return {
    endpoint,
    waiting: session.waiting,
    async stop() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Where the process holding `dataDir` serves its database, or null when it does not (yet). */
export function findCommandEndpoint(dataDir: string): CommandEndpoint | null {
  const dir = socketDir(dataDir);
  try {
    const port = Number(readFileSync(join(dir, PORT_FILE), "utf8").trim());
    if (Number.isInteger(port) && port > 0) return { host: "127.0.0.1", port };
  } catch {
    // No port file: a Unix socket, if any.
  }
  try {
    readFileSync(join(dir, `.s.PGSQL.${SOCKET_PORT}`));
  } catch (error) {
    // Reading a socket fails with ENXIO (or EOPNOTSUPP); ENOENT means it is not there.
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
  }
  return { host: dir, port: SOCKET_PORT };
}
