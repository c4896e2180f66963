/**
 * Checks the timeline hash chain of an exported nuisance dossier (the JSON export):
 *
 *   npm run dossier:verify -- overlastdossier-zaak-12-verhuurder.json [brief-wijkagent.pdf …]
 *
 * Prints "OK: n entries" or where the chain breaks (entry and reason) and exits with code 1. Files
 * named after the dossier (the letters and e-mails kept with its correspondence) must each be one
 * the dossier lists, by their SHA-256.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { listedFileHashes, verifyDossier } from "./services/dossier/verify-dossier.ts";

function run(path: string | undefined, files: string[]): { code: number; text: string } {
  if (!path) return { code: 2, text: "usage: npm run dossier:verify -- <dossier.json>" };
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    return { code: 2, text: `cannot read ${path} as JSON: ${(error as Error).message}` };
  }
  const result = verifyDossier(json);
  if (result.ok) {
    const listed = listedFileHashes(json);
    for (const file of files) {
      const sha256 = createHash("sha256").update(readFileSync(file)).digest("hex");
      if (!listed.has(sha256)) return { code: 1, text: `NOT IN THE DOSSIER: ${file} (SHA-256 ${sha256})` };
    }
    const withheld =
      result.withheld > 0 ? ` (${result.withheld} withheld from this version, hashes checked)` : "";
    const checked = files.length > 0 ? `; ${files.length} file(s) listed with the correspondence` : "";
    return { code: 0, text: `OK: ${result.entries} entries${withheld}${checked}` };
  }
  const where = result.seq === null ? "the timeline" : `entry ${result.seq}`;
  return { code: 1, text: `BROKEN at ${where}: ${result.reason}` };
}

const { code, text } = run(process.argv[2], process.argv.slice(3));
(code === 2 ? process.stderr : process.stdout).write(`${text}\n`);
process.exit(code);
