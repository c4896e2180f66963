/** The case forms (Slack modals / Teams dialogs): builders and parsers with Dutch field errors. */

export { parseDateTime } from "../forms/fields.ts";
export * from "./forms/action-forms.ts";
export * from "./forms/case-forms.ts";
export * from "./forms/intake-form.ts";
export * from "./forms/intervention-forms.ts";
export * from "./forms/ladder-forms.ts";
export * from "./forms/record-forms.ts";
