/**
 * Button ids and form ids of the case cards, and the zod schemas of their short JSON payloads
 * (`{"c":"<caseId>","a":"<actionId>"}`), checked when a click or a form comes back.
 */
import { z } from "zod";
import { LADDER_STEPS } from "../ladder/model.ts";

export { decodeValue } from "../cards/payload.ts";

export const CASE_BUTTON_IDS = {
  // Actie 1
  start: "nabuur.case.start",
  // Actie 2: one id per answer, so the two buttons of a pair differ.
  hearing: "nabuur.case.hearing",
  answerConscious: "nabuur.case.assessment.conscious",
  answerUnconscious: "nabuur.case.assessment.unconscious",
  answerJustifiedByParticipant: "nabuur.case.assessment.participant.justified",
  answerUnjustifiedByParticipant: "nabuur.case.assessment.participant.unjustified",
  answerJustifiedByWorker: "nabuur.case.assessment.worker.justified",
  answerUnjustifiedByWorker: "nabuur.case.assessment.worker.unjustified",
  confirmAssessment: "nabuur.case.assessment.confirm",
  // Proposals and decisions
  acceptAction: "nabuur.case.action.accept",
  changeAction: "nabuur.case.action.change",
  skipAction: "nabuur.case.action.skip",
  doneAction: "nabuur.case.action.done",
  // Done, with a note on how (Omgaan met overlast 1: how the landlord informed the neighbourhood).
  recordAction: "nabuur.case.action.record",
  addAction: "nabuur.case.action.add",
  // The landlord's own actions (waarschuwingsbrief, advice to go to the police) on the case card in
  // the shared channel: landlord staff accept, finish or skip them there.
  landlordAcceptAction: "nabuur.case.landlordAction.accept",
  landlordDoneAction: "nabuur.case.landlordAction.done",
  landlordSkipAction: "nabuur.case.landlordAction.skip",
  mediationConsentYes: "nabuur.case.mediation.yes",
  mediationConsentNo: "nabuur.case.mediation.no",
  extendDeadline: "nabuur.case.deadline.extend",
  writtenFeedback: "nabuur.case.feedback",
  // The four-week check and the six-week follow-up open their own form.
  followUpCheck: "nabuur.case.check",
  careNote: "nabuur.case.careNote",
  // Termijnen: the landlord's update to the complainants.
  complainantUpdate: "nabuur.case.complainants",
  resolve: "nabuur.case.resolve",
  close: "nabuur.case.close",
  summary: "nabuur.case.summary",
  dossier: "nabuur.case.dossier",
  // Actie 3–6
  takeStep: "nabuur.case.ladder.take",
  skipStep: "nabuur.case.ladder.skip",
  recordLetter: "nabuur.case.ladder.letter",
  intervention: "nabuur.case.ladder.intervention",
  interventionOutcome: "nabuur.case.ladder.interventionOutcome",
  courtPath: "nabuur.case.ladder.court",
  breach: "nabuur.case.ladder.breach",
  // Actie 6 and Nieuwe kansen
  alternative: "nabuur.case.ladder.alternative",
  eviction: "nabuur.case.ladder.eviction",
  supportAfterEviction: "nabuur.case.ladder.afterEviction",
  reflection: "nabuur.case.ladder.reflection",
  // Interventie 2: the return home after a time-out.
  planReturn: "nabuur.case.ladder.return.plan",
  recordReturn: "nabuur.case.ladder.return.record",
  // Nieuwe kansen: a step as advocate for alternative housing.
  advocacyStep: "nabuur.case.ladder.advocacy",
} as const;
export type CaseButtonId = (typeof CASE_BUTTON_IDS)[keyof typeof CASE_BUTTON_IDS];

export const CASE_FORM_IDS = {
  intake: "nabuur.form.complaint",
  start: "nabuur.form.case.start",
  hearing: "nabuur.form.case.hearing",
  changeAction: "nabuur.form.action.change",
  skipAction: "nabuur.form.action.skip",
  landlordSkipAction: "nabuur.form.landlordAction.skip",
  addAction: "nabuur.form.action.add",
  extendDeadline: "nabuur.form.deadline.extend",
  close: "nabuur.form.case.close",
  careNote: "nabuur.form.case.careNote",
  writtenFeedback: "nabuur.form.case.feedback",
  followUpCheck: "nabuur.form.case.check",
  letter: "nabuur.form.ladder.letter",
  intervention: "nabuur.form.ladder.intervention",
  interventionOutcome: "nabuur.form.ladder.interventionOutcome",
  courtPath: "nabuur.form.ladder.court",
  skipEscalation: "nabuur.form.ladder.skip",
  breach: "nabuur.form.ladder.breach",
  alternative: "nabuur.form.ladder.alternative",
  eviction: "nabuur.form.ladder.eviction",
  supportAfterEviction: "nabuur.form.ladder.afterEviction",
  reflection: "nabuur.form.ladder.reflection",
  recordAction: "nabuur.form.action.record",
  complainantUpdate: "nabuur.form.case.complainants",
  planReturn: "nabuur.form.ladder.return.plan",
  recordReturn: "nabuur.form.ladder.return.record",
  advocacyStep: "nabuur.form.ladder.advocacy",
} as const;
export type CaseFormId = (typeof CASE_FORM_IDS)[keyof typeof CASE_FORM_IDS];

const id = z.string().min(1).max(100);

/** A button or form about the case as a whole. */
export const caseRefValue = z.object({ c: id });
export type CaseRefValue = z.infer<typeof caseRefValue>;

