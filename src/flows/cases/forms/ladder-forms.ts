/**
 * Forms of the escalation ladder: the letter of Actie 3/4/5, who goes to court (Actie 6), declining
 * a proposed step, a broken agreement, and the end of the ladder: an alternative agreed instead of
 * court, the eviction, the support after it and the reflection meeting (Nieuwe kansen).
 */
import { z } from "zod";
import type { Form } from "../../cards/card.ts";
import { encodeValue } from "../../cards/payload.ts";
import type { FormResult, FormValues } from "../../forms/fields.ts";
import {
  checkbox,
  choice,
  notAfter,
  optionalText,
  parseForm,
  requiredDate,
  requiredInstant,
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
} from "../buttons.ts";
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

/** The shared description of something about the case as a whole, in the timeline as written. */
type DescriptionForm = "breach" | "alternative";

function descriptionForm(kind: DescriptionForm, ref: CaseRefValue, locale: Locale): Form {
  const t = formTexts[locale];
  return textForm(
    { formId: CASE_FORM_IDS[kind], title: t.titles[kind], metadata: encodeValue(caseRefValue, ref) },
    { id: "description", label: t.labels[kind], hint: t.hints.shared, maxLength: 1000 },
    locale,
  );
}

function parseDescription(
  kind: DescriptionForm,
  values: FormValues,
  locale: Locale,
): FormResult<{ description: string }> {
  const t = formTexts[locale];
  return parseForm(z.object({ description: requiredTextOrEmpty(t.errors, 1000, t.labels[kind]) }), values);
}

export function breachForm(ref: CaseRefValue, locale: Locale = "nl"): Form {
  return descriptionForm("breach", ref, locale);
}

export function parseBreachForm(
  values: FormValues,
  locale: Locale = "nl",
): FormResult<{ description: string }> {
  return parseDescription("breach", values, locale);
}

// "Een gerechtelijke procedure is niet nodig als de deelnemer instemt met alternatieve huisvesting en zorg."
export function alternativeForm(ref: CaseRefValue, locale: Locale = "nl"): Form {
  return descriptionForm("alternative", ref, locale);
}

export function parseAlternativeForm(
  values: FormValues,
  locale: Locale = "nl",
): FormResult<{ description: string }> {
  return parseDescription("alternative", values, locale);
}

/** The forms with one date of the past: when the eviction took place, when the meeting was held. */
const PAST_DATE_FIELDS = {
  eviction: { id: "at", label: "evictedAt" },
  reflection: { id: "heldAt", label: "reflectionHeldAt" },
} as const;

function pastDateForm(kind: keyof typeof PAST_DATE_FIELDS, ref: CaseRefValue, locale: Locale): Form {
  const t = formTexts[locale];
  const field = PAST_DATE_FIELDS[kind];
  return {
    formId: CASE_FORM_IDS[kind],
    title: t.titles[kind],
    submitLabel: t.submit,
    metadata: encodeValue(caseRefValue, ref),
    fields: [
      { id: field.id, label: t.labels[field.label], kind: "datetime", required: true, hint: t.hints.shared },
    ],
  };
}

/** A date-time that has passed: required, a valid date, not in the future. */
function pastInstant(now: Date, locale: Locale) {
  const t = formTexts[locale];
  return requiredInstant(
    { required: t.errors.dateTime, tooLong: t.errors.tooLong, invalidDate: t.errors.dateTime },
    notAfter(now, t.errors.inFuture),
  );
}

/**
 * Actie 6: the eviction, recorded after it took place (what was missing before it goes into the
 * dossier). After an alternative was agreed (no court needed) the form asks first: recording it
 * anyway takes a tick, and the contradiction goes into the dossier.
 */
export function evictionForm(ref: CaseRefValue, locale: Locale = "nl", alternativeAgreed = false): Form {
  const form = pastDateForm("eviction", ref, locale);
  if (!alternativeAgreed) return form;
  const t = formTexts[locale];
  return {
    ...form,
    fields: [
      {
        id: "despiteAlternative",
        label: t.labels.evictionDespiteAlternative,
        kind: "checkbox",
        required: false,
      },
      ...form.fields,
    ],
  };
}

export function parseEvictionForm(
  values: FormValues,
  now: Date,
  locale: Locale = "nl",
  alternativeAgreed = false,
): FormResult<{ at: Date; despiteAlternative: boolean }> {
  const t = formTexts[locale];
  const schema = z
    .object({ at: pastInstant(now, locale), despiteAlternative: checkbox() })
    .refine((v) => !alternativeAgreed || v.despiteAlternative, {
      path: ["despiteAlternative"],
      message: t.errors.evictionDespiteAlternative,
    });
  return parseForm(schema, values);
}

/**
 * Nieuwe kansen: "wanneer de woning stopt, de begeleiding doorgaat. Tenzij de deelnemer dit
 * nadrukkelijk niet wenst." Continuing is the default; the note is for the care team only.
 */
export function supportAfterEvictionForm(ref: CaseRefValue, locale: Locale = "nl"): Form {
  const t = formTexts[locale];
  return {
    formId: CASE_FORM_IDS.supportAfterEviction,
    title: t.titles.supportAfterEviction,
    submitLabel: t.submit,
    metadata: encodeValue(caseRefValue, ref),
    fields: [
      { id: "participantDeclines", label: t.labels.participantDeclines, kind: "checkbox", required: false },
      {
        id: "note",
        label: t.labels.supportNote,
        kind: "textarea",
        required: false,
        hint: t.hints.notesCareOnly,
        maxLength: 1000,
      },
    ],
  };
}

export function parseSupportAfterEvictionForm(
  values: FormValues,
  locale: Locale = "nl",
): FormResult<{ participantDeclines: boolean; note: string | null }> {
  const t = formTexts[locale];
  return parseForm(
    z.object({ participantDeclines: checkbox(), note: optionalText(t.errors, 1000, t.labels.supportNote) }),
    values,
  );
}

/** Nieuwe kansen: the moment of reflection and evaluation with all parties after an eviction. */
export function reflectionForm(ref: CaseRefValue, locale: Locale = "nl"): Form {
  return pastDateForm("reflection", ref, locale);
}

export function parseReflectionForm(
  values: FormValues,
  now: Date,
  locale: Locale = "nl",
): FormResult<{ heldAt: Date }> {
  return parseForm(z.object({ heldAt: pastInstant(now, locale) }), values);
}
