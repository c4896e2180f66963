/**
 * AVG inzage and dataportabiliteit: everything Nabuur holds about one participant, as JSON.
 *
 *   npm run export:participant -- <reference> [--out export.json] [--care-provider "<name>"]
 *                                             [--by "<coordinator>"] [--lang nl|en]
 *
 * Without --out the JSON goes to stdout. --care-provider picks the participant when two care
 * providers use the same reference; --by names the coordinator who asked for it (checked against
 * the policy and written to the access log; without it the log says the command line made it).
 */
import { writeFileSync } from "node:fs";
import { runCli } from "./cli.ts";
import { cliOption, cliPositionals, explainCliError, openCliContext, resolveMember } from "./cli-context.ts";
import { loadConfig } from "./config.ts";
import { exportParticipant } from "./services/privacy/export-participant.ts";
import { findParticipantsByReference } from "./store/privacy/participant-records.ts";

const USAGE =
  'usage: npm run export:participant -- <reference> [--out <file.json>] [--care-provider "<name>"] [--by "<member>"] [--lang nl|en]';

async function run(args: string[]): Promise<string> {
  const [reference] = cliPositionals(args);
  if (!reference) throw new Error(USAGE);
  const lang = cliOption(args, "--lang");
  if (lang !== null && lang !== "nl" && lang !== "en") throw new Error(USAGE);
  const out = cliOption(args, "--out");
  const config = loadConfig();
  const { database, runtime } = await openCliContext(config);
  try {
    const careProvider = cliOption(args, "--care-provider")?.trim().toLowerCase();
    const matches = (await findParticipantsByReference(runtime.prisma, reference)).filter(
      (match) => !careProvider || match.careProviderName.toLowerCase() === careProvider,
    );
    if (matches.length === 0) throw new Error(`no participant with reference "${reference}"`);
    if (matches.length > 1) {
      throw new Error(
        `"${reference}" is a participant of ${matches.map((m) => m.careProviderName).join(", ")}: add --care-provider "<name>"`,
      );
    }
    const by = cliOption(args, "--by");
    const requestedBy = by ? await resolveMember(runtime.prisma, by) : null;
    const exported = await exportParticipant(runtime, matches[0]!.id, {
      requestedBy,
      locale: lang ?? config.DEFAULT_LOCALE,
    });
    const json = JSON.stringify(exported, null, 2);
    if (!out) return json;
    writeFileSync(out, `${json}\n`, { mode: 0o600 });
    return `wrote everything held about ${matches[0]!.reference} (${exported.cases.length} case(s), ${exported.signals.length} signal(s)) to ${out}`;
  } catch (error) {
    throw explainCliError(error, config);
  } finally {
    await database.close();
  }
}

await runCli(() => run(process.argv.slice(2)));
