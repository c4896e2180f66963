/**
 * Architecture boundaries: the guideline's code stays pure, Prisma stays in the store, and every
 * Teams SDK import stays in src/bot/teams.
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
});
