/**
 * Interventie 1–4: what was offered (care-only) and how it turned out. Rehousing is the
 * participant's own choice; another suitable place is only decided together with the person.
 */
import { z } from "zod";
import type { Form, FormField } from "../../cards/card.ts";
import { encodeValue } from "../../cards/payload.ts";
import type { FormResult, FormValues } from "../../forms/fields.ts";
import {
  checkbox,
  choice,
  optionalChoice,
  optionalText,
  parseForm,
  requiredTextOrEmpty,
} from "../../forms/fields.ts";
import {
  INTERVENTION_KINDS,
  INTERVENTION_OUTCOMES,
  type InterventionDetail,
  type InterventionOutcome,
  PARTICIPANT_DECISIONS,
  type ParticipantDecision,
  TIME_OUT_REASONS,
} from "../../ladder/model.ts";
import { ladderTexts } from "../../ladder/texts.ts";
import type { Locale } from "../../model.ts";
import { CASE_FORM_IDS, type CaseRefValue, caseRefValue } from "../buttons.ts";
import { formTexts } from "../texts/forms.ts";
import { options } from "./options.ts";

export function interventionForm(ref: CaseRefValue, locale: Locale = "nl"): Form {
  const t = formTexts[locale];
  const lt = ladderTexts[locale];
  return {
    formId: CASE_FORM_IDS.intervention,
    title: t.titles.intervention,
    submitLabel: t.submit,
    metadata: encodeValue(caseRefValue, ref),
    fields: [
      {
        id: "kind",
        label: t.labels.interventionKind,
        kind: "select",
        required: true,
        options: options(INTERVENTION_KINDS.map((k) => ({ value: k, label: lt.interventions[k] }))),
      },
      { id: "daily", label: t.labels.daily, kind: "checkbox", required: false },
      {
        id: "timeOutReason",
        label: t.labels.timeOutReason,
        kind: "select",
        required: false,
        options: options(TIME_OUT_REASONS.map((r) => ({ value: r, label: lt.timeOutReasons[r] }))),
      },
      participantDecisionField(locale),
      {
        id: "decidedWithParticipant",
        label: t.labels.decidedWithParticipant,
        kind: "checkbox",
        required: false,
        hint: t.hints.otherPlace,
      },
      { id: "description", label: t.labels.placeDescription, kind: "text", required: false, maxLength: 500 },
      {
        id: "note",
        label: t.labels.note,
        kind: "textarea",
        required: false,
        hint: t.hints.notesCareOnly,
        maxLength: 1000,
      },
    ],
  };
}

/** Interventie 3: the participant's own decision about moving. */
function participantDecisionField(locale: Locale): FormField {
  const lt = ladderTexts[locale];
  return {
    id: "participantDecision",
    label: formTexts[locale].labels.participantDecision,
    kind: "select",
    required: false,
    options: options(PARTICIPANT_DECISIONS.map((d) => ({ value: d, label: lt.participantDecisions[d] }))),
  };
}

export function parseInterventionForm(
  values: FormValues,
  locale: Locale = "nl",
): FormResult<{ detail: InterventionDetail; note: string | null }> {
  const t = formTexts[locale];
  const schema = z
    .object({
      kind: choice(t.errors.choose, INTERVENTION_KINDS),
      daily: checkbox(),
      timeOutReason: optionalChoice(t.errors.choose, TIME_OUT_REASONS),
      participantDecision: optionalChoice(t.errors.choose, PARTICIPANT_DECISIONS),
      decidedWithParticipant: checkbox(),
      description: optionalText(t.errors, 500, t.labels.placeDescription),
      note: optionalText(t.errors, 1000, t.labels.note),
    })
    .superRefine((v, ctx) => {
      if (v.kind === "timeOut" && v.timeOutReason === null) {
        ctx.addIssue({ code: "custom", path: ["timeOutReason"], message: t.errors.timeOutReasonRequired });
      }
      // Interventie 3: rehousing only by the participant's own choice.
      if (v.kind === "rehousing" && v.participantDecision === null) {
        ctx.addIssue({
          code: "custom",
          path: ["participantDecision"],
          message: t.errors.participantDecisionRequired,
        });
      }
      // Interventie 4: never decided in advance, only with the person.
      if (v.kind === "otherPlace" && !v.decidedWithParticipant) {
        ctx.addIssue({
          code: "custom",
          path: ["decidedWithParticipant"],
          message: t.errors.decidedWithParticipant,
        });
      }
      if (v.kind === "otherPlace" && v.description === null) {
        ctx.addIssue({ code: "custom", path: ["description"], message: t.errors.required });
      }
    })
    .transform((v) => ({ detail: toDetail(v), note: v.note }));
  return parseForm(schema, values);
}

function toDetail(v: {
  kind: (typeof INTERVENTION_KINDS)[number];
  daily: boolean;
  timeOutReason: (typeof TIME_OUT_REASONS)[number] | null;
  participantDecision: ParticipantDecision | null;
  description: string | null;
}): InterventionDetail {
  switch (v.kind) {
    case "scaleUpCare":
      return { kind: "scaleUpCare", daily: v.daily };
    case "timeOut":
      return { kind: "timeOut", reason: v.timeOutReason ?? "coolingOff" };
    case "rehousing":
      return { kind: "rehousing", participantDecision: v.participantDecision ?? "undecided" };
    case "otherPlace":
      return { kind: "otherPlace", decidedWithParticipant: true, description: v.description ?? "" };
  }
}

export function interventionOutcomeForm(
  ref: CaseRefValue,
  interventions: { id: string; label: string }[],
  locale: Locale = "nl",
): Form {
  const t = formTexts[locale];
  const lt = ladderTexts[locale];
  return {
    formId: CASE_FORM_IDS.interventionOutcome,
    title: t.titles.interventionOutcome,
    submitLabel: t.submit,
    metadata: encodeValue(caseRefValue, ref),
    fields: [
      {
        id: "interventionId",
        label: t.labels.intervention,
        kind: "select",
        required: true,
        options: options(interventions.map((i) => ({ value: i.id, label: i.label }))),
      },
      {
        id: "outcome",
        label: t.labels.outcome,
        kind: "select",
        required: true,
        options: options(INTERVENTION_OUTCOMES.map((o) => ({ value: o, label: lt.outcomes[o] }))),
      },
      participantDecisionField(locale),
      {
        id: "note",
        label: t.labels.note,
        kind: "textarea",
        required: false,
        hint: t.hints.notesCareOnly,
        maxLength: 1000,
      },
    ],
  };
}

export function parseInterventionOutcomeForm(
  values: FormValues,
  locale: Locale = "nl",
): FormResult<{
  interventionId: string;
  outcome: InterventionOutcome;
  participantDecision: ParticipantDecision | null;
  note: string | null;
}> {
  const t = formTexts[locale];
  const schema = z.object({
    interventionId: requiredTextOrEmpty(t.errors, 100, t.labels.intervention),
    outcome: choice(t.errors.choose, INTERVENTION_OUTCOMES),
    participantDecision: optionalChoice(t.errors.choose, PARTICIPANT_DECISIONS),
    note: optionalText(t.errors, 1000, t.labels.note),
  });
  return parseForm(schema, values);
}
