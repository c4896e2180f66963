/**
 * The registry of step modules, in the guideline's order. Everything that lists buttons, forms or
 * permissions is derived from it: the one permission table (role × action), the case events'
 * permissions, the routes' permissions, `/nabuur help` and docs/guideline.md. The type checks at
 * the bottom make a permission, event, deadline rule, button or form that no step declares a
 * compile error.
 */
import type { z } from "zod";
import type { CaseButtonId, CaseFormId } from "../cases/buttons.ts";
import type { CaseEventType } from "../cases/events.ts";
import type { CaseKind } from "../cases/state.ts";
import type { DeadlineRule } from "../context.ts";
import type { DeadlineButtonId, DeadlineFormId } from "../deadlines/buttons.ts";
import type { Locale, Role } from "../model.ts";
import type { ParticipantButtonId, ParticipantFormId } from "../participants/buttons.ts";
import type { Permission } from "../policy/permission-names.ts";
import type { SignalButtonId, SignalFormId } from "../signals/buttons.ts";
import { actie1Intake } from "./actie1-intake/step.ts";
import { actie2Assessment } from "./actie2-assessment/step.ts";
import { actie3to5Escalation } from "./actie3-5-escalation/step.ts";
import { actie6Court } from "./actie6-court/step.ts";
import { beheer } from "./beheer/step.ts";
import { interventies } from "./interventies/step.ts";
import { nieuweKansen } from "./nieuwe-kansen/step.ts";
import { onderhoudSamenwerking } from "./onderhoud-samenwerking/step.ts";
import { opvolging } from "./opvolging/step.ts";
import { preventieOnboarding } from "./preventie-onboarding/step.ts";
import { rapportage } from "./rapportage/step.ts";
import { signalering } from "./signalering/step.ts";
import type {
  ButtonDeclaration,
  FormDeclaration,
  PermissionDeclaration,
  RouteSubject,
  StepModule,
} from "./step.ts";
import { termijnen } from "./termijnen/step.ts";
import { zaakEnDossier } from "./zaak-en-dossier/step.ts";

export const STEPS = [
  preventieOnboarding,
  signalering,
  actie1Intake,
  actie2Assessment,
  opvolging,
  actie3to5Escalation,
  interventies,
  actie6Court,
  nieuweKansen,
  zaakEnDossier,
  termijnen,
  onderhoudSamenwerking,
  rapportage,
  beheer,
] as const satisfies readonly StepModule[];

export type Step = (typeof STEPS)[number];
type StepId = Step["id"];

/** The keys of each member of a union (keyof a union gives only the shared ones). */
type KeysOf<T> = T extends unknown ? keyof T : never;
/** The `id` of each value of each member of a union. */
type IdsOf<T> = T extends unknown
  ? T[keyof T] extends infer V
    ? V extends { id: infer I }
      ? I
      : never
    : never
  : never;
type DeclaredPermission = KeysOf<Step["permissions"]>;
type DeclaredEvent = KeysOf<Step["events"]>;
type DeclaredRule = Step["deadlines"][number];
type DeclaredButtonId = IdsOf<Step["buttons"]>;
type DeclaredFormId = IdsOf<Step["forms"]>;

/** Compiles only when nothing of `All` is missing from `Declared`; the error names what is. */
type Complete<All, Declared> = [Exclude<All, Declared>] extends [never]
  ? true
  : { missing: Exclude<All, Declared> };
const permissionsComplete: Complete<Permission, DeclaredPermission> = true;
const eventsComplete: Complete<CaseEventType, DeclaredEvent> = true;
const rulesComplete: Complete<DeadlineRule, DeclaredRule> = true;
const buttonsComplete: Complete<
  CaseButtonId | ParticipantButtonId | SignalButtonId | DeadlineButtonId,
  DeclaredButtonId
> = true;
const formsComplete: Complete<
  CaseFormId | ParticipantFormId | SignalFormId | DeadlineFormId,
  DeclaredFormId
> = true;
export const REGISTRY_COMPLETE = [
  permissionsComplete,
  eventsComplete,
  rulesComplete,
  buttonsComplete,
  formsComplete,
].every(Boolean);

/** Each key declared by one step only: two owners of one permission or id is a mistake. */
function collect<V>(pick: (step: StepModule) => Record<string, V>, what: string): Record<string, V> {
  const all: Record<string, V> = {};
  const owner: Record<string, string> = {};
  for (const step of STEPS as readonly StepModule[]) {
    for (const [key, value] of Object.entries(pick(step))) {
      if (Object.hasOwn(all, key))
        throw new Error(`${what} ${key} is declared by ${owner[key]} and ${step.id}`);
      all[key] = value;
      owner[key] = step.id;
    }
  }
  return all;
}

/** The one permission table: every action people take, who may take it and how a refusal names it. */
export const PERMISSIONS = collect((step) => step.permissions, "permission") as Record<
  Permission,
  PermissionDeclaration
>;

/** Role × action, as the policy reads it. */
export const PERMISSION_ROLES = Object.fromEntries(
  Object.entries(PERMISSIONS).map(([action, permission]) => [action, permission.roles]),
) as Record<Permission, readonly Role[]>;

/** The permission each case event needs. */
export const EVENT_PERMISSIONS = collect((step) => step.events, "event") as Record<CaseEventType, Permission>;

const ON_PARTICIPANT_REPORT = collect(
  (step) => step.onParticipantReport ?? {},
  "participant-report permission",
) as Partial<Record<Permission, Permission>>;

/** The permission that applies on a case of this kind (a participant's own report differs). */
export function permissionOnCase(permission: Permission, kind: CaseKind): Permission {
  return kind === "participantReport" ? (ON_PARTICIPANT_REPORT[permission] ?? permission) : permission;
}

export interface Route {
  kind: "button" | "form";
  id: string;
  step: StepId;
  /** The button's or form's name in its step module. */
  name: string;
  permission: Permission;
  subject: RouteSubject;
  /** The payload (button value or form metadata) schema; null for a form about something new. */
  payload: z.ZodType | null;
}

function routesOf(step: StepModule): Route[] {
  const buttons = Object.entries(step.buttons).map(([name, button]: [string, ButtonDeclaration]) => ({
    kind: "button" as const,
    id: button.id,
    step: step.id as StepId,
    name,
    permission: button.permission,
    subject: button.subject,
    payload: button.payload,
  }));
  const forms = Object.entries(step.forms).map(([name, form]: [string, FormDeclaration]) => ({
    kind: "form" as const,
    id: form.id,
    step: step.id as StepId,
    name,
    permission: form.permission,
    subject: form.subject,
    payload: form.metadata,
  }));
  return [...buttons, ...forms];
}

/** Every button and form of every step. */
export const ROUTES: readonly Route[] = STEPS.flatMap((step) => routesOf(step));

const ROUTE_BY_ID = new Map<string, Route>();
for (const route of ROUTES) {
  if (ROUTE_BY_ID.has(route.id)) throw new Error(`route ${route.id} is declared twice`);
  ROUTE_BY_ID.set(route.id, route);
}

/** The button or form with this id, if a step declares it. */
export function routeById(id: string): Route | undefined {
  return ROUTE_BY_ID.get(id);
}

/** `/nabuur help`, step by step. */
export function helpLines(locale: Locale): string[] {
  return STEPS.flatMap((step) => step.help[locale]);
}
