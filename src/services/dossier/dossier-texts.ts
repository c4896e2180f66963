/**
 * Texts of the nuisance dossier export (PDF headings, labels in the JSON), Dutch by default and
 * English with the same keys.
 */

import type { LeaseType, Locale } from "../../flows/model.ts";
import { dossierEn } from "./dossier-texts-en.ts";
import { dossierNl } from "./dossier-texts-nl.ts";
import type { DeadlineOutcome, DossierAudience } from "./dossier-types.ts";

export interface DossierTexts {
  title: string;
  subtitle: (caseNumber: string, reference: string) => string;
  audience: { [A in DossierAudience]: string };
  audienceNote: { [A in DossierAudience]: string };
  guideline: string;
  definition: string;
  generated: (at: string, by: string) => string;
  system: string;
  apiKey: (prefix: string) => string;
  sections: {
    summary: string;
    complaints: string;
    timeline: string;
    letters: string;
    correspondence: string;
    actions: string;
    deadlines: string;
    interventions: string;
    careRecord: string;
    readiness: string;
    integrity: string;
  };
  fields: {
    caseNumber: string;
    participant: string;
    dwelling: string;
    leaseType: string;
    careProvider: string;
    landlord: string;
    kind: string;
    status: string;
    step: string;
    ladderStep: string;
    openedAt: string;
    startedAt: string;
    approach: string;
    resolvedAt: string;
    closedAt: string;
    closure: string;
    courtParty: string;
    alternativeAgreed: string;
    evictedAt: string;
  };
  columns: { when: string; who: string; step: string; what: string; kind: string };
  leaseTypes: { [L in LeaseType]: string };
  complaint: {
    heading: (index: number, type: string) => string;
    occurredAt: string;
    afterTen: string;
    receivedByLandlordAt: string;
    receivedAt: string;
    passedInTime: (inTime: boolean) => string;
    justified: (value: boolean | null) => string;
    wronglyAttributed: string;
    complainant: string;
    anonymous: string;
  };
  withheld: {
    careOnly: (count: number) => string;
    landlordOnly: (count: number) => string;
    /** Entries anonymised after their retention period whose content can no longer be shown. */
    anonymised: (count: number) => string;
  };
  letter: {
    sent: string;
    registered: string;
    signedForSeen: string;
    recordedBy: string;
    draft: string;
    noText: string;
  };
  correspondence: { incoming: string; outgoing: string; careOnly: string; file: string };
  deadlineOutcomes: { [O in DeadlineOutcome]: string };
  due: string;
  closed: string;
  yes: string;
  no: string;
  none: string;
  notYet: string;
  intervention: { offered: string; outcome: string; pending: string };
  careRecord: { hearing: string; assessment: string; careNote: string };
  readiness: { met: string; notMet: string; ready: string; notReady: string; neverBlocks: string };
  evidence: {
    letters: (count: number) => string;
    timeline: (count: number) => string;
    breaches: (count: number) => string;
    interventions: (offered: number, unsuccessful: number, declined: number, pending: number) => string;
  };
  integrity: (length: number, withheld: number, head: string) => string;
  verifyHint: string;
  page: (page: number, pages: number, caseNumber: string) => string;
  fallbackEvents: {
    nudge: (stage: string, rule: string, due: string) => string;
    done: (rule: string) => string;
    extended: (rule: string, due: string) => string;
    handedOver: (rule: string) => string;
    reopened: (rule: string) => string;
  };
  nudgeStages: Record<string, string>;
  /** `/nabuur dossier <nr>` in the chat. */
  command: {
    usage: string;
    notFound: (number: string) => string;
    ready: (number: string, audience: string, files: string) => string;
    /** The title shown with one file in the chat. */
    fileTitle: (number: string, audience: string, format: string) => string;
  };
  fileNames: { [A in DossierAudience]: string };
}

export const dossierTexts: Record<Locale, DossierTexts> = { nl: dossierNl, en: dossierEn };
