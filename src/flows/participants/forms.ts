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
      {
        id: ids.reference,
        label: f.reference,
        kind: "text",
        required: true,
        hint: f.referenceHint,
        maxLength: 24,
      },
      {
        id: ids.careProviderId,
        label: f.careProvider,
        kind: "select",
        required: true,
        options: options.careProviders,
      },
      { id: ids.landlordId, label: f.landlord, kind: "select", required: true, options: options.landlords },
      { id: ids.dwelling, label: f.dwelling, kind: "text", required: true, maxLength: DWELLING_MAX_LENGTH },
      {
        id: ids.leaseType,
        label: f.leaseType,
        kind: "select",
        required: true,
        options: LEASE_TYPES.map((value) => ({ value, label: leaseTypes[value] })),
      },
      {
        id: ids.supportWorkerId,
        label: f.supportWorker,
        kind: "select",
        required: true,
        options: options.careTeamMembers,
      },
      {
        id: ids.landlordContactId,
        label: f.landlordContact,
        kind: "select",
        required: true,
        options: options.landlordStaff,
      },
      {
        id: ids.coordinatorId,
        label: f.coordinator,
        kind: "select",
        required: false,
        options: options.coordinators,
      },
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
      {
        id: PARTICIPANT_FIELD_IDS.reason,
        label: t.forms.skipReason,
        kind: "textarea",
        required: true,
        hint: `${t.items[itemKey].title} — ${t.forms.skipHint}`,
        maxLength: REASON_MAX_LENGTH,
      },
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
      {
        id: PARTICIPANT_FIELD_IDS.newDueAt,
        label: t.forms.newDue,
        kind: "datetime",
        required: true,
        hint: t.items[itemKey].title,
        initial: currentDueAt.toISOString(),
      },
      {
        id: PARTICIPANT_FIELD_IDS.reason,
        label: t.forms.extendReason,
        kind: "textarea",
        required: true,
        maxLength: REASON_MAX_LENGTH,
      },
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
