/**
 * Agreed actions and follow-up in the chat: accept, change, skip with a reason, add, done; more
 * time; the written feedback; care notes; the four-week check and the six-week follow-up.
 */
import { CASE_FORM_IDS } from "../../../flows/cases/buttons.ts";
import type { CaseEvent } from "../../../flows/cases/events.ts";
import {
  addActionForm,
  careNoteForm,
  changeActionForm,
  extendDeadlineForm,
  followUpCheckForm,
  parseAddActionForm,
  parseCareNoteForm,
  parseChangeActionForm,
  parseExtendDeadlineForm,
  parseFollowUpCheckForm,
  parseRecordActionForm,
  parseSkipActionForm,
  parseWrittenFeedbackForm,
  recordActionForm,
  skipActionForm,
  writtenFeedbackForm,
} from "../../../flows/cases/forms.ts";
import { actionLabel } from "../../../flows/cases/texts.ts";
import type { opvolging } from "../../../flows/steps/opvolging/step.ts";
import { NotFoundError } from "../../errors.ts";
import { caseOf, decide, submitted } from "../case-routes-common.ts";
import type { StepRoutes } from "./step-routes.ts";

type Routes = StepRoutes<typeof opvolging>;

const acceptAction: Routes["buttons"]["acceptAction"] = async (ref, acting) =>
  decide(acting, ref.c, { type: "actionAccepted", actor: acting.actor, actionId: ref.a });
const doneAction: Routes["buttons"]["doneAction"] = async (ref, acting) =>
  decide(acting, ref.c, { type: "actionDone", actor: acting.actor, actionId: ref.a });
/** The skip form of an action, the care team's or the landlord's own: the same metadata and decision. */
const skipAction = async (...[ref, values, acting]: Parameters<Routes["forms"]["skipAction"]>) =>
  submitted(acting, ref.c, parseSkipActionForm(values, acting.locale), (value) => ({
    type: "actionSkipped",
    actor: acting.actor,
    actionId: ref.a,
    reason: value.reason,
  }));

export const opvolgingRoutes: Routes = {
  buttons: {
    acceptAction,
    doneAction,
    // The landlord's own actions on the shared case card: the same decisions, by landlord staff
    // (the case service checks who may decide the action).
    landlordAcceptAction: acceptAction,
    landlordDoneAction: doneAction,
    landlordSkipAction: async (ref, acting) => ({
      type: "openForm",
      form: skipActionForm(ref, acting.locale, CASE_FORM_IDS.landlordSkipAction),
    }),
    // Omgaan met overlast 1: done, and how (e.g. how the landlord informed the neighbourhood).
    recordAction: async (ref, acting) => ({ type: "openForm", form: recordActionForm(ref, acting.locale) }),
    changeAction: async (ref, acting) => {
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
    skipAction: async (ref, acting) => ({ type: "openForm", form: skipActionForm(ref, acting.locale) }),
    addAction: async (ref, acting) => ({ type: "openForm", form: addActionForm(ref, acting.locale) }),
    extendDeadline: async (ref, acting) => {
      const state = await caseOf(acting, ref.c);
      const deadlines = state.deadlines.map((deadline) => {
        const action = state.actions.find((candidate) => candidate.id === deadline.actionId);
        return {
          key: deadline.key,
          label: deadline.actionId
            ? actionLabel(action?.code ?? "custom", action?.text ?? null, acting.locale)
            : deadline.key,
        };
      });
      return { type: "openForm", form: extendDeadlineForm(ref, deadlines, acting.locale) };
    },
    // "De begeleider koppelt genomen acties en afspraken schriftelijk terug aan de verhuurder."
    writtenFeedback: async (ref, acting) => {
      const state = await caseOf(acting, ref.c);
      const agreed = state.actions
        .filter((action) => action.status === "accepted" && action.audience === "shared")
        .map((action) => `• ${actionLabel(action.code, action.text, acting.locale)}`)
        .join("\n");
      return { type: "openForm", form: writtenFeedbackForm(ref, agreed, acting.locale) };
    },
    careNote: async (ref, acting) => ({ type: "openForm", form: careNoteForm(ref, acting.locale) }),
    followUpCheck: async (ref, acting) => ({ type: "openForm", form: followUpCheckForm(ref, acting.locale) }),
  },
  forms: {
    recordAction: async (ref, values, acting) =>
      submitted(acting, ref.c, parseRecordActionForm(values, acting.locale), (value) => ({
        type: "actionDone",
        actor: acting.actor,
        actionId: ref.a,
        note: value.note,
      })),
    changeAction: async (ref, values, acting) =>
      submitted(
        acting,
        ref.c,
        parseChangeActionForm(values, acting.runtime.clock.now(), acting.locale),
        (value) => ({ type: "actionChanged", actor: acting.actor, actionId: ref.a, ...value }),
      ),
    skipAction,
    landlordSkipAction: skipAction,
    addAction: async (ref, values, acting) =>
      submitted(
        acting,
        ref.c,
        parseAddActionForm(values, acting.runtime.clock.now(), acting.locale),
        (value) => ({
          type: "actionAdded",
          actor: acting.actor,
          ...value,
        }),
      ),
    extendDeadline: async (ref, values, acting) =>
      submitted(
        acting,
        ref.c,
        parseExtendDeadlineForm(values, acting.runtime.clock.now(), acting.locale),
        (value) => ({ type: "deadlineExtended", actor: acting.actor, ...value }),
      ),
    careNote: async (ref, values, acting) =>
      submitted(acting, ref.c, parseCareNoteForm(values, acting.locale), (value) => ({
        type: "careNoteAdded",
        actor: acting.actor,
        text: value.text,
      })),
    writtenFeedback: async (ref, values, acting) =>
      submitted(acting, ref.c, parseWrittenFeedbackForm(values, acting.locale), (value) => ({
        type: "writtenFeedbackSent",
        actor: acting.actor,
        text: value.text,
      })),
    // "Check na een week of vier" and the six-week follow-up (Actie 2, onbewust + terecht).
    followUpCheck: async (ref, values, acting) =>
      submitted(
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
      ),
  },
};
