/**
 * The letters of the escalation ladder as editable Dutch (default) and English templates:
 * waarschuwingsbrief (Actie 3), tweede officiële waarschuwingsbrief (Actie 4) and the registered
 * sommatiebrief signed "voor gezien" (Actie 5). Same keys in both languages, checked by the types.
 */
import type { LetterStep } from "../ladder/model.ts";
import type { LeaseType, Locale } from "../model.ts";
import { lettersEn } from "./texts-en.ts";
import { lettersNl } from "./texts-nl.ts";

/** Everything a template fills in; values not known to Nabuur are "[placeholders]". */
export interface LetterContext {
  caseNumber: string;
  reference: string;
  date: string;
  participantName: string;
  dwelling: string;
  landlordName: string;
  careProviderName: string;
  senderName: string;
  /** One line per complaint the letter is about (type, date, after 22:00). */
  behaviour: string[];
  /** Justified complaints in earlier cases of this participant. */
  priorComplaints: number;
  leaseType: LeaseType;
  /** The agreement at risk ("uw huurovereenkomst"), from the lease type. */
  contract: string;
  /** Actie 6: who would ask the court, from the lease type. */
  courtParty: string;
  /** Sent dates of the earlier letters (Actie 3, Actie 4), or placeholders. */
  earlierLetters: { actie3: string; actie4: string };
}

export interface LetterTexts {
  placeholders: {
    date: string;
    participantName: string;
    dwelling: string;
    landlordName: string;
    careProviderName: string;
    senderName: string;
    earlierLetterDate: string;
  };
  /** The agreement the nuisance puts at risk, per lease type. */
  contracts: { [L in LeaseType]: string };
  /** Actie 6: who asks the court, per lease type. */
  courtParties: { [L in LeaseType]: string };
  behaviourLine: (type: string, date: string, afterTen: boolean) => string;
  noBehaviour: string;
  priorComplaints: (count: number) => string;
  registered: string;
  to: string;
  reference: (caseNumber: string, reference: string) => string;
  regarding: string;
  subjects: { [S in LetterStep]: string };
  salutation: (name: string) => string;
  paragraphs: { [S in LetterStep]: (c: LetterContext) => string[] };
  /** The help that is available (the team discusses the letter with the participant). */
  help: (c: LetterContext) => string[];
  /** Actie 4 and 5: a copy goes into the landlord's dossier and the care record. */
  copies: (c: LetterContext) => string;
  closing: string;
  /** Actie 5: the participant signs "voor gezien". */
  signedForSeen: (c: LetterContext) => string[];
}

export const letterTexts: Record<Locale, LetterTexts> = { nl: lettersNl, en: lettersEn };
