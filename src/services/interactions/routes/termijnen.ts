/** Termijnen in the chat: the nudge card's buttons Klaar, Meer tijd, Overdragen and their forms. */

import { SIX_WEEK_FOLLOW_UP_KEY } from "../../../flows/assessment/templates.ts";
import { actionDeadlineKey } from "../../../flows/cases/case-actions.ts";
import {
  complainantUpdateForm,
  followUpCheckForm,
  parseComplainantUpdateForm,
  returnForm,
  startCaseForm,
} from "../../../flows/cases/forms.ts";
import { COMPLAINANT_UPDATE_KEY } from "../../../flows/cases/handlers/complainants.ts";
import {
  FOUR_WEEK_CHECK_KEY,
  RESOLUTION_DEADLINE_KEY,
  START_DEADLINE_KEY,
} from "../../../flows/cases/open-case.ts";
import type { DeadlineRef } from "../../../flows/deadlines/buttons.ts";
import {
  buildExtendDeadlineForm,
  buildHandOverForm,
  parseExtendDeadlineForm,
  parseHandOverForm,
} from "../../../flows/deadlines/forms.ts";
import { type DeadlineSubject, deadlineSubjectParts } from "../../../flows/deadlines/subject.ts";
import { RETURN_HOME_KEY_PREFIX } from "../../../flows/ladder/handlers/interventions.ts";
import type { termijnen } from "../../../flows/steps/termijnen/step.ts";
import { type DeadlineRow, loadDeadline } from "../../../store/deadlines/deadline-repository.ts";
import { findMemberById, listMembersOfOrganisations } from "../../../store/members/members.ts";
import { handleCaseEvent } from "../../case-service.ts";
import { handleDeadlineEvent } from "../../deadline-service.ts";
import { NotFoundError } from "../../errors.ts";
import { resolveNudgesIn } from "../../resolve-nudges.ts";
import { loadSubjectInfo } from "../../subjects.ts";
import { caseOf, submitted } from "../case-routes-common.ts";
import { type Acting, done } from "../module.ts";
import { memberOptions } from "../options.ts";
import { requireStepPermission } from "../route-guard.ts";
import type { InteractionResult } from "../types.ts";
import { openTimeOuts } from "./interventies.ts";
import type { StepRoutes } from "./step-routes.ts";

async function deadlineOf(acting: Acting, ref: DeadlineRef) {
  const deadline = await loadDeadline(acting.runtime.prisma, ref.d);
  if (!deadline) throw new NotFoundError("deadline", ref.d);
  return deadline;
}

const ACTION_KEY_PREFIX = actionDeadlineKey("");

/**
 * "Klaar" on a case's deadline goes through the case flow, so the case and its cards stay right:
 * an action is done; Actie 1's start, the four-week check and the six-week follow-up open their
 * forms; the three-month goal marks the case resolved. Other deadlines are closed by themselves.
 */
async function caseDone(acting: Acting, deadline: DeadlineRow): Promise<InteractionResult | null> {
  const { kind, id: caseId } = deadlineSubjectParts(deadline.subject);
  if (kind !== "case") return null;
  if (deadline.key.startsWith(ACTION_KEY_PREFIX)) {
    const actionId = deadline.key.slice(ACTION_KEY_PREFIX.length);
    await handleCaseEvent(
      acting.runtime,
      caseId,
      { type: "actionDone", actor: acting.actor, actionId },
      // The due ping says it was done, in the same transaction as the decision.
      {
        finish: (tx) => resolveNudgesIn(tx, acting.runtime, deadline, { type: "done", actor: acting.actor }),
      },
    );
    return done();
  }
  // Interventie 2: the return home is recorded with its date, not just ticked off.
  if (deadline.key.startsWith(RETURN_HOME_KEY_PREFIX)) {
    await requireStepPermission(acting, { permission: "offerIntervention", subject: "case" }, { c: caseId });
    const state = await caseOf(acting, caseId);
    const form = returnForm({ c: caseId }, openTimeOuts(state, acting.locale), "record", acting.locale);
    return { type: "openForm", form };
  }
  switch (deadline.key) {
    // The forms of Actie 1 and of the checks need their own steps' permissions: refused before they open.
    case START_DEADLINE_KEY:
      await requireStepPermission(acting, { permission: "startCase", subject: "case" }, { c: caseId });
      return { type: "openForm", form: startCaseForm({ c: caseId }, acting.locale) };
    case FOUR_WEEK_CHECK_KEY:
      await requireStepPermission(acting, { permission: "recordAssessment", subject: "case" }, { c: caseId });
      return { type: "openForm", form: followUpCheckForm({ c: caseId, k: "fourWeeks" }, acting.locale) };
    case SIX_WEEK_FOLLOW_UP_KEY:
      await requireStepPermission(acting, { permission: "recordAssessment", subject: "case" }, { c: caseId });
      return { type: "openForm", form: followUpCheckForm({ c: caseId, k: "sixWeeks" }, acting.locale) };
    // Termijnen: an update to the complainants is recorded (when, how), not just ticked off.
    case COMPLAINANT_UPDATE_KEY:
      await requireStepPermission(
        acting,
        { permission: "informComplainants", subject: "case" },
        { c: caseId },
      );
      return { type: "openForm", form: complainantUpdateForm({ c: caseId }, acting.locale) };
    case RESOLUTION_DEADLINE_KEY:
      await handleCaseEvent(acting.runtime, caseId, { type: "resolved", actor: acting.actor, note: null });
      return done();
    default:
      return null;
  }
}

