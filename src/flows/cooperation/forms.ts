/**
 * The cooperation forms: recording a held meeting (date, who attended, notes) and rescheduling
 * the planned meeting with a reason.
 */
import { z } from "zod";
import type { Form } from "../cards/card.ts";
import {
  after,
  type FormResult,
  type FormValues,
  notAfter,
  optionalText,
  parseForm,
  requiredInstant,
  requiredText,
} from "../forms/fields.ts";
import { formField } from "../forms/form-field.ts";
import type { Locale } from "../model.ts";
import { COOPERATION_FORM_IDS, encodeCooperationPair, encodeCooperationRef } from "./buttons.ts";
import { COOPERATION_TEXT_MAX_LENGTH } from "./decide.ts";
import { COOPERATION_PARTIES, type CooperationParty } from "./model.ts";
import { COOPERATION_TEXTS } from "./texts.ts";

const COOPERATION_FIELD_IDS = {
  heldAt: "heldAt",
  notes: "notes",
  plannedFor: "plannedFor",
  reason: "reason",
} as const;

/**
 * One checkbox per party, e.g. "partyCommunityPolice": a plain word, as Teams takes an input id
 * back only when it is one (src/bot/teams/form-envelope.ts).
 */
function partyFieldId(party: CooperationParty): string {
  return `party${party.charAt(0).toUpperCase()}${party.slice(1)}`;
}

export function buildHeldForm(
  cooperationId: string,
  meetingNumber: number,
  now: Date,
  locale: Locale = "nl",
): Form {
  const t = COOPERATION_TEXTS[locale];
  const partyFields = COOPERATION_PARTIES.map((party, index) =>
    formField("checkbox", partyFieldId(party), t.parties[party], {
      required: false,
      ...(index === 0 ? { hint: t.forms.partiesHint } : {}),
    }),
  );
  return {
    formId: COOPERATION_FORM_IDS.held,
    title: t.forms.heldTitle,
    submitLabel: t.forms.heldSubmit,
    metadata: encodeCooperationRef(cooperationId, meetingNumber),
    fields: [
      formField("datetime", COOPERATION_FIELD_IDS.heldAt, t.forms.heldAt, {
        required: true,
        initial: now.toISOString(),
      }),
      ...partyFields,
      formField("textarea", COOPERATION_FIELD_IDS.notes, t.forms.notes, {
        required: false,
        maxLength: COOPERATION_TEXT_MAX_LENGTH,
      }),
    ],
  };
}

export interface HeldFormValue {
  heldAt: Date;
  parties: CooperationParty[];
  notes: string | null;
}

export function parseHeldForm(
  values: FormValues,
  now: Date,
  locale: Locale = "nl",
): FormResult<HeldFormValue> {
  const t = COOPERATION_TEXTS[locale];
  const schema = z.object({
    heldAt: requiredInstant(t.forms, notAfter(now, t.forms.inFuture)),
    notes: optionalText(t.forms, COOPERATION_TEXT_MAX_LENGTH),
  });
  const parsed = parseForm(schema, values);
  if (!parsed.ok) return parsed;
  const parties = COOPERATION_PARTIES.filter((party) => values[partyFieldId(party)] === "true");
  return { ok: true, value: { ...parsed.value, parties } };
}

// Maatwerk: the meeting may move, with a reason.
export function buildRescheduleForm(
  cooperationId: string,
  meetingNumber: number,
  plannedFor: Date,
  locale: Locale = "nl",
): Form {
  const t = COOPERATION_TEXTS[locale];
  return {
    formId: COOPERATION_FORM_IDS.reschedule,
    title: t.forms.rescheduleTitle,
    submitLabel: t.forms.rescheduleSubmit,
    metadata: encodeCooperationRef(cooperationId, meetingNumber),
    fields: [
      formField("datetime", COOPERATION_FIELD_IDS.plannedFor, t.forms.plannedFor, {
        required: true,
        initial: plannedFor.toISOString(),
      }),
      formField("textarea", COOPERATION_FIELD_IDS.reason, t.forms.reason, {
        required: true,
        maxLength: COOPERATION_TEXT_MAX_LENGTH,
      }),
    ],
  };
}

export function parseRescheduleForm(
  values: FormValues,
  now: Date,
  locale: Locale = "nl",
): FormResult<{ plannedFor: Date; reason: string }> {
  const t = COOPERATION_TEXTS[locale];
  const schema = z.object({
    plannedFor: requiredInstant(t.forms, after(now, t.forms.notInFuture)),
    reason: requiredText(t.forms, COOPERATION_TEXT_MAX_LENGTH),
  });
  return parseForm(schema, values);
}

// Onderhoud samenwerking: the first meeting of a pair, on a date the parties agree (proposed: a year on).
export function buildPlanForm(
  careProviderId: string,
  landlordId: string,
  proposed: Date,
  partnerName: string,
  locale: Locale = "nl",
): Form {
  const t = COOPERATION_TEXTS[locale];
  return {
    formId: COOPERATION_FORM_IDS.plan,
    title: t.forms.planTitle,
    submitLabel: t.forms.planSubmit,
    metadata: encodeCooperationPair(careProviderId, landlordId),
    fields: [
      formField("datetime", COOPERATION_FIELD_IDS.plannedFor, t.forms.planDate, {
        required: true,
        initial: proposed.toISOString(),
        hint: t.forms.planHint(partnerName),
      }),
    ],
  };
}

export function parsePlanForm(
  values: FormValues,
  now: Date,
  locale: Locale = "nl",
): FormResult<{ plannedFor: Date }> {
  const t = COOPERATION_TEXTS[locale];
  return parseForm(
    z.object({ plannedFor: requiredInstant(t.forms, after(now, t.forms.notInFuture)) }),
    values,
  );
}
