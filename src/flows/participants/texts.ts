/**
 * User-visible texts of the participant and onboarding module. Dutch is the default; the English
 * object must have exactly the same keys (checked by the ParticipantTexts type).
 */
import type { LeaseType, Locale } from "../model.ts";
import type { OnboardingItemKey, OnboardingItemStatus, OnboardingOwner } from "./model.ts";

export const PARTICIPANT_ERROR_CODES = [
  "participant.invalidReference",
  "participant.missingField",
  "participant.dwellingTooLong",
  "participant.invalidLeaseType",
  "participant.unknownItem",
  "participant.itemNotOpen",
  "participant.itemAlreadyOpen",
  "participant.reasonRequired",
  "participant.dueNotInFuture",
  "participant.nothingChanged",
  "participant.memberOutsideOrganisation",
] as const;
export type ParticipantErrorCode = (typeof PARTICIPANT_ERROR_CODES)[number];

type Params = Record<string, string | number>;

/** The name of a person field of the registration, for the message that refuses it. */
const PERSON_FIELDS: Record<Locale, Record<string, string>> = {
  nl: {
    supportWorkerId: "Begeleider",
    landlordContactId: "Contactpersoon verhuurder",
    coordinatorId: "Coördinator",
  },
  en: {
    supportWorkerId: "Support worker",
    landlordContactId: "Landlord contact",
    coordinatorId: "Coordinator",
  },
};

function personField(locale: Locale, field: string | number | undefined): string {
  return PERSON_FIELDS[locale][String(field)] ?? PERSON_FIELDS[locale].supportWorkerId!;
}

