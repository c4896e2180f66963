/** Texts of the playground's server side: Slackbot's notices in the page and the start-up lines. */
import type { Locale } from "../flows/model.ts";

export interface PlaygroundTexts {
  unknownCommand(command: string): string;
  commandFailed(command: string, error: string): string;
  actionFailed(error: string): string;
  submitFailed: string;
  started(url: string): string;
  seeded(participants: string[]): string;
  alreadySeeded: string;
}

const PLAYGROUND_TEXTS: Record<Locale, PlaygroundTexts> = {
  nl: {
    unknownCommand: (command) => `${command} is geen geldige opdracht in deze werkruimte.`,
    commandFailed: (command, error) => `${command} is mislukt met de fout "${error}".`,
    actionFailed: (error) => `Nabuur reageerde niet op deze knop (${error}).`,
    submitFailed: "Er ging iets mis bij het versturen. Probeer het opnieuw.",
    started: (url) =>
      `Nabuur-speeltuin: open ${url} in je browser (geen Slack- of Teams-gegevens ingesteld, dus Nabuur draait tegen een nagebootste Slack-werkruimte).`,
    seeded: (participants) => `Demo-gegevens geladen: deelnemers ${participants.join(", ")}.`,
    alreadySeeded: "De demo-gegevens staan al in de database; er is niets veranderd.",
  },
  en: {
    unknownCommand: (command) => `${command} is not a valid command in this workspace.`,
    commandFailed: (command, error) => `${command} failed with the error "${error}".`,
    actionFailed: (error) => `Nabuur did not respond to this button (${error}).`,
    submitFailed: "Something went wrong while sending. Please try again.",
    started: (url) =>
      `Nabuur playground: open ${url} in your browser (no Slack or Teams credentials set, so Nabuur runs against an emulated Slack workspace).`,
    seeded: (participants) => `Demo data loaded: participants ${participants.join(", ")}.`,
    alreadySeeded: "The demo data is already in the database; nothing was changed.",
  },
};

export function playgroundTexts(locale: string | undefined): PlaygroundTexts {
  return locale === "en" ? PLAYGROUND_TEXTS.en : PLAYGROUND_TEXTS.nl;
}
