import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.ts";
import { Shutdown } from "../../src/shutdown.ts";

/** A logger whose JSON lines are kept in `lines`. */
function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logger: createLogger("info", stream), lines };
}

describe("Shutdown: what a start-up opened is closed in reverse order, once", () => {
  it("closes the last one added first, and a second run closes nothing again", async () => {
    const { logger } = capturingLogger();
    const closed: string[] = [];
    const shutdown = new Shutdown(logger);
    for (const name of ["database", "scheduler", "server"])
      shutdown.add(async () => {
        closed.push(name);
      });
    await Promise.all([shutdown.run(), shutdown.run()]);
    await shutdown.run();
    expect(closed).toEqual(["server", "scheduler", "database"]);
  });

  it("a close that fails is logged and the others still run", async () => {
    const { logger, lines } = capturingLogger();
    const closed: string[] = [];
    const shutdown = new Shutdown(logger);
    shutdown.add(async () => {
      closed.push("database");
    });
    shutdown.add(async () => {
      throw new Error("socket already closed");
    });
    await shutdown.run();
    expect(closed).toEqual(["database"]);
    expect(lines).toEqual([
      expect.objectContaining({
        msg: "stop failed",
        err: expect.objectContaining({ message: "socket already closed" }),
      }),
    ]);
  });
});
