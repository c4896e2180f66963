/**
 * Texts of the chat layer itself (help, registration, errors); the help lists each step's commands
 * as its step module declares them. Dutch first; English has exactly
 * the same keys. Texts of the procedure live with their flows (src/flows/<module>/texts.ts).
 */
import type { Locale } from "../../flows/model.ts";
import { helpLines } from "../../flows/steps/registry.ts";

const nl = {
  help: [
    "*Nabuur — overlastaanpak volgens de Richtlijn overlast (Housing First Nederland)*",
    ...helpLines("nl"),
  ].join("\n"),
  notRegistered:
    "Je bent nog niet aangemeld bij Nabuur. Vraag de beheerder van je organisatie: `/nabuur lid @jij <rol>`.",
  unknownCommand: (text: string) => `Onbekende opdracht “${text}”. Typ \`/nabuur help\` voor wat kan.`,
  unexpectedError: (reference: string) =>
    `Er ging iets mis; er is niets verloren gegaan. Probeer het opnieuw of meld referentie ${reference} aan de beheerder.`,
  denied: "Dit mag jouw rol niet.",
  caseNotFound: (number: string) => `Zaak ${number} bestaat niet of is niet van jouw organisatie.`,
  participantNotFound: (reference: string) => `Deelnemer ${reference} is niet gevonden.`,
  noParticipants:
    "Er zijn nog geen deelnemers aangemeld. Meld eerst een deelnemer aan met `/nabuur deelnemer`.",
  languageSet: "Nabuur spreekt vanaf nu Nederlands met je.",
  usageLanguage: "Gebruik: `/nabuur taal nl` of `/nabuur taal en`.",
  usageMember:
    "Gebruik: `/nabuur lid @iemand <rol>`; rollen: begeleider, coordinator, verhuurder, partner, beheerder.",
  memberSet: (user: string, role: string) => `${user} heeft nu de rol ${role}.`,
  usageChannel: "Gebruik: `/nabuur kanaal gedeeld <naam verhuurder>` of `/nabuur kanaal team`.",
  landlordNotFound: (name: string) => `Verhuurder “${name}” is niet gevonden.`,
  channelBound: (kind: string, released: number) =>
    `Dit kanaal is nu het ${kind === "shared" ? "gedeelde kanaal" : "kanaal van het zorgteam"}.${
      released === 0
        ? ""
        : released === 1
          ? " 1 wachtend bericht wordt nu geplaatst."
          : ` ${released} wachtende berichten worden nu geplaatst.`
    }`,
  formErrorsIntro: "Controleer de gemarkeerde velden.",
  formAlreadyInProgress: "Dit formulier wordt al verwerkt; je hoeft het niet opnieuw te versturen.",
  formAlreadyReceived:
    "Dit formulier is al ontvangen en staat in de tijdlijn; er is niets dubbel vastgelegd.",
  received: "Ontvangen — dank je. Het staat in de tijdlijn.",
  nothingOpen: "Je hebt geen open taken of termijnen.",
  close: "Annuleren",
  notFound: "Dit bestaat niet (meer) of hoort niet bij jouw organisatie.",
  outdatedButton: "Deze knop is verouderd of onbekend. Open de zaak opnieuw met `/nabuur zaak <nr>`.",
  roleNotInOrganisation:
    "Die rol past niet bij jouw organisatie (bijv. ‘verhuurder’ alleen bij een verhuurder).",
  memberOfOtherOrganisation:
    "Deze persoon is al lid van een andere organisatie; dat kan alleen de beheerder daar wijzigen.",
  partnerSummary: (number: string, status: string, step: string) => `zaak ${number}: ${status}, stap ${step}`,
  roles: {
    careTeamMember: "begeleider",
    coordinator: "coördinator",
    landlordStaff: "verhuurder",
    partner: "partner",
    admin: "beheerder",
  },
  homeTitle: "Nabuur",
  homeIntro:
    "Hier zie je je open taken en termijnen. Alles gebeurt in het gedeelde kanaal en de zaak-threads.",
};

type BotTexts = typeof nl;

const en: BotTexts = {
  help: ["*Nabuur — nuisance procedure of the Housing First Nederland guideline*", ...helpLines("en")].join(
    "\n",
  ),
  notRegistered:
    "You are not registered with Nabuur yet. Ask your organisation's admin: `/nabuur lid @you <role>`.",
  unknownCommand: (text: string) =>
    `Unknown command “${text}”. Type \`/nabuur help\` to see what you can do.`,
  unexpectedError: (reference: string) =>
    `Something went wrong; nothing was lost. Try again or give reference ${reference} to your admin.`,
  denied: "Your role may not do this.",
  caseNotFound: (number: string) => `Case ${number} does not exist or is not your organisation's.`,
  participantNotFound: (reference: string) => `Participant ${reference} was not found.`,
  noParticipants: "No participants are registered yet. Register one first with `/nabuur deelnemer`.",
  languageSet: "Nabuur now speaks English with you.",
  usageLanguage: "Usage: `/nabuur taal nl` or `/nabuur taal en`.",
  usageMember:
    "Usage: `/nabuur lid @someone <role>`; roles: begeleider, coordinator, verhuurder, partner, beheerder.",
  memberSet: (user: string, role: string) => `${user} now has the role ${role}.`,
  usageChannel: "Usage: `/nabuur kanaal gedeeld <landlord name>` or `/nabuur kanaal team`.",
  landlordNotFound: (name: string) => `Landlord “${name}” was not found.`,
  channelBound: (kind: string, released: number) =>
    `This channel is now the ${kind === "shared" ? "shared channel" : "care team's channel"}.${
      released === 0
        ? ""
        : released === 1
          ? " 1 waiting message is being posted now."
          : ` ${released} waiting messages are being posted now.`
    }`,
  formErrorsIntro: "Please check the marked fields.",
  formAlreadyInProgress: "This form is already being processed; there is no need to send it again.",
  formAlreadyReceived: "This form was already received and is in the timeline; nothing was recorded twice.",
  received: "Received — thank you. It is in the timeline.",
  nothingOpen: "You have no open tasks or deadlines.",
  close: "Cancel",
  notFound: "This does not exist (any more) or does not belong to your organisation.",
  outdatedButton: "This button is outdated or unknown. Open the case again with `/nabuur zaak <no>`.",
  roleNotInOrganisation: "That role does not fit your organisation (e.g. ‘verhuurder’ only at a landlord).",
  memberOfOtherOrganisation:
    "This person already belongs to another organisation; only its admin can change that.",
  partnerSummary: (number: string, status: string, step: string) => `case ${number}: ${status}, step ${step}`,
  roles: {
    careTeamMember: "support worker",
    coordinator: "coordinator",
    landlordStaff: "landlord staff",
    partner: "partner",
    admin: "admin",
  },
  homeTitle: "Nabuur",
  homeIntro: "Your open tasks and deadlines. Everything happens in the shared channel and the case threads.",
};

export function botTexts(locale: Locale): BotTexts {
  return locale === "en" ? en : nl;
}
