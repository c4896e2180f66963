/**
 * Every step's routes, keyed by step: a step without routes, or a button or form of a step without
 * its route, does not compile. `stepRoute` finds the route of a button or form id with the payload
 * schema and the permission its step declares.
 */
import type { z } from "zod";
import type { Permission } from "../../../flows/policy/permission-names.ts";
import { STEPS, type Step } from "../../../flows/steps/registry.ts";
import type { RouteSubject, StepModule } from "../../../flows/steps/step.ts";
import type { Acting } from "../module.ts";
import type { InteractionResult } from "../types.ts";
import { actie1IntakeRoutes } from "./actie1-intake.ts";
import { actie2AssessmentRoutes } from "./actie2-assessment.ts";
import { actie3to5EscalationRoutes } from "./actie3-5-escalation.ts";
import { actie6CourtRoutes } from "./actie6-court.ts";
import { interventiesRoutes } from "./interventies.ts";
import { nieuweKansenRoutes } from "./nieuwe-kansen.ts";
import { opvolgingRoutes } from "./opvolging.ts";
import { preventieOnboardingRoutes } from "./preventie-onboarding.ts";
import { signaleringRoutes } from "./signalering.ts";
import type { StepRoutes } from "./step-routes.ts";
import { termijnenRoutes } from "./termijnen.ts";
import { zaakEnDossierRoutes } from "./zaak-en-dossier.ts";

/** Steps people reach by commands only (no buttons or forms of their own). */
const NONE = { buttons: {}, forms: {} } as const;

const STEP_ROUTES = {
  "preventie-onboarding": preventieOnboardingRoutes,
  signalering: signaleringRoutes,
  "actie1-intake": actie1IntakeRoutes,
  "actie2-assessment": actie2AssessmentRoutes,
  opvolging: opvolgingRoutes,
  "actie3-5-escalation": actie3to5EscalationRoutes,
  interventies: interventiesRoutes,
  "actie6-court": actie6CourtRoutes,
  "nieuwe-kansen": nieuweKansenRoutes,
  "zaak-en-dossier": zaakEnDossierRoutes,
  termijnen: termijnenRoutes,
  "onderhoud-samenwerking": NONE,
  rapportage: NONE,
  beheer: NONE,
} satisfies { [S in Step as S["id"]]: StepRoutes<S> };

/** A button's or form's route with what its step declares about it. */
export interface StepRoute {
  kind: "button" | "form";
  id: string;
  /** The payload (button value or form metadata) schema; null for a form about something new. */
  payload: z.ZodType | null;
  permission: Permission;
  subject: RouteSubject;
  run: (payload: unknown, values: Record<string, string>, acting: Acting) => Promise<InteractionResult>;
}

type AnyRoutes = {
  buttons: Record<string, (payload: unknown, acting: Acting) => Promise<InteractionResult>>;
  forms: Record<
    string,
    (metadata: unknown, values: Record<string, string>, acting: Acting) => Promise<InteractionResult>
  >;
};

function routesOfStep(step: StepModule): StepRoute[] {
  const routes = STEP_ROUTES[step.id as Step["id"]] as AnyRoutes;
  return [
    ...Object.entries(step.buttons).map(([name, button]) => {
      const run = routes.buttons[name]!;
      return {
        kind: "button" as const,
        id: button.id,
        payload: button.payload,
        permission: button.permission,
        subject: button.subject,
        run: (payload: unknown, _values: Record<string, string>, acting: Acting) => run(payload, acting),
      };
    }),
    ...Object.entries(step.forms).map(([name, form]) => ({
      kind: "form" as const,
      id: form.id,
      payload: form.metadata,
      permission: form.permission,
      subject: form.subject,
      run: routes.forms[name]!,
    })),
  ];
}

const BY_ID = new Map<string, StepRoute>(
  (STEPS as readonly StepModule[]).flatMap(routesOfStep).map((route) => [`${route.kind}:${route.id}`, route]),
);

/** The route of a button (`kind` "button") or form id, if a step declares it. */
export function stepRoute(kind: StepRoute["kind"], id: string): StepRoute | undefined {
  return BY_ID.get(`${kind}:${id}`);
}
