/**
 * Checks the timeline hash chain of an exported nuisance dossier (the JSON export):
 *
 *   npm run dossier:verify -- overlastdossier-zaak-12-verhuurder.json
 *
 * Prints "OK: n entries" or where the chain breaks (entry and reason) and exits with code 1.
 */
import { readFileSync } from "node:fs";
import { verifyDossier } from "./services/dossier/verify-dossier.ts";

function run(path: string | undefined): { code: number; text: string } {
  if (!path) return { code: 2, text: "usage: npm run dossier:verify -- <dossier.json>" };
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    return { code: 2, text: `cannot read ${path} as JSON: ${(error as Error).message}` };
  }
  const result = verifyDossier(json);
  if (result.ok) {
    const withheld =
      result.withheld > 0 ? ` (${result.withheld} withheld from this version, hashes checked)` : "";
    return { code: 0, text: `OK: ${result.entries} entries${withheld}` };
  }
  const where = result.seq === null ? "the timeline" : `entry ${result.seq}`;
  return { code: 1, text: `BROKEN at ${where}: ${result.reason}` };
}

const { code, text } = run(process.argv[2]);
(code === 2 ? process.stderr : process.stdout).write(`${text}\n`);
process.exit(code);
