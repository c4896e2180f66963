/**
 * Omgaan met overlast, Actie 1–6: the case cards' buttons and the case forms. Every route parses
 * its payload with the flow's zod schema, then either records a decision or opens a form.
 */
import { caseActionRoutes } from "./case-action-routes.ts";
import { caseFormRoutes } from "./case-form-routes.ts";
import type { InteractionModule } from "./module.ts";
import { guardModule } from "./route-guard.ts";

export const caseInteractions: InteractionModule = guardModule({
  actions: caseActionRoutes,
  forms: caseFormRoutes,
});