/** People a deadline can be handed over to: the members of the subject's organisations. */
async function handOverOptions(acting: Acting, subject: DeadlineSubject) {
  const info = await loadSubjectInfo(acting.runtime.prisma, subject);
  const members = await listMembersOfOrganisations(acting.runtime.prisma, [
    info.careProviderId,
    info.landlordId,
  ]);
  return memberOptions(members.filter((member) => member.role !== "admin"));
}

export const termijnenRoutes: StepRoutes<typeof termijnen> = {
  buttons: {
    done: async (ref, acting) => {
      const deadline = await deadlineOf(acting, ref);
      const viaCase = await caseDone(acting, deadline);
      if (viaCase) return viaCase;
      await handleDeadlineEvent(acting.runtime, deadline.id, {
        type: "done",
        actor: acting.actor,
        note: null,
      });
      return done();
    },
    extend: async (ref, acting) => {
      const deadline = await deadlineOf(acting, ref);
      return { type: "openForm", form: buildExtendDeadlineForm(deadline, acting.locale) };
    },
    handOver: async (ref, acting) => {
      const deadline = await deadlineOf(acting, ref);
      const options = await handOverOptions(acting, deadline.subject);
      return { type: "openForm", form: buildHandOverForm(deadline, options, acting.locale) };
    },
    complainantUpdate: async (ref, acting) => ({
      type: "openForm",
      form: complainantUpdateForm(ref, acting.locale),
    }),
  },
  forms: {
    extend: async (ref, values, acting) => {
      const deadline = await deadlineOf(acting, ref);
      const parsed = parseExtendDeadlineForm(
        values,
        { now: acting.runtime.clock.now(), currentDueAt: deadline.dueAt },
        acting.locale,
      );
      if (!parsed.ok) return { type: "formErrors", errors: parsed.errors };
      const { kind, id: caseId } = deadlineSubjectParts(deadline.subject);
      if (kind === "case") {
        // The case keeps its own view of its deadlines: more time goes through the case flow.
        await handleCaseEvent(acting.runtime, caseId, {
          type: "deadlineExtended",
          actor: acting.actor,
          key: deadline.key,
          dueAt: parsed.value.newDueAt,
          reason: parsed.value.reason,
        });
        return done();
      }
      await handleDeadlineEvent(acting.runtime, deadline.id, {
        type: "extended",
        actor: acting.actor,
        ...parsed.value,
      });
      return done();
    },
    handOver: async (ref, values, acting) => {
      const deadline = await deadlineOf(acting, ref);
      const options = await handOverOptions(acting, deadline.subject);
      const parsed = parseHandOverForm(
        values,
        { options, currentOwnerId: deadline.ownerMemberId },
        acting.locale,
      );
      if (!parsed.ok) return { type: "formErrors", errors: parsed.errors };
      const to = await findMemberById(acting.runtime.prisma, parsed.value.toMemberId);
      if (!to) throw new NotFoundError("member", parsed.value.toMemberId);
      await handleDeadlineEvent(acting.runtime, deadline.id, {
        type: "handedOver",
        actor: acting.actor,
        toMemberId: to.id,
        toRole: to.role,
        note: parsed.value.note,
      });
      return done();
    },
    // Termijnen: "merkbaar, ook voor de klagers" — the landlord records each update.
    complainantUpdate: async (ref, values, acting) =>
      submitted(
        acting,
        ref.c,
        parseComplainantUpdateForm(values, acting.runtime.clock.now(), acting.locale),
        (value) => ({ type: "complainantsUpdated", actor: acting.actor, ...value }),
      ),
  },
};
