/**
 * The case module's user texts: Dutch (default) and English, same keys, checked by the types.
 * Card labels, error messages, timeline descriptions and form labels live in ./texts/.
 */
export { CASE_ERROR_CODES, type CaseErrorCode, errorMessage, errorTexts } from "./texts/errors.ts";
export { type FormTexts, formTexts } from "./texts/forms.ts";
export { describeTimelineEvent, timelineTexts } from "./texts/timeline.ts";
export { CASE_TIMELINE_EVENTS, type CaseTimelineEvent } from "./texts/timeline-events.ts";
export { actionLabel } from "./texts/timeline-reader.ts";
export { type UiTexts, uiTexts } from "./texts/ui.ts";
