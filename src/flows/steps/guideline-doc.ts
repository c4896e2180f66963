/**
 * docs/guideline.md, generated from the step registry: each guideline step → what Nabuur does → its
 * step module, buttons, forms and who may use them → code → tests. `npm run docs:guideline` writes
 * it; a test fails when the committed file differs.
 */
import type { Role } from "../model.ts";
import { PERMISSIONS, STEPS } from "./registry.ts";
import type { StepModule } from "./step.ts";

const ROLE_NAMES: Record<Role, string> = {
  careTeamMember: "support worker",
  coordinator: "coordinator",
  landlordStaff: "landlord staff",
  partner: "partner",
  admin: "admin",
};

const code = (text: string) => `\`${text}\``;
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function who(permission: keyof typeof PERMISSIONS): string {
  return PERMISSIONS[permission].roles.map((role) => ROLE_NAMES[role]).join(", ");
}

function stepSection(step: StepModule): string[] {
  const lines = [`### ${step.title.en} — ${code(`src/flows/steps/${step.id}/step.ts`)}`, ""];
  lines.push(`Guideline: ${step.guideline.guideline}. ${step.guideline.does}`, "");
  const owned = Object.keys(step.permissions) as (keyof typeof PERMISSIONS)[];
  if (owned.length > 0) {
    lines.push("| Permission | Who may | Refusal names it as |", "|---|---|---|");
    for (const permission of owned) {
      lines.push(`| ${code(permission)} | ${who(permission)} | ${PERMISSIONS[permission].does.nl} |`);
    }
    lines.push("");
  }
  const routes = [
    ...Object.entries(step.buttons).map(([name, button]) => ({ kind: "button", name, ...button })),
    ...Object.entries(step.forms).map(([name, form]) => ({ kind: "form", name, ...form })),
  ];
  if (routes.length > 0) {
    lines.push("| Button / form | Id | Permission | On |", "|---|---|---|---|");
    for (const route of routes) {
      lines.push(
        `| ${route.kind} ${code(route.name)} | ${code(route.id)} | ${code(route.permission)} | ${route.subject} |`,
      );
    }
    lines.push("");
  }
  const events = Object.entries(step.events);
  if (events.length > 0) {
    lines.push(
      `Case events: ${events.map(([event, permission]) => `${code(event)} (${permission})`).join(", ")}.`,
    );
  }
  if (step.deadlines.length > 0) lines.push(`Deadlines: ${step.deadlines.map(code).join(", ")}.`);
  const routesFile = `src/services/interactions/routes/${step.id}.ts`;
  if (routes.length > 0) lines.push(`Chat routes: ${code(routesFile)}.`);
  lines.push(`Code: ${step.guideline.code.map(code).join(", ")}.`);
  lines.push(`Tests: ${step.guideline.tests.map(code).join(", ")}.`, "");
  const statements = step.guideline.statements ?? [];
  if (statements.length > 0) {
    lines.push("| Guideline sentence | Built, proved by |", "|---|---|");
    for (const statement of statements) {
      lines.push(`| "${statement.sentence}" | ${code(statement.test)} |`);
    }
    lines.push("");
  }
  return lines;
}

export function guidelineDoc(): string {
  const steps = STEPS as readonly StepModule[];
  return [
    "# The guideline in the code",
    "",
    "<!-- Generated from src/flows/steps/registry.ts by `npm run docs:guideline`; do not edit by hand. -->",
    "",
    "Each step of the *Richtlijn overlast* (Housing First Nederland, February 2023;",
    "`../shared/seed/richtlijn-overlast-housing-first-2023.txt`) has one step module in",
    "`src/flows/steps/<step>/step.ts`: its buttons and forms (ids and zod payloads), who may take each",
    "of its actions, the case events it decides, its deadlines, its texts and its row below. The chat",
    "routes of its buttons and forms are `src/services/interactions/routes/<step>.ts`, typed by the",
    "declaration. The registry (`src/flows/steps/registry.ts`) combines the modules: the one permission",
    "table, the route guard, the case events' permissions, `/nabuur help` and this page come from it.",
    "",
    "To add a button to a step: declare it in the step module (id, payload schema, permission), add its",
    "route to the step's routes file (it does not compile until you do), give it a label in the card",
    "texts and render it on the card, and test it in the step's test. `npm run docs:guideline` updates",
    "this page.",
    "",
    "The words the texts use (one case is a *zaak*, one complaint in it a *klacht*, …) are in",
    "[glossary.md](glossary.md).",
    "",
    "## Steps",
    "",
    "| Guideline | Step module | Buttons and forms |",
    "|---|---|---|",
    ...steps.map(
      (step) =>
        `| ${step.guideline.guideline} | ${code(`src/flows/steps/${step.id}/`)} | ${count(Object.keys(step.buttons).length, "button", "buttons")}, ${count(Object.keys(step.forms).length, "form", "forms")} |`,
    ),
    "",
    ...steps.flatMap(stepSection),
  ].join("\n");
}
