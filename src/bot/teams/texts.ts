/**
 * Texts of the Teams adapter itself (form inputs, the back button, private delivery). Dutch
 * first; English has exactly the same keys. Texts of the procedure live with their flows.
 */
import type { Locale } from "../../flows/model.ts";

const nl = {
  required: "Vul dit veld in.",
  time: "Tijd",
  timeMissing: "Vul ook een tijd in.",
  dateMissing: "Vul ook een datum in.",
  invalidDateTime: "Dit is geen geldige datum en tijd.",
  cancel: "Annuleren",
  back: "Terug",
  done: "Verwerkt.",
  closed: "Gesloten. Het kaartje wordt weer bijgewerkt zodra er iets verandert.",
  personalChatFailed:
    "Ik kon je geen persoonlijk bericht sturen. Open de chat met Nabuur (of voeg de app voor jezelf toe) en probeer het daar opnieuw.",
  tenantNotAllowed: "Nabuur is niet beschikbaar voor deze organisatie.",
};

type TeamsTexts = typeof nl;

const en: TeamsTexts = {
  required: "Please fill in this field.",
  time: "Time",
  timeMissing: "Please fill in a time as well.",
  dateMissing: "Please fill in a date as well.",
  invalidDateTime: "This is not a valid date and time.",
  cancel: "Cancel",
  back: "Back",
  done: "Done.",
  closed: "Closed. The card is updated again as soon as something changes.",
  personalChatFailed:
    "I could not send you a personal message. Open the chat with Nabuur (or add the app for yourself) and try again there.",
  tenantNotAllowed: "Nabuur is not available for this organisation.",
};

export function teamsTexts(locale: Locale): TeamsTexts {
  return locale === "en" ? en : nl;
}
