/**
 * Texts of the Slack adapter itself (private delivery of files). Dutch first; English has exactly
 * the same keys. Texts of the procedure live with their flows.
 */
import type { Locale } from "../../flows/model.ts";

const nl = {
  filesSentToDm: "De bestanden staan in je privéberichten met Nabuur; alleen jij krijgt ze.",
  filesUnavailable:
    "Nabuur kan hier geen bestanden versturen: de app mist het recht om bestanden te plaatsen (files:write) of deze werkruimte staat het niet toe. Vraag de beheerder de app opnieuw te installeren met het manifest van Nabuur. Er is niets verstuurd.",
};

type SlackTexts = typeof nl;

const en: SlackTexts = {
  filesSentToDm: "The files are in your direct messages with Nabuur; only you receive them.",
  filesUnavailable:
    "Nabuur cannot send files here: the app lacks the permission to upload files (files:write) or this workspace does not allow it. Ask your admin to reinstall the app with Nabuur's manifest. Nothing was sent.",
};

export function slackTexts(locale: Locale): SlackTexts {
  return locale === "en" ? en : nl;
}
