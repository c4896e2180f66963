/**
 * The command-line tools' common ending: print the result, or one line with the error (no stack
 * trace for a configuration or usage error), and exit with 0 or 1.
 */
import { ConfigError } from "./config.ts";

export async function runCli(run: () => Promise<string>): Promise<never> {
  try {
    process.stdout.write(`${await run()}\n`);
    process.exit(0);
  } catch (error) {
    process.stderr.write(
      `nabuur: ${error instanceof ConfigError ? error.message : (error as Error).message}\n`,
    );
    process.exit(1);
  }
}
