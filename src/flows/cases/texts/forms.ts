/** Form titles (≤ 24 characters for Slack modals), labels, hints and field errors. */
import type { Locale } from "../../model.ts";

export interface FormTexts {
  titles: {
    intake: string;
    start: string;
    hearing: string;
    changeAction: string;
    skipAction: string;
    addAction: string;
    extendDeadline: string;
    close: string;
    careNote: string;
    writtenFeedback: string;
    fourWeeks: string;
    sixWeeks: string;
    letter: string;
    intervention: string;
    interventionOutcome: string;
    courtPath: string;
    skipEscalation: string;
    breach: string;
    alternative: string;
    eviction: string;
    supportAfterEviction: string;
    reflection: string;
  };
  submit: string;
  labels: {
    participant: string;
    type: string;
    description: string;
    occurredAt: string;
    receivedByLandlordAt: string;
    complainantAnonymous: string;
    complainantName: string;
    complainantContact: string;
    approach: string;
    heldAt: string;
    notes: string;
    actionText: string;
    ownerRole: string;
    dueAt: string;
    reason: string;
    careOnly: string;
    deadline: string;
    newDueAt: string;
    closeReason: string;
    closeText: string;
    careNote: string;
    feedback: string;
    newComplaintsFound: string;
    complaintsStopped: string;
    note: string;
    sentAt: string;
    registered: string;
    signedForSeen: string;
    interventionKind: string;
    daily: string;
    timeOutReason: string;
    participantDecision: string;
    decidedWithParticipant: string;
    placeDescription: string;
    intervention: string;
    outcome: string;
    courtParty: string;
    agreement: string;
    breach: string;
    alternative: string;
    evictedAt: string;
    evictionDespiteAlternative: string;
    participantDeclines: string;
    supportNote: string;
    reflectionHeldAt: string;
  };
  hints: {
    description: string;
    complainant: string;
    notesCareOnly: string;
    shared: string;
    skipReason: string;
    dateTime: string;
    courtParty: string;
    otherPlace: string;
  };
  errors: {
    required: string;
    choose: string;
    dateTime: string;
    tooLong: (max: number, label?: string) => string;
    nameOrAnonymous: string;
    occurredAfterReceipt: string;
    inFuture: string;
    notInFuture: string;
    timeOutReasonRequired: string;
    participantDecisionRequired: string;
    decidedWithParticipant: string;
    evictionDespiteAlternative: string;
  };
}

