/** One place that turns any FlowError into the message a person reads, in their language. */
import { errorMessage as caseErrorMessage, isCaseErrorCode } from "./cases/texts/errors.ts";
import {
  COOPERATION_ERROR_CODES,
  type CooperationErrorCode,
  cooperationErrorMessage,
} from "./cooperation/texts.ts";
import { DEADLINE_ERROR_CODES, type DeadlineErrorCode, deadlineErrorMessage } from "./deadlines/texts.ts";
import type { FlowError } from "./errors.ts";
import type { Locale, Role } from "./model.ts";
import {
  PARTICIPANT_ERROR_CODES,
  type ParticipantErrorCode,
  participantErrorMessage,
} from "./participants/texts.ts";
import type { Permission } from "./policy/permission-names.ts";
import type { DenialReason } from "./policy/permissions.ts";
import { explainDenial, POLICY_DENIED } from "./policy/permissions.ts";
import { SIGNAL_ERROR_CODES, type SignalErrorCode, signalErrorMessage } from "./signals/texts.ts";

function isOneOf<T extends string>(codes: readonly T[], code: string): code is T {
  return (codes as readonly string[]).includes(code);
}

export function flowErrorMessage(error: FlowError, locale: Locale): string {
  const { code, params } = error;
  if (code === POLICY_DENIED) {
    return explainDenial(
      {
        reason: params.reason as DenialReason,
        action: params.action as Permission,
        role: params.role as Role,
      },
      locale,
    );
  }
  if (isOneOf<ParticipantErrorCode>(PARTICIPANT_ERROR_CODES, code))
    return participantErrorMessage(code, params, locale);
  if (isOneOf<SignalErrorCode>(SIGNAL_ERROR_CODES, code)) return signalErrorMessage(code, params, locale);
  if (isOneOf<CooperationErrorCode>(COOPERATION_ERROR_CODES, code))
    return cooperationErrorMessage(code, params, locale);
  // Deadline buttons (Klaar / Meer tijd / Overdragen) come before the case module's deadline codes.
  if (isOneOf<DeadlineErrorCode>(DEADLINE_ERROR_CODES, code))
    return deadlineErrorMessage(code, params, locale);
  if (isCaseErrorCode(code)) return caseErrorMessage(code, params, locale);
  return locale === "en" ? `This cannot be done (${code}).` : `Dit kan niet (${code}).`;
}
