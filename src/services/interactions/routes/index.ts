/**
 * Every step's routes, keyed by step: a step without routes, or a button or form of a step without
 * its route, does not compile. `stepRoute` finds the route of a button or form id with the payload
 * schema and the permission its step declares.
 */
import { ROUTES, type Route, type Step } from "../../../flows/steps/registry.ts";
import type { Acting } from "../module.ts";
import type { InteractionResult } from "../types.ts";
import { actie1IntakeRoutes } from "./actie1-intake.ts";
import { actie2AssessmentRoutes } from "./actie2-assessment.ts";
import { actie3to5EscalationRoutes } from "./actie3-5-escalation.ts";
import { actie6CourtRoutes } from "./actie6-court.ts";
import { interventiesRoutes } from "./interventies.ts";
import { nieuweKansenRoutes } from "./nieuwe-kansen.ts";
import { onderhoudSamenwerkingRoutes } from "./onderhoud-samenwerking.ts";
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
  "onderhoud-samenwerking": onderhoudSamenwerkingRoutes,
  rapportage: NONE,
  beheer: NONE,
} satisfies { [S in Step as S["id"]]: StepRoutes<S> };

/** A button's or form's route with what its step declares about it (the registry's Route). */
export interface StepRoute extends Route {
  run: (payload: unknown, values: Record<string, string>, acting: Acting) => Promise<InteractionResult>;
}

type AnyRoutes = {
  buttons: Record<string, (payload: unknown, acting: Acting) => Promise<InteractionResult>>;
  forms: Record<
    string,
    (metadata: unknown, values: Record<string, string>, acting: Acting) => Promise<InteractionResult>
  >;
};

function withRun(route: Route): StepRoute {
  const routes = STEP_ROUTES[route.step] as AnyRoutes;
  if (route.kind === "form") return { ...route, run: routes.forms[route.name]! };
  const run = routes.buttons[route.name]!;
  return { ...route, run: (payload, _values, acting) => run(payload, acting) };
}

const BY_ID = new Map<string, StepRoute>(
  ROUTES.map((route) => [`${route.kind}:${route.id}`, withRun(route)]),
);

/** The route of a button (`kind` "button") or form id, if a step declares it. */
export function stepRoute(kind: StepRoute["kind"], id: string): StepRoute | undefined {
  return BY_ID.get(`${kind}:${id}`);
}
