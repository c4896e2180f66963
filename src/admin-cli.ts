/**
 * First set-up without a chat platform: organisations and their first admins.
 *
 *   npm run admin -- org add <careProvider|landlord|municipality|police> "<name>" [--partner-of "<care provider>"]
 *   npm run admin -- org list
 *   npm run admin -- member add "<organisation>" <role> "<display name>" [--slack U123] [--teams <aad id>]
 *
 * After that, admins give roles from the chat: /nabuur lid @someone <rol>.
 *
 * AVG: a legal hold keeps a case from being anonymised after its retention period; a coordinator
 * or an admin (named with --by: member id, Slack/Teams user id or name) sets and lifts it:
 *
 *   npm run admin -- hold set <case number> "<reason>" --by "<member>"
 *   npm run admin -- hold lift <case number> "<reason>" --by "<member>"
 *   npm run admin -- hold list
 *   npm run admin -- retention run        anonymise what is due now (the scheduler does it daily)
 */
import { runCli } from "./cli.ts";
import { cliOption, cliPositionals, explainCliError, openCliContext, resolveMember } from "./cli-context.ts";
import { type Config, loadConfig } from "./config.ts";
import { ORGANISATION_KINDS, type OrganisationKind, ROLES, type Role } from "./flows/model.ts";
import { sweepRetention } from "./services/privacy/anonymise-closed-cases.ts";
import { liftLegalHold, setLegalHold } from "./services/privacy/legal-hold.ts";
import { openDatabase } from "./store/database.ts";
import {
  createMember,
  createOrganisation,
  findMembersByIds,
  listOrganisations,
} from "./store/members/members.ts";
import { listLegalHolds } from "./store/privacy/retention-repository.ts";

function option(args: string[], name: string): string | null {
  const index = args.indexOf(name);
  return index >= 0 ? (args[index + 1] ?? null) : null;
}

const HOLD_USAGE =
  'usage: hold set <case number> "<reason>" --by "<member>" | hold lift <case number> "<reason>" --by "<member>" | hold list';

/** Legal holds and the retention sweep (AVG), through the services. */
async function privacy(config: Config, noun: string, verb: string | undefined, rest: string[]) {
  const { database, runtime } = await openCliContext(config);
  try {
    if (noun === "retention") {
      if (verb !== "run") throw new Error("usage: retention run");
      const report = await sweepRetention(runtime, {
        careDays: config.RETENTION_CARE_DAYS,
        housingDays: config.RETENTION_HOUSING_DAYS,
      });
      return `anonymised ${report.anonymised} part(s) of closed cases; ${report.failed} failed`;
    }
    if (verb === "list") {
      const holds = await listLegalHolds(runtime.prisma);
      const names = new Map(
        (
          await findMembersByIds(
            runtime.prisma,
            holds.map((hold) => hold.legalHoldById ?? ""),
          )
        ).map((m) => [m.id, m.displayName]),
      );
      return (
        holds
          .map((hold) =>
            [
              `case ${hold.number}`,
              `since ${hold.legalHoldSince?.toISOString()}`,
              `by ${names.get(hold.legalHoldById ?? "") ?? hold.legalHoldById}`,
              hold.legalHoldReason,
            ].join("  "),
          )
          .join("\n") || "(no legal holds)"
      );
    }
    const [caseNumber, reason] = cliPositionals(rest);
    const by = cliOption(rest, "--by");
    if ((verb !== "set" && verb !== "lift") || !caseNumber || !reason || !by) throw new Error(HOLD_USAGE);
    const actor = await resolveMember(runtime.prisma, by);
    const change = await (verb === "set" ? setLegalHold : liftLegalHold)(runtime, actor, caseNumber, reason);
    return verb === "set"
      ? `legal hold set on case ${change.caseNumber}: it is not anonymised until the hold is lifted`
      : `legal hold lifted on case ${change.caseNumber}: the retention periods apply again`;
  } catch (error) {
    throw explainCliError(error, config);
  } finally {
    await database.close();
  }
}

async function run(args: string[]): Promise<string> {
  const config = loadConfig();
  if (args[0] === "hold" || args[0] === "retention") return privacy(config, args[0], args[1], args.slice(2));
  const database = await openDatabase({
    url: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    commands: "connect",
  });
  try {
    await database.migrate();
    const prisma = database.prisma;
    const organisations = await listOrganisations(prisma);
    const byName = (name: string) => {
      const found = organisations.find(
        (organisation) => organisation.name.toLowerCase() === name.toLowerCase(),
      );
      if (!found) throw new Error(`organisation "${name}" not found; see: npm run admin -- org list`);
      return found;
    };
    const [noun, verb, ...rest] = args;
    if (noun === "org" && verb === "list") {
      return (
        organisations
          .map((organisation) => `${organisation.kind.padEnd(13)} ${organisation.name}`)
          .join("\n") || "(none)"
      );
    }
    if (noun === "org" && verb === "add") {
      const [kind, name] = rest;
      if (!ORGANISATION_KINDS.includes(kind as OrganisationKind) || !name) {
        throw new Error(`usage: org add <${ORGANISATION_KINDS.join("|")}> "<name>"`);
      }
      const partnerOf = option(rest, "--partner-of");
      const created = await createOrganisation(
        prisma,
        kind as OrganisationKind,
        name,
        partnerOf ? byName(partnerOf).id : null,
      );
      return `created ${created.kind} ${created.name}`;
    }
    if (noun === "member" && verb === "add") {
      const [organisationName, role, displayName] = rest;
      if (!organisationName || !ROLES.includes(role as Role) || !displayName) {
        throw new Error(
          `usage: member add "<organisation>" <${ROLES.join("|")}> "<name>" [--slack U123] [--teams <id>]`,
        );
      }
      const member = await createMember(prisma, {
        organisationId: byName(organisationName).id,
        role: role as Role,
        displayName,
        slackUserId: option(rest, "--slack"),
        teamsUserId: option(rest, "--teams"),
      });
      return `added ${member.displayName} as ${member.role} of ${member.organisationName}`;
    }
    throw new Error(
      "usage: org add|list, member add, hold set|lift|list, retention run (see src/admin-cli.ts)",
    );
  } finally {
    await database.close();
  }
}

await runCli(() => run(process.argv.slice(2)));