const nl: FormTexts = {
  titles: {
    intake: "Klacht melden",
    start: "Start en terugkoppeling",
    hearing: "Wederhoor vastleggen",
    changeAction: "Actie wijzigen",
    skipAction: "Actie overslaan",
    addAction: "Actie toevoegen",
    extendDeadline: "Termijn verlengen",
    close: "Zaak sluiten",
    careNote: "Zorgnotitie",
    writtenFeedback: "Terugkoppeling",
    fourWeeks: "Controle na 4 weken",
    sixWeeks: "Navraag na 6 weken",
    letter: "Brief vastleggen",
    intervention: "Interventie",
    interventionOutcome: "Uitkomst interventie",
    courtPath: "Gang naar de rechter",
    skipEscalation: "Stap niet zetten",
    breach: "Geschonden afspraak",
    alternative: "Alternatief afgesproken",
    eviction: "Ontruiming vastleggen",
    supportAfterEviction: "Nazorg na ontruiming",
    reflection: "Evaluatie gehouden",
  },
  submit: "Opslaan",
  labels: {
    participant: "Deelnemer",
    type: "Soort overlast",
    description: "Omschrijving",
    occurredAt: "Wanneer vond het plaats?",
    receivedByLandlordAt: "Wanneer ontving de verhuurder de klacht?",
    complainantAnonymous: "De klager wil anoniem blijven",
    complainantName: "Naam klager",
    complainantContact: "Contactgegevens klager",
    approach: "Hoe wordt de klacht behandeld?",
    heldAt: "Datum gesprek",
    notes: "Notities (alleen zorgteam)",
    actionText: "Actie",
    ownerRole: "Eigenaar",
    dueAt: "Uiterlijk",
    reason: "Reden",
    careOnly: "Alleen voor het zorgteam",
    deadline: "Termijn",
    newDueAt: "Nieuwe datum",
    closeReason: "Reden van sluiten",
    closeText: "Toelichting",
    careNote: "Notitie",
    feedback: "Acties en afspraken voor de verhuurder",
    newComplaintsFound: "Zijn er nieuwe meldingen binnengekomen?",
    complaintsStopped: "Zijn de klachten verholpen?",
    note: "Toelichting",
    sentAt: "Verstuurd op",
    registered: "Aangetekend verstuurd",
    signedForSeen: "Door de deelnemer getekend 'voor gezien'",
    interventionKind: "Interventie",
    daily: "Dagelijks op- en afschalen",
    timeOutReason: "Reden time-out of respijt",
    participantDecision: "Keuze van de deelnemer",
    decidedWithParticipant: "Samen met de deelnemer besloten",
    placeDescription: "Welke plek?",
    intervention: "Interventie",
    outcome: "Uitkomst",
    courtParty: "Wie gaat naar de rechter?",
    agreement: "Afspraak (driepartijenovereenkomst)",
    breach: "Welke afspraak is niet nagekomen?",
    alternative: "Welke alternatieve huisvesting en zorg?",
    evictedAt: "Datum ontruiming",
    evictionDespiteAlternative:
      "De deelnemer stemde in met alternatieve huisvesting en zorg: geen rechtszaak nodig. Toch een ontruiming vastleggen? De tegenstrijdigheid komt in het dossier.",
    participantDeclines: "De deelnemer wil nadrukkelijk geen begeleiding meer",
    supportNote: "Toelichting (alleen zorgteam)",
    reflectionHeldAt: "Datum evaluatie",
  },
  hints: {
    description:
      "Beschrijf de overlast. Noem geen naam of adres van de klager: dit is zichtbaar in het gedeelde kanaal.",
    complainant: "Alleen zichtbaar voor medewerkers van de verhuurder.",
    notesCareOnly: "Alleen zichtbaar voor het zorgteam.",
    shared: "Zichtbaar in het gedeelde kanaal.",
    skipReason: "Waarom past deze actie hier niet? De reden komt in de tijdlijn.",
    dateTime: "Datum en tijd",
    courtParty:
      "Huur op eigen naam: verhuurder. Intermediaire verhuur: zorgaanbieder. Driepartijen: zoals afgesproken.",
    otherPlace: "Nooit op voorhand: alleen in samenspraak met de deelnemer.",
  },
  errors: {
    required: "Vul dit veld in.",
    choose: "Maak een keuze.",
    dateTime: "Vul een geldige datum en tijd in.",
    tooLong: (max, label) =>
      label ? `Het veld '${label}' is te lang: maximaal ${max} tekens.` : `Maximaal ${max} tekens.`,
    nameOrAnonymous: "Vul naam of contactgegevens van de klager in, of vink 'anoniem' aan.",
    occurredAfterReceipt: "De overlast kan niet na de ontvangst door de verhuurder hebben plaatsgevonden.",
    inFuture: "Deze datum ligt in de toekomst.",
    notInFuture: "Kies een datum in de toekomst.",
    timeOutReasonRequired: "Kies de reden voor de time-out of respijtplaats.",
    participantDecisionRequired: "Herplaatsing is de keuze van de deelnemer: leg die keuze vast.",
    decidedWithParticipant: "Een andere plek wordt alleen samen met de deelnemer besloten.",
    evictionDespiteAlternative: "Vink aan om de ontruiming toch vast te leggen, of sluit dit venster.",
  },
};

