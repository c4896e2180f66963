/** Deadlines and their nudges (guideline: Termijnen; SPEC §5): schedule, messages, decisions, cards, forms. */
export {
  DEADLINE_BUTTON_IDS,
  DEADLINE_FORM_IDS,
  type DeadlineButtonId,
  type DeadlineFormId,
  type DeadlineRef,
  deadlineRefSchema,
  encodeDeadlineRef,
  parseDeadlineRef,
} from "./buttons.ts";
export { renderDeadlineCard } from "./card.ts";
export {
  type DeadlineCardSpec,
  type DeadlineListCardSpec,
  type DeadlineListItem,
  type DeadlineNudgeCardSpec,
  type DeadlineNudgeOutcome,
  type LabelledDeadline,
  MAX_LIST_ITEMS,
  myDeadlinesCardSpec,
  nudgeCardSpec,
  nudgeOutcome,
  resolvedNudgeCardSpec,
} from "./card-spec.ts";
export { decideDeadline } from "./decide.ts";
export { formatDueAt } from "./format.ts";
export {
  buildExtendDeadlineForm,
  buildHandOverForm,
  DEADLINE_FIELD_IDS,
  DEADLINE_TEXT_MAX_LENGTH,
  type ExtendInput,
  type HandOverInput,
  parseExtendDeadlineForm,
  parseHandOverForm,
  type SelectOption,
} from "./forms.ts";
export {
  type DeadlineMessage,
  digestMessage,
  MAX_DIGEST_ITEMS,
  type NamedDeadline,
  overdueSummaryMessage,
  pingMessage,
} from "./messages.ts";
export {
  DEADLINE_STATES,
  type DeadlineDoneEvent,
  type DeadlineEvent,
  type DeadlineExtendedEvent,
  type DeadlineHandedOverEvent,
  type DeadlineReopenedEvent,
  type DeadlineState,
  type DeadlineView,
} from "./model.ts";
export {
  NUDGE_STAGE_NUMBERS,
  NUDGE_STAGES,
  type NudgeStage,
  type NudgeStageNumber,
  type NudgeWindow,
  nextNudge,
  nudgeToSend,
  type PlannedNudge,
  planNudges,
  type ScheduledNudge,
} from "./schedule.ts";
export { DEFAULT_NUDGE_SETTINGS, type NudgeSettings, nudgeSettingsSchema } from "./settings.ts";
export {
  DEADLINE_ERROR_CODES,
  DEADLINE_TEXTS,
  type DeadlineErrorCode,
  type DeadlineTexts,
  deadlineErrorMessage,
} from "./texts.ts";
