/**
 * Omgaan met overlast, Actie 1–6: the case cards' buttons and the case forms. Every route parses
 * its payload with the flow's zod schema, then either records a decision or opens a form.
 */

import {
  actionRefValue,
  answerValue,
  CASE_ACTION_IDS,
  caseRefValue,
  consentValue,
  ladderStepValue,
  letterRefValue,
  proposalRefValue,
} from "../../flows/cases/actions.ts";
import type { CaseEvent } from "../../flows/cases/events.ts";
import {
  addActionForm,
  alternativeForm,
  breachForm,
  careNoteForm,
  changeActionForm,
  closeCaseForm,
  courtPathForm,
  evictionForm,
  extendDeadlineForm,
  hearingForm,
  interventionForm,
  interventionOutcomeForm,
  letterForm,
  reflectionForm,
  skipActionForm,
  skipEscalationForm,
  startCaseForm,
  supportAfterEvictionForm,
  writtenFeedbackForm,
} from "../../flows/cases/forms.ts";
import { actionLabel } from "../../flows/cases/texts.ts";
import { ladderTexts } from "../../flows/ladder/texts.ts";
import { dossierForPerson } from "../dossier/dossier-command.ts";
import { NotFoundError } from "../errors.ts";
import { caseOf, decide, parse, summaryFor } from "./case-routes-common.ts";
import type { Acting, InteractionModule } from "./module.ts";

