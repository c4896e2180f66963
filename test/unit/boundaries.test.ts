/**
 * Architecture boundaries: the guideline's code stays pure, Prisma stays in the store, every
 * Teams SDK import stays in src/bot/teams, and imports only go down: flows ← store ← services (the
 * chat core owns the chat port) ← bot, api, playground.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(import.meta.dirname, "../../src");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "generated") return [];
    return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
  });
}

function imports(path: string): string[] {
  const source = readFileSync(path, "utf8");
  return [...source.matchAll(/(?:^|\n)\s*(?:import|export)[^;]*?from\s+["']([^"']+)["']/g)].map(
    (match) => match[1]!,
  );
}

/** Prisma's model delegates on a client: `organisation`, `member`, `case`, … from the schema. */
const DELEGATES = [
  ...readFileSync(join(SRC, "../prisma/schema.prisma"), "utf8").matchAll(/^model\s+(\w+)/gm),
].map((match) => match[1]!.charAt(0).toLowerCase() + match[1]!.slice(1));

/** A query through a model delegate (`tx.case.update(`, `prisma\n  .member\n  .findMany(`). */
const DELEGATE_QUERY = new RegExp(
  `\\.\\s*(?:${DELEGATES.join("|")})\\s*\\.\\s*(?:findMany|findFirst|findUnique|findFirstOrThrow|findUniqueOrThrow|create|createMany|createManyAndReturn|update|updateMany|updateManyAndReturn|upsert|delete|deleteMany|count|aggregate|groupBy)\\s*\\(`,
  "g",
);

/** Raw SQL and transactions on a client. */
const CLIENT_QUERY = /\$(?:queryRaw|executeRaw|queryRawUnsafe|executeRawUnsafe|queryRawTyped|transaction)\b/g;

/**
 * Transactions opened outside the store, each only handing its `tx` on to store functions:
 * `transact`, the unit of work of every service decision (with its retries); the nudge sweep's
 * claimed-row transaction (no retries: a lost claim must send nothing); the participant export's
 * read-and-log transaction (longer timeout, no retries, no outbox delivery afterwards).
 */
const ALLOWED_TRANSACTIONS = [
  "services/runtime.ts transact",
  "services/nudge-sweep.ts nudgeOne",
  "services/privacy/export-participant.ts exportParticipant",
];

/** The name of the function declared last before `index`. */
function enclosingFunction(source: string, index: number): string {
  const declared = [...source.slice(0, index).matchAll(/\bfunction\s+(\w+)/g)];
  return declared.at(-1)?.[1] ?? "(top level)";
}

function offenders(dir: string, forbidden: RegExp): string[] {
  return files(join(SRC, dir)).flatMap((path) =>
    imports(path)
      .filter((specifier) => forbidden.test(specifier))
      .map((specifier) => `${relative(SRC, path)} imports ${specifier}`),
  );
}

describe("boundaries", () => {
  it("src/flows imports no chat platform, Prisma, generated client, scheduler, store, bot or node I/O", () => {
    expect(
      offenders(
        "flows",
        /^(@slack\/|@microsoft\/|botbuilder|@prisma\/|node-cron|pg$|node:(fs|http|net|child_process))|generated\/prisma|\/store\/|\/bot\/|\/services\//,
      ),
    ).toEqual([]);
  });

  it("Prisma is imported only in src/store", () => {
    const outside = files(SRC)
      .filter((path) => !relative(SRC, path).startsWith("store/"))
      .flatMap((path) =>
        imports(path)
          .filter((specifier) => /^@prisma\/|generated\/prisma/.test(specifier))
          .map((s) => `${relative(SRC, path)}: ${s}`),
      );
    expect(outside).toEqual([]);
  });

  it("Prisma is queried only in src/store (model delegates, raw SQL, transactions)", () => {
    const outside = files(SRC)
      .filter((path) => !relative(SRC, path).startsWith("store/"))
      .flatMap((path) => {
        const where = relative(SRC, path);
        const source = readFileSync(path, "utf8");
        return [...source.matchAll(DELEGATE_QUERY), ...source.matchAll(CLIENT_QUERY)]
          .map((match) => ({ match, at: `${where} ${enclosingFunction(source, match.index)}` }))
          .filter(({ match, at }) => !(match[0] === "$transaction" && ALLOWED_TRANSACTIONS.includes(at)))
          .map(({ match, at }) => `${at}: ${match[0].replace(/\s+/g, "")}`);
      });
    expect(outside).toEqual([]);
  });

  it("the Teams SDK is imported only in src/bot/teams, Slack's only in src/bot/slack", () => {
    const wrong = files(SRC).flatMap((path) => {
      const where = relative(SRC, path);
      return imports(path)
        .filter(
          (specifier) =>
            (/^(@microsoft\/|botbuilder)/.test(specifier) && !where.startsWith("bot/teams/")) ||
            (/^@slack\//.test(specifier) && !where.startsWith("bot/slack/")),
        )
        .map((specifier) => `${where}: ${specifier}`);
    });
    expect(wrong).toEqual([]);
  });

  it("src/services (the chat core included) imports nothing from src/bot, src/api or src/playground", () => {
    expect(offenders("services", /(?:^|\/)(?:bot|api|playground)\//)).toEqual([]);
  });

  it("src/store imports nothing from src/bot, src/services or src/api", () => {
    expect(offenders("store", /(?:^|\/)(?:bot|services|api)\//)).toEqual([]);
  });

  it("src/store builds no platform mention syntax (delivery renders member references per platform)", () => {
    const built = files(join(SRC, "store")).flatMap((path) =>
      [...readFileSync(path, "utf8").matchAll(/<@\$\{|["'`]<@["'`]/g)].map(
        (match) => `${relative(SRC, path)}: ${match[0]}`,
      ),
    );
    expect(built).toEqual([]);
  });

  it("a step module declares only: it imports zod, its step's shape and the flows' ids and schemas", () => {
    const declarations = files(join(SRC, "flows/steps")).filter((path) =>
      /\/steps\/[^/]+\/step\.ts$/.test(path),
    );
    const wrong = declarations.flatMap((path) =>
      imports(path)
        .filter(
          (specifier) => !/^zod$|^\.\.\/step\.ts$|^\.\.\/\.\.\/\w+\/(buttons|model)\.ts$/.test(specifier),
        )
        .map((specifier) => `${relative(SRC, path)}: ${specifier}`),
    );
    expect(declarations.length).toBeGreaterThan(10);
    expect(wrong).toEqual([]);
  });

  it("chat routes live in src/services/interactions/routes, one file per step module", () => {
    const steps = readdirSync(join(SRC, "flows/steps")).filter((name) =>
      statSync(join(SRC, "flows/steps", name)).isDirectory(),
    );
    const routes = readdirSync(join(SRC, "services/interactions/routes"))
      .map((name) => name.replace(/\.ts$/, ""))
      .filter((name) => name !== "index" && name !== "step-routes");
    // Steps reached by commands only have no routes file.
    expect(routes.filter((name) => !steps.includes(name))).toEqual([]);
  });
});
