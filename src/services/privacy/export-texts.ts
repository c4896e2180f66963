/** Texts of the participant export (AVG inzage); Dutch by default, English with the same keys. */
import type { Locale } from "../../flows/model.ts";

export interface ParticipantExportTexts {
  about: string;
  leftOut: {
    complainantIdentities: string;
    anonymisedCases: string;
    deliveryCopies: string;
  };
}

const nl: ParticipantExportTexts = {
  about:
    "Alles wat Nabuur over deze deelnemer bewaart (AVG artikel 15 inzage en artikel 20 dataportabiliteit): " +
    "de registratie, de zaken met klachten, acties, brieven, correspondentie en zorgnotities, de signalen, " +
    "en per onderdeel de tijdlijn, de termijnen en wie de gegevens heeft ingezien.",
  leftOut: {
    complainantIdentities:
      "Naam en contactgegevens van klagers: dat zijn persoonsgegevens van de klager zelf (AVG artikel 15 lid 4). " +
      "Per klacht staat alleen of Nabuur ze bewaart.",
    anonymisedCases:
      "Zaken die na hun bewaartermijn volledig zijn geanonimiseerd: die zijn niet meer aan de deelnemer gekoppeld.",
    deliveryCopies:
      "Afleverkopieën van chatberichten (de outbox): die bevatten niets dat niet ook hierboven staat.",
  },
};

const en: ParticipantExportTexts = {
  about:
    "Everything Nabuur holds about this participant (GDPR article 15 access and article 20 portability): " +
    "the registration, the cases with complaints, actions, letters, correspondence and care notes, the signals, " +
    "and for each of them the timeline, the deadlines and who accessed the data.",
  leftOut: {
    complainantIdentities:
      "Names and contact details of complainants: they are the complainants' own personal data (GDPR article 15(4)). " +
      "Each complaint only says whether Nabuur holds them.",
    anonymisedCases:
      "Cases anonymised completely after their retention period: they are no longer linked to the participant.",
    deliveryCopies:
      "Delivery copies of chat messages (the outbox): they hold nothing that is not also above.",
  },
};

export const participantExportTexts: Record<Locale, ParticipantExportTexts> = { nl, en };
