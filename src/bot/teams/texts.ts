/**
 * Texts of the Teams adapter itself (form inputs, the back button, private delivery). Dutch
 * first; English has exactly the same keys. Texts of the procedure live with their flows.
 */
import type { Locale } from "../../flows/model.ts";

const nl = {
  required: "Vul dit veld in.",
  time: "Tijd",
  // Shown in empty date and time inputs instead of the Teams client's own (English) hint.
  datePlaceholder: "Kies een datum",
  timePlaceholder: "Kies een tijd (uu:mm)",
  timeMissing: "Vul ook een tijd in.",
  dateMissing: "Vul ook een datum in.",
  invalidDateTime: "Dit is geen geldige datum en tijd.",
  // A form's file field: Teams' cards take no files; the person sends it in the personal chat.
  fileAfterwards:
    "Een bestand kan niet in dit formulier. Stuur het na het vastleggen in je persoonlijke chat met Nabuur; de bevestiging zegt met welke tekst.",
  cancel: "Annuleren",
  back: "Terug",
  done: "Verwerkt.",
  closed: "Gesloten. Het kaartje wordt weer bijgewerkt zodra er iets verandert.",
  personalChatFailed:
    "Ik kon je geen persoonlijk bericht sturen. Open de chat met Nabuur (of voeg de app voor jezelf toe) en probeer het daar opnieuw.",
  tenantNotAllowed: "Nabuur is niet beschikbaar voor deze organisatie.",
  // Files (the nuisance dossier) go only to the personal chat, after the person's consent.
  filesInPersonalChat:
    "Ik heb het je privé gestuurd, in je persoonlijke chat met Nabuur. Sta de bestanden daar toe om ze te ontvangen.",
  filesInThisChat: "Sta hieronder de bestanden toe om ze te ontvangen.",
  openPersonalChatForFiles:
    "Bestanden kan Nabuur alleen in je persoonlijke chat met Nabuur sturen, en die heb je nog niet. Open de chat met Nabuur (of voeg de app voor jezelf toe) en vraag het daar opnieuw.",
  fileUploaded: (name: string) => `${name} staat nu in je OneDrive; alleen jij hebt het.`,
  fileDeclined: (name: string) => `Je hebt ${name} geweigerd; het is niet verstuurd.`,
  fileUnavailable:
    "Dit bestand is niet (meer) beschikbaar: het kan één keer en binnen 15 minuten worden toegestaan. Vraag het opnieuw op.",
  fileUploadFailed: (name: string) =>
    `${name} kon niet in je OneDrive worden gezet; er is niets verstuurd. Vraag het later opnieuw op.`,
};

type TeamsTexts = typeof nl;

const en: TeamsTexts = {
  required: "Please fill in this field.",
  time: "Time",
  datePlaceholder: "Choose a date",
  timePlaceholder: "Choose a time (hh:mm)",
  timeMissing: "Please fill in a time as well.",
  dateMissing: "Please fill in a date as well.",
  invalidDateTime: "This is not a valid date and time.",
  fileAfterwards:
    "A file cannot go in this form. Send it in your personal chat with Nabuur after recording; the confirmation says with which text.",
  cancel: "Cancel",
  back: "Back",
  done: "Done.",
  closed: "Closed. The card is updated again as soon as something changes.",
  personalChatFailed:
    "I could not send you a personal message. Open the chat with Nabuur (or add the app for yourself) and try again there.",
  tenantNotAllowed: "Nabuur is not available for this organisation.",
  filesInPersonalChat:
    "I sent it to you privately, in your personal chat with Nabuur. Allow the files there to receive them.",
  filesInThisChat: "Allow the files below to receive them.",
  openPersonalChatForFiles:
    "Nabuur can send files only in your personal chat with Nabuur, and you do not have one yet. Open the chat with Nabuur (or add the app for yourself) and ask again there.",
  fileUploaded: (name: string) => `${name} is now in your OneDrive; only you have it.`,
  fileDeclined: (name: string) => `You declined ${name}; it was not sent.`,
  fileUnavailable:
    "This file is not available (any more): it can be allowed once, within 15 minutes. Please ask for it again.",
  fileUploadFailed: (name: string) =>
    `${name} could not be put in your OneDrive; nothing was sent. Please ask for it again later.`,
};

export function teamsTexts(locale: Locale): TeamsTexts {
  return locale === "en" ? en : nl;
}

/** The core's commands, written as Slack's slash commands, and how they are given in Teams. */
const SLASH_COMMAND = /(^|[^\w/])\/(nabuur|overlast|signaal)\b/g;

function atNabuur(text: string): string {
  return text.replace(SLASH_COMMAND, (_match, before: string, command: string) =>
    command === "nabuur" ? `${before}@Nabuur` : `${before}@Nabuur ${command}`,
  );
}

/**
 * A text of the core in Teams syntax. The core writes command hints as Slack's slash commands in
 * code spans (`/nabuur zaak <nr>`, `/overlast`); in Teams a command is a message to the bot:
 * `@Nabuur zaak <nr>`, `@Nabuur overlast`. A code span with a command becomes bold (`*…*`, the
 * neutral markup): Teams shows the placeholder in a code span HTML-escaped ("&lt;nr&gt;"), and an
 * Adaptive Card TextBlock has no code spans at all. Placeholders stay as they are, never escaped.
 * `plain` leaves out the markup, for texts Teams shows without markdown (an invoke's message).
 */
export function inTeamsSyntax(text: string, options: { plain?: boolean } = {}): string {
  return atNabuur(
    text.replace(/`(\/(?:nabuur|overlast|signaal)\b[^`\n]*)`/g, (_match, command: string) =>
      options.plain ? command : `*${command}*`,
    ),
  );
}
