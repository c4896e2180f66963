/**
 * User-visible texts of the cooperation meeting. Dutch is the default; the English object must
 * have exactly the same keys (checked by the CooperationTexts type).
 */
import type { Locale } from "../model.ts";
import type { CooperationParty } from "./model.ts";

export const COOPERATION_ERROR_CODES = [
  "cooperation.dateNotInFuture",
  "cooperation.heldInFuture",
  "cooperation.reasonRequired",
  "cooperation.unknownParty",
  "cooperation.nothingChanged",
  "cooperation.missingField",
  "cooperation.textTooLong",
] as const;
export type CooperationErrorCode = (typeof COOPERATION_ERROR_CODES)[number];

type Params = Record<string, string | number>;

const nl = {
  parties: {
    careTeam: "Zorgteam",
    landlord: "Verhuurder",
    municipality: "Gemeente",
    communityPolice: "Wijkagent",
    otherStakeholders: "Andere belanghebbenden",
  } satisfies Record<CooperationParty, string>,
  card: {
    header: (number: number) => `Jaarlijks samenzijn van de samenwerkingspartners (${number})`,
    purpose:
      "Met de uitvoerende medewerkers van alle betrokken partijen en andere belanghebbenden, zoals de wijkagent: de samenwerking onderhouden, ervaringen uitwisselen en aandacht houden voor de Housing First-aanpak — ook bij wisseling van medewerkers.",
    plannedFor: "Gepland voor",
    owner: "Organiseert",
    coordinatorRole: "coördinator",
    lastHeld: "Vorige bijeenkomst",
    never: "nog niet gehouden",
    heldLine: (date: string, parties: string) => (parties === "" ? date : `${date} — ${parties}`),
    rescheduled: (reason: string) => `Verzet — ${reason}`,
  },
  buttons: {
    held: "Gehouden",
    reschedule: "Verzetten",
  },
  forms: {
    heldTitle: "Bijeenkomst gehouden",
    heldSubmit: "Vastleggen",
    heldAt: "Gehouden op",
    partiesHint: "Wie waren erbij?",
    notes: "Afspraken en aandachtspunten",
    rescheduleTitle: "Bijeenkomst verzetten",
    rescheduleSubmit: "Verzetten",
    plannedFor: "Nieuwe datum",
    reason: "Reden",
    required: "Dit veld is verplicht.",
    invalidDate: "Vul een geldige datum en tijd in.",
    notInFuture: "Kies een moment in de toekomst.",
    inFuture: "Dit moment ligt in de toekomst.",
    tooLong: (max: number, label?: string) =>
      label ? `Het veld '${label}' is te lang: maximaal ${max} tekens.` : `Maximaal ${max} tekens.`,
  },
  errors: {
    "cooperation.dateNotInFuture": () => "De datum van de bijeenkomst moet in de toekomst liggen.",
    "cooperation.heldInFuture": () => "Een bijeenkomst kan niet in de toekomst gehouden zijn.",
    "cooperation.reasonRequired": () => "Geef een reden op.",
    "cooperation.unknownParty": (p: Params) => `Onbekende partij: ${p.party}.`,
    "cooperation.nothingChanged": () => "Er is niets gewijzigd.",
    "cooperation.missingField": (p: Params) => `Het veld '${p.field}' is verplicht.`,
    "cooperation.textTooLong": (p: Params) => `De tekst mag maximaal ${p.max} tekens zijn.`,
  } satisfies Record<CooperationErrorCode, (p: Params) => string>,
};

export type CooperationTexts = typeof nl;

const en: CooperationTexts = {
  parties: {
    careTeam: "Care team",
    landlord: "Landlord",
    municipality: "Municipality",
    communityPolice: "Community police officer",
    otherStakeholders: "Other stakeholders",
  },
  card: {
    header: (number) => `Yearly meeting of the cooperating partners (${number})`,
    purpose:
      "With the executing staff of all parties involved and other stakeholders, such as the community police officer: maintain the cooperation, exchange experiences and keep attention on the Housing First approach — also when staff change.",
    plannedFor: "Planned for",
    owner: "Organised by",
    coordinatorRole: "coordinator",
    lastHeld: "Previous meeting",
    never: "not held yet",
    heldLine: (date, parties) => (parties === "" ? date : `${date} — ${parties}`),
    rescheduled: (reason) => `Rescheduled — ${reason}`,
  },
  buttons: {
    held: "Held",
    reschedule: "Reschedule",
  },
  forms: {
    heldTitle: "Meeting held",
    heldSubmit: "Record",
    heldAt: "Held on",
    partiesHint: "Who attended?",
    notes: "Agreements and points of attention",
    rescheduleTitle: "Reschedule meeting",
    rescheduleSubmit: "Reschedule",
    plannedFor: "New date",
    reason: "Reason",
    required: "This field is required.",
    invalidDate: "Enter a valid date and time.",
    notInFuture: "Choose a moment in the future.",
    inFuture: "This moment lies in the future.",
    tooLong: (max, label) =>
      label ? `The field '${label}' is too long: at most ${max} characters.` : `At most ${max} characters.`,
  },
  errors: {
    "cooperation.dateNotInFuture": () => "The meeting date must lie in the future.",
    "cooperation.heldInFuture": () => "A meeting cannot have been held in the future.",
    "cooperation.reasonRequired": () => "Please give a reason.",
    "cooperation.unknownParty": (p) => `Unknown party: ${p.party}.`,
    "cooperation.nothingChanged": () => "Nothing was changed.",
    "cooperation.missingField": (p) => `The field '${p.field}' is required.`,
    "cooperation.textTooLong": (p) => `The text may be at most ${p.max} characters.`,
  },
};

export const COOPERATION_TEXTS: Record<Locale, CooperationTexts> = { nl, en };

/** The user message of a refused cooperation event (FlowError code + params). */
export function cooperationErrorMessage(code: CooperationErrorCode, params: Params, locale: Locale): string {
  return COOPERATION_TEXTS[locale].errors[code](params);
}
