/**
 * Omgaan met overlast, Actie 1–6: the case cards' buttons and the case forms. Every route parses
 * its payload with the flow's zod schema, then either records a decision or opens a form.
 */

import type { z } from "zod";
import { renderCard } from "../../flows/cards/render.ts";
import {
  actionRefValue,
  answerValue,
  CASE_ACTION_IDS,
  CASE_FORM_IDS,
  caseRefValue,
  checkRefValue,
  consentValue,
  decodeValue,
  ladderStepValue,
  letterRefValue,
  proposalRefValue,
} from "../../flows/cases/actions.ts";
import { caseSummarySpec } from "../../flows/cases/card-specs.ts";
import type { CaseEvent } from "../../flows/cases/events.ts";
import {
  addActionForm,
  breachForm,
  careNoteForm,
  changeActionForm,
  closeCaseForm,
  courtPathForm,
  extendDeadlineForm,
  hearingForm,
  interventionForm,
  interventionOutcomeForm,
  letterForm,
  parseAddActionForm,
  parseBreachForm,
  parseCareNoteForm,
  parseChangeActionForm,
  parseCloseCaseForm,
  parseCourtPathForm,
  parseExtendDeadlineForm,
  parseFollowUpCheckForm,
  parseHearingForm,
  parseIntakeForm,
  parseInterventionForm,
  parseInterventionOutcomeForm,
  parseLetterForm,
  parseSkipActionForm,
  parseSkipEscalationForm,
  parseStartCaseForm,
  parseWrittenFeedbackForm,
  skipActionForm,
  skipEscalationForm,
  startCaseForm,
  writtenFeedbackForm,
} from "../../flows/cases/forms.ts";
import type { CaseState } from "../../flows/cases/state.ts";
import { actionLabel } from "../../flows/cases/texts.ts";
import { ladderTexts } from "../../flows/ladder/texts.ts";
import type { Audience } from "../../flows/model.ts";
import { loadCase } from "../../store/cases/case-repository.ts";
import { fileComplaint, handleCaseEvent } from "../case-service.ts";
import { NotFoundError } from "../errors.ts";
import { type Acting, done, type InteractionModule, requireParsed } from "./module.ts";
import type { InteractionResult } from "./types.ts";

type FormParse<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

function parse<T>(schema: z.ZodType<T>, raw: string): T {
  return requireParsed(decodeValue(schema, raw));
}

async function caseOf(acting: Acting, caseId: string): Promise<CaseState> {
  const loaded = await loadCase(acting.runtime.prisma, caseId);
  if (!loaded) throw new NotFoundError("case", caseId);
  return loaded.state;
}

/** Records one decision on the case; the cards update themselves through the outbox. */
async function decide(acting: Acting, caseId: string, event: CaseEvent): Promise<InteractionResult> {
  await handleCaseEvent(acting.runtime, caseId, event);
  return done();
}

/** A form came back: field errors keep it open; otherwise record the event it describes. */
async function submitted<T>(
  acting: Acting,
  caseId: string,
  parsed: FormParse<T>,
  toEvent: (value: T) => CaseEvent,
): Promise<InteractionResult> {
  if (!parsed.ok) return { type: "formErrors", errors: parsed.errors };
  return decide(acting, caseId, toEvent(parsed.value));
}

function audienceOf(acting: Acting): Audience {
  return acting.member.role === "landlordStaff"
    ? "landlord"
    : acting.member.role === "partner"
      ? "shared"
      : "careTeam";
}

