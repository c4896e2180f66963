/**
 * The routes of a step module: what each of its buttons and forms does in the chat. A step's routes
 * are typed by its declaration (src/flows/steps/<step>/step.ts): a button or form without a route,
 * or a route for a button the step does not declare, does not compile. The payload arrives parsed
 * with the declared zod schema; the permission is checked before the route runs (route-guard.ts).
 */
import type { z } from "zod";
import type { FormDeclaration, StepModule } from "../../../flows/steps/step.ts";
import type { Acting } from "../module.ts";
import type { InteractionResult } from "../types.ts";

type ButtonRoute<S extends z.ZodType> = (payload: z.infer<S>, acting: Acting) => Promise<InteractionResult>;

type MetadataOf<F extends FormDeclaration> = F["metadata"] extends z.ZodType ? z.infer<F["metadata"]> : null;

type FormRoute<F extends FormDeclaration> = (
  metadata: MetadataOf<F>,
  values: Record<string, string>,
  acting: Acting,
) => Promise<InteractionResult>;

export interface StepRoutes<M extends StepModule> {
  buttons: { [K in keyof M["buttons"]]: ButtonRoute<M["buttons"][K]["payload"]> };
  forms: { [K in keyof M["forms"]]: FormRoute<M["forms"][K]> };
}
