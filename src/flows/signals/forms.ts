/**
 * The signal forms: logging a signal, the decision on sharing a nuisance signal with the
 * participant (Signalering 3) and recording follow-up. Builders return the neutral Form; parsers
 * return typed inputs or Dutch (or English) field errors.
 */
import { z } from "zod";
import type { Form } from "../cards/card.ts";
import {
  type FormResult,
  type FormValues,
  notAfter,
  optionalText,
  parseForm,
  requiredOption,
  requiredText,
  type SelectOption,
  toInstant,
} from "../forms/fields.ts";
import { formField } from "../forms/form-field.ts";
import type { Locale } from "../model.ts";
import { encodeSignalRef, SIGNAL_FORM_IDS } from "./buttons.ts";
import { NOTE_MAX_LENGTH } from "./decide.ts";
import { DESCRIPTION_MAX_LENGTH } from "./log.ts";
import { SIGNAL_KINDS, SIGNAL_SOURCES, type Side, type SignalKind, type SignalSource } from "./model.ts";
import { SIGNAL_TEXTS } from "./texts.ts";

const SIGNAL_FIELD_IDS = {
  participantId: "participantId",
  kind: "kind",
  source: "source",
  observedAt: "observedAt",
  description: "description",
  followUpOwnerId: "followUpOwnerId",
  share: "share",
  consultedMemberId: "consultedMemberId",
  note: "note",
} as const;

export interface LogSignalFormOptions {
  participants: SelectOption[];
  /** Members who may own the follow-up of a neighbourhood signal. */
  members: SelectOption[];
}

/** What the signal form yields; the service adds the ids, the participant snapshot and the actor. */
export interface LogSignalFormValue {
  participantId: string;
  kind: SignalKind;
  source: SignalSource;
  observedAt: Date;
  description: string;
  followUpOwnerId: string | null;
}

export function buildLogSignalForm(options: LogSignalFormOptions, now: Date, locale: Locale = "nl"): Form {
  const t = SIGNAL_TEXTS[locale];
  const ids = SIGNAL_FIELD_IDS;
  return {
    formId: SIGNAL_FORM_IDS.log,
    title: t.forms.logTitle,
    submitLabel: t.forms.logSubmit,
    metadata: "{}",
    fields: [
      formField("select", ids.participantId, t.forms.participant, {
        required: true,
        options: options.participants,
      }),
      formField("select", ids.kind, t.forms.kind, {
        required: true,
        options: SIGNAL_KINDS.map((value) => ({ value, label: t.kinds[value] })),
      }),
      formField("select", ids.source, t.forms.source, {
        required: true,
        options: SIGNAL_SOURCES.map((value) => ({ value, label: t.sources[value] })),
      }),
      formField("datetime", ids.observedAt, t.forms.observedAt, {
        required: true,
        initial: now.toISOString(),
      }),
      formField("textarea", ids.description, t.forms.description, {
        required: true,
        hint: t.forms.descriptionHint,
        maxLength: DESCRIPTION_MAX_LENGTH,
      }),
      formField("select", ids.followUpOwnerId, t.forms.followUpOwner, {
        required: false,
        options: options.members,
      }),
    ],
  };
}

/** Signal form → typed input. The observed moment may not lie after `now`. */
export function parseLogSignalForm(
  values: FormValues,
  now: Date,
  locale: Locale = "nl",
): FormResult<LogSignalFormValue> {
  const t = SIGNAL_TEXTS[locale];
  const schema = z.object({
    participantId: requiredText(t.forms, 64, t.forms.participant),
    kind: requiredOption(t.forms, SIGNAL_KINDS),
    source: requiredOption(t.forms, SIGNAL_SOURCES),
    observedAt: requiredText(t.forms, 64, t.forms.observedAt).transform(
      toInstant(t.forms.invalidDate, notAfter(now, t.forms.observedInFuture)),
    ),
    description: requiredText(t.forms, DESCRIPTION_MAX_LENGTH, t.forms.description),
    followUpOwnerId: optionalText(t.forms, 64, t.forms.followUpOwner),
  });
  return parseForm(schema, values);
}

// Signalering 3: when the landlord decides, the team member consulted is required.
export function buildSharingForm(
  signalId: string,
  actorSide: Side,
  teamMembers: SelectOption[],
  locale: Locale = "nl",
): Form {
  const t = SIGNAL_TEXTS[locale];
  return {
    formId: SIGNAL_FORM_IDS.sharing,
    title: t.forms.sharingTitle,
    submitLabel: t.forms.sharingSubmit,
    metadata: encodeSignalRef(signalId),
    fields: [
      formField("select", SIGNAL_FIELD_IDS.share, t.forms.share, {
        required: true,
        options: [
          { value: "yes", label: t.forms.shareYes },
          { value: "no", label: t.forms.shareNo },
        ],
      }),
      formField("select", SIGNAL_FIELD_IDS.consultedMemberId, t.forms.consulted, {
        required: actorSide === "landlord",
        hint: t.forms.consultedHint,
        options: teamMembers,
      }),
      formField("textarea", SIGNAL_FIELD_IDS.note, t.forms.note, {
        required: false,
        maxLength: NOTE_MAX_LENGTH,
      }),
    ],
  };
}

export interface SharingFormValue {
  share: boolean;
  consultedMemberId: string | null;
  note: string | null;
}

export function parseSharingForm(
  values: FormValues,
  actorSide: Side,
  locale: Locale = "nl",
): FormResult<SharingFormValue> {
  const t = SIGNAL_TEXTS[locale];
  const schema = z
    .object({
      share: requiredOption(t.forms, ["yes", "no"] as const).transform((value) => value === "yes"),
      consultedMemberId: optionalText(t.forms, 64, t.forms.consulted),
      note: optionalText(t.forms, NOTE_MAX_LENGTH, t.forms.note),
    })
    .superRefine((value, payload) => {
      if (actorSide === "landlord" && value.consultedMemberId === null) {
        payload.addIssue({
          code: "custom",
          path: [SIGNAL_FIELD_IDS.consultedMemberId],
          message: t.forms.consultTeam,
        });
      }
    });
  return parseForm(schema, values);
}

export function buildFollowUpForm(signalId: string, locale: Locale = "nl"): Form {
  const t = SIGNAL_TEXTS[locale];
  return {
    formId: SIGNAL_FORM_IDS.followUp,
    title: t.forms.followUpTitle,
    submitLabel: t.forms.followUpSubmit,
    metadata: encodeSignalRef(signalId),
    fields: [
      formField("textarea", SIGNAL_FIELD_IDS.note, t.forms.followUpNote, {
        required: true,
        maxLength: NOTE_MAX_LENGTH,
      }),
    ],
  };
}

export function parseFollowUpForm(values: FormValues, locale: Locale = "nl"): FormResult<{ note: string }> {
  const t = SIGNAL_TEXTS[locale];
  return parseForm(z.object({ note: requiredText(t.forms, NOTE_MAX_LENGTH, t.forms.followUpNote) }), values);
}