/** Omgaan met overlast, Actie 1–6: what the case cards' buttons do (record a decision or open a form). */
export const caseActionRoutes: InteractionModule["actions"] = {
  // Actie 1: the team starts and tells the landlord how it will be handled.
  [CASE_ACTION_IDS.start]: async (value, acting) => ({
    type: "openForm",
    form: startCaseForm(parse(caseRefValue, value), acting.locale),
  }),
  // Actie 2: wederhoor.
  [CASE_ACTION_IDS.hearing]: async (value, acting) => ({
    type: "openForm",
    form: hearingForm(parse(caseRefValue, value), acting.locale),
  }),
  ...Object.fromEntries(
    [
      CASE_ACTION_IDS.answerConscious,
      CASE_ACTION_IDS.answerUnconscious,
      CASE_ACTION_IDS.answerJustifiedByParticipant,
      CASE_ACTION_IDS.answerUnjustifiedByParticipant,
      CASE_ACTION_IDS.answerJustifiedByWorker,
      CASE_ACTION_IDS.answerUnjustifiedByWorker,
    ].map((id) => [
      id,
      async (value: string, acting: Acting) => {
        const { c, ...answer } = parse(answerValue, value);
        return decide(acting, c, {
          type: "assessmentAnswered",
          actor: acting.actor,
          answer: { question: answer.q, value: answer.v } as Extract<
            CaseEvent,
            { type: "assessmentAnswered" }
          >["answer"],
        });
      },
    ]),
  ),
  [CASE_ACTION_IDS.confirmAssessment]: async (value, acting) =>
    decide(acting, parse(caseRefValue, value).c, {
      type: "assessmentConfirmed",
      actor: acting.actor,
      history: [],
    }),
  [CASE_ACTION_IDS.acceptAction]: async (value, acting) => {
    const ref = parse(actionRefValue, value);
    return decide(acting, ref.c, { type: "actionAccepted", actor: acting.actor, actionId: ref.a });
  },
  [CASE_ACTION_IDS.doneAction]: async (value, acting) => {
    const ref = parse(actionRefValue, value);
    return decide(acting, ref.c, { type: "actionDone", actor: acting.actor, actionId: ref.a });
  },
  [CASE_ACTION_IDS.changeAction]: async (value, acting) => {
    const ref = parse(actionRefValue, value);
    const state = await caseOf(acting, ref.c);
    const action = state.actions.find((candidate) => candidate.id === ref.a);
    if (!action) throw new NotFoundError("action", ref.a);
    return {
      type: "openForm",
      form: changeActionForm(
        ref,
        {
          text: actionLabel(action.code, action.text, acting.locale),
          ownerRole: action.ownerRole,
          dueAt: action.dueAt,
        },
        acting.locale,
      ),
    };
  },
  [CASE_ACTION_IDS.skipAction]: async (value, acting) => ({
    type: "openForm",
    form: skipActionForm(parse(actionRefValue, value), acting.locale),
  }),
  [CASE_ACTION_IDS.addAction]: async (value, acting) => ({
    type: "openForm",
    form: addActionForm(parse(caseRefValue, value), acting.locale),
  }),
  // Buurtbemiddeling only with the participant's consent.
  [CASE_ACTION_IDS.mediationConsentYes]: async (value, acting) => {
    const ref = parse(consentValue, value);
    return decide(acting, ref.c, { type: "mediationConsentRecorded", actor: acting.actor, consent: ref.v });
  },
  [CASE_ACTION_IDS.mediationConsentNo]: async (value, acting) => {
    const ref = parse(consentValue, value);
    return decide(acting, ref.c, { type: "mediationConsentRecorded", actor: acting.actor, consent: ref.v });
  },
  [CASE_ACTION_IDS.extendDeadline]: async (value, acting) => {
    const ref = parse(caseRefValue, value);
    const state = await caseOf(acting, ref.c);
    const deadlines = state.deadlines.map((deadline) => ({
      key: deadline.key,
      label: deadline.actionId
        ? actionLabel(
            state.actions.find((action) => action.id === deadline.actionId)?.code ?? "custom",
            state.actions.find((action) => action.id === deadline.actionId)?.text ?? null,
            acting.locale,
          )
        : deadline.key,
    }));
    return { type: "openForm", form: extendDeadlineForm(ref, deadlines, acting.locale) };
  },
  // "De begeleider koppelt genomen acties en afspraken schriftelijk terug aan de verhuurder."
  [CASE_ACTION_IDS.writtenFeedback]: async (value, acting) => {
    const ref = parse(caseRefValue, value);
    const state = await caseOf(acting, ref.c);
    const agreed = state.actions
      .filter((action) => action.status === "accepted" && action.audience === "shared")
      .map((action) => `• ${actionLabel(action.code, action.text, acting.locale)}`)
      .join("\n");
    return { type: "openForm", form: writtenFeedbackForm(ref, agreed, acting.locale) };
  },
  [CASE_ACTION_IDS.careNote]: async (value, acting) => ({
    type: "openForm",
    form: careNoteForm(parse(caseRefValue, value), acting.locale),
  }),
  [CASE_ACTION_IDS.resolve]: async (value, acting) =>
    decide(acting, parse(caseRefValue, value).c, { type: "resolved", actor: acting.actor, note: null }),
  [CASE_ACTION_IDS.close]: async (value, acting) => {
    const ref = parse(caseRefValue, value);
    const state = await caseOf(acting, ref.c);
    return { type: "openForm", form: closeCaseForm(ref, state.kind, acting.locale) };
  },
  [CASE_ACTION_IDS.summary]: async (value, acting) => {
    const state = await caseOf(acting, parse(caseRefValue, value).c);
    return summaryFor(acting, state);
  },
  // The nuisance dossier from the summary card: the same as `/nabuur dossier <nr>` for whoever clicks.
  [CASE_ACTION_IDS.dossier]: async (value, acting) => {
    const state = await caseOf(acting, parse(caseRefValue, value).c);
    return dossierForPerson(acting, [state.number]);
  },
  // Actie 3–6
  [CASE_ACTION_IDS.takeStep]: async (value, acting) => {
    const ref = parse(ladderStepValue, value);
    const state = await caseOf(acting, ref.c);
    const situation = state.ladder.proposals.find((proposal) => proposal.id === ref.p)?.situation ?? null;
    return decide(acting, ref.c, { type: "ladderStepTaken", actor: acting.actor, step: ref.s, situation });
  },
  [CASE_ACTION_IDS.skipStep]: async (value, acting) => ({
    type: "openForm",
    form: skipEscalationForm(parse(proposalRefValue, value), acting.locale),
  }),
  [CASE_ACTION_IDS.recordLetter]: async (value, acting) => ({
    type: "openForm",
    form: letterForm(parse(letterRefValue, value), acting.locale),
  }),
  [CASE_ACTION_IDS.intervention]: async (value, acting) => ({
    type: "openForm",
    form: interventionForm(parse(caseRefValue, value), acting.locale),
  }),
  [CASE_ACTION_IDS.interventionOutcome]: async (value, acting) => {
    const ref = parse(caseRefValue, value);
    const state = await caseOf(acting, ref.c);
    const names = ladderTexts[acting.locale].interventions;
    const open = state.ladder.interventions
      .filter((intervention) => intervention.outcome === null)
      .map((intervention) => ({ id: intervention.id, label: names[intervention.detail.kind] }));
    return { type: "openForm", form: interventionOutcomeForm(ref, open, acting.locale) };
  },
  [CASE_ACTION_IDS.courtPath]: async (value, acting) => {
    const ref = parse(caseRefValue, value);
    const state = await caseOf(acting, ref.c);
    return { type: "openForm", form: courtPathForm(ref, state.participant.leaseType, acting.locale) };
  },
  [CASE_ACTION_IDS.breach]: async (value, acting) => ({
    type: "openForm",
    form: breachForm(parse(caseRefValue, value), acting.locale),
  }),
  // Actie 6 and Nieuwe kansen
  [CASE_ACTION_IDS.alternative]: async (value, acting) => ({
    type: "openForm",
    form: alternativeForm(parse(caseRefValue, value), acting.locale),
  }),
  [CASE_ACTION_IDS.eviction]: async (value, acting) => ({
    type: "openForm",
    form: evictionForm(parse(caseRefValue, value), acting.locale),
  }),
  [CASE_ACTION_IDS.supportAfterEviction]: async (value, acting) => ({
    type: "openForm",
    form: supportAfterEvictionForm(parse(caseRefValue, value), acting.locale),
  }),
  [CASE_ACTION_IDS.reflection]: async (value, acting) => ({
    type: "openForm",
    form: reflectionForm(parse(caseRefValue, value), acting.locale),
  }),
};
