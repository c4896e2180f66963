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
import { loadConfig } from "./config.ts";
import { ORGANISATION_KINDS, type OrganisationKind, ROLES, type Role } from "./flows/model.ts";
import { openDatabase } from "./store/database.ts";
import { createMember, createOrganisation, listOrganisations } from "./store/members/members.ts";

function option(args: string[], name: string): string | null {
  const index = args.indexOf(name);
  return index >= 0 ? (args[index + 1] ?? null) : null;
}

async function run(args: string[]): Promise<string> {
  const config = loadConfig();
  if (args[0] === "hold" || args[0] === "retention") {
    const { privacy } = await import("./admin-holds.ts");
    return privacy(config, args[0], args[1], args.slice(2));
  }
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
