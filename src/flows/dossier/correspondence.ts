/**
 * Het overlastdossier — correspondentie met derden: "alle correspondentie met derden" (the
 * wijkagent, the municipality, a lawyer, neighbourhood mediation) recorded with the case, with who
 * may read it: shared (both dossiers) or care-only (the care provider's dossier only; e.g. with the
 * practitioner). The form, its parser and its texts; the service stores it and writes the timeline.
 */
import { z } from "zod";
import type { Form, FormField } from "../cards/card.ts";
import { encodeValue } from "../cards/payload.ts";
import { type CaseRefValue, caseRefValue } from "../cases/buttons.ts";
import {
  choice,
  type FormResult,
  type FormValues,
  notAfter,
  parseForm,
  requiredInstant,
  requiredText,
} from "../forms/fields.ts";
import type { Locale } from "../model.ts";
import { CORRESPONDENCE_FORM_ID } from "./buttons.ts";
import { CORRESPONDENCE_FILE_EXTENSIONS, CORRESPONDENCE_FILE_TEXTS } from "./correspondence-file.ts";

const CORRESPONDENCE_DIRECTIONS = ["incoming", "outgoing"] as const;
export type CorrespondenceDirection = (typeof CORRESPONDENCE_DIRECTIONS)[number];
const VISIBILITIES = ["shared", "careOnly"] as const;

export const CORRESPONDENCE_PARTY_MAX = 200;
/** The form's optional file field (src/flows/dossier/correspondence-file.ts). */
export const CORRESPONDENCE_FILE_FIELD = "file";
export const CORRESPONDENCE_SUMMARY_MAX = 3000;

const nl = {
  title: "Correspondentie met derden",
  submit: "Vastleggen",
  party: "Met wie",
  partyHint: "Bijvoorbeeld de wijkagent, de gemeente, een advocaat of buurtbemiddeling.",
  direction: "Richting",
  directions: { incoming: "Ontvangen van", outgoing: "Verstuurd aan" },
  at: "Datum",
  summary: "Waarover",
  summaryHint: "Kort en feitelijk: het dossier kan bij de rechter komen.",
  visibility: "Wie mag het zien",
  visibilities: {
    shared: "Gedeeld: beide dossiers (ook de verhuurder)",
    careOnly: "Alleen de zorg (bijv. met de behandelaar)",
  },
  required: "Dit veld is verplicht.",
  invalidDate: "Vul een geldige datum en tijd in.",
  inFuture: "Deze datum ligt in de toekomst.",
  chooseDirection: "Kies of het ontvangen of verstuurd is.",
  chooseVisibility: "Kies wie het mag zien.",
  tooLong: (max: number, label?: string) =>
    label ? `Het veld '${label}' is te lang: maximaal ${max} tekens.` : `Maximaal ${max} tekens.`,
  recorded: (caseNumber: string, careOnly: boolean) =>
    `Vastgelegd bij zaak ${caseNumber}${careOnly ? " (alleen de zorg ziet het)" : ""}. Het staat in het overlastdossier onder "Correspondentie met derden".`,
};

type CorrespondenceTexts = typeof nl;

const en: CorrespondenceTexts = {
  title: "Correspondence with third parties",
  submit: "Record",
  party: "With whom",
  partyHint: "For example the community police officer, the municipality, a lawyer or neighbour mediation.",
  direction: "Direction",
  directions: { incoming: "Received from", outgoing: "Sent to" },
  at: "Date",
  summary: "About",
  summaryHint: "Short and factual: the dossier may go to court.",
  visibility: "Who may see it",
  visibilities: {
    shared: "Shared: both dossiers (the landlord too)",
    careOnly: "Care only (e.g. with the practitioner)",
  },
  required: "This field is required.",
  invalidDate: "Enter a valid date and time.",
  inFuture: "This date lies in the future.",
  chooseDirection: "Choose whether it was received or sent.",
  chooseVisibility: "Choose who may see it.",
  tooLong: (max, label) =>
    label ? `The field '${label}' is too long: at most ${max} characters.` : `At most ${max} characters.`,
  recorded: (caseNumber, careOnly) =>
    `Recorded with case ${caseNumber}${careOnly ? " (only the care team sees it)" : ""}. It is in the nuisance dossier under "Correspondence with third parties".`,
};

export const CORRESPONDENCE_TEXTS: Record<Locale, CorrespondenceTexts> = { nl, en };

/**
 * The form for one case. `mayChooseCareOnly`: the care team chooses who may see it; landlord
 * staff record shared correspondence only (their dossier has no care-only part).
 */
export function correspondenceForm(
  ref: CaseRefValue,
  now: Date,
  mayChooseCareOnly: boolean,
  locale: Locale = "nl",
): Form {
  const t = CORRESPONDENCE_TEXTS[locale];
  const fields: FormField[] = [
    {
      id: "party",
      label: t.party,
      kind: "text",
      required: true,
      hint: t.partyHint,
      maxLength: CORRESPONDENCE_PARTY_MAX,
    },
    {
      id: "direction",
      label: t.direction,
      kind: "select",
      required: true,
      options: CORRESPONDENCE_DIRECTIONS.map((value) => ({ value, label: t.directions[value] })),
    },
    { id: "at", label: t.at, kind: "datetime", required: true, initial: now.toISOString() },
    {
      id: "summary",
      label: t.summary,
      kind: "textarea",
      required: true,
      hint: t.summaryHint,
      maxLength: CORRESPONDENCE_SUMMARY_MAX,
    },
  ];
  if (mayChooseCareOnly) {
    fields.push({
      id: "visibility",
      label: t.visibility,
      kind: "select",
      required: true,
      initial: "shared",
      options: VISIBILITIES.map((value) => ({ value, label: t.visibilities[value] })),
    });
  }
  // The letter or e-mail itself, optional; kept with the item and visible to whom the item is.
  fields.push({
    id: CORRESPONDENCE_FILE_FIELD,
    label: CORRESPONDENCE_FILE_TEXTS[locale].fileLabel,
    kind: "file",
    required: false,
    hint: CORRESPONDENCE_FILE_TEXTS[locale].fileHint,
    accept: [...CORRESPONDENCE_FILE_EXTENSIONS],
  });
  return {
    formId: CORRESPONDENCE_FORM_ID,
    title: t.title,
    submitLabel: t.submit,
    metadata: encodeValue(caseRefValue, ref),
    fields,
  };
}

export interface CorrespondenceFormValue {
  party: string;
  direction: CorrespondenceDirection;
  at: Date;
  summary: string;
  careOnly: boolean;
}

export function parseCorrespondenceForm(
  values: FormValues,
  now: Date,
  locale: Locale = "nl",
): FormResult<CorrespondenceFormValue> {
  const t = CORRESPONDENCE_TEXTS[locale];
  const schema = z.object({
    party: requiredText(t, CORRESPONDENCE_PARTY_MAX, t.party),
    direction: choice(t.chooseDirection, CORRESPONDENCE_DIRECTIONS),
    at: requiredInstant(t, notAfter(now, t.inFuture)),
    summary: requiredText(t, CORRESPONDENCE_SUMMARY_MAX, t.summary),
    // A form without the choice (landlord staff) is shared.
    visibility: z.preprocess(
      (v) => (v === undefined || v === "" ? "shared" : v),
      choice(t.chooseVisibility, VISIBILITIES),
    ),
  });
  const parsed = parseForm(schema, values);
  if (!parsed.ok) return parsed;
  const { visibility, ...rest } = parsed.value;
  return { ok: true, value: { ...rest, careOnly: visibility === "careOnly" } };
}
