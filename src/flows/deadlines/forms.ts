/**
 * The two deadline forms: "Meer tijd" (a later due time and a reason) and "Overdragen" (another
 * member and an optional note). Builders return the neutral Form; parsers return typed inputs or
 * Dutch (or English) field errors `{ fieldId: message }`.
 */
import { z } from "zod";
import type { Form } from "../cards/card.ts";
import {
  after,
  type FormResult,
  type FormValues,
  type InstantRule,
  optionalText,
  parseForm,
  requiredInstant,
  requiredText,
  type SelectOption,
} from "../forms/fields.ts";
import type { Locale } from "../model.ts";
import { DEADLINE_FORM_IDS, encodeDeadlineRef } from "./buttons.ts";
import { formatDueAt } from "./format.ts";
import { DEADLINE_TEXTS, type DeadlineTexts } from "./texts.ts";

export type { FormResult, FormValues, SelectOption } from "../forms/fields.ts";

/** Longest reason or note accepted. */
const DEADLINE_TEXT_MAX_LENGTH = 1000;

const DEADLINE_FIELD_IDS = {
  newDueAt: "newDueAt",
  reason: "reason",
  toMemberId: "toMemberId",
  note: "note",
} as const;

export interface ExtendInput {
  newDueAt: Date;
  reason: string;
}

export interface HandOverInput {
  toMemberId: string;
  note: string | null;
}

// Maatwerk: more time is fine, with a reason everyone in the channel can read.
export function buildExtendDeadlineForm(
  deadline: { id: string; dueAt: string },
  locale: Locale = "nl",
): Form {
  const t = DEADLINE_TEXTS[locale].forms;
  return {
    formId: DEADLINE_FORM_IDS.extend,
    title: t.extendTitle,
    submitLabel: t.extendSubmit,
    metadata: encodeDeadlineRef(deadline.id),
    fields: [
      {
        id: DEADLINE_FIELD_IDS.newDueAt,
        label: t.newDue,
        kind: "datetime",
        required: true,
        hint: t.newDueHint(formatDueAt(deadline.dueAt, locale)),
        initial: deadline.dueAt,
      },
      {
        id: DEADLINE_FIELD_IDS.reason,
        label: t.reason,
        kind: "textarea",
        required: true,
        hint: t.reasonHint,
        maxLength: DEADLINE_TEXT_MAX_LENGTH,
      },
    ],
  };
}

/** The new due time must lie after the current one ("do 5 mrt 10:00" in the message). */
function laterThan(currentDueAt: string, t: DeadlineTexts, locale: Locale): InstantRule {
  return (date) =>
    date.getTime() <= Date.parse(currentDueAt) ? t.forms.notLater(formatDueAt(currentDueAt, locale)) : null;
}

/** "Meer tijd" → the new due time (after the current one and after now) and the reason. */
export function parseExtendDeadlineForm(
  values: FormValues,
  context: { now: Date; currentDueAt: string },
  locale: Locale = "nl",
): FormResult<ExtendInput> {
  const t = DEADLINE_TEXTS[locale];
  const schema = z.object({
    newDueAt: requiredInstant(
      t.forms,
      laterThan(context.currentDueAt, t, locale),
      after(context.now, t.forms.notInFuture),
    ),
    reason: requiredText(t.forms, DEADLINE_TEXT_MAX_LENGTH, t.forms.reason),
  });
  return parseForm(schema, values);
}

/**
 * "Overdragen": the caller passes the members the deadline may go to (e.g. the case's care team
 * and landlord staff); the current owner is left out of the choices.
 */
export function buildHandOverForm(
  deadline: { id: string; ownerMemberId: string | null },
  options: readonly SelectOption[],
  locale: Locale = "nl",
): Form {
  const t = DEADLINE_TEXTS[locale].forms;
  return {
    formId: DEADLINE_FORM_IDS.handOver,
    title: t.handOverTitle,
    submitLabel: t.handOverSubmit,
    metadata: encodeDeadlineRef(deadline.id),
    fields: [
      {
        id: DEADLINE_FIELD_IDS.toMemberId,
        label: t.newOwner,
        kind: "select",
        required: true,
        options: options.filter((option) => option.value !== deadline.ownerMemberId).map((o) => ({ ...o })),
      },
      {
        id: DEADLINE_FIELD_IDS.note,
        label: t.note,
        kind: "textarea",
        required: false,
        maxLength: DEADLINE_TEXT_MAX_LENGTH,
      },
    ],
  };
}

/** "Overdragen" → the chosen member (one of `options`, not the current owner) and the note. */
export function parseHandOverForm(
  values: FormValues,
  context: { options: readonly SelectOption[]; currentOwnerId: string | null },
  locale: Locale = "nl",
): FormResult<HandOverInput> {
  const t = DEADLINE_TEXTS[locale];
  const allowed = new Set(context.options.map((option) => option.value));
  const schema = z.object({
    toMemberId: requiredText(t.forms, 64, t.forms.newOwner)
      .refine((value) => allowed.has(value), { error: t.forms.invalidOption })
      .refine((value) => value !== context.currentOwnerId, { error: t.forms.sameOwner }),
    note: optionalText(t.forms, DEADLINE_TEXT_MAX_LENGTH, t.forms.note),
  });
  return parseForm(schema, values);
}
