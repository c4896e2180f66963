/**
 * SPEC §3 Intake: the complaint form for landlord staff. The complainant's name and contact are
 * returned separately: the service stores them for landlord staff only; they never enter a case.
 */
import { z } from "zod";
import { isAfterTen } from "../../calendar/amsterdam.ts";
import type { Form } from "../../cards/card.ts";
import type { FormResult, FormValues } from "../../forms/fields.ts";
import {
  checkbox,
  choice,
  optionalText,
  parseForm,
  requiredDate,
  requiredTextOrEmpty,
} from "../../forms/fields.ts";
import { COMPLAINT_TYPES, type Locale } from "../../model.ts";
import { CASE_FORM_IDS } from "../buttons.ts";
import type { ComplaintInput } from "../events.ts";
import { formTexts } from "../texts/forms.ts";
import { uiTexts } from "../texts/ui.ts";
import { options } from "./options.ts";

const INTAKE_FIELDS = {
  participant: "participant",
  type: "type",
  description: "description",
  occurredAt: "occurredAt",
  receivedByLandlordAt: "receivedByLandlordAt",
  complainantAnonymous: "complainantAnonymous",
  complainantName: "complainantName",
  complainantContact: "complainantContact",
} as const;

export interface IntakeFormResult {
  participantId: string;
  /** Without an id: the service assigns one. */
  complaint: Omit<ComplaintInput, "id">;
  /** Landlord staff only; kept out of every case state, card and care-side export. */
  complainant: { anonymous: boolean; name: string | null; contact: string | null };
}

export function complaintIntakeForm(input: {
  participants: { value: string; label: string }[];
  locale?: Locale;
  metadata?: string;
}): Form {
  const locale = input.locale ?? "nl";
  const t = formTexts[locale];
  const ui = uiTexts[locale];
  const f = INTAKE_FIELDS;
  return {
    formId: CASE_FORM_IDS.intake,
    title: t.titles.intake,
    submitLabel: t.submit,
    metadata: input.metadata ?? "{}",
    fields: [
      {
        id: f.participant,
        label: t.labels.participant,
        kind: "select",
        required: true,
        options: options(input.participants),
      },
      {
        id: f.type,
        label: t.labels.type,
        kind: "select",
        required: true,
        options: options(COMPLAINT_TYPES.map((type) => ({ value: type, label: ui.complaintTypes[type] }))),
      },
      {
        id: f.description,
        label: t.labels.description,
        kind: "textarea",
        required: true,
        hint: t.hints.description,
        maxLength: 3000,
      },
      { id: f.occurredAt, label: t.labels.occurredAt, kind: "datetime", required: true },
      { id: f.receivedByLandlordAt, label: t.labels.receivedByLandlordAt, kind: "datetime", required: true },
      {
        id: f.complainantAnonymous,
        label: t.labels.complainantAnonymous,
        kind: "checkbox",
        required: false,
        hint: t.hints.complainant,
      },
      {
        id: f.complainantName,
        label: t.labels.complainantName,
        kind: "text",
        required: false,
        hint: t.hints.complainant,
        maxLength: 200,
      },
      {
        id: f.complainantContact,
        label: t.labels.complainantContact,
        kind: "text",
        required: false,
        hint: t.hints.complainant,
        maxLength: 200,
      },
    ],
  };
}

function intakeFormSchema(locale: Locale, now: Date) {
  const t = formTexts[locale];
  return z
    .object({
      participant: requiredTextOrEmpty(t.errors, 100, t.labels.participant),
      type: choice(t.errors.choose, COMPLAINT_TYPES),
      description: requiredTextOrEmpty(t.errors, 3000, t.labels.description),
      occurredAt: requiredDate(t.errors.dateTime),
      receivedByLandlordAt: requiredDate(t.errors.dateTime),
      complainantAnonymous: checkbox(),
      complainantName: optionalText(t.errors, 200, t.labels.complainantName),
      complainantContact: optionalText(t.errors, 200, t.labels.complainantContact),
    })
    .superRefine((v, ctx) => {
      if (!v.complainantAnonymous && v.complainantName === null && v.complainantContact === null) {
        ctx.addIssue({ code: "custom", path: ["complainantName"], message: t.errors.nameOrAnonymous });
      }
      if (v.occurredAt.getTime() > v.receivedByLandlordAt.getTime()) {
        ctx.addIssue({ code: "custom", path: ["occurredAt"], message: t.errors.occurredAfterReceipt });
      }
      if (v.receivedByLandlordAt.getTime() > now.getTime()) {
        ctx.addIssue({ code: "custom", path: ["receivedByLandlordAt"], message: t.errors.inFuture });
      }
    })
    .transform(
      (v): IntakeFormResult => ({
        participantId: v.participant,
        complaint: {
          type: v.type,
          description: v.description,
          occurredAt: v.occurredAt,
          // "na 22:00" follows the time entered, so the two never disagree.
          afterTen: isAfterTen(v.occurredAt),
          receivedByLandlordAt: v.receivedByLandlordAt,
          complainantAnonymous: v.complainantAnonymous,
        },
        // An anonymous complainant's name is not kept, even when it was typed.
        complainant: v.complainantAnonymous
          ? { anonymous: true, name: null, contact: null }
          : { anonymous: false, name: v.complainantName, contact: v.complainantContact },
      }),
    );
}

export function parseIntakeForm(
  values: FormValues,
  now: Date,
  locale: Locale = "nl",
): FormResult<IntakeFormResult> {
  return parseForm(intakeFormSchema(locale, now), values);
}
