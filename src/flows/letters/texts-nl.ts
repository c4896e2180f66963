/** Dutch letter templates (Actie 3, 4 and 5). */
import type { LetterTexts } from "./texts.ts";

export const lettersNl: LetterTexts = {
  placeholders: {
    date: "[datum]",
    participantName: "[naam deelnemer]",
    dwelling: "[adres woning]",
    landlordName: "[naam verhuurder]",
    careProviderName: "[naam zorgaanbieder]",
    senderName: "[naam medewerker]",
    earlierLetterDate: "[datum eerdere brief]",
  },
  contracts: {
    own: "uw huurovereenkomst",
    intermediary: "de huur- en begeleidingsovereenkomst",
    threeParty: "de driepartijenovereenkomst",
  },
  courtParties: {
    own: "wij als verhuurder",
    intermediary: "de zorgaanbieder",
    threeParty: "de verhuurder of de zorgaanbieder, zoals in de driepartijenovereenkomst is afgesproken,",
  },
  behaviourLine: (type, date, afterTen) => `- ${type} op ${date}${afterTen ? ", na 22:00 uur" : ""}`,
  noBehaviour: "- [omschrijving van de overlast]",
  priorComplaints: (count) =>
    count === 1
      ? "Eerder ontvingen wij al een terechte klacht over overlast vanuit uw woning."
      : `Eerder ontvingen wij al ${count} terechte klachten over overlast vanuit uw woning.`,
  registered: "AANGETEKEND",
  to: "Aan",
  reference: (caseNumber, reference) => `Kenmerk: zaak ${caseNumber} (${reference})`,
  regarding: "Betreft",
  subjects: {
    actie3: "Waarschuwing: overlast vanuit uw woning",
    actie4: "Tweede officiële waarschuwing: overlast vanuit uw woning",
    actie5: "Sommatie: stop de overlast vanuit uw woning",
  },
  salutation: (name) => `Beste ${name},`,
  paragraphs: {
    actie3: (c) => [
      `Wij hebben klachten ontvangen over overlast vanuit uw woning aan ${c.dwelling}. Het gaat om:`,
      c.behaviour.join("\n"),
      "Wij vragen u dringend om de overlast te stoppen. Iedere bewoner heeft recht op woongenot, ook uw buren.",
      `Wat gebeurt er als de overlast doorgaat? Dan kan dat gevolgen hebben voor ${c.contract}. ` +
        "Wij sturen u dan een tweede officiële waarschuwing. Stopt de overlast daarna nog niet, dan volgt een " +
        "aangetekende sommatiebrief en kan uiteindelijk de rechter worden gevraagd de overeenkomst te ontbinden " +
        "en de woning te laten ontruimen. Dat willen wij samen met u voorkomen.",
    ],
    actie4: (c) => [
      `Op ${c.earlierLetters.actie3} stuurden wij u een waarschuwingsbrief over overlast vanuit uw woning aan ` +
        `${c.dwelling}. Ondanks de hulp die u is aangeboden, hebben wij daarna opnieuw klachten ontvangen. Het gaat om:`,
      c.behaviour.join("\n"),
      "Met deze brief geven wij u een tweede officiële waarschuwing. Wij vragen u nogmaals en met nadruk om de " +
        "overlast te stoppen.",
      `Stopt de overlast niet, dan sturen wij u een aangetekende sommatiebrief. Daarna kan ${c.courtParty} ` +
        `de rechter vragen ${c.contract} te ontbinden en de woning te laten ontruimen.`,
    ],
    actie5: (c) => [
      `Eerder stuurden wij u een waarschuwingsbrief (${c.earlierLetters.actie3}) en een tweede officiële ` +
        `waarschuwing (${c.earlierLetters.actie4}) over overlast vanuit uw woning aan ${c.dwelling}. ` +
        "De overlast is niet gestopt. Het gaat onder meer om:",
      c.behaviour.join("\n"),
      "Wij sommeren u hierbij de overlast per direct en blijvend te stoppen.",
      `Gaat de overlast door, dan zal ${c.courtParty} de rechter vragen ${c.contract} te ontbinden en de ` +
        "woning te laten ontruimen. Dat is een uiterste maatregel, die wij samen met u willen voorkomen.",
      "Deze brief is aangetekend verstuurd. Wij vragen u de brief te tekenen 'voor gezien'. Daarmee verklaart u dat " +
        "u de brief heeft ontvangen en gelezen; u bent het er daarmee niet per se mee eens.",
    ],
  },
  help: (c) => [
    `U staat er niet alleen voor. Uw begeleider van ${c.careProviderName} bespreekt deze brief met u, zodat ` +
      "duidelijk is wat er van u wordt gevraagd en welke hulp er voor u is. Samen spreekt u af hoe u, met " +
      "ondersteuning, de overlast kunt stoppen.",
    "Heeft u vragen over deze brief? Neem dan contact op met uw begeleider of met ons.",
  ],
  copies: (c) =>
    `Een kopie van deze brief wordt bewaard in uw dossier bij ${c.landlordName} en in uw zorgdossier bij ` +
    `${c.careProviderName}.`,
  closing: "Met vriendelijke groet,",
  signedForSeen: (c) => [
    "Voor gezien getekend door de huurder:",
    `Naam: ${c.participantName}`,
    "Datum: ______________________",
    "Handtekening: ______________________",
  ],
};
