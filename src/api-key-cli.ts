/**
 * Intake API keys of landlords:
 *
 *   npm run apikey -- create "<landlord name>" [label]   prints the key once; only its hash is stored
 *   npm run apikey -- revoke <prefix>
 *   npm run apikey -- list
 */

import { generateApiKey } from "./api/api-keys.ts";
import { runCli } from "./cli.ts";
import { loadConfig } from "./config.ts";
import { insertApiKey, listApiKeys, revokeApiKey } from "./store/api-keys/api-key-repository.ts";
import { openDatabase } from "./store/database.ts";
import type { PrismaClient } from "./store/db-types.ts";
import { listOrganisations } from "./store/members/members.ts";

const USAGE = 'usage: apikey create "<landlord name>" [label] | apikey revoke <prefix> | apikey list';

async function create(prisma: PrismaClient, name: string | undefined, label: string | undefined) {
  if (!name) throw new Error(USAGE);
  const organisation = (await listOrganisations(prisma)).find(
    (candidate) => candidate.name.toLowerCase() === name.trim().toLowerCase(),
  );
  if (!organisation) throw new Error(`organisation "${name}" not found; see: npm run admin -- org list`);
  if (organisation.kind !== "landlord") {
    throw new Error(
      `"${organisation.name}" is a ${organisation.kind}: intake API keys are for landlords only`,
    );
  }
  const key = generateApiKey();
  const keyLabel = label?.trim() || "intake";
  await insertApiKey(prisma, {
    organisationId: organisation.id,
    prefix: key.prefix,
    hash: key.hash,
    label: keyLabel,
    memberName: `API-koppeling ${organisation.name} (${keyLabel}, nbr_${key.prefix})`,
  });
  return [
    `created API key ${key.prefix} for ${organisation.name} (${keyLabel})`,
    "",
    `  ${key.token}`,
    "",
    "This is the only time the key is shown: store it in the landlord's system now.",
  ].join("\n");
}

async function run(args: string[]): Promise<string> {
  const [verb, ...rest] = args;
  if (verb !== "create" && verb !== "revoke" && verb !== "list") throw new Error(USAGE);
  const config = loadConfig();
  const database = await openDatabase({
    url: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    commands: "connect",
  });
  try {
    await database.migrate();
    const prisma = database.prisma;
    if (verb === "create") return await create(prisma, rest[0], rest[1]);
    if (verb === "revoke") {
      const prefix = rest[0]?.replace(/^nbr_/, "").split("_")[0];
      if (!prefix) throw new Error(USAGE);
      if (!(await revokeApiKey(prisma, prefix, new Date()))) {
        throw new Error(`no active API key with prefix ${prefix}; see: npm run apikey -- list`);
      }
      return `revoked API key ${prefix}`;
    }
    const keys = await listApiKeys(prisma);
    if (keys.length === 0) return "(no API keys)";
    return keys
      .map((key) =>
        [
          key.prefix,
          key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : "active",
          key.organisationName,
          key.label,
          `created ${key.createdAt.toISOString()}`,
          key.lastUsedAt ? `last used ${key.lastUsedAt.toISOString()}` : "never used",
        ].join("  "),
      )
      .join("\n");
  } finally {
    await database.close();
  }
}

await runCli(() => run(process.argv.slice(2)));