const en: FormTexts = {
  titles: {
    intake: "Report a complaint",
    start: "Start and report back",
    hearing: "Record hearing",
    changeAction: "Change action",
    skipAction: "Skip action",
    addAction: "Add action",
    extendDeadline: "Extend deadline",
    close: "Close case",
    careNote: "Care note",
    writtenFeedback: "Written feedback",
    fourWeeks: "Four-week check",
    sixWeeks: "Six-week follow-up",
    letter: "Record letter",
    intervention: "Intervention",
    interventionOutcome: "Intervention outcome",
    courtPath: "Going to court",
    skipEscalation: "Do not take step",
    breach: "Broken agreement",
    alternative: "Alternative agreed",
    eviction: "Record eviction",
    supportAfterEviction: "Support after eviction",
    reflection: "Reflection meeting held",
  },
  submit: "Save",
  labels: {
    participant: "Participant",
    type: "Type of nuisance",
    description: "Description",
    occurredAt: "When did it happen?",
    receivedByLandlordAt: "When did the landlord receive the complaint?",
    complainantAnonymous: "The complainant wishes to remain anonymous",
    complainantName: "Complainant's name",
    complainantContact: "Complainant's contact details",
    approach: "How will the complaint be handled?",
    heldAt: "Date of the meeting",
    notes: "Notes (care team only)",
    actionText: "Action",
    ownerRole: "Owner",
    dueAt: "Due",
    reason: "Reason",
    careOnly: "Care team only",
    deadline: "Deadline",
    newDueAt: "New date",
    closeReason: "Reason for closing",
    closeText: "Explanation",
    careNote: "Note",
    feedback: "Actions and agreements for the landlord",
    newComplaintsFound: "Did new complaints come in?",
    complaintsStopped: "Have the complaints stopped?",
    note: "Explanation",
    sentAt: "Sent on",
    registered: "Sent by registered mail",
    signedForSeen: "Signed 'voor gezien' by the participant",
    interventionKind: "Intervention",
    daily: "Scale up and down daily",
    timeOutReason: "Reason for time-out or respite",
    participantDecision: "Participant's choice",
    decidedWithParticipant: "Decided together with the participant",
    placeDescription: "Which place?",
    intervention: "Intervention",
    outcome: "Outcome",
    courtParty: "Who goes to court?",
    agreement: "Agreement (three-party lease)",
    breach: "Which agreement was not kept?",
    alternative: "Which alternative housing and care?",
    evictedAt: "Date of eviction",
    evictionDespiteAlternative:
      "The participant agreed to alternative housing and care: no court case needed. Record an eviction anyway? The contradiction goes into the dossier.",
    participantDeclines: "The participant explicitly wants no more support",
    supportNote: "Explanation (care team only)",
    reflectionHeldAt: "Date of the meeting",
  },
  hints: {
    description:
      "Describe the nuisance. Do not name the complainant or their address: this is shown in the shared channel.",
    complainant: "Visible to landlord staff only.",
    notesCareOnly: "Visible to the care team only.",
    shared: "Visible in the shared channel.",
    skipReason: "Why does this action not fit here? The reason goes into the timeline.",
    dateTime: "Date and time",
    courtParty: "Own lease: landlord. Intermediary lease: care provider. Three-party: as agreed.",
    otherPlace: "Never in advance: only together with the participant.",
  },
  errors: {
    required: "Please fill in this field.",
    choose: "Please make a choice.",
    dateTime: "Please enter a valid date and time.",
    tooLong: (max, label) =>
      label ? `The field '${label}' is too long: at most ${max} characters.` : `At most ${max} characters.`,
    nameOrAnonymous: "Enter the complainant's name or contact details, or tick 'anonymous'.",
    occurredAfterReceipt: "The nuisance cannot have happened after the landlord received the complaint.",
    inFuture: "This date lies in the future.",
    notInFuture: "Choose a date in the future.",
    timeOutReasonRequired: "Choose the reason for the time-out or respite place.",
    participantDecisionRequired: "Rehousing is the participant's choice: record that choice.",
    decidedWithParticipant: "Another place is only decided together with the participant.",
    evictionDespiteAlternative: "Tick the box to record the eviction anyway, or close this window.",
  },
};

export const formTexts: Record<Locale, FormTexts> = { nl, en };
