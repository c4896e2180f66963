/** All action templates by code: the Actie 2 table and extras, and the Actie 3–6 step actions. */
import { ASSESSMENT_TEMPLATES } from "../assessment/templates.ts";
import { LADDER_TEMPLATES } from "../ladder/steps.ts";
import type { ActionTemplate } from "./action-template.ts";
import type { ActionCode } from "./state.ts";

export type TemplateCode = Exclude<ActionCode, "custom">;

const TEMPLATES: { [C in TemplateCode]: ActionTemplate<C> } = {
  ...ASSESSMENT_TEMPLATES,
  ...LADDER_TEMPLATES,
};

export function templateFor(code: TemplateCode): ActionTemplate {
  return TEMPLATES[code];
}
