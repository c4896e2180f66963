/**
 * Forms of the escalation ladder: the letter of Actie 3/4/5,
 * who goes to court (Actie 6), declining a proposed step, and a broken agreement.
 */
import { z } from "zod";
import type { Form } from "../../cards/card.ts";
import { encodeValue } from "../../cards/payload.ts";
import type { FormResult, FormValues } from "../../forms/fields.ts";
import {
  checkbox,
  choice,
  optionalText,
  parseForm,
  requiredDate,
  requiredTextOrEmpty,
} from "../../forms/fields.ts";
import type { CourtParty } from "../../ladder/model.ts";
import { ladderTexts } from "../../ladder/texts.ts";
import type { LeaseType, Locale } from "../../model.ts";
import {
  CASE_FORM_IDS,
  type CaseRefValue,
  caseRefValue,
  type LetterRefValue,
  letterRefValue,
  type ProposalRefValue,
  proposalRefValue,
} from "../actions.ts";
import { formTexts } from "../texts/forms.ts";
import { options } from "./options.ts";
import { textForm } from "./text-form.ts";

export function letterForm(ref: LetterRefValue, locale: Locale = "nl"): Form {
  const t = formTexts[locale];
  return {
    formId: CASE_FORM_IDS.letter,
    title: t.titles.letter,
    submitLabel: t.submit,
    metadata: encodeValue(letterRefValue, ref),
    fields: [
      { id: "sentAt", label: t.labels.sentAt, kind: "datetime", required: true },
      {
        id: "registered",
        label: t.labels.registered,
        kind: "checkbox",
        required: false,
        initial: ref.s === "actie5" ? "true" : "false",
      },
      { id: "signedForSeen", label: t.labels.signedForSeen, kind: "checkbox", required: false },
    ],
  };
}

export function parseLetterForm(
  values: FormValues,
  now: Date,
  locale: Locale = "nl",
): FormResult<{ sentAt: Date; registered: boolean; signedForSeen: boolean }> {
  const t = formTexts[locale];
  const schema = z
    .object({ sentAt: requiredDate(t.errors.dateTime), registered: checkbox(), signedForSeen: checkbox() })
    .refine((v) => v.sentAt.getTime() <= now.getTime(), { path: ["sentAt"], message: t.errors.inFuture });
  return parseForm(schema, values);
}

/** Actie 6: the party is fixed by the lease type, except for a three-party agreement. */
export function courtPathForm(ref: CaseRefValue, leaseType: LeaseType, locale: Locale = "nl"): Form {
  const t = formTexts[locale];
  const lt = ladderTexts[locale];
  const parties: CourtParty[] =
    leaseType === "own"
      ? ["landlord"]
      : leaseType === "intermediary"
        ? ["careProvider"]
        : ["landlord", "careProvider"];
  return {
    formId: CASE_FORM_IDS.courtPath,
    title: t.titles.courtPath,
    submitLabel: t.submit,
    metadata: encodeValue(caseRefValue, ref),
    fields: [
      {
        id: "party",
        label: t.labels.courtParty,
        kind: "select",
        required: true,
        hint: t.hints.courtParty,
        options: options(parties.map((p) => ({ value: p, label: lt.courtParties[p] }))),
        ...(parties.length === 1 ? { initial: parties[0] } : {}),
      },
      {
        id: "agreement",
        label: t.labels.agreement,
        kind: "textarea",
        required: leaseType === "threeParty",
        maxLength: 1000,
      },
    ],
  };
}

export function parseCourtPathForm(
  values: FormValues,
  leaseType: LeaseType,
  locale: Locale = "nl",
): FormResult<{ party: CourtParty; agreement: string | null }> {
  const t = formTexts[locale];
  const schema = z
    .object({
      party: choice(t.errors.choose, ["landlord", "careProvider"] as const),
      agreement: optionalText(t.errors, 1000, t.labels.agreement),
    })
    .refine((v) => leaseType !== "threeParty" || v.agreement !== null, {
      path: ["agreement"],
      message: t.errors.required,
    });
  return parseForm(schema, values);
}

export function skipEscalationForm(ref: ProposalRefValue, locale: Locale = "nl"): Form {
  const t = formTexts[locale];
  return textForm(
    {
      formId: CASE_FORM_IDS.skipEscalation,
      title: t.titles.skipEscalation,
      metadata: encodeValue(proposalRefValue, ref),
    },
    { id: "reason", label: t.labels.reason, hint: t.hints.shared, maxLength: 1000 },
    locale,
  );
}

export function parseSkipEscalationForm(
  values: FormValues,
  locale: Locale = "nl",
): FormResult<{ reason: string }> {
  const t = formTexts[locale];
  return parseForm(z.object({ reason: requiredTextOrEmpty(t.errors, 1000, t.labels.reason) }), values);
}

export function breachForm(ref: CaseRefValue, locale: Locale = "nl"): Form {
  const t = formTexts[locale];
  return textForm(
    { formId: CASE_FORM_IDS.breach, title: t.titles.breach, metadata: encodeValue(caseRefValue, ref) },
    { id: "description", label: t.labels.breach, hint: t.hints.shared, maxLength: 1000 },
    locale,
  );
}

export function parseBreachForm(
  values: FormValues,
  locale: Locale = "nl",
): FormResult<{ description: string }> {
  const t = formTexts[locale];
  return parseForm(z.object({ description: requiredTextOrEmpty(t.errors, 1000, t.labels.breach) }), values);
}