const nl = {
  items: {
    roleAgreements: {
      title: "Afspraken rolverdeling verhuurder en zorgaanbieder",
      hint: "Verwachtingen uitgesproken; rolverdeling en afspraken per zaak (scheiding wonen en zorg, 'doe wat werkt').",
    },
    matching: {
      title: "Matching deelnemer en woning",
      hint: "Wensen van de deelnemer (type woning, locatie) en plekken met risico meegewogen in de toewijzing.",
    },
    viewingAndDocuments: {
      title: "Bezichtiging en documenten voor het contract",
      hint: "Eerste bezichtiging met het team; documenten bij de verhuurder; datum voor tekenen gepland.",
    },
    keyHandover: {
      title: "Feestelijke sleuteloverdracht",
      hint: "Persoonlijk moment; verhuurder (en wijkbeheerder) uitgenodigd; huur- en begeleidingsovereenkomst getekend.",
    },
    habitableHome: {
      title: "Woning snel bewoonbaar",
      hint: "Veilig, (geluiddempend) gestoffeerd en de eerste basisbehoeften zoals witgoed.",
    },
    neighboursAndHouseRules: {
      title: "Kennismaking met buren en huisregels",
      hint: "'Goed nabuurschap' en de huurvoorwaarden besproken: wat geldt als overlast. Of en hoe de deelnemer kennismaakt met de buren is een vrije keuze.",
    },
    housingConsultantContact: {
      title: "Eerste contact met de woonconsulent",
      hint: "Vast contactpersoon van de verhuurder betrokken bij kennismaking en inhuizen.",
    },
    neighbourhoodConnection: {
      title: "Verbinding met de wijk",
      hint: "Aandacht voor wat er in de wijk gebeurt; werken met de natuurlijke omgeving van de deelnemer.",
    },
  } satisfies Record<OnboardingItemKey, { title: string; hint: string }>,
  owners: {
    careTeam: "begeleider",
    landlord: "verhuurder",
    coordinator: "coördinator",
  } satisfies Record<OnboardingOwner, string>,
  assignments: {
    careTeam: "de begeleider",
    landlord: "de contactpersoon van de verhuurder",
    coordinator: "de coördinator",
  } satisfies Record<OnboardingOwner, string>,
  statuses: {
    open: "open",
    done: "gedaan",
    skipped: "overgeslagen",
  } satisfies Record<OnboardingItemStatus, string>,
  leaseTypes: {
    own: "Huur op eigen naam",
    intermediary: "Intermediaire verhuur",
    threeParty: "Driepartijenovereenkomst",
  } satisfies Record<LeaseType, string>,
  card: {
    header: (reference: string) => `Start van het traject — deelnemer ${reference}`,
    summary: (reference: string, closed: number, total: number) =>
      `Startchecklist ${reference}: ${closed}/${total} afgerond`,
    progress: (closed: number, total: number) => `Voortgang: ${closed}/${total} afgerond`,
    dwelling: "Woning",
    leaseType: "Huurvorm",
    supportWorker: "Begeleider",
    landlordContact: "Contactpersoon verhuurder",
    coordinator: "Coördinator",
    none: "—",
    due: (date: string) => `uiterlijk ${date}`,
    owner: (owner: string, who: string) => `${owner}: ${who}`,
    doneBy: (who: string, date: string) => `gedaan door ${who} op ${date}`,
    skippedBy: (who: string, date: string, reason: string) =>
      `overgeslagen door ${who} op ${date} — reden: ${reason}`,
    extended: (reason: string) => `verlengd — ${reason}`,
    privacy: "Gebruik in dit kanaal alleen de referentie van de deelnemer, nooit de volledige naam.",
    assignedHeader: (reference: string) => `Je bent betrokken bij deelnemer ${reference}`,
    assignedText: (role: string, open: number) =>
      `Je bent ${role}. Er staan ${open} punten van de startchecklist open.`,
  },
  buttons: {
    done: "Afgerond",
    skip: "Overslaan",
    extend: "Meer tijd",
    reopen: "Heropenen",
  },
  forms: {
    registerTitle: "Nieuwe deelnemer",
    registerSubmit: "Registreren",
    reference: "Referentie (geen volledige naam)",
    referenceHint: "2–24 letters, cijfers of streepjes, bijv. HF-017.",
    careProvider: "Zorgaanbieder",
    landlord: "Verhuurder",
    dwelling: "Woning (adres of korte omschrijving)",
    leaseType: "Huurvorm",
    supportWorker: "Begeleider",
    landlordContact: "Contactpersoon verhuurder",
    coordinator: "Coördinator",
    skipTitle: "Punt overslaan",
    skipSubmit: "Overslaan",
    skipReason: "Reden",
    skipHint: "Waarom is dit punt niet nodig of niet mogelijk?",
    extendTitle: "Meer tijd",
    extendSubmit: "Opslaan",
    newDue: "Nieuwe datum",
    extendReason: "Reden",
    required: "Dit veld is verplicht.",
    invalidReference: "Gebruik 2–24 letters, cijfers of streepjes; geen volledige naam.",
    invalidOption: "Kies een van de opties.",
    invalidDate: "Vul een geldige datum en tijd in.",
    dueNotInFuture: "Kies een moment in de toekomst.",
    tooLong: (max: number, label?: string) =>
      label ? `Het veld '${label}' is te lang: maximaal ${max} tekens.` : `Maximaal ${max} tekens.`,
  },
  errors: {
    "participant.invalidReference": () =>
      "De referentie moet 2–24 letters, cijfers of streepjes zijn (geen volledige naam).",
    "participant.missingField": (p: Params) => `Het veld '${p.field}' is verplicht.`,
    "participant.dwellingTooLong": (p: Params) =>
      `De omschrijving van de woning mag maximaal ${p.max} tekens zijn.`,
    "participant.invalidLeaseType": () => "Onbekende huurvorm.",
    "participant.unknownItem": (p: Params) => `Onbekend punt van de startchecklist: ${p.itemKey}.`,
    "participant.itemNotOpen": () => "Dit punt is al afgerond of overgeslagen.",
    "participant.itemAlreadyOpen": () => "Dit punt staat al open.",
    "participant.reasonRequired": () => "Geef een reden op.",
    "participant.dueNotInFuture": () => "De nieuwe datum moet in de toekomst liggen.",
    "participant.nothingChanged": () => "Er is niets gewijzigd.",
    // The people of a participant belong to its own care provider and landlord (tenant boundary).
    "participant.memberOutsideOrganisation": (p: Params) =>
      `${personField("nl", p.field)}: deze persoon hoort niet bij de gekozen organisatie.`,
  } satisfies Record<ParticipantErrorCode, (p: Params) => string>,
};

export type ParticipantTexts = typeof nl;

