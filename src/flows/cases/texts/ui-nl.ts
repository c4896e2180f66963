/** Dutch (default) texts of the case cards. */
import type { UiTexts } from "./ui-types.ts";

export const nl: UiTexts = {
  complaintTypes: {
    noise: "Geluidsoverlast",
    smell: "Stankoverlast",
    visitors: "Overlast door bezoek",
    publicSpace: "Overlast op straat / openbare ruimte",
    other: "Andere overlast",
  },
  statuses: { open: "Open", resolved: "Opgelost", closed: "Gesloten" },
  steps: {
    prevention: "Preventie",
    signal: "Signalering",
    actie1: "Actie 1: contact binnen 1 werkdag",
    actie2: "Actie 2: beoordeling klacht",
    actie3: "Actie 3: waarschuwingsbrief",
    actie4: "Actie 4: tweede waarschuwingsbrief",
    actie5: "Actie 5: sommatiebrief",
    actie6: "Actie 6: ontbinding",
    afterEviction: "Na de ontruiming: nieuwe kansen",
    closure: "Afsluiting",
    cooperation: "Onderhoud samenwerking",
  },
  roles: {
    careTeamMember: "begeleider",
    coordinator: "coördinator",
    landlordStaff: "verhuurder",
    partner: "partner",
    admin: "beheerder",
  },
  caseKinds: { nuisance: "Overlast", participantReport: "Melding van de deelnemer" },
  closeReasons: {
    resolved: "Overlast verholpen",
    wronglyAttributed: "Ten onrechte aan de deelnemer toegeschreven",
    participantReportHandled: "Melding van de deelnemer afgehandeld",
    other: "Andere reden",
  },
  deadlineRules: {
    "guideline.actie1.passToTeam": "Verhuurder geeft de klacht binnen 24 uur door",
    "guideline.actie1.startAndReport": "Team start en koppelt terug (1 werkdag)",
    "guideline.signal.share48h": "Signaal binnen 48 uur doorgeven",
    "guideline.check.fourWeeks": "Na ca. vier weken navragen of er nieuwe meldingen zijn",
    "guideline.followUp.sixWeeks": "Na zes weken navragen of de klachten verholpen zijn",
    "guideline.resolution.threeMonths": "Overlast verholpen binnen 3 maanden",
    "team.assessment.hearing": "Gesprek met de deelnemer (wederhoor)",
    "team.action.default": "Afgesproken actie",
    "team.letter.discuss": "Brief bespreken met de deelnemer",
    "team.legalAdvice": "Juridisch advies",
    "team.onboarding.item": "Startpunt",
    "team.reflection.meeting": "Reflectie- en evaluatiemoment met alle partijen",
    "team.cooperation.yearly": "Jaarlijkse bijeenkomst",
    "team.complainant.update": "De klagers op de hoogte houden",
    "team.timeOut.return": "Terugkeer naar de eigen woning na de time-out",
    "team.advocacy.housing": "Pleitbezorging alternatieve huisvesting",
  },
  contactMeans: {
    phone: "telefonisch",
    visit: "langs geweest",
    letter: "per brief",
    email: "per e-mail",
    other: "anders",
  },
  actionStatuses: {
    proposed: "Voorgesteld",
    accepted: "Afgesproken",
    done: "Afgerond",
    skipped: "Overgeslagen",
  },
  caseTitle: (n, ref) => `Zaak ${n} — deelnemer ${ref}`,
  reportTitle: (n, ref) => `Melding van deelnemer ${ref} (${n})`,
  doesNotCount: "Telt niet mee",
  doesNotCountExplained:
    "Telt niet mee: een melding van de deelnemer heeft geen nadelige gevolgen voor het traject van de deelnemer.",
  fields: {
    participant: "Deelnemer",
    type: "Soort overlast",
    status: "Status",
    step: "Stap",
    ladder: "Escalatie",
    occurredAt: "Wanneer",
    receivedByLandlordAt: "Ontvangen door verhuurder",
    afterTen: "Na 22:00",
    description: "Omschrijving",
    owner: "Eigenaar",
    due: "Uiterlijk",
  },
  yes: "ja",
  no: "nee",
  none: "geen",
  agreedActions: "Afgesproken acties",
  landlordActions: {
    heading: "Acties van de verhuurder",
    hint: "De medewerker van de verhuurder accepteert, rondt af of slaat over (met een reden).",
  },
  deadlines: "Termijnen",
  complaintsHeading: (count) => (count === 1 ? "Klacht" : `Klachten (${count})`),
  started: "Team is gestart",
  notStarted: "Team is nog niet gestart",
  closedBecause: (reason) => `Gesloten: ${reason}`,
  complaintMarks: {
    anonymous: "klager anoniem",
    passedLate: "⚠️ later dan 24 uur na ontvangst doorgegeven",
  },
  buttons: {
    start: "Starten en terugkoppelen",
    resolve: "Overlast verholpen",
    close: "Zaak sluiten",
    extendDeadline: "Termijn verlengen",
    summary: "Samenvatting",
    dossier: "Dossier",
    hearing: "Wederhoor vastleggen",
    confirm: "Beoordeling bevestigen",
    accept: "Accepteren",
    change: "Wijzigen",
    skip: "Overslaan",
    done: "Afgerond",
    addAction: "Actie toevoegen",
    careNote: "Zorgnotitie",
    writtenFeedback: "Schriftelijk terugkoppelen",
    consentYes: "Deelnemer stemt in met buurtbemiddeling",
    consentNo: "Deelnemer stemt niet in",
    takeStep: (step) => `Naar ${step}`,
    skipStep: "Niet zetten (met reden)",
    recordLetter: "Brief vastleggen",
    intervention: "Interventie vastleggen",
    interventionOutcome: "Uitkomst interventie",
    courtPath: "Gang naar de rechter",
    breach: "Geschonden afspraak",
    alternative: "Alternatief afgesproken",
    eviction: "Ontruiming vastleggen",
    supportAfterEviction: "Begeleiding na ontruiming",
    reflection: "Evaluatie gehouden",
    recordDone: "Gedaan — vastleggen hoe",
    complainantUpdate: "Klagers bijgepraat",
    planReturn: "Terugkeer plannen",
    recordReturn: "Terugkeer vastleggen",
    advocacyStep: "Stap vastleggen",
  },
  confirmStep: {
    takeStep: {
      title: "Deze stap zetten?",
      text: (step) =>
        `${step}: de stap komt in het dossier en de deelnemer en de verhuurder merken hem. Dit kan niet ongedaan worden gemaakt.`,
      confirm: "Ja, stap zetten",
    },
    resolve: {
      title: "Overlast verholpen?",
      text: "De zaak wordt afgesloten als verholpen en alle termijnen stoppen. Dit kan niet ongedaan worden gemaakt.",
      confirm: "Ja, afsluiten",
    },
    deny: "Annuleren",
  },
  nextSteps: {
    title: (n) => `Zo pakken we zaak ${n} aan`,
    nuisance: [
      "Actie 1: het team gaat binnen 1 werkdag met de klacht aan de slag en koppelt aan de verhuurder terug hoe de klacht wordt behandeld.",
      "De verhuurder onderhoudt het contact met de klager.",
      "Actie 2: de begeleider bespreekt de klacht met de deelnemer (wederhoor) en beoordeelt: bewust of onbewust gedrag, terecht of onterecht volgens deelnemer en begeleider.",
      "Daarna stelt Nabuur de vervolgacties van de richtlijn voor; het team en de verhuurder kiezen, passen aan of slaan over (met reden).",
      "Na ongeveer vier weken vragen we bij de verhuurder, het meldpunt en de wijkagent na of er nieuwe meldingen zijn. Doel: overlast binnen 3 maanden verholpen.",
    ],
    participantReport: [
      "De deelnemer meldt overlast die hij of zij ervaart, treiteren of ten onrechte klagen.",
      "De begeleider bespreekt de melding met de deelnemer; de verhuurder pakt de melding op en koppelt terug.",
      "Deze melding telt niet mee en heeft geen nadelige gevolgen voor het traject van de deelnemer.",
    ],
  },
  assignment: {
    title: (n) => `Nieuwe zaak ${n} voor jou`,
    intro: (ref, type) => `Er is een klacht binnengekomen over deelnemer ${ref}: ${type}.`,
    startBefore: (due) =>
      `Start uiterlijk ${due} en koppel aan de verhuurder terug hoe de klacht wordt behandeld.`,
    report: "De deelnemer heeft een melding gedaan. Deze telt niet mee voor het traject.",
    started: (at) => `✅ Gestart op ${at}; de verhuurder weet hoe de klacht wordt behandeld.`,
  },
  complaintAdded: {
    title: (n) => `Nieuwe klacht bij zaak ${n}`,
    intro: (ref, type, step) =>
      `Er is een nieuwe klacht over deelnemer ${ref} toegevoegd aan de zaak: ${type}. De zaak staat op ${step}.`,
    assess:
      "Bespreek de klacht met de deelnemer (wederhoor) en beoordeel hem opnieuw: de nieuwe beoordeling staat in de zaakdraad van het zorgteam.",
  },
  assessment: {
    careOnly: "Alleen voor het zorgteam: de beoordeling wordt niet in het gedeelde kanaal getoond.",
    noHearingYet: "Nog geen wederhoor vastgelegd: bespreek de klacht eerst met de deelnemer.",
    hearingRecorded: "Wederhoor is vastgelegd.",
    answerAll: "Beantwoord de drie vragen; daarna kun je de beoordeling bevestigen.",
    reassessment: "Herbeoordeling: alleen nog niet besloten voorstellen worden vervangen.",
    confirmed: "Bevestigd",
    complaints: "Klachten in deze beoordeling",
    ofCase: (n, ref) => `Zaak ${n} (${ref})`,
    complaint: (number, type) => `klacht ${number}: ${type}`,
    replaced: (own, by) =>
      `Deze beoordeling hoort bij klacht ${own} en is vervangen door de beoordeling van klacht ${by}, hieronder in de zaakdraad.`,
  },
  proposal: {
    title: (n) => `Vervolgacties zaak ${n}`,
    careOnly: "Alleen voor het zorgteam. De verhuurder ziet de afgesproken acties die hem aangaan.",
    mediationConsent: (c) =>
      c === null
        ? "Toestemming deelnemer voor buurtbemiddeling: nog niet gevraagd"
        : `Toestemming deelnemer voor buurtbemiddeling: ${c ? "ja" : "nee"}`,
    closedActions: "Afgerond of overgeslagen",
    moreActions: (count) => `En nog ${count} acties; zie de samenvatting.`,
    careOnlyTag: "alleen zorg",
    landlordDecidesTag: "de verhuurder beslist op de zaakkaart",
  },
  ladder: {
    current: "Huidige stap",
    proposed: "Voorgesteld",
    proposedByPerson: (reason) => `Voorgesteld door een teamlid: ${reason}`,
    counting: (count) =>
      count === 1 ? "1 terechte klacht telt mee" : `${count} terechte klachten tellen mee`,
    preconditions: (step) => `Voorwaarden voor ${step}`,
    met: "voldaan",
    unmet: "niet voldaan",
    takenWithUnmet: (step, list) => `${step} gezet terwijl niet voldaan was aan: ${list}`,
    letters: "Brieven",
    letterLine: (letter, date, registered, signed) =>
      `${letter} — ${date}${registered ? ", aangetekend" : ""}${signed ? ", getekend 'voor gezien'" : ""}`,
    interventions: (offered, pending, unsuccessful) =>
      `Interventies: ${offered} aangeboden, ${pending} lopend, ${unsuccessful} zonder succes`,
    readiness: "Vóór Actie 6: wat de rechter zoekt",
    court: (party) => `Naar de rechter: ${party}`,
    alternativeAgreed: "De deelnemer stemt in met alternatieve huisvesting en zorg: geen rechtszaak nodig.",
    evictedDespiteAlternative:
      "Tegenstrijdig: de deelnemer stemde in met alternatieve huisvesting en zorg (geen rechtszaak nodig), toch is een ontruiming vastgelegd. Dit staat in het dossier.",
    evicted: (date) =>
      `Ontruiming vastgelegd op ${date}. De begeleiding gaat door, tenzij de deelnemer dat niet wil.`,
    reflectionPlanned: (date) => `Moment van reflectie en evaluatie met alle partijen: uiterlijk ${date}.`,
    reflectionHeld: (date) => `Reflectie en evaluatie met alle partijen gehouden op ${date}.`,
    neverBlocks:
      "Nabuur stelt voor; jullie beslissen. Niet-voldane voorwaarden worden vastgelegd, niet geblokkeerd.",
  },
  summary: {
    title: (n) => `Samenvatting zaak ${n}`,
    forAudience: { shared: "Gedeeld kanaal", careTeam: "Zorgteam", landlord: "Verhuurder" },
    hearings: "Wederhoor",
    assessments: "Beoordelingen",
    careNotes: "Zorgnotities",
    interventions: "Interventies",
    supportAfterEviction: (continues) =>
      continues
        ? "Begeleiding na de ontruiming: gaat door."
        : "Begeleiding na de ontruiming: de deelnemer wil nadrukkelijk geen begeleiding meer.",
    letters: "Brieven",
    returnHome: (planned, returned) =>
      returned !== null
        ? `Teruggekeerd naar de eigen woning op ${returned}.`
        : planned !== null
          ? `Terugkeer naar de eigen woning gepland op ${planned}.`
          : "Terugkeer naar de eigen woning nog niet gepland.",
    advocacy: "Pleitbezorging alternatieve huisvesting",
    complainantUpdates: (count, last) =>
      count === 0
        ? "De klagers zijn nog niet bijgepraat."
        : `De klagers zijn ${count} keer bijgepraat, het laatst op ${last}.`,
    daily: "dagelijks",
  },
  prompts: {
    actionProposed: {
      title: (action, n) => `Voorstel zaak ${n}: ${action}`,
      landlordDecides:
        "De verhuurder heeft regie op het informeren van de buurt. Jij beslist of en hoe: neem het voorstel aan, leg vast hoe het gedaan is, of sla het over met een reden. Noem geen namen van klagers in het gedeelde kanaal.",
    },
    returnHome: {
      title: (n) => `Terugkeer naar de eigen woning — zaak ${n}`,
      intro: (ref, reason) =>
        `Voor ${ref} is een time-out vastgelegd (${reason}). Nadien kan de deelnemer terugkeren naar de eigen woning: plan de terugkeer en leg die vast als het zover is.`,
      planBefore: (due) => `Plan de terugkeer uiterlijk ${due}.`,
    },
    advocacy: {
      title: (n) => `Pleitbezorging alternatieve huisvesting — zaak ${n}`,
      intro: (ref) =>
        `Na de ontruiming van ${ref} treedt het team op als pleitbezorger voor fatsoenlijke, alternatieve huisvesting en het voorkomen van terugval in dakloosheid. Neem het voorstel aan en leg elke stap vast: met wie je contact had en wat het opleverde.`,
    },
    careOnly: "Alleen voor het zorgteam; niets hiervan gaat naar de verhuurder of het gedeelde kanaal.",
  },
  careNote: { title: (n) => `Zorgnotitie zaak ${n}`, careOnly: "Alleen voor het zorgteam." },
  writtenFeedback: { title: (n) => `Schriftelijke terugkoppeling zaak ${n}`, agreed: "Afgesproken acties" },
  complainant: {
    title: (n) => `Klager zaak ${n}`,
    landlordOnly: "Alleen voor medewerkers van de verhuurder. Niet delen.",
    name: "Naam",
    contact: "Contact",
    anonymous: "De klager wil anoniem blijven.",
  },
  update: { title: (n, ref) => `Zaak ${n} — ${ref}` },
};
