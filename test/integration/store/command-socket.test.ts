/**
 * The embedded database served to the command-line tools (src/store/command-socket.ts): one PGlite
 * session shared by the process that holds the data directory and the commands connected to its
 * socket. Neither side's statements land in the other's open transaction; a command that
 * disconnects mid-transaction is rolled back and the process carries on; a command whose Nabuur
 * stops gets an error instead of waiting.
 *
 * The checks are on what each side sees, not on timing: without the gate, the process's query
 * would run inside the command's open transaction and count its uncommitted row, and the command's
 * insert would be undone with the process's rolled-back transaction.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { findCommandEndpoint } from "../../../src/store/command-socket.ts";
import { type Database, openDatabase } from "../../../src/store/database.ts";

const opened: Database[] = [];
const clients: pg.Client[] = [];
const dirs: string[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) await client.end().catch(() => {});
  for (const database of opened.splice(0).reverse()) await database.close().catch(() => {});
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function serving(): Promise<{ database: Database; dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), "nabuur-socket-"));
  dirs.push(dataDir);
  const database = await openDatabase({ dataDir, commands: "serve" });
  opened.push(database);
  await database.prisma.$executeRawUnsafe("CREATE TABLE t (x int)");
  return { database, dataDir };
}

async function command(dataDir: string): Promise<pg.Client> {
  const endpoint = findCommandEndpoint(dataDir);
  if (!endpoint) throw new Error("no command socket");
  const client = new pg.Client({ ...endpoint, user: "postgres", database: "postgres" });
  client.on("error", () => {});
  clients.push(client);
  await client.connect();
  return client;
}

const count = async (database: Database) =>
  Number((await database.prisma.$queryRawUnsafe<{ n: bigint }[]>("SELECT count(*) AS n FROM t"))[0]!.n);

describe("the embedded database served to the command-line tools", { timeout: 180_000 }, () => {
  it("listens on a Unix socket in a directory only its owner may enter", async () => {
    const { dataDir } = await serving();
    const endpoint = findCommandEndpoint(dataDir)!;
    expect(endpoint.host).toBe(join(dataDir, "run"));
    expect(statSync(endpoint.host).mode & 0o777).toBe(0o700);
  });

  it("falls back to 127.0.0.1, the port in a file only its owner may read, when the path is too long", async () => {
    const base = mkdtempSync(join(tmpdir(), "nabuur-socket-"));
    dirs.push(base);
    const dataDir = join(base, "a-data-directory-whose-path-is-too-long-for-a-unix-socket".repeat(2));
    const database = await openDatabase({ dataDir, commands: "serve" });
    opened.push(database);
    const endpoint = findCommandEndpoint(dataDir)!;
    expect(endpoint.host).toBe("127.0.0.1");
    expect(statSync(join(dataDir, "run", "port")).mode & 0o777).toBe(0o600);
    const tool = await openDatabase({ dataDir, commands: "connect" });
    opened.push(tool);
    expect(tool.servedBy).toBe(process.pid);
    expect(await tool.prisma.$queryRawUnsafe("SELECT 1 AS one")).toEqual([{ one: 1 }]);
  });

  it("keeps the process's statements out of a command's open transaction", async () => {
    const { database, dataDir } = await serving();
    const cli = await command(dataDir);
    await cli.query("BEGIN");
    await cli.query("INSERT INTO t VALUES (1)");
    let botDone = false;
    const botCount = count(database).then((n) => {
      botDone = true;
      return n;
    });
    // A further round trip of the command, with the process's query asked for in between.
    expect((await cli.query("SELECT count(*)::int AS n FROM t")).rows[0].n).toBe(1);
    expect(botDone).toBe(false);
    await cli.query("ROLLBACK");
    expect(await botCount).toBe(0);
  });

  it("keeps a command's statements out of the process's open transaction", async () => {
    const { database, dataDir } = await serving();
    const cli = await command(dataDir);
    let insideBot!: () => void;
    const botInside = new Promise<void>((resolve) => {
      insideBot = resolve;
    });
    let finishBot!: () => void;
    const botMayFinish = new Promise<void>((resolve) => {
      finishBot = resolve;
    });
    const botTransaction = database.prisma
      .$transaction(async (tx) => {
        await tx.$executeRawUnsafe("INSERT INTO t VALUES (2)");
        insideBot();
        await botMayFinish;
        throw new Error("rolled back on purpose");
      })
      .catch((error: Error) => error.message);
    await botInside;
    const cliInsert = cli.query("INSERT INTO t VALUES (3)");
    // Until the command's insert waits at the gate (or, were there none, ran inside the process's
    // transaction and returned).
    let inserted = false;
    void cliInsert.then(() => {
      inserted = true;
    });
    while (!inserted && database.commandsWaiting() === 0) await new Promise((r) => setTimeout(r, 20));
    finishBot();
    expect(await botTransaction).toBe("rolled back on purpose");
    await cliInsert;
    expect(await count(database)).toBe(1);
    expect((await cli.query("SELECT x FROM t")).rows).toEqual([{ x: 3 }]);
  });

  it("rolls back a command that disconnects mid-transaction; the process carries on", async () => {
    const { database, dataDir } = await serving();
    const cli = await command(dataDir);
    await cli.query("BEGIN");
    await cli.query("INSERT INTO t VALUES (4)");
    const closed = new Promise<void>((resolve) => cli.once("end", () => resolve()));
    (cli as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    await closed;
    expect(await count(database)).toBe(0);
    await database.prisma.$executeRawUnsafe("INSERT INTO t VALUES (5)");
    expect(await count(database)).toBe(1);
    // The next command gets the database as usual.
    const next = await command(dataDir);
    expect((await next.query("SELECT x FROM t")).rows).toEqual([{ x: 5 }]);
  });

  it("lets a command-line tool in through the socket, and fails it (no waiting) when Nabuur stops", async () => {
    const { database, dataDir } = await serving();
    const tool = await openDatabase({ dataDir, commands: "connect" });
    opened.push(tool);
    expect(tool.servedBy).toBe(process.pid);
    await tool.prisma.$executeRawUnsafe("INSERT INTO t VALUES (6)");
    expect(await count(database)).toBe(1);

    await database.close();
    await expect(tool.prisma.$queryRawUnsafe("SELECT count(*) FROM t")).rejects.toThrow();
    // Nabuur released the data directory: the next process opens the files, with the row in them.
    const reopened = await openDatabase({ dataDir });
    opened.push(reopened);
    expect(await count(reopened)).toBe(1);
  });
});