/** A button or form about one action of the case. */
export const actionRefValue = z.object({ c: id, a: id });
export type ActionRefValue = z.infer<typeof actionRefValue>;

/**
 * Actie 2: a button of one assessment card. A case can have several (a complaint added after an
 * earlier assessment gets a card of its own), so the button names the first complaint the card
 * assesses (k); buttons posted before cards named it carry only the case.
 */
export const assessmentRefValue = z.object({ c: id, k: id.optional() });

/** Actie 2: one answer (q = question, v = value) on the assessment card of complaint k. */
export const answerValue = z.discriminatedUnion("q", [
  z.object({ c: id, k: id.optional(), q: z.literal("behaviour"), v: z.enum(["conscious", "unconscious"]) }),
  z.object({ c: id, k: id.optional(), q: z.literal("justifiedByParticipant"), v: z.boolean() }),
  z.object({ c: id, k: id.optional(), q: z.literal("justifiedByWorker"), v: z.boolean() }),
]);
export type AnswerValue = z.infer<typeof answerValue>;

/** Buurtbemiddeling: the participant's consent. */
export const consentValue = z.object({ c: id, v: z.boolean() });

/** Actie 3–6: take a step (p = the pending proposal, if any). */
export const ladderStepValue = z.object({ c: id, s: z.enum(LADDER_STEPS), p: id.optional() });

/** Decline a pending escalation proposal. */
export const proposalRefValue = z.object({ c: id, p: id });
export type ProposalRefValue = z.infer<typeof proposalRefValue>;

/** The letter of Actie 3, 4 or 5. */
export const letterRefValue = z.object({ c: id, s: z.enum(["actie3", "actie4", "actie5"]) });
export type LetterRefValue = z.infer<typeof letterRefValue>;

/** The four-week check or the six-week follow-up. */
export const checkRefValue = z.object({ c: id, k: z.enum(["fourWeeks", "sixWeeks"]) });
export type CheckRefValue = z.infer<typeof checkRefValue>;

/** The payload schema of every case button, for the adapters to validate a click. */
export const CASE_BUTTON_PAYLOADS: { [A in CaseButtonId]: z.ZodType } = {
  [CASE_BUTTON_IDS.start]: caseRefValue,
  [CASE_BUTTON_IDS.hearing]: caseRefValue,
  [CASE_BUTTON_IDS.answerConscious]: answerValue,
  [CASE_BUTTON_IDS.answerUnconscious]: answerValue,
  [CASE_BUTTON_IDS.answerJustifiedByParticipant]: answerValue,
  [CASE_BUTTON_IDS.answerUnjustifiedByParticipant]: answerValue,
  [CASE_BUTTON_IDS.answerJustifiedByWorker]: answerValue,
  [CASE_BUTTON_IDS.answerUnjustifiedByWorker]: answerValue,
  [CASE_BUTTON_IDS.confirmAssessment]: assessmentRefValue,
  [CASE_BUTTON_IDS.acceptAction]: actionRefValue,
  [CASE_BUTTON_IDS.changeAction]: actionRefValue,
  [CASE_BUTTON_IDS.skipAction]: actionRefValue,
  [CASE_BUTTON_IDS.doneAction]: actionRefValue,
  [CASE_BUTTON_IDS.recordAction]: actionRefValue,
  [CASE_BUTTON_IDS.addAction]: caseRefValue,
  [CASE_BUTTON_IDS.landlordAcceptAction]: actionRefValue,
  [CASE_BUTTON_IDS.landlordDoneAction]: actionRefValue,
  [CASE_BUTTON_IDS.landlordSkipAction]: actionRefValue,
  [CASE_BUTTON_IDS.mediationConsentYes]: consentValue,
  [CASE_BUTTON_IDS.mediationConsentNo]: consentValue,
  [CASE_BUTTON_IDS.extendDeadline]: caseRefValue,
  [CASE_BUTTON_IDS.writtenFeedback]: caseRefValue,
  [CASE_BUTTON_IDS.followUpCheck]: checkRefValue,
  [CASE_BUTTON_IDS.careNote]: caseRefValue,
  [CASE_BUTTON_IDS.resolve]: caseRefValue,
  [CASE_BUTTON_IDS.close]: caseRefValue,
  [CASE_BUTTON_IDS.summary]: caseRefValue,
  [CASE_BUTTON_IDS.dossier]: caseRefValue,
  [CASE_BUTTON_IDS.takeStep]: ladderStepValue,
  [CASE_BUTTON_IDS.skipStep]: proposalRefValue,
  [CASE_BUTTON_IDS.recordLetter]: letterRefValue,
  [CASE_BUTTON_IDS.intervention]: caseRefValue,
  [CASE_BUTTON_IDS.interventionOutcome]: caseRefValue,
  [CASE_BUTTON_IDS.courtPath]: caseRefValue,
  [CASE_BUTTON_IDS.breach]: caseRefValue,
  [CASE_BUTTON_IDS.alternative]: caseRefValue,
  [CASE_BUTTON_IDS.eviction]: caseRefValue,
  [CASE_BUTTON_IDS.supportAfterEviction]: caseRefValue,
  [CASE_BUTTON_IDS.reflection]: caseRefValue,
  [CASE_BUTTON_IDS.complainantUpdate]: caseRefValue,
  [CASE_BUTTON_IDS.planReturn]: caseRefValue,
  [CASE_BUTTON_IDS.recordReturn]: caseRefValue,
  [CASE_BUTTON_IDS.advocacyStep]: caseRefValue,
};

export function isCaseButtonId(value: string): value is CaseButtonId {
  return Object.hasOwn(CASE_BUTTON_PAYLOADS, value);
}