export const caseInteractions: InteractionModule = {
  actions: {
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
      return { type: "reply", card: renderCard(caseSummarySpec(state, audienceOf(acting)), acting.locale) };
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
  },
  forms: {
    // Actie 1: intake of a landlord's complaint (the complainant's identity is stored apart).
    [CASE_FORM_IDS.intake]: async (_metadata, values, acting) => {
      const parsed = parseIntakeForm(values, acting.runtime.clock.now(), acting.locale);
      if (!parsed.ok) return { type: "formErrors", errors: parsed.errors };
      const state = await fileComplaint(acting.runtime, acting.actor, parsed.value);
      return done(
        acting.locale === "en" ? `Case ${state.number} received.` : `Zaak ${state.number} is ontvangen.`,
      );
    },
    [CASE_FORM_IDS.start]: async (metadata, values, acting) =>
      submitted(
        acting,
        parse(caseRefValue, metadata).c,
        parseStartCaseForm(values, acting.locale),
        (value) => ({
          type: "caseStarted",
          actor: acting.actor,
          approach: value.approach,
        }),
      ),
    [CASE_FORM_IDS.hearing]: async (metadata, values, acting) =>
      submitted(
        acting,
        parse(caseRefValue, metadata).c,
        parseHearingForm(values, acting.runtime.clock.now(), acting.locale),
        (value) => ({ type: "hearingRecorded", actor: acting.actor, ...value }),
      ),
    [CASE_FORM_IDS.changeAction]: async (metadata, values, acting) => {
      const ref = parse(actionRefValue, metadata);
      return submitted(
        acting,
        ref.c,
        parseChangeActionForm(values, acting.runtime.clock.now(), acting.locale),
        (value) => ({
          type: "actionChanged",
          actor: acting.actor,
          actionId: ref.a,
          ...value,
        }),
      );
    },
    [CASE_FORM_IDS.skipAction]: async (metadata, values, acting) => {
      const ref = parse(actionRefValue, metadata);
      return submitted(acting, ref.c, parseSkipActionForm(values, acting.locale), (value) => ({
        type: "actionSkipped",
        actor: acting.actor,
        actionId: ref.a,
        reason: value.reason,
      }));
    },
    [CASE_FORM_IDS.addAction]: async (metadata, values, acting) =>
      submitted(
        acting,
        parse(caseRefValue, metadata).c,
        parseAddActionForm(values, acting.runtime.clock.now(), acting.locale),
        (value) => ({ type: "actionAdded", actor: acting.actor, ...value }),
      ),
    [CASE_FORM_IDS.extendDeadline]: async (metadata, values, acting) =>
      submitted(
        acting,
        parse(caseRefValue, metadata).c,
        parseExtendDeadlineForm(values, acting.runtime.clock.now(), acting.locale),
        (value) => ({ type: "deadlineExtended", actor: acting.actor, ...value }),
      ),
    [CASE_FORM_IDS.close]: async (metadata, values, acting) =>
      submitted(
        acting,
        parse(caseRefValue, metadata).c,
        parseCloseCaseForm(values, acting.locale),
        (value) => ({
          type: "closed",
          actor: acting.actor,
          ...value,
        }),
      ),
    [CASE_FORM_IDS.careNote]: async (metadata, values, acting) =>
      submitted(
        acting,
        parse(caseRefValue, metadata).c,
        parseCareNoteForm(values, acting.locale),
        (value) => ({
          type: "careNoteAdded",
          actor: acting.actor,
          text: value.text,
        }),
      ),
    [CASE_FORM_IDS.writtenFeedback]: async (metadata, values, acting) =>
      submitted(
        acting,
        parse(caseRefValue, metadata).c,
        parseWrittenFeedbackForm(values, acting.locale),
        (value) => ({
          type: "writtenFeedbackSent",
          actor: acting.actor,
          text: value.text,
        }),
      ),
    // "Check na een week of vier" and the six-week follow-up (Actie 2, onbewust + terecht).
    [CASE_FORM_IDS.followUpCheck]: async (metadata, values, acting) => {
      const ref = parse(checkRefValue, metadata);
      return submitted(
        acting,
        ref.c,
        parseFollowUpCheckForm(values, acting.locale),
        (value): CaseEvent =>
          ref.k === "fourWeeks"
            ? {
                type: "fourWeekCheckDone",
                actor: acting.actor,
                newComplaintsFound: value.answer,
                note: value.note,
              }
            : {
                type: "sixWeekFollowUpDone",
                actor: acting.actor,
                complaintsStopped: value.answer,
                note: value.note,
              },
      );
    },
    [CASE_FORM_IDS.letter]: async (metadata, values, acting) => {
      const ref = parse(letterRefValue, metadata);
      return submitted(
        acting,
        ref.c,
        parseLetterForm(values, acting.runtime.clock.now(), acting.locale),
        (value) => ({
          type: "letterRecorded",
          actor: acting.actor,
          step: ref.s,
          ...value,
        }),
      );
    },
    [CASE_FORM_IDS.intervention]: async (metadata, values, acting) =>
      submitted(
        acting,
        parse(caseRefValue, metadata).c,
        parseInterventionForm(values, acting.locale),
        (value) => ({
          type: "interventionOffered",
          actor: acting.actor,
          ...value,
        }),
      ),
    [CASE_FORM_IDS.interventionOutcome]: async (metadata, values, acting) =>
      submitted(
        acting,
        parse(caseRefValue, metadata).c,
        parseInterventionOutcomeForm(values, acting.locale),
        ({ participantDecision, ...value }) => ({
          type: "interventionOutcome",
          actor: acting.actor,
          ...value,
          ...(participantDecision ? { participantDecision } : {}),
        }),
      ),
    [CASE_FORM_IDS.courtPath]: async (metadata, values, acting) => {
      const ref = parse(caseRefValue, metadata);
      const state = await caseOf(acting, ref.c);
      return submitted(
        acting,
        ref.c,
        parseCourtPathForm(values, state.participant.leaseType, acting.locale),
        (value) => ({
          type: "courtPathDecided",
          actor: acting.actor,
          ...value,
        }),
      );
    },
    [CASE_FORM_IDS.skipEscalation]: async (metadata, values, acting) => {
      const ref = parse(proposalRefValue, metadata);
      return submitted(acting, ref.c, parseSkipEscalationForm(values, acting.locale), (value) => ({
        type: "escalationSkipped",
        actor: acting.actor,
        proposalId: ref.p,
        reason: value.reason,
      }));
    },
    [CASE_FORM_IDS.breach]: async (metadata, values, acting) =>
      submitted(acting, parse(caseRefValue, metadata).c, parseBreachForm(values, acting.locale), (value) => ({
        type: "agreementBreachRecorded",
        actor: acting.actor,
        description: value.description,
      })),
  },
};
