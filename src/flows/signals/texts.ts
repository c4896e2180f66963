/**
 * User-visible texts of the signal module. Dutch is the default; the English object must have
 * exactly the same keys (checked by the SignalTexts type).
 */
import type { Locale } from "../model.ts";
import type { FollowUpReason, Side, SignalKind, SignalSource } from "./model.ts";

export const SIGNAL_ERROR_CODES = [
  "signal.descriptionRequired",
  "signal.descriptionTooLong",
  "signal.invalidKind",
  "signal.invalidSource",
  "signal.observedInFuture",
  "signal.closed",
  "signal.ackNotReceivingSide",
  "signal.ackByLoggingSide",
  "signal.alreadyAcknowledged",
  "signal.sharingNotApplicable",
  "signal.sharingNotAllowed",
  "signal.sharingNeedsTeam",
  "signal.noteRequired",
  "signal.noteTooLong",
  "signal.conversionNotApplicable",
  "signal.alreadyConverted",
  "signal.caseIdRequired",
  "signal.ownerOutsideScope",
] as const;
export type SignalErrorCode = (typeof SIGNAL_ERROR_CODES)[number];

type Params = Record<string, string | number>;

const nl = {
  kinds: {
    nuisanceSign: "Signaal van (dreigende) overlast",
    missedRent: "Gemiste huurbetaling",
    participantReport: "Melding door de deelnemer",
  } satisfies Record<SignalKind, string>,
  sources: {
    landlord: "Verhuurder",
    careTeam: "Zorgteam",
    municipality: "Gemeente",
    police: "Politie / wijkagent",
    neighbourhood: "Buurt",
  } satisfies Record<SignalSource, string>,
  sides: {
    careTeam: "het zorgteam",
    landlord: "de verhuurder",
  } satisfies Record<Side, string>,
  /** Signalering: the label every participant report carries, everywhere it is shown. */
  participantReportLabel: "Telt niet mee voor escalatie — melding door de deelnemer zelf.",
  card: {
    header: (kind: string, reference: string) => `${kind} — deelnemer ${reference}`,
    kind: "Soort",
    source: "Bron",
    observedAt: "Waargenomen / ontvangen",
    loggedBy: "Vastgelegd door",
    ackPending: (side: string, due: string) =>
      `⏳ Wacht op bevestiging door ${side} — uiterlijk ${due} (48 uur).`,
    ackDone: (side: string, who: string, date: string) => `✅ Ontvangen door ${side}: ${who} op ${date}.`,
    knownToBoth: "Beide partijen waren al op de hoogte.",
    sharingNotice: "De verhuurder deelt dit signaal niet met de deelnemer zonder overleg met het team.",
    sharingPending: "Nog niet besloten of dit signaal met de deelnemer wordt gedeeld.",
    sharingDecided: (share: boolean, who: string, date: string) =>
      share
        ? `Besloten dit met de deelnemer te delen — ${who} op ${date}.`
        : `Besloten dit niet met de deelnemer te delen — ${who} op ${date}.`,
    consulted: (who: string) => `In overleg met ${who}.`,
    missedRentNote: "Huurzaak: zichtbaar voor beide partijen. Het team pakt dit op met de deelnemer.",
    neighbourhoodNote: "Signaal uit de buurt: spoedig opvolgen.",
    followUpPending: (who: string, due: string) => `Opvolging: ${who}, uiterlijk ${due}.`,
    followUpRecorded: (who: string, date: string) => `Opvolging vastgelegd door ${who} op ${date}:`,
    convertedToCase: "Omgezet naar een melding van de deelnemer.",
    closed: (who: string, date: string) => `Gesloten door ${who} op ${date}.`,
    none: "—",
  },
  buttons: {
    acknowledge: "Ontvangen",
    followUp: "Opvolging vastleggen",
    sharing: "Delen met deelnemer: besluit",
    convert: "Omzetten naar melding",
    close: "Sluiten",
  },
  followUpRequest: {
    header: (reference: string) => `Actie gevraagd — deelnemer ${reference}`,
    missedRent: (reference: string) =>
      `Gemiste huurbetaling bij deelnemer ${reference}. Wil je dit met de deelnemer oppakken?`,
    neighbourhood: (reference: string) =>
      `Signaal uit de buurt over deelnemer ${reference}. Jij bent actiehouder: volg het spoedig op.`,
    due: (date: string) => `Graag uiterlijk ${date}.`,
  } satisfies Record<FollowUpReason | "header" | "due", unknown>,
  forms: {
    logTitle: "Signaal vastleggen",
    logSubmit: "Vastleggen",
    participant: "Deelnemer",
    kind: "Soort signaal",
    source: "Bron",
    observedAt: "Waargenomen of ontvangen op",
    description: "Omschrijving",
    descriptionHint: "Feiten, geen diagnoses. Gebruik geen volledige namen.",
    followUpOwner: "Wie volgt dit op? (bij signalen uit de buurt)",
    sharingTitle: "Delen met deelnemer",
    sharingSubmit: "Besluit vastleggen",
    share: "Delen met de deelnemer?",
    shareYes: "Ja, delen",
    shareNo: "Nee, niet delen",
    consulted: "In overleg met (teamlid)",
    consultedHint: "De verhuurder deelt signalen van overlast niet zonder overleg met het team.",
    note: "Toelichting",
    followUpTitle: "Opvolging",
    followUpSubmit: "Vastleggen",
    followUpNote: "Wat is er gedaan of afgesproken?",
    required: "Dit veld is verplicht.",
    invalidOption: "Kies een van de opties.",
    invalidDate: "Vul een geldige datum en tijd in.",
    observedInFuture: "Dit moment ligt in de toekomst.",
    consultTeam: "Kies met welk teamlid je dit hebt overlegd.",
    tooLong: (max: number, label?: string) =>
      label ? `Het veld '${label}' is te lang: maximaal ${max} tekens.` : `Maximaal ${max} tekens.`,
  },
  errors: {
    "signal.descriptionRequired": () => "Geef een omschrijving van het signaal.",
    "signal.descriptionTooLong": (p: Params) => `De omschrijving mag maximaal ${p.max} tekens zijn.`,
    "signal.invalidKind": () => "Onbekende soort signaal.",
    "signal.invalidSource": () => "Onbekende bron.",
    "signal.observedInFuture": () => "Het moment van waarnemen kan niet in de toekomst liggen.",
    "signal.closed": () => "Dit signaal is al gesloten.",
    "signal.ackNotReceivingSide": () =>
      "Alleen het zorgteam of de verhuurder kan een signaal als ontvangen bevestigen.",
    "signal.ackByLoggingSide": () => "De andere partij moet dit signaal als ontvangen bevestigen.",
    "signal.alreadyAcknowledged": () => "Jouw kant heeft dit signaal al als ontvangen bevestigd.",
    "signal.sharingNotApplicable": () =>
      "Alleen bij signalen van overlast wordt besloten over delen met de deelnemer.",
    "signal.sharingNotAllowed": () =>
      "Alleen het zorgteam of de verhuurder besluit over delen met de deelnemer.",
    "signal.sharingNeedsTeam": () =>
      "De verhuurder deelt geen signalen van overlast met de deelnemer zonder overleg met het team. Geef aan met wie je hebt overlegd.",
    "signal.noteRequired": () => "Beschrijf wat er is gedaan of afgesproken.",
    "signal.noteTooLong": (p: Params) => `De toelichting mag maximaal ${p.max} tekens zijn.`,
    // Tenant boundary: the follow-up owner is nudged about the participant.
    "signal.ownerOutsideScope": () =>
      "De gekozen persoon voor de opvolging hoort niet bij de organisaties van deze deelnemer.",
    "signal.conversionNotApplicable": () => "Alleen een melding door de deelnemer kan worden omgezet.",
    "signal.alreadyConverted": () => "Dit signaal is al omgezet naar een melding.",
    "signal.caseIdRequired": () => "De melding ontbreekt.",
  } satisfies Record<SignalErrorCode, (p: Params) => string>,
};

