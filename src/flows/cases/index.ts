/** The case module's public API, for the services and the bots. */
export * from "./buttons.ts";
export { ASSESSMENT_CARD_KEY, CASE_CARD_KEY, LADDER_CARD_KEY, PROPOSAL_CARD_KEY } from "./card-refresh.ts";
export { caseOverviewSpec, caseSummarySpec } from "./card-specs.ts";
export { type CaseCardSpec, isCaseCardSpec, renderCaseCard } from "./cards.ts";
export { decideCase } from "./decide-case.ts";
export type { CaseEvent, CaseEventType, ComplaintInput, OpenCaseInput } from "./events.ts";
export * from "./forms.ts";
export { FOUR_WEEK_CHECK_KEY, openCase, RESOLUTION_DEADLINE_KEY, START_DEADLINE_KEY } from "./open-case.ts";
export type { CaseAction, CaseState, Complaint, ParticipantSnapshot } from "./state.ts";
export { describeTimelineEvent, errorMessage, errorTexts } from "./texts.ts";
