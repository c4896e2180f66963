/**
 * What the chat says about the landlord's letters (Actie 3 waarschuwingsbrief, Actie 4 tweede
 * officiële waarschuwingsbrief, Actie 5 aangetekende sommatiebrief). Dutch first; English the same keys.
 */
import type { Locale } from "../model.ts";

const nl = {
  usage:
    "Gebruik: `/nabuur brief <zaaknummer>` (de brief van de huidige stap) of `/nabuur brief <zaaknummer> actie3|actie4|actie5`.",
  noLetterStep: (caseNumber: string) =>
    `Zaak ${caseNumber} staat niet op Actie 3, 4 of 5. Noem de stap: \`/nabuur brief ${caseNumber} actie3\`.`,
  drafted: (caseNumber: string, subject: string, placeholders: number) =>
    `Concept voor zaak ${caseNumber}: ${subject}. Alleen voor jou; pas het aan en verstuur het zelf.` +
    (placeholders > 0 ? ` Vul nog ${placeholders} open plek(ken) in.` : "") +
    " Leg daarna met *Brief vastleggen* op de ladderkaart vast wanneer hij verstuurd is (aangetekend, 'voor gezien' getekend): dan staat hij met die datums in het overlastdossier.",
};

type LetterChatTexts = typeof nl;

const en: LetterChatTexts = {
  usage:
    "Usage: `/nabuur brief <case number>` (the letter of the current step) or `/nabuur brief <case number> actie3|actie4|actie5`.",
  noLetterStep: (caseNumber) =>
    `Case ${caseNumber} is not at step 3, 4 or 5. Name the step: \`/nabuur brief ${caseNumber} actie3\`.`,
  drafted: (caseNumber, subject, placeholders) =>
    `Draft for case ${caseNumber}: ${subject}. For you only; edit it and send it yourself.` +
    (placeholders > 0 ? ` ${placeholders} blank(s) still to fill in.` : "") +
    " Then record when it was sent with *Record letter* on the ladder card (registered, signed 'voor gezien'): it is then in the nuisance dossier with those dates.",
};

export const LETTER_TEXTS: Record<Locale, LetterChatTexts> = { nl, en };
