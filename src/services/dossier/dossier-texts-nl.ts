/** Dutch texts of the nuisance dossier export. */
import type { DossierTexts } from "./dossier-texts.ts";

export const dossierNl: DossierTexts = {
  title: "Overlastdossier",
  subtitle: (caseNumber, reference) => `Zaak ${caseNumber} - deelnemer ${reference}`,
  audience: { landlord: "Versie voor de verhuurder", careTeam: "Versie voor de zorgaanbieder" },
  audienceNote: {
    landlord:
      "Zonder zorginhoudelijke informatie (wederhoor, beoordeling, zorgnotities, interventies): scheiding van wonen en zorg.",
    careTeam: "Zonder gegevens van de klager: die zijn alleen bij de verhuurder bekend.",
  },
  guideline: "Richtlijn overlast - Housing First Nederland (februari 2023)",
  definition:
    "Het overlastdossier bestaat uit alle brieven die omtrent de overlast zijn verstuurd, alle correspondentie met derden en de tijdlijn van wat het team heeft ondernomen.",
  generated: (at, by) => `Opgesteld op ${at} door ${by}.`,
  system: "Nabuur (automatisch)",
  apiKey: (prefix) => `API-sleutel nbr_${prefix}`,
  sections: {
    summary: "Samenvatting van de zaak",
    complaints: "Klachten",
    timeline: "Tijdlijn: wat er is ondernomen",
    letters: "Brieven",
    correspondence: "Correspondentie met derden",
    actions: "Afgesproken acties",
    deadlines: "Termijnen: gehaald en gemist",
    interventions: "Interventies (alleen zorg)",
    careRecord: "Wederhoor, beoordeling en zorgnotities (alleen zorg)",
    readiness: "Voorwaarden voor Actie 6 (ontbinding en ontruiming)",
    integrity: "Integriteit van de tijdlijn",
  },
  fields: {
    caseNumber: "Zaaknummer",
    participant: "Deelnemer (referentie)",
    dwelling: "Woning",
    leaseType: "Type huurcontract",
    careProvider: "Zorgaanbieder",
    landlord: "Verhuurder",
    kind: "Soort zaak",
    status: "Status",
    step: "Stap in de richtlijn",
    ladderStep: "Escalatieladder",
    openedAt: "Geopend",
    startedAt: "Team gestart",
    approach: "Aanpak",
    resolvedAt: "Opgelost",
    closedAt: "Gesloten",
    closure: "Reden van sluiten",
    courtParty: "Naar de rechter gaat",
    alternativeAgreed: "Alternatief afgesproken",
    evictedAt: "Ontruimd op",
  },
  columns: { when: "Wanneer", who: "Wie", step: "Stap", what: "Wat", kind: "Soort" },
  leaseTypes: {
    own: "Huur op eigen naam",
    intermediary: "Intermediaire verhuur",
    threeParty: "Driepartijenovereenkomst",
  },
  complaint: {
    heading: (index, type) => `Klacht ${index}: ${type}`,
    occurredAt: "Moment van de overlast",
    afterTen: "Na 22:00",
    receivedByLandlordAt: "Ontvangen door de verhuurder",
    receivedAt: "Doorgegeven aan het team",
    passedInTime: (inTime) => (inTime ? "binnen 24 uur" : "niet binnen 24 uur"),
    justified: (value) => (value === null ? "nog niet beoordeeld" : value ? "terecht" : "onterecht"),
    wronglyAttributed: "Ten onrechte aan de deelnemer toegeschreven",
    complainant: "Klager (alleen verhuurder)",
    anonymous: "anoniem",
  },
  withheld: {
    careOnly: (count) =>
      count === 1
        ? "1 tijdlijnregel is alleen voor het zorgteam en hier weggelaten (wel opgenomen in de hashketen)."
        : `${count} tijdlijnregels zijn alleen voor het zorgteam en hier weggelaten (wel opgenomen in de hashketen).`,
    landlordOnly: (count) =>
      count === 1
        ? "1 tijdlijnregel is alleen voor de verhuurder en hier weggelaten (wel opgenomen in de hashketen)."
        : `${count} tijdlijnregels zijn alleen voor de verhuurder en hier weggelaten (wel opgenomen in de hashketen).`,
    anonymised: (count) =>
      count === 1
        ? "1 tijdlijnregel is na de bewaartermijn geanonimiseerd en hier weggelaten (wel opgenomen in de hashketen)."
        : `${count} tijdlijnregels zijn na de bewaartermijn geanonimiseerd en hier weggelaten (wel opgenomen in de hashketen).`,
  },
  letter: {
    sent: "Verstuurd",
    registered: "Aangetekend",
    signedForSeen: "Getekend 'voor gezien'",
    recordedBy: "Vastgelegd door",
    draft: "Concept (nog niet verstuurd)",
    noText: "De tekst van deze brief is niet in Nabuur opgeslagen.",
  },
  correspondence: {
    incoming: "Ontvangen van",
    outgoing: "Verstuurd aan",
    careOnly: "alleen zorg",
    file: "Bestand",
  },
  deadlineOutcomes: {
    met: "Gehaald",
    late: "Te laat",
    overdue: "Verlopen",
    running: "Loopt",
    cancelled: "Vervallen",
  },
  due: "uiterlijk",
  closed: "Afgerond",
  yes: "ja",
  no: "nee",
  none: "Geen.",
  notYet: "nog niet",
  intervention: { offered: "Aangeboden", outcome: "Uitkomst", pending: "nog geen uitkomst" },
  careRecord: { hearing: "Wederhoor", assessment: "Beoordeling", careNote: "Zorgnotitie" },
  readiness: {
    met: "Voldaan",
    notMet: "Niet voldaan",
    ready: "Het dossier bevat alle drie de voorwaarden.",
    notReady: "Het dossier bevat nog niet alle drie de voorwaarden.",
    neverBlocks:
      "De rechter gaat alleen over tot ontruiming als er een overlastdossier is, specifieke afspraken niet zijn nagekomen en al het mogelijke is gedaan om het overlastgevende gedrag te stoppen.",
  },
  evidence: {
    letters: (count) => (count === 1 ? "1 brief vastgelegd" : `${count} brieven vastgelegd`),
    timeline: (count) => (count === 1 ? "1 tijdlijnregel" : `${count} tijdlijnregels`),
    breaches: (count) =>
      count === 1 ? "1 niet nagekomen afspraak vastgelegd" : `${count} niet nagekomen afspraken vastgelegd`,
    interventions: (offered, unsuccessful, declined, pending) =>
      `${offered === 1 ? "1 interventie" : `${offered} interventies`} aangeboden: ${unsuccessful} zonder succes, ${declined} door de deelnemer afgewezen, ${pending} lopend`,
  },
  integrity: (length, withheld, head) =>
    `De tijdlijn telt ${length} regels (waarvan ${withheld} weggelaten), elk gekoppeld aan de vorige met een SHA-256-hash. Laatste hash: ${head}.`,
  verifyHint: "Controleer de JSON-versie van dit dossier met: npm run dossier:verify -- <dossier.json>",
  page: (page, pages, caseNumber) => `Overlastdossier zaak ${caseNumber} - pagina ${page} van ${pages}`,
  fallbackEvents: {
    nudge: (stage, rule, due) => `Herinnering (${stage}): ${rule}, uiterlijk ${due}.`,
    done: (rule) => `Termijn afgerond: ${rule}.`,
    extended: (rule, due) => `Termijn verlengd: ${rule}, nu uiterlijk ${due}.`,
    handedOver: (rule) => `Termijn overgedragen: ${rule}.`,
    reopened: (rule) => `Termijn heropend: ${rule}.`,
  },
  nudgeStages: { headsUp: "vooraf", due: "vandaag", overdue: "verlopen" },
  command: {
    usage:
      "Gebruik: /nabuur dossier <zaaknummer> [pdf|json]. Je krijgt het overlastdossier van de zaak als PDF (voor de rechter) en als JSON (om de tijdlijn te controleren).",
    notFound: (number) => `Zaak ${number} is niet gevonden, of je hebt er geen toegang toe.`,
    ready: (number, audience, files) =>
      `Het overlastdossier van zaak ${number} (${audience.toLowerCase()}) staat klaar: ${files}. Alleen jij krijgt het; je inzage is vastgelegd.`,
    fileTitle: (number, audience, format) =>
      `Overlastdossier zaak ${number} — ${audience.toLowerCase()} (${format})`,
  },
  fileNames: { landlord: "verhuurder", careTeam: "zorg" },
};
