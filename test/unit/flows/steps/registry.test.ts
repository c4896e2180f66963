/**
 * The step registry (src/flows/steps): the one permission table, every button and form with its
 * route and permission, and docs/guideline.md as the registry generates it.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEADLINE_RULES } from "../../../../src/flows/context.ts";
import { PERMISSION_NAMES } from "../../../../src/flows/policy/permission-names.ts";
import { explainDenial } from "../../../../src/flows/policy/permissions.ts";
import { guidelineDoc } from "../../../../src/flows/steps/guideline-doc.ts";
import {
  EVENT_PERMISSIONS,
  PERMISSION_ROLES,
  PERMISSIONS,
  permissionOnCase,
  REGISTRY_COMPLETE,
  ROUTES,
  routeById,
  STEPS,
} from "../../../../src/flows/steps/registry.ts";
import { stepRoute } from "../../../../src/services/interactions/routes/index.ts";

const ROOT = join(import.meta.dirname, "../../../..");

describe("the step registry", () => {
  it("declares every permission once, with roles and a refusal text in Dutch and English", () => {
    expect(REGISTRY_COMPLETE).toBe(true);
    expect(Object.keys(PERMISSIONS).sort()).toEqual([...PERMISSION_NAMES].sort());
    for (const [action, permission] of Object.entries(PERMISSIONS)) {
      expect(permission.roles.length, action).toBeGreaterThan(0);
      expect(permission.does.nl.trim(), action).not.toBe("");
      expect(permission.does.en.trim(), action).not.toBe("");
      expect(PERMISSION_ROLES[action as keyof typeof PERMISSION_ROLES]).toBe(permission.roles);
    }
  });

  it("gives every case event the permission of the step that decides it", () => {
    // That every event has one is a compile-time check in the registry; here: the values are permissions.
    for (const permission of Object.values(EVENT_PERMISSIONS)) expect(PERMISSION_NAMES).toContain(permission);
    expect(EVENT_PERMISSIONS.caseStarted).toBe("startCase");
    expect(EVENT_PERMISSIONS.letterRecorded).toBe("recordLetter");
  });

  it("has a step for every deadline rule", () => {
    const declared = new Set(STEPS.flatMap((step) => [...step.deadlines]));
    expect(DEADLINE_RULES.filter((rule) => !declared.has(rule))).toEqual([]);
  });

  it("routes every button and form id once, to the route of the step that declares it", () => {
    const ids = ROUTES.map((route) => `${route.kind}:${route.id}`);
    expect(new Set(ids).size).toBe(ids.length);
    for (const route of ROUTES) {
      expect(routeById(route.id)).toBe(route);
      const routed = stepRoute(route.kind, route.id);
      expect(routed?.permission, route.id).toBe(route.permission);
      expect(routed?.subject, route.id).toBe(route.subject);
    }
  });

  it("Actie 1: only the care team starts a nuisance case; the landlord picks up a participant's report too", () => {
    expect(routeById("nabuur.case.start")?.permission).toBe("startCase");
    expect(PERMISSION_ROLES[permissionOnCase("startCase", "nuisance")]).toEqual([
      "careTeamMember",
      "coordinator",
    ]);
    expect(PERMISSION_ROLES[permissionOnCase("startCase", "participantReport")]).toContain("landlordStaff");
    expect(
      explainDenial({ reason: "roleNotAllowed", action: "startCase", role: "landlordStaff" }, "nl"),
    ).toBe("Alleen de begeleider of de coördinator kan de zaak starten.");
    expect(
      explainDenial({ reason: "roleNotAllowed", action: "startCase", role: "landlordStaff" }, "en"),
    ).toBe("Only the support worker or the coordinator can start the case.");
  });

  it("names only code and tests that exist in each step's row of the guideline map", () => {
    for (const step of STEPS) {
      for (const path of [...step.guideline.code, ...step.guideline.tests]) {
        const plain = path.replace(/\/?\*$/, "");
        expect(existsSync(join(ROOT, plain)), `${step.id}: ${path}`).toBe(true);
      }
      expect(existsSync(join(ROOT, "src/flows/steps", step.id, "step.ts")), step.id).toBe(true);
    }
  });

  it("docs/guideline.md is what the registry generates (npm run docs:guideline)", () => {
    expect(readFileSync(join(ROOT, "docs/guideline.md"), "utf8")).toBe(guidelineDoc());
  });
});
