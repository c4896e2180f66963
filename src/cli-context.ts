/**
 * What the command-line tools that call the services share: the database and a service runtime
 * on the system clock (no chat platform: they write no messages), and the member a `--by` option
 * names, acting with their own role.
 */
import type { Config } from "./config.ts";
import { FlowError } from "./flows/errors.ts";
import type { Actor, Role } from "./flows/model.ts";
import type { Permission } from "./flows/policy/permission-names.ts";
import type { DenialReason } from "./flows/policy/permissions.ts";
import { explainDenial, POLICY_DENIED } from "./flows/policy/permissions.ts";
import { createLogger } from "./logger.ts";
import { systemClock } from "./services/clock.ts";
import { createRuntime } from "./services/create-runtime.ts";
import { nudgePlanner } from "./services/nudge-planner.ts";
import type { ServiceRuntime } from "./services/runtime.ts";
import { type Database, openDatabase } from "./store/database.ts";
import type { PrismaClient } from "./store/db-types.ts";
import { actorOf, findMembersByHandle } from "./store/members/members.ts";

export interface CliContext {
  database: Database;
  runtime: ServiceRuntime;
}

/** Opens (and migrates) the database of the configuration and builds a runtime on it. */
export async function openCliContext(config: Config): Promise<CliContext> {
  const database = await openDatabase({
    url: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    commands: "connect",
  });
  try {
    await database.migrate();
  } catch (error) {
    await database.close();
    throw error;
  }
  const runtime = createRuntime({
    prisma: database.prisma,
    clock: systemClock,
    logger: createLogger(config.LOG_LEVEL === "info" ? "warn" : config.LOG_LEVEL),
    platforms: [],
    defaultLocale: config.DEFAULT_LOCALE,
    deadlineSettings: config.DEADLINES,
    nudges: nudgePlanner(),
  });
  return { database, runtime };
}

/** The value after `name` in `args`, or null. */
export function cliOption(args: string[], name: string): string | null {
  const index = args.indexOf(name);
  return index >= 0 ? (args[index + 1] ?? null) : null;
}

/** The arguments without `--name value` options. */
export function cliPositionals(args: string[]): string[] {
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i]!.startsWith("--")) i++;
    else positionals.push(args[i]!);
  }
  return positionals;
}

/** The one active member `handle` names (id, Slack or Teams user id, or display name). */
export async function resolveMember(prisma: PrismaClient, handle: string): Promise<Actor> {
  const members = await findMembersByHandle(prisma, handle);
  if (members.length === 0) throw new Error(`no active member "${handle}" (id, Slack/Teams user id or name)`);
  if (members.length > 1) {
    throw new Error(
      `"${handle}" names ${members.length} members (${members.map((m) => `${m.displayName} of ${m.organisationName}`).join("; ")}): use the member id or a Slack/Teams user id`,
    );
  }
  return actorOf(members[0]!);
}

/** A policy refusal as one readable line; other errors unchanged. */
export function explainCliError(error: unknown, config: Config): Error {
  if (error instanceof FlowError && error.code === POLICY_DENIED) {
    const { action, reason, role } = error.params as { action: string; reason: string; role: string };
    return new Error(
      explainDenial(
        { action: action as Permission, reason: reason as DenialReason, role: role as Role },
        config.DEFAULT_LOCALE,
      ),
    );
  }
  return error as Error;
}
