/**
 * Messages of the intake API, Dutch by default and English with `Accept-Language: en`. Field
 * problems are said in plain language, naming the field as the caller sends it.
 */
import type { Locale } from "../flows/model.ts";

const API_ERROR_CODES = [
  "unauthorized",
  "apiKeyRevoked",
  "forbidden",
  "participantNotFound",
  "caseNotFound",
  "notFound",
  "participantAmbiguous",
  "validationFailed",
  "invalidQuery",
  "invalidJson",
  "nestedTooDeep",
  "payloadTooLarge",
  "unsupportedMediaType",
  "tooManyRequests",
  "idempotencyKeyInvalid",
  "idempotencyKeyReused",
  "idempotencyKeyInProgress",
  "refused",
  "internal",
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

const FIELD_PROBLEMS = [
  "required",
  "wrongType",
  "empty",
  "tooLong",
  "oneOf",
  "dateTime",
  "date",
  "periodOrder",
  "invalidCharacters",
  "unknownField",
  "notAnObject",
  "inFuture",
  "occurredAfterReceipt",
  "nameOrAnonymous",
  "afterTenContradicts",
] as const;
export type FieldProblem = (typeof FIELD_PROBLEMS)[number];

type Params = Record<string, string | number>;

export interface ApiTexts {
  errors: { [C in ApiErrorCode]: (p: Params) => string };
  /** How a field is called in a sentence; unknown fields are named by their path. */
  fields: Record<string, string>;
  problems: { [P in FieldProblem]: (field: string, p: Params) => string };
  types: Record<string, string>;
}

const nl: ApiTexts = {
  errors: {
    unauthorized: () =>
      "Geen geldige API-sleutel. Stuur de sleutel mee als 'Authorization: Bearer nbr_<prefix>_<geheim>'.",
    apiKeyRevoked: () => "Deze API-sleutel is ingetrokken. Vraag de beheerder om een nieuwe sleutel.",
    forbidden: () => "Deze deelnemer of zaak hoort niet bij uw organisatie.",
    participantNotFound: (p) => `Er is geen deelnemer met referentie '${p.reference}'.`,
    caseNotFound: (p) => `Er is geen zaak met nummer '${p.number}'.`,
    notFound: () => "Dit adres bestaat niet in de API. Zie /api/v1/openapi.json.",
    participantAmbiguous: (p) =>
      `De referentie '${p.reference}' komt bij meer dan één deelnemer van uw organisatie voor. Neem contact op met het Housing First-team.`,
    validationFailed: (p) =>
      Number(p.count) === 1
        ? "De aanvraag bevat 1 fout. Er is niets vastgelegd."
        : `De aanvraag bevat ${p.count} fouten. Er is niets vastgelegd.`,
    invalidQuery: (p) =>
      Number(p.count) === 1 ? "De vraag bevat 1 fout." : `De vraag bevat ${p.count} fouten.`,
    invalidJson: () => "De body is geen geldige JSON. Er is niets vastgelegd.",
    nestedTooDeep: (p) => `De body is te diep genest (maximaal ${p.max} niveaus). Er is niets vastgelegd.`,
    payloadTooLarge: (p) => `De body is te groot (maximaal ${p.limit}). Er is niets vastgelegd.`,
    unsupportedMediaType: () => "Stuur de body als JSON met 'Content-Type: application/json'.",
    tooManyRequests: (p) =>
      `Te veel aanvragen met deze sleutel (maximaal ${p.limit} per minuut). Probeer het over ${p.retryAfter} seconden opnieuw.`,
    idempotencyKeyInvalid: () =>
      "De Idempotency-Key moet 1 tot 255 zichtbare tekens zijn (letters, cijfers en leestekens, geen spaties).",
    idempotencyKeyReused: () =>
      "Deze Idempotency-Key is al gebruikt voor een andere aanvraag. Gebruik voor een nieuwe aanvraag een nieuwe sleutel.",
    idempotencyKeyInProgress: () =>
      "Een aanvraag met deze Idempotency-Key wordt nog verwerkt. Probeer het zo opnieuw, met dezelfde sleutel.",
    refused: () => "Dit kan niet.",
    internal: (p) =>
      `Er ging iets mis bij Nabuur (referentie ${p.reference}). Er is mogelijk niets vastgelegd; probeer het opnieuw met dezelfde Idempotency-Key.`,
  },
  fields: {
    participant: "de deelnemer (participant)",
    type: "het soort overlast (type)",
    description: "de beschrijving (description)",
    occurredAt: "het moment van de overlast (occurredAt)",
    afterTen: "het antwoord of het na 22:00 was (afterTen)",
    receivedByLandlordAt: "het moment waarop u de klacht ontving (receivedByLandlordAt)",
    complainant: "de klager (complainant)",
    "complainant.anonymous": "het antwoord of de klager anoniem blijft (complainant.anonymous)",
    "complainant.name": "de naam van de klager (complainant.name)",
    "complainant.contact": "het contact van de klager (complainant.contact)",
    kind: "het soort signaal (kind)",
    source: "de bron van het signaal (source)",
    observedAt: "het moment van het signaal (observedAt)",
    from: "de eerste dag (from)",
    to: "de laatste dag (to)",
    party: "de derde partij (party)",
    direction: "de richting (direction)",
    at: "het moment van de correspondentie (at)",
    summary: "de samenvatting (summary)",
    file: "het bestand (file)",
    "file.name": "de naam van het bestand (file.name)",
    "file.contentBase64": "de inhoud van het bestand in base64 (file.contentBase64)",
    step: "de stap van de brief (step)",
    sentAt: "het moment van versturen (sentAt)",
    registered: "het antwoord of de brief aangetekend is (registered)",
    signedForSeen: "het antwoord of de brief 'voor gezien' is getekend (signedForSeen)",
    signedSeenAt: "het moment van tekenen 'voor gezien' (signedSeenAt)",
    text: "de tekst van de brief (text)",
  },
  problems: {
    required: (f) => `Vul ${f} in.`,
    wrongType: (f, p) => `${capitalise(f)} moet ${p.expected} zijn.`,
    empty: (f) => `${capitalise(f)} is leeg.`,
    tooLong: (f, p) => `${capitalise(f)} is te lang: maximaal ${p.max} tekens.`,
    oneOf: (f, p) => `${capitalise(f)} moet een van deze waarden zijn: ${p.values}.`,
    dateTime: (f) =>
      `${capitalise(f)} moet een datum met tijd en tijdzone zijn, bijvoorbeeld 2026-11-22T23:30:00+01:00.`,
    date: (f) => `${capitalise(f)} moet een datum zijn als 2026-03-31 (jaar-maand-dag).`,
    periodOrder: (f) => `${capitalise(f)} ligt voor de eerste dag (from).`,
    invalidCharacters: (f) =>
      `${capitalise(f)} bevat een teken dat niet kan worden opgeslagen (een NUL-teken of een half Unicode-teken).`,
    unknownField: (f) => `Het veld '${f}' kennen we niet. Laat het weg of controleer de spelling.`,
    notAnObject: () => 'De body moet een JSON-object zijn, zoals { "participant": "HF-007", ... }.',
    inFuture: (f) => `${capitalise(f)} ligt in de toekomst.`,
    occurredAfterReceipt: (f) => `${capitalise(f)} ligt na het moment waarop u de klacht ontving.`,
    nameOrAnonymous: () =>
      "Geef de naam of het contact van de klager, of geef aan dat de klager anoniem blijft (complainant.anonymous: true).",
    afterTenContradicts: () =>
      "afterTen (na 22:00) klopt niet met occurredAt: tussen 22:00 en 07:00 (Nederlandse tijd) is het true, anders false.",
  },
  types: { string: "tekst", boolean: "true of false", object: "een object", number: "een getal" },
};

const en: ApiTexts = {
  errors: {
    unauthorized: () => "No valid API key. Send it as 'Authorization: Bearer nbr_<prefix>_<secret>'.",
    apiKeyRevoked: () => "This API key has been revoked. Ask your administrator for a new key.",
    forbidden: () => "This participant or case does not belong to your organisation.",
    participantNotFound: (p) => `There is no participant with reference '${p.reference}'.`,
    caseNotFound: (p) => `There is no case with number '${p.number}'.`,
    notFound: () => "This address does not exist in the API. See /api/v1/openapi.json.",
    participantAmbiguous: (p) =>
      `More than one participant of your organisation has the reference '${p.reference}'. Please contact the Housing First team.`,
    validationFailed: (p) =>
      Number(p.count) === 1
        ? "The request has 1 error. Nothing was recorded."
        : `The request has ${p.count} errors. Nothing was recorded.`,
    invalidQuery: (p) =>
      Number(p.count) === 1 ? "The request has 1 error." : `The request has ${p.count} errors.`,
    invalidJson: () => "The body is not valid JSON. Nothing was recorded.",
    nestedTooDeep: (p) => `The body is nested too deeply (at most ${p.max} levels). Nothing was recorded.`,
    payloadTooLarge: (p) => `The body is too large (at most ${p.limit}). Nothing was recorded.`,
    unsupportedMediaType: () => "Send the body as JSON with 'Content-Type: application/json'.",
    tooManyRequests: (p) =>
      `Too many requests with this key (at most ${p.limit} per minute). Try again in ${p.retryAfter} seconds.`,
    idempotencyKeyInvalid: () =>
      "The Idempotency-Key must be 1 to 255 visible characters (letters, digits and punctuation, no spaces).",
    idempotencyKeyReused: () =>
      "This Idempotency-Key was already used for a different request. Use a new key for a new request.",
    idempotencyKeyInProgress: () =>
      "A request with this Idempotency-Key is still being processed. Try again shortly with the same key.",
    refused: () => "This cannot be done.",
    internal: (p) =>
      `Something went wrong in Nabuur (reference ${p.reference}). Possibly nothing was recorded; retry with the same Idempotency-Key.`,
  },
  fields: {
    participant: "the participant",
    type: "the type of nuisance (type)",
    description: "the description",
    occurredAt: "the moment of the nuisance (occurredAt)",
    afterTen: "whether it was after 10 pm (afterTen)",
    receivedByLandlordAt: "the moment you received the complaint (receivedByLandlordAt)",
    complainant: "the complainant",
    "complainant.anonymous": "whether the complainant stays anonymous (complainant.anonymous)",
    "complainant.name": "the complainant's name (complainant.name)",
    "complainant.contact": "the complainant's contact (complainant.contact)",
    kind: "the kind of signal (kind)",
    source: "the source of the signal (source)",
    observedAt: "the moment of the signal (observedAt)",
    from: "the first day (from)",
    to: "the last day (to)",
    party: "the third party (party)",
    direction: "the direction (direction)",
    at: "the moment of the correspondence (at)",
    summary: "the summary (summary)",
    file: "the file (file)",
    "file.name": "the file's name (file.name)",
    "file.contentBase64": "the file's content in base64 (file.contentBase64)",
    step: "the letter's step (step)",
    sentAt: "the moment it was sent (sentAt)",
    registered: "whether the letter was registered (registered)",
    signedForSeen: "whether it was signed 'voor gezien' (signedForSeen)",
    signedSeenAt: "the moment it was signed 'voor gezien' (signedSeenAt)",
    text: "the letter's text (text)",
  },
  problems: {
    required: (f) => `Please fill in ${f}.`,
    wrongType: (f, p) => `${capitalise(f)} must be ${p.expected}.`,
    empty: (f) => `${capitalise(f)} is empty.`,
    tooLong: (f, p) => `${capitalise(f)} is too long: at most ${p.max} characters.`,
    oneOf: (f, p) => `${capitalise(f)} must be one of: ${p.values}.`,
    dateTime: (f) =>
      `${capitalise(f)} must be a date with time and time zone, for example 2026-11-22T23:30:00+01:00.`,
    date: (f) => `${capitalise(f)} must be a date like 2026-03-31 (year-month-day).`,
    periodOrder: (f) => `${capitalise(f)} lies before the first day (from).`,
    invalidCharacters: (f) =>
      `${capitalise(f)} contains a character that cannot be stored (a NUL character or half a Unicode character).`,
    unknownField: (f) => `We do not know the field '${f}'. Leave it out or check the spelling.`,
    notAnObject: () => 'The body must be a JSON object, like { "participant": "HF-007", ... }.',
    inFuture: (f) => `${capitalise(f)} lies in the future.`,
    occurredAfterReceipt: (f) => `${capitalise(f)} lies after the moment you received the complaint.`,
    nameOrAnonymous: () =>
      "Give the complainant's name or contact, or say that the complainant stays anonymous (complainant.anonymous: true).",
    afterTenContradicts: () =>
      "afterTen (after 22:00) does not match occurredAt: between 22:00 and 07:00 (Dutch time) it is true, otherwise false.",
  },
  types: { string: "text", boolean: "true or false", object: "an object", number: "a number" },
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const apiTexts: Record<Locale, ApiTexts> = { nl, en };
