/** Forms around one action: change it, skip it with a reason, or add one by hand. */
import { z } from "zod";
import type { Form } from "../../cards/card.ts";
import { encodeValue } from "../../cards/payload.ts";
import type { FormResult, FormValues } from "../../forms/fields.ts";
import { checkbox, choice, optionalDate, parseForm, requiredTextOrEmpty } from "../../forms/fields.ts";
import type { Locale, Role } from "../../model.ts";
import type { ActionAudience } from "../action-template.ts";
import {
  type ActionRefValue,
  actionRefValue,
  CASE_FORM_IDS,
  type CaseFormId,
  type CaseRefValue,
  caseRefValue,
} from "../buttons.ts";
import { formTexts } from "../texts/forms.ts";
import { OWNER_ROLES, roleOptions } from "./options.ts";
import { textForm } from "./text-form.ts";

const ACTION_FORM_FIELDS = {
  text: "text",
  ownerRole: "ownerRole",
  dueAt: "dueAt",
  reason: "reason",
  careOnly: "careOnly",
} as const;

export interface ChangeActionInput {
  text: string;
  ownerRole: Role;
  dueAt: Date | null;
}

export interface AddActionInput extends ChangeActionInput {
  audience: ActionAudience;
}

export function changeActionForm(
  ref: ActionRefValue,
  current: { text: string; ownerRole: Role; dueAt: string | null },
  locale: Locale = "nl",
): Form {
  const t = formTexts[locale];
  const f = ACTION_FORM_FIELDS;
  return {
    formId: CASE_FORM_IDS.changeAction,
    title: t.titles.changeAction,
    submitLabel: t.submit,
    metadata: encodeValue(actionRefValue, ref),
    fields: [
      {
        id: f.text,
        label: t.labels.actionText,
        kind: "textarea",
        required: true,
        initial: current.text,
        maxLength: 1000,
      },
      {
        id: f.ownerRole,
        label: t.labels.ownerRole,
        kind: "select",
        required: true,
        options: roleOptions(locale),
        initial: current.ownerRole,
      },
      {
        id: f.dueAt,
        label: t.labels.dueAt,
        kind: "datetime",
        required: false,
        hint: t.hints.dateTime,
        ...(current.dueAt === null ? {} : { initial: current.dueAt }),
      },
    ],
  };
}

function dueInFuture(t: (typeof formTexts)["nl"], now: Date) {
  return (v: { dueAt: Date | null }, ctx: z.RefinementCtx) => {
    if (v.dueAt !== null && v.dueAt.getTime() <= now.getTime()) {
      ctx.addIssue({ code: "custom", path: ["dueAt"], message: t.errors.notInFuture });
    }
  };
}

function changeActionSchema(locale: Locale, now: Date) {
  const t = formTexts[locale];
  return z
    .object({
      text: requiredTextOrEmpty(t.errors, 1000, t.labels.actionText),
      ownerRole: choice(t.errors.choose, OWNER_ROLES),
      dueAt: optionalDate(t.errors.dateTime),
    })
    .superRefine(dueInFuture(t, now))
    .transform((v): ChangeActionInput => ({ text: v.text, ownerRole: v.ownerRole, dueAt: v.dueAt }));
}

export function parseChangeActionForm(
  values: FormValues,
  now: Date,
  locale: Locale = "nl",
): FormResult<ChangeActionInput> {
  return parseForm(changeActionSchema(locale, now), values);
}

/**
 * Skip with a reason. `formId`: the landlord's own actions on the shared case card have a form of
 * their own (only landlord staff may send it).
 */
export function skipActionForm(
  ref: ActionRefValue,
  locale: Locale = "nl",
  formId: CaseFormId = CASE_FORM_IDS.skipAction,
): Form {
  const t = formTexts[locale];
  return textForm(
    {
      formId,
      title: t.titles.skipAction,
      metadata: encodeValue(actionRefValue, ref),
    },
    { id: ACTION_FORM_FIELDS.reason, label: t.labels.reason, hint: t.hints.skipReason, maxLength: 1000 },
    locale,
  );
}

function skipActionSchema(locale: Locale) {
  const t = formTexts[locale];
  return z.object({ reason: requiredTextOrEmpty(t.errors, 1000, t.labels.reason) });
}

export function parseSkipActionForm(
  values: FormValues,
  locale: Locale = "nl",
): FormResult<{ reason: string }> {
  return parseForm(skipActionSchema(locale), values);
}

export function addActionForm(ref: CaseRefValue, locale: Locale = "nl"): Form {
  const t = formTexts[locale];
  const f = ACTION_FORM_FIELDS;
  return {
    formId: CASE_FORM_IDS.addAction,
    title: t.titles.addAction,
    submitLabel: t.submit,
    metadata: encodeValue(caseRefValue, ref),
    fields: [
      { id: f.text, label: t.labels.actionText, kind: "textarea", required: true, maxLength: 1000 },
      {
        id: f.ownerRole,
        label: t.labels.ownerRole,
        kind: "select",
        required: true,
        options: roleOptions(locale),
        initial: "careTeamMember",
      },
      { id: f.dueAt, label: t.labels.dueAt, kind: "datetime", required: false, hint: t.hints.dateTime },
      {
        id: f.careOnly,
        label: t.labels.careOnly,
        kind: "checkbox",
        required: false,
        hint: t.hints.notesCareOnly,
      },
    ],
  };
}

function addActionSchema(locale: Locale, now: Date) {
  const t = formTexts[locale];
  return z
    .object({
      text: requiredTextOrEmpty(t.errors, 1000, t.labels.actionText),
      ownerRole: choice(t.errors.choose, OWNER_ROLES),
      dueAt: optionalDate(t.errors.dateTime),
      careOnly: checkbox(),
    })
    .superRefine(dueInFuture(t, now))
    .transform(
      (v): AddActionInput => ({
        text: v.text,
        ownerRole: v.ownerRole,
        dueAt: v.dueAt,
        audience: v.careOnly ? "careTeam" : "shared",
      }),
    );
}

export function parseAddActionForm(
  values: FormValues,
  now: Date,
  locale: Locale = "nl",
): FormResult<AddActionInput> {
  return parseForm(addActionSchema(locale, now), values);
}