const en: ParticipantTexts = {
  items: {
    roleAgreements: {
      title: "Role agreements between landlord and care provider",
      hint: "Expectations shared; roles and agreements per case (housing and care separated, 'do what works').",
    },
    matching: {
      title: "Matching participant and dwelling",
      hint: "The participant's wishes (type of home, location) and risk places weighed in the allocation.",
    },
    viewingAndDocuments: {
      title: "Viewing and documents for the contract",
      hint: "First viewing with the team; documents with the landlord; signing date planned.",
    },
    keyHandover: {
      title: "Festive key handover",
      hint: "A personal moment; landlord (and neighbourhood manager) invited; lease and support agreement signed.",
    },
    habitableHome: {
      title: "Home habitable quickly",
      hint: "Safe, (sound-dampening) floor covering and the first basic needs such as appliances.",
    },
    neighboursAndHouseRules: {
      title: "Introduction to neighbours and house rules",
      hint: "'Good neighbourliness' and the tenancy conditions discussed: what counts as nuisance. Whether and how to meet the neighbours is the participant's own choice.",
    },
    housingConsultantContact: {
      title: "First contact with the housing consultant",
      hint: "A fixed contact person of the landlord involved in the introduction and moving in.",
    },
    neighbourhoodConnection: {
      title: "Connecting to the neighbourhood",
      hint: "Attention for what happens in the neighbourhood; working with the participant's natural surroundings.",
    },
  },
  owners: {
    careTeam: "support worker",
    landlord: "landlord",
    coordinator: "coordinator",
  },
  assignments: {
    careTeam: "the support worker",
    landlord: "the landlord's contact person",
    coordinator: "the coordinator",
  },
  statuses: {
    open: "open",
    done: "done",
    skipped: "skipped",
  },
  leaseTypes: {
    own: "Lease in own name",
    intermediary: "Intermediary lease",
    threeParty: "Three-party agreement",
  },
  card: {
    header: (reference) => `Start of the trajectory — participant ${reference}`,
    summary: (reference, closed, total) => `Onboarding checklist ${reference}: ${closed}/${total} completed`,
    progress: (closed, total) => `Progress: ${closed}/${total} completed`,
    dwelling: "Dwelling",
    leaseType: "Lease type",
    supportWorker: "Support worker",
    landlordContact: "Landlord contact",
    coordinator: "Coordinator",
    none: "—",
    due: (date) => `due ${date}`,
    owner: (owner, who) => `${owner}: ${who}`,
    doneBy: (who, date) => `done by ${who} on ${date}`,
    skippedBy: (who, date, reason) => `skipped by ${who} on ${date} — reason: ${reason}`,
    extended: (reason) => `extended — ${reason}`,
    privacy: "Use only the participant's reference in this channel, never their full name.",
    assignedHeader: (reference) => `You are involved with participant ${reference}`,
    assignedText: (role, open) => `You are ${role}. ${open} onboarding items are open.`,
  },
  buttons: {
    done: "Done",
    skip: "Skip",
    extend: "More time",
    reopen: "Reopen",
  },
  forms: {
    registerTitle: "New participant",
    registerSubmit: "Register",
    reference: "Reference (no full name)",
    referenceHint: "2–24 letters, digits or dashes, e.g. HF-017.",
    careProvider: "Care provider",
    landlord: "Landlord",
    dwelling: "Dwelling (address or short description)",
    leaseType: "Lease type",
    supportWorker: "Support worker",
    landlordContact: "Landlord contact",
    coordinator: "Coordinator",
    skipTitle: "Skip item",
    skipSubmit: "Skip",
    skipReason: "Reason",
    skipHint: "Why is this item not needed or not possible?",
    extendTitle: "More time",
    extendSubmit: "Save",
    newDue: "New date",
    extendReason: "Reason",
    required: "This field is required.",
    invalidReference: "Use 2–24 letters, digits or dashes; no full name.",
    invalidOption: "Choose one of the options.",
    invalidDate: "Enter a valid date and time.",
    dueNotInFuture: "Choose a moment in the future.",
    tooLong: (max, label) =>
      label ? `The field '${label}' is too long: at most ${max} characters.` : `At most ${max} characters.`,
  },
  errors: {
    "participant.invalidReference": () =>
      "The reference must be 2–24 letters, digits or dashes (no full name).",
    "participant.missingField": (p) => `The field '${p.field}' is required.`,
    "participant.dwellingTooLong": (p) => `The dwelling description may be at most ${p.max} characters.`,
    "participant.invalidLeaseType": () => "Unknown lease type.",
    "participant.unknownItem": (p) => `Unknown onboarding item: ${p.itemKey}.`,
    "participant.itemNotOpen": () => "This item is already done or skipped.",
    "participant.itemAlreadyOpen": () => "This item is already open.",
    "participant.reasonRequired": () => "Please give a reason.",
    "participant.dueNotInFuture": () => "The new date must be in the future.",
    "participant.nothingChanged": () => "Nothing was changed.",
    "participant.memberOutsideOrganisation": (p) =>
      `${personField("en", p.field)}: this person does not belong to the chosen organisation.`,
  },
};

export const PARTICIPANT_TEXTS: Record<Locale, ParticipantTexts> = { nl, en };

/** The user message of a refused participant event (FlowError code + params). */
export function participantErrorMessage(code: ParticipantErrorCode, params: Params, locale: Locale): string {
  return PARTICIPANT_TEXTS[locale].errors[code](params);
}