export type SignalTexts = typeof nl;

const en: SignalTexts = {
  kinds: {
    nuisanceSign: "Sign of (threatening) nuisance",
    missedRent: "Missed rent payment",
    participantReport: "Report by the participant",
  },
  sources: {
    landlord: "Landlord",
    careTeam: "Care team",
    municipality: "Municipality",
    police: "Police / community officer",
    neighbourhood: "Neighbourhood",
  },
  sides: {
    careTeam: "the care team",
    landlord: "the landlord",
  },
  participantReportLabel: "Does not count towards escalation — reported by the participant themselves.",
  card: {
    header: (kind, reference) => `${kind} — participant ${reference}`,
    kind: "Kind",
    source: "Source",
    observedAt: "Observed / received",
    loggedBy: "Logged by",
    ackPending: (side, due) => `⏳ Waiting for ${side} to acknowledge — by ${due} (48 hours).`,
    ackDone: (side, who, date) => `✅ Received by ${side}: ${who} on ${date}.`,
    knownToBoth: "Both parties already knew.",
    sharingNotice:
      "The landlord does not share this signal with the participant without consulting the team.",
    sharingPending: "Not yet decided whether this signal is shared with the participant.",
    sharingDecided: (share, who, date) =>
      share
        ? `Decided to share this with the participant — ${who} on ${date}.`
        : `Decided not to share this with the participant — ${who} on ${date}.`,
    consulted: (who) => `In consultation with ${who}.`,
    missedRentNote: "Housing matter: visible to both parties. The team takes it up with the participant.",
    neighbourhoodNote: "Signal from the neighbourhood: follow up promptly.",
    followUpPending: (who, due) => `Follow-up: ${who}, by ${due}.`,
    followUpRecorded: (who, date) => `Follow-up recorded by ${who} on ${date}:`,
    convertedToCase: "Turned into a report by the participant.",
    closed: (who, date) => `Closed by ${who} on ${date}.`,
    none: "—",
  },
  buttons: {
    acknowledge: "Received",
    followUp: "Record follow-up",
    sharing: "Share with participant: decide",
    convert: "Turn into a report",
    close: "Close",
  },
  followUpRequest: {
    header: (reference) => `Action requested — participant ${reference}`,
    missedRent: (reference) =>
      `Missed rent payment for participant ${reference}. Please take it up with the participant.`,
    neighbourhood: (reference) =>
      `Signal from the neighbourhood about participant ${reference}. You own the follow-up: please act promptly.`,
    due: (date) => `Please by ${date}.`,
  },
  forms: {
    logTitle: "Log a signal",
    logSubmit: "Log",
    participant: "Participant",
    kind: "Kind of signal",
    source: "Source",
    observedAt: "Observed or received on",
    description: "Description",
    descriptionHint: "Facts, no diagnoses. Do not use full names.",
    followUpOwner: "Who follows this up? (signals from the neighbourhood)",
    sharingTitle: "Share with participant",
    sharingSubmit: "Record decision",
    share: "Share with the participant?",
    shareYes: "Yes, share",
    shareNo: "No, do not share",
    consulted: "In consultation with (team member)",
    consultedHint: "The landlord does not share nuisance signals without consulting the team.",
    note: "Explanation",
    followUpTitle: "Follow-up",
    followUpSubmit: "Record",
    followUpNote: "What was done or agreed?",
    required: "This field is required.",
    invalidOption: "Choose one of the options.",
    invalidDate: "Enter a valid date and time.",
    observedInFuture: "This moment lies in the future.",
    consultTeam: "Choose the team member you consulted.",
    tooLong: (max, label) =>
      label ? `The field '${label}' is too long: at most ${max} characters.` : `At most ${max} characters.`,
  },
  errors: {
    "signal.descriptionRequired": () => "Please describe the signal.",
    "signal.descriptionTooLong": (p) => `The description may be at most ${p.max} characters.`,
    "signal.invalidKind": () => "Unknown kind of signal.",
    "signal.invalidSource": () => "Unknown source.",
    "signal.observedInFuture": () => "The moment of observation cannot lie in the future.",
    "signal.closed": () => "This signal is already closed.",
    "signal.ackNotReceivingSide": () => "Only the care team or the landlord can acknowledge a signal.",
    "signal.ackByLoggingSide": () => "The other party has to acknowledge this signal.",
    "signal.alreadyAcknowledged": () => "Your side has already acknowledged this signal.",
    "signal.sharingNotApplicable": () => "Sharing with the participant is only decided for nuisance signals.",
    "signal.sharingNotAllowed": () =>
      "Only the care team or the landlord decides on sharing with the participant.",
    "signal.sharingNeedsTeam": () =>
      "The landlord does not share nuisance signals with the participant without consulting the team. Say whom you consulted.",
    "signal.noteRequired": () => "Describe what was done or agreed.",
    "signal.noteTooLong": (p) => `The note may be at most ${p.max} characters.`,
    "signal.ownerOutsideScope": () =>
      "The person chosen for the follow-up does not belong to this participant's organisations.",
    "signal.conversionNotApplicable": () => "Only a report by the participant can be turned into a case.",
    "signal.alreadyConverted": () => "This signal has already been turned into a case.",
    "signal.caseIdRequired": () => "The case is missing.",
  },
};

export const SIGNAL_TEXTS: Record<Locale, SignalTexts> = { nl, en };

/** The user message of a refused signal event (FlowError code + params). */
export function signalErrorMessage(code: SignalErrorCode, params: Params, locale: Locale): string {
  return SIGNAL_TEXTS[locale].errors[code](params);
}
