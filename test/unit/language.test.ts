/**
 * One language (docs/glossary.md): every text table, step module and card renderer is scanned for
 * the words the glossary retired. One case is a "zaak" (never "casus", "overlastklacht" or
 * "klacht <zaaknummer>"); done is "Afgerond" (never "Gedaan" or "Klaar" as a button).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatDueAt } from "../../src/flows/deadlines/format.ts";
import { formatDate, formatDateTime } from "../../src/flows/format.ts";

const ROOT = join(import.meta.dirname, "..", "..");

/** Where user-facing texts live: text tables, step modules (refusal texts), card specs and renderers. */
function textFiles(): string[] {
  const all = (readdirSync(join(ROOT, "src"), { recursive: true }) as string[])
    .map((file) => file.split("\\").join("/"))
    .filter((file) => file.endsWith(".ts") && !file.startsWith("store/generated/"));
  return all
    .filter(
      (file) =>
        /(^|\/)([a-z-]*texts?(-[a-z]+)?)\.ts$/.test(file) ||
        file.startsWith("flows/cases/texts/") ||
        /^flows\/steps\/[^/]+\/step\.ts$/.test(file) ||
        /card-specs?\.ts$/.test(file) ||
        file.startsWith("flows/cases/render/") ||
        file.startsWith("services/interactions/routes/"),
    )
    .map((file) => `src/${file}`)
    .sort();
}

/** The string literals of a source file, comments left out. */
function literals(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  return [...code.matchAll(/"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`|'(?:[^'\\\n]|\\.)*'/g)].map((m) => m[0]);
}

/** The retired words, each with the glossary's word instead. */
const RETIRED: { pattern: RegExp; use: string }[] = [
  { pattern: /\bcasus/i, use: "zaak" },
  { pattern: /overlastklacht/i, use: "zaak (the case) or klacht (one complaint in it)" },
  { pattern: /\bklacht \$\{n\}/i, use: "zaak <n> (n is the case's number)" },
  { pattern: /\bcomplaint \$\{n\}/i, use: "case <n>" },
  { pattern: /^["'`](Gedaan|Klaar)["'`]$/, use: "Afgerond" },
];

describe("one language", () => {
  const files = textFiles();

  it("finds the text tables, step modules and card renderers", () => {
    expect(files).toContain("src/flows/cases/texts/ui-nl.ts");
    expect(files).toContain("src/flows/policy/texts.ts");
    expect(files).toContain("src/api/texts.ts");
    expect(files).toContain("src/playground/texts.ts");
    expect(files).toContain("src/flows/steps/zaak-en-dossier/step.ts");
    expect(files).toContain("src/flows/cases/render/ladder-card.ts");
    expect(files.length).toBeGreaterThan(40);
  });

  it.each(files)("%s uses none of the retired words", (file) => {
    const found = literals(readFileSync(join(ROOT, file), "utf8")).flatMap((literal) =>
      RETIRED.filter((r) => r.pattern.test(literal)).map((r) => `${literal} → ${r.use}`),
    );
    expect(found).toEqual([]);
  });

  it("dates in texts come from src/flows/format.ts, never from an ad-hoc toLocale… or Intl call", () => {
    const adHoc = /\.toLocale(Date|Time)?String\(|Intl\.DateTimeFormat/;
    const found = (readdirSync(join(ROOT, "src"), { recursive: true }) as string[])
      .map((file) => file.split("\\").join("/"))
      .filter((file) => file.endsWith(".ts") && !file.startsWith("store/generated/"))
      .filter((file) =>
        readFileSync(join(ROOT, "src", file), "utf8")
          .split("\n")
          // A number's decimal comma ("92,2%") is not a date.
          .some((line) => adHoc.test(line) && !/\(\(100 \* part\)/.test(line)),
      );
    expect(found).toEqual([]);
  });

  it("the one chat date: do 5 mrt 2026 10:00 / Thu 5 Mar 2026 10:00, in Amsterdam time", () => {
    expect(formatDateTime("2026-03-05T09:00:00Z", "nl")).toBe("do 5 mrt 2026 10:00");
    expect(formatDateTime("2026-03-05T09:00:00Z", "en")).toBe("Thu 5 Mar 2026 10:00");
    expect(formatDate("2026-07-05T22:30:00Z", "nl")).toBe("ma 6 jul 2026");
    expect(formatDueAt("2026-03-05T09:00:00Z", "nl")).toBe(formatDateTime("2026-03-05T09:00:00Z", "nl"));
  });

  it("the scan catches a retired word", () => {
    const found = literals(
      ["const t = { title: (n) => `Samenvatting casus $", '{n}`, done: "Klaar" };'].join(""),
    ).filter((literal) => RETIRED.some((r) => r.pattern.test(literal)));
    expect(found).toHaveLength(2);
  });
});
