/**
 * The participant forms: registration (Preventie), skipping a checklist item with a reason and
 * giving an item more time. Builders return the neutral Form; parsers return typed inputs or
 * field errors.
 */
import { z } from "zod";
import type { Form } from "../cards/card.ts";
import {
  after,
  type FormResult,
  type FormValues,
  optionalText,
  parseForm,
  requiredInstant,
  requiredOption,
  requiredText,
  type SelectOption,
} from "../forms/fields.ts";
import { formField } from "../forms/form-field.ts";
import { LEASE_TYPES, type Locale } from "../model.ts";
import { encodeItemRef, PARTICIPANT_FORM_IDS } from "./buttons.ts";
import type { OnboardingItemKey, ParticipantDetails } from "./model.ts";
import { PARTICIPANT_TEXTS, type ParticipantTexts } from "./texts.ts";
import { DWELLING_MAX_LENGTH, REFERENCE_PATTERN } from "./validate.ts";

/** Longest reason accepted for a skip or an extension. */
const REASON_MAX_LENGTH = 1000;

/** The choices the registration form offers; the service loads them for the channel. */
export interface RegistrationFormOptions {
  careProviders: SelectOption[];
  landlords: SelectOption[];
  careTeamMembers: SelectOption[];
  landlordStaff: SelectOption[];
  coordinators: SelectOption[];
}

const PARTICIPANT_FIELD_IDS = {
  reference: "reference",
  careProviderId: "careProviderId",
  landlordId: "landlordId",
  dwelling: "dwelling",
  leaseType: "leaseType",
  supportWorkerId: "supportWorkerId",
  landlordContactId: "landlordContactId",
  coordinatorId: "coordinatorId",
  reason: "reason",
  newDueAt: "newDueAt",
} as const;

export function buildRegistrationForm(options: RegistrationFormOptions, locale: Locale = "nl"): Form {
  const f = PARTICIPANT_TEXTS[locale].forms;
  const leaseTypes = PARTICIPANT_TEXTS[locale].leaseTypes;
  const ids = PARTICIPANT_FIELD_IDS;
  return {
    formId: PARTICIPANT_FORM_IDS.register,
    title: f.registerTitle,
    submitLabel: f.registerSubmit,
    metadata: "{}",
    fields: [
      formField("text", ids.reference, f.reference, { required: true, hint: f.referenceHint, maxLength: 24 }),
      formField("select", ids.careProviderId, f.careProvider, {
        required: true,
        options: options.careProviders,
      }),
      formField("select", ids.landlordId, f.landlord, { required: true, options: options.landlords }),
      formField("text", ids.dwelling, f.dwelling, { required: true, maxLength: DWELLING_MAX_LENGTH }),
      formField("select", ids.leaseType, f.leaseType, {
        required: true,
        options: LEASE_TYPES.map((value) => ({ value, label: leaseTypes[value] })),
      }),
      formField("select", ids.supportWorkerId, f.supportWorker, {
        required: true,
        options: options.careTeamMembers,
      }),
      formField("select", ids.landlordContactId, f.landlordContact, {
        required: true,
        options: options.landlordStaff,
      }),
      formField("select", ids.coordinatorId, f.coordinator, {
        required: false,
        options: options.coordinators,
      }),
    ],
  };
}

function registrationSchema(t: ParticipantTexts): z.ZodType<ParticipantDetails> {
  return z.object({
    reference: requiredText(t.forms, 24, t.forms.reference).regex(REFERENCE_PATTERN, {
      error: t.forms.invalidReference,
    }),
    careProviderId: requiredText(t.forms, 64, t.forms.careProvider),
    landlordId: requiredText(t.forms, 64, t.forms.landlord),
    dwelling: requiredText(t.forms, DWELLING_MAX_LENGTH, t.forms.dwelling),
    leaseType: requiredOption(t.forms, LEASE_TYPES, 32),
    supportWorkerId: requiredText(t.forms, 64, t.forms.supportWorker),
    landlordContactId: requiredText(t.forms, 64, t.forms.landlordContact),
    coordinatorId: optionalText(t.forms, 64, t.forms.coordinator),
  });
}

/** Registration form → the participant's details (the service adds the id and the actor). */
export function parseRegistrationForm(
  values: FormValues,
  locale: Locale = "nl",
): FormResult<ParticipantDetails> {
  return parseForm(registrationSchema(PARTICIPANT_TEXTS[locale]), values);
}

// Maatwerk: skipping a prevention step needs a written reason.
export function buildSkipItemForm(
  participantId: string,
  itemKey: OnboardingItemKey,
  locale: Locale = "nl",
): Form {
  const t = PARTICIPANT_TEXTS[locale];
  return {
    formId: PARTICIPANT_FORM_IDS.skipItem,
    title: t.forms.skipTitle,
    submitLabel: t.forms.skipSubmit,
    metadata: encodeItemRef(participantId, itemKey),
    fields: [
      formField("textarea", PARTICIPANT_FIELD_IDS.reason, t.forms.skipReason, {
        required: true,
        hint: `${t.items[itemKey].title} — ${t.forms.skipHint}`,
        maxLength: REASON_MAX_LENGTH,
      }),
    ],
  };
}

export function parseSkipItemForm(values: FormValues, locale: Locale = "nl"): FormResult<{ reason: string }> {
  const t = PARTICIPANT_TEXTS[locale];
  return parseForm(
    z.object({ reason: requiredText(t.forms, REASON_MAX_LENGTH, t.forms.skipReason) }),
    values,
  );
}

export function buildExtendItemForm(
  participantId: string,
  itemKey: OnboardingItemKey,
  currentDueAt: Date,
  locale: Locale = "nl",
): Form {
  const t = PARTICIPANT_TEXTS[locale];
  return {
    formId: PARTICIPANT_FORM_IDS.extendItem,
    title: t.forms.extendTitle,
    submitLabel: t.forms.extendSubmit,
    metadata: encodeItemRef(participantId, itemKey),
    fields: [
      formField("datetime", PARTICIPANT_FIELD_IDS.newDueAt, t.forms.newDue, {
        required: true,
        hint: t.items[itemKey].title,
        initial: currentDueAt.toISOString(),
      }),
      formField("textarea", PARTICIPANT_FIELD_IDS.reason, t.forms.extendReason, {
        required: true,
        maxLength: REASON_MAX_LENGTH,
      }),
    ],
  };
}

/** Extend form → the new due time (must lie after `now`) and the reason. */
export function parseExtendItemForm(
  values: FormValues,
  now: Date,
  locale: Locale = "nl",
): FormResult<{ newDueAt: Date; reason: string }> {
  const t = PARTICIPANT_TEXTS[locale];
  const schema = z.object({
    newDueAt: requiredInstant(t.forms, after(now, t.forms.dueNotInFuture)),
    reason: requiredText(t.forms, REASON_MAX_LENGTH, t.forms.extendReason),
  });
  return parseForm(schema, values);
}
