/**
 * The logger of every test harness: silent on its own; during a full run (the privacy ledger's
 * folder is set) every line down to debug level goes to a log file in that folder, and
 * test/ledger scans the whole run's logs for tokens, signing secrets, API keys and complainant
 * identities — the log output of the real bot, not of a special test mode.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { pino } from "pino";
import { createLogger, type Logger } from "../../src/logger.ts";
import { ledgerDir } from "./privacy-ledger.ts";

let shared: Logger | null = null;

export function testLogger(): Logger {
  const dir = ledgerDir();
  if (!dir) return createLogger("silent");
  if (!shared) {
    mkdirSync(dir, { recursive: true });
    shared = createLogger(
      "debug",
      pino.destination({ dest: join(dir, `log-${process.pid}.jsonl`), sync: true, append: true }),
    );
  }
  return shared;
}
