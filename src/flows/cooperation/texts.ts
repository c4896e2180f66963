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
  "cooperation.alreadyPlanned",
  "cooperation.staleCard",
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
    planTitle: "Jaarlijks samenzijn plannen",
    planSubmit: "Plannen",
    planDate: "Datum van de bijeenkomst",
    planHint: (partner: string) =>
      `Met ${partner}: de uitvoerende medewerkers van beide partijen en andere belanghebbenden, zoals de wijkagent. Voorstel: over een jaar; kies de datum die jullie afspreken.`,
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
  notices: {
    planned: (date: string, partner: string) =>
      `Het jaarlijks samenzijn met ${partner} is gepland op ${date}. De kaart staat in het gedeelde kanaal; de coördinator ziet de bijeenkomst in het ochtendoverzicht als de datum nadert.`,
    held: (date: string) => `Vastgelegd. De volgende bijeenkomst is gepland op ${date}.`,
    rescheduled: (date: string) => `Verzet naar ${date}.`,
    noPartner:
      "Je organisatie werkt nog met geen enkele verhuurder of zorgaanbieder samen in Nabuur (geen gezamenlijke deelnemers).",
    choosePartner: (names: string) => `Met wie? Noem de partij: ${names}.`,
    partnerNotFound: (name: string, names: string) =>
      `Geen samenwerkingspartner “${name}”. Kies uit: ${names}.`,
  },
  errors: {
    "cooperation.dateNotInFuture": () => "De datum van de bijeenkomst moet in de toekomst liggen.",
    "cooperation.heldInFuture": () => "Een bijeenkomst kan niet in de toekomst gehouden zijn.",
    "cooperation.reasonRequired": () => "Geef een reden op.",
    "cooperation.unknownParty": (p: Params) => `Onbekende partij: ${p.party}.`,
    "cooperation.nothingChanged": () => "Er is niets gewijzigd.",
    "cooperation.missingField": (p: Params) => `Het veld '${p.field}' is verplicht.`,
    "cooperation.textTooLong": (p: Params) => `De tekst mag maximaal ${p.max} tekens zijn.`,
    "cooperation.alreadyPlanned": () =>
      "Het jaarlijks samenzijn met deze partij is al gepland: zie de kaart in het gedeelde kanaal.",
    "cooperation.staleCard": () =>
      "Deze bijeenkomst is al vastgelegd; de kaart is bijgewerkt met de volgende. Er is niets veranderd.",
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
    planTitle: "Plan the yearly meeting",
    planSubmit: "Plan",
    planDate: "Date of the meeting",
    planHint: (partner) =>
      `With ${partner}: the executing staff of both parties and other stakeholders, such as the community police officer. Proposed: a year from now; choose the date you agree on.`,
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
  notices: {
    planned: (date, partner) =>
      `The yearly meeting with ${partner} is planned for ${date}. Its card is in the shared channel; the coordinator sees the meeting in the morning digest as the date comes near.`,
    held: (date) => `Recorded. The next meeting is planned for ${date}.`,
    rescheduled: (date) => `Moved to ${date}.`,
    noPartner:
      "Your organisation does not work with any landlord or care provider in Nabuur yet (no shared participants).",
    choosePartner: (names) => `With whom? Name the party: ${names}.`,
    partnerNotFound: (name, names) => `No cooperation partner “${name}”. Choose from: ${names}.`,
  },
  errors: {
    "cooperation.dateNotInFuture": () => "The meeting date must lie in the future.",
    "cooperation.heldInFuture": () => "A meeting cannot have been held in the future.",
    "cooperation.reasonRequired": () => "Please give a reason.",
    "cooperation.unknownParty": (p) => `Unknown party: ${p.party}.`,
    "cooperation.nothingChanged": () => "Nothing was changed.",
    "cooperation.missingField": (p) => `The field '${p.field}' is required.`,
    "cooperation.textTooLong": (p) => `The text may be at most ${p.max} characters.`,
    "cooperation.alreadyPlanned": () =>
      "The yearly meeting with this party is already planned: see the card in the shared channel.",
    "cooperation.staleCard": () =>
      "This meeting was already recorded; the card now shows the next one. Nothing was changed.",
  },
};

export const COOPERATION_TEXTS: Record<Locale, CooperationTexts> = { nl, en };

/** The user message of a refused cooperation event (FlowError code + params). */
export function cooperationErrorMessage(code: CooperationErrorCode, params: Params, locale: Locale): string {
  return COOPERATION_TEXTS[locale].errors[code](params);
}
