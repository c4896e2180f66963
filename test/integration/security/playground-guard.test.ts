/**
 * The playground has no sign-in, so it opens only an empty database or the demo's: started on a
 * database that holds real organisations (e.g. when the chat variables are missing by mistake), it
 * refuses before its page listens, naming what it found.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config.ts";
import { createLogger } from "../../../src/logger.ts";
import { PlaygroundRefusedError, startPlayground } from "../../../src/playground/playground.ts";
import { openDatabase } from "../../../src/store/database.ts";
import { createOrganisation } from "../../../src/store/members/members.ts";

describe("the playground on a database that is not the demo's", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "nabuur-playground-guard-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("refuses to start, naming the organisations it found", { timeout: 120_000 }, async () => {
    const database = await openDatabase({ dataDir });
    await database.migrate();
    await createOrganisation(database.prisma, "careProvider", "Echte Zorgaanbieder");
    await database.close();

    const started = startPlayground({
      config: loadConfig({ PORT: "0", DATA_DIR: dataDir, LOG_LEVEL: "silent" }),
      logger: createLogger("silent"),
      snapshotFile: null,
      schedulerCron: null,
    });
    await expect(started).rejects.toThrow(PlaygroundRefusedError);
    await expect(started).rejects.toThrow(/Echte Zorgaanbieder/);
  });
});
