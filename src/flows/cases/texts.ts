/**
 * The case module's user texts: Dutch (default) and English, same keys, checked by the types.
 * Card labels, error messages, timeline descriptions and form labels live in ./texts/.
 */
export { CASE_ERROR_CODES, errorMessage, errorTexts } from "./texts/errors.ts";
export { formTexts } from "./texts/forms.ts";
export { describeTimelineEvent } from "./texts/timeline.ts";
export { CASE_TIMELINE_EVENTS } from "./texts/timeline-events.ts";
export { actionLabel } from "./texts/timeline-reader.ts";
export { uiTexts } from "./texts/ui.ts";
