import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assessmentTexts } from "../../../../src/flows/assessment/texts.ts";
import {
  CASE_ERROR_CODES,
  CASE_TIMELINE_EVENTS,
  describeTimelineEvent,
  errorMessage,
  errorTexts,
  formTexts,
  uiTexts,
} from "../../../../src/flows/cases/texts.ts";
import { ladderTexts } from "../../../../src/flows/ladder/texts.ts";
import { LOCALES } from "../../../../src/flows/model.ts";
import type { UnknownTimelineEventName } from "../../../../src/flows/timeline-events.ts";
import { fullScenario } from "./full-scenario.ts";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

function keyPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keyPaths(inner, `${prefix}.${key}`));
}

describe("Texts: Dutch by default, English complete", () => {
  it.each([
    ["ui", uiTexts],
    ["forms", formTexts],
    ["errors", errorTexts],
    ["assessment", assessmentTexts],
    ["ladder", ladderTexts],
  ] as const)("%s: English has exactly the Dutch keys", (_name, texts) => {
    expect(keyPaths(texts.en).sort()).toEqual(keyPaths(texts.nl).sort());
  });

  it("every error code a case flow can throw has a Dutch and English message", () => {
    const thrown = new Set<string>();
    for (const dir of ["src/flows/cases", "src/flows/ladder", "src/flows/assessment"]) {
      for (const file of sourceFiles(dir)) {
        const source = readFileSync(file, "utf8");
        for (const match of source.matchAll(/new FlowError\("([^"]+)"/g)) thrown.add(match[1]!);
        for (const match of source.matchAll(/code: "(court\.[a-zA-Z]+)"/g)) thrown.add(match[1]!);
      }
    }
    expect(thrown.size).toBeGreaterThan(20);
    for (const code of thrown) expect(CASE_ERROR_CODES, code).toContain(code);
    for (const code of CASE_ERROR_CODES) {
      for (const locale of LOCALES) {
        const message = errorMessage(
          code,
          { step: "Actie 3", expected: "landlord", missing: "gedrag" },
          locale,
        );
        expect(message.length, code).toBeGreaterThan(10);
        expect(message).not.toContain("undefined");
      }
    }
    expect(errorMessage("mediation.consentRequired", {})).toMatch(/toestemming van de deelnemer/);
  });

  it("every timeline event a full case writes has a description in both languages", () => {
    const s = fullScenario();
    const written = new Set(s.timeline().map((e) => e.event));
    for (const event of written) expect(CASE_TIMELINE_EVENTS, event).toContain(event);
    for (const entry of s.timeline()) {
      for (const locale of LOCALES) {
        const text = describeTimelineEvent(entry.event, entry.details, locale);
        expect(text, entry.event).not.toBe(entry.event);
        expect(text, entry.event).not.toMatch(/undefined|\[object/);
      }
    }
  });

  it("describes every event code, also with empty details", () => {
    for (const event of CASE_TIMELINE_EVENTS) {
      for (const locale of LOCALES)
        expect(describeTimelineEvent(event, {}, locale).length, event).toBeGreaterThan(5);
    }
    expect(describeTimelineEvent("unknown.event" as UnknownTimelineEventName, {}, "nl")).toBe(
      "unknown.event",
    );
  });

  it("timeline descriptions read as Dutch sentences for the dossier", () => {
    expect(
      describeTimelineEvent(
        "action.skipped",
        { actionCode: "neighbourMediation", reason: "Deelnemer wil niet" },
        "nl",
      ),
    ).toBe(
      "Actie overgeslagen: Als dat niet lukt: Buurtbemiddeling inschakelen (alleen met toestemming van de deelnemer). Reden: Deelnemer wil niet",
    );
    expect(
      describeTimelineEvent(
        "ladder.stepTaken",
        {
          step: "actie4",
          situation: "repeatedComplaints",
          unmetPreconditions: "previousLetterRecorded",
          unmetCount: 1,
        },
        "nl",
      ),
    ).toBe(
      "Actie 4: tweede waarschuwingsbrief gezet (Situatie 2: herhalende of voortdurende klachten). Niet voldaan: vorige brief vastgelegd",
    );
  });
});
