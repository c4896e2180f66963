/** The shape of the case cards' texts; Dutch and English must both fill every key. */
import type { DeadlineRule } from "../../context.ts";
import type { ComplaintType, GuidelineStep, Role } from "../../model.ts";
import type { CaseKind, CaseStatus, CloseReason, ComplainantContactMeans } from "../state.ts";

export interface UiTexts {
  complaintTypes: { [T in ComplaintType]: string };
  statuses: { [S in CaseStatus]: string };
  steps: { [S in GuidelineStep]: string };
  roles: { [R in Role]: string };
  caseKinds: { [K in CaseKind]: string };
  closeReasons: { [R in CloseReason]: string };
  deadlineRules: { [R in DeadlineRule]: string };
  contactMeans: { [M in ComplainantContactMeans]: string };
  actionStatuses: { proposed: string; accepted: string; done: string; skipped: string };
  caseTitle: (caseNumber: string, reference: string) => string;
  reportTitle: (caseNumber: string, reference: string) => string;
  doesNotCount: string;
  doesNotCountExplained: string;
  fields: {
    participant: string;
    type: string;
    status: string;
    step: string;
    ladder: string;
    occurredAt: string;
    receivedByLandlordAt: string;
    afterTen: string;
    description: string;
    owner: string;
    due: string;
  };
  yes: string;
  no: string;
  none: string;
  agreedActions: string;
  /** The landlord's own open actions on the shared case card, with their buttons. */
  landlordActions: { heading: string; hint: string };
  deadlines: string;
  complaintsHeading: (count: number) => string;
  started: string;
  notStarted: string;
  closedBecause: (reason: string) => string;
  /** Actie 1 marks on a complaint line: an anonymous complainant, passed on after 24 hours. */
  complaintMarks: { anonymous: string; passedLate: string };
  buttons: {
    start: string;
    resolve: string;
    close: string;
    extendDeadline: string;
    summary: string;
    dossier: string;
    hearing: string;
    confirm: string;
    accept: string;
    change: string;
    skip: string;
    done: string;
    addAction: string;
    careNote: string;
    writtenFeedback: string;
    consentYes: string;
    consentNo: string;
    /** The escalation button names the step it takes: "Naar Actie 4: …". */
    takeStep: (step: string) => string;
    skipStep: string;
    recordLetter: string;
    intervention: string;
    interventionOutcome: string;
    courtPath: string;
    breach: string;
    alternative: string;
    eviction: string;
    supportAfterEviction: string;
    reflection: string;
    recordDone: string;
    complainantUpdate: string;
    planReturn: string;
    recordReturn: string;
    advocacyStep: string;
  };
  /** The question before a step that cannot be undone. */
  confirmStep: {
    takeStep: { title: string; text: (step: string) => string; confirm: string };
    resolve: { title: string; text: string; confirm: string };
    deny: string;
  };
  nextSteps: {
    title: (caseNumber: string) => string;
    nuisance: string[];
    participantReport: string[];
  };
  assignment: {
    title: (caseNumber: string) => string;
    intro: (reference: string, type: string) => string;
    startBefore: (due: string) => string;
    report: string;
    /** Once the case was started: when (the start button is gone). */
    started: (at: string) => string;
  };
  /** Actie 2 again: a new complaint on a case that was assessed before, to the support worker. */
  complaintAdded: {
    title: (caseNumber: string) => string;
    intro: (reference: string, type: string, step: string) => string;
    assess: string;
  };
  assessment: {
    careOnly: string;
    noHearingYet: string;
    hearingRecorded: string;
    answerAll: string;
    reassessment: string;
    confirmed: string;
    complaints: string;
    /** The card's title names the case first, as every case card does: "Zaak 3 (HF-001)". */
    ofCase: (caseNumber: string, reference: string) => string;
    /** Each complaint with its number in the case: "klacht 2: Geluidsoverlast". */
    complaint: (number: number, type: string) => string;
    /** Actie 2 again: an earlier card once a new complaint's assessment replaced it. */
    replaced: (own: number, by: number) => string;
  };
  proposal: {
    title: (caseNumber: string) => string;
    careOnly: string;
    mediationConsent: (consent: boolean | null) => string;
    closedActions: string;
    moreActions: (count: number) => string;
    careOnlyTag: string;
    /** On the care team's card: the landlord decides on this action on the case card. */
    landlordDecidesTag: string;
  };
  ladder: {
    current: string;
    proposed: string;
    proposedByPerson: (reason: string) => string;
    counting: (count: number) => string;
    preconditions: (step: string) => string;
    met: string;
    unmet: string;
    takenWithUnmet: (step: string, list: string) => string;
    letters: string;
    letterLine: (letter: string, date: string, registered: boolean, signed: boolean) => string;
    interventions: (offered: number, pending: number, unsuccessful: number) => string;
    readiness: string;
    court: (party: string) => string;
    alternativeAgreed: string;
    evictedDespiteAlternative: string;
    evicted: (date: string) => string;
    reflectionPlanned: (date: string) => string;
    reflectionHeld: (date: string) => string;
    neverBlocks: string;
  };
  summary: {
    title: (caseNumber: string) => string;
    forAudience: { shared: string; careTeam: string; landlord: string };
    hearings: string;
    assessments: string;
    careNotes: string;
    interventions: string;
    letters: string;
    supportAfterEviction: (continues: boolean) => string;
    returnHome: (planned: string | null, returned: string | null) => string;
    advocacy: string;
    complainantUpdates: (count: number, last: string | null) => string;
    daily: string;
  };
  /** Personal messages that propose a step of the guideline to the person who takes it. */
  prompts: {
    actionProposed: { title: (action: string, caseNumber: string) => string; landlordDecides: string };
    returnHome: {
      title: (caseNumber: string) => string;
      intro: (reference: string, reason: string) => string;
      planBefore: (due: string) => string;
    };
    advocacy: { title: (caseNumber: string) => string; intro: (reference: string) => string };
    careOnly: string;
  };
  careNote: { title: (caseNumber: string) => string; careOnly: string };
  writtenFeedback: { title: (caseNumber: string) => string; agreed: string };
  complainant: {
    title: (caseNumber: string) => string;
    landlordOnly: string;
    name: string;
    contact: string;
    anonymous: string;
  };
  update: { title: (caseNumber: string, reference: string) => string };
}
