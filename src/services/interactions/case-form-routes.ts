/**
 * Omgaan met overlast, Actie 1–6: the case cards' buttons and the case forms. Every route parses
 * its payload with the flow's zod schema, then either records a decision or opens a form.
 */

import {
  actionRefValue,
  CASE_FORM_IDS,
  caseRefValue,
  checkRefValue,
  letterRefValue,
  proposalRefValue,
} from "../../flows/cases/actions.ts";
import type { CaseEvent } from "../../flows/cases/events.ts";
import {
  parseAddActionForm,
  parseAlternativeForm,
  parseBreachForm,
  parseCareNoteForm,
  parseChangeActionForm,
  parseCloseCaseForm,
  parseCourtPathForm,
  parseEvictionForm,
  parseExtendDeadlineForm,
  parseFollowUpCheckForm,
  parseHearingForm,
  parseIntakeForm,
  parseInterventionForm,
  parseInterventionOutcomeForm,
  parseLetterForm,
  parseReflectionForm,
  parseSkipActionForm,
  parseSkipEscalationForm,
  parseStartCaseForm,
  parseSupportAfterEvictionForm,
  parseWrittenFeedbackForm,
} from "../../flows/cases/forms.ts";
import { fileComplaint } from "../case-service.ts";
import { caseOf, parse, submitted } from "./case-routes-common.ts";
import { done, type InteractionModule } from "./module.ts";

/** Omgaan met overlast, Actie 1–6: the case forms, parsed into decisions (field errors keep them open). */
export const caseFormRoutes: InteractionModule["forms"] = {
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
    submitted(acting, parse(caseRefValue, metadata).c, parseCareNoteForm(values, acting.locale), (value) => ({
      type: "careNoteAdded",
      actor: acting.actor,
      text: value.text,
    })),
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
  // Actie 6 and Nieuwe kansen
  [CASE_FORM_IDS.alternative]: async (metadata, values, acting) =>
    submitted(
      acting,
      parse(caseRefValue, metadata).c,
      parseAlternativeForm(values, acting.locale),
      (value) => ({
        type: "participantAgreedAlternative",
        actor: acting.actor,
        description: value.description,
      }),
    ),
  [CASE_FORM_IDS.eviction]: async (metadata, values, acting) =>
    submitted(
      acting,
      parse(caseRefValue, metadata).c,
      parseEvictionForm(values, acting.runtime.clock.now(), acting.locale),
      (value) => ({ type: "evictionRecorded", actor: acting.actor, at: value.at }),
    ),
  [CASE_FORM_IDS.supportAfterEviction]: async (metadata, values, acting) =>
    submitted(
      acting,
      parse(caseRefValue, metadata).c,
      parseSupportAfterEvictionForm(values, acting.locale),
      (value) => ({ type: "supportAfterEviction", actor: acting.actor, ...value }),
    ),
  [CASE_FORM_IDS.reflection]: async (metadata, values, acting) =>
    submitted(
      acting,
      parse(caseRefValue, metadata).c,
      parseReflectionForm(values, acting.runtime.clock.now(), acting.locale),
      (value) => ({ type: "reflectionMeetingHeld", actor: acting.actor, heldAt: value.heldAt }),
    ),
};
