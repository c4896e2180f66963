/**
 * The policy at the door of every button and form (SPEC §6: "every action is checked against the
 * role"). The services check each decision again when it is recorded; this guard also covers what
 * happens before a decision: opening a form (which can show a case's actions, deadlines or
 * interventions) and reading a summary. A button value or form metadata can be forged, so the
 * guard loads the subject it names and asks the policy with that subject's organisations; a member
 * of another organisation, or a role the action is not for, never gets past it.
 *
 * Every routed action id and form id must be in ROUTE_PERMISSIONS: a route that is missing is
 * refused (fail closed), and test/integration/security/authorization-matrix.test.ts names it.
 */
import { CASE_ACTION_IDS, CASE_FORM_IDS } from "../../flows/cases/actions.ts";
import { DEADLINE_ACTION_IDS, DEADLINE_FORM_IDS } from "../../flows/deadlines/actions.ts";
import { FlowError } from "../../flows/errors.ts";
import type { Actor } from "../../flows/model.ts";
import { PARTICIPANT_ACTION_IDS, PARTICIPANT_FORM_IDS } from "../../flows/participants/actions.ts";
import { ACTION_ROLES, type PolicyAction } from "../../flows/policy/actions.ts";
import { POLICY_DENIED, requirePermission } from "../../flows/policy/permissions.ts";
import { SIGNAL_ACTION_IDS, SIGNAL_FORM_IDS } from "../../flows/signals/actions.ts";
import { loadCase } from "../../store/cases/case-repository.ts";
import type { PrismaClient } from "../../store/db-types.ts";
import { loadDeadline } from "../../store/deadlines/deadline-repository.ts";
import { loadParticipant } from "../../store/participants/participant-repository.ts";
import { loadSignal } from "../../store/signals/signal-repository.ts";
import { NotFoundError } from "../errors.ts";
import { scopeOf } from "../scope.ts";
import { loadSubjectInfo } from "../subjects.ts";
import {
  type Acting,
  type ActionRoute,
  type FormRoute,
  type InteractionModule,
  InvalidPayloadError,
} from "./module.ts";

/**
 * What a button value or form metadata names: a case (`c`), a participant (`p`), a signal (`s`), a
 * deadline (`d`), or nothing (a new complaint, participant or signal: the service checks the
 * organisations of what is submitted).
 */
export type RouteSubject = "case" | "participant" | "signal" | "deadline" | "none";

export interface RoutePermission {
  action: PolicyAction;
  subject: RouteSubject;
}

const on = (subject: RouteSubject, action: PolicyAction): RoutePermission => ({ action, subject });

/** Action id or form id → the policy action it leads to, and what its payload names. */
export const ROUTE_PERMISSIONS: Record<string, RoutePermission> = {
  // Actie 1
  [CASE_ACTION_IDS.start]: on("case", "decideAction"),
  [CASE_FORM_IDS.start]: on("case", "decideAction"),
  [CASE_FORM_IDS.intake]: on("none", "fileComplaint"),
  // Actie 2: wederhoor and beoordeling are the care team's.
  [CASE_ACTION_IDS.hearing]: on("case", "recordHearing"),
  [CASE_FORM_IDS.hearing]: on("case", "recordHearing"),
  [CASE_ACTION_IDS.answerConscious]: on("case", "recordAssessment"),
  [CASE_ACTION_IDS.answerUnconscious]: on("case", "recordAssessment"),
  [CASE_ACTION_IDS.answerJustifiedByParticipant]: on("case", "recordAssessment"),
  [CASE_ACTION_IDS.answerUnjustifiedByParticipant]: on("case", "recordAssessment"),
  [CASE_ACTION_IDS.answerJustifiedByWorker]: on("case", "recordAssessment"),
  [CASE_ACTION_IDS.answerUnjustifiedByWorker]: on("case", "recordAssessment"),
  [CASE_ACTION_IDS.confirmAssessment]: on("case", "recordAssessment"),
  // Buurtbemiddeling: the participant's consent is heard by the worker.
  [CASE_ACTION_IDS.mediationConsentYes]: on("case", "recordHearing"),
  [CASE_ACTION_IDS.mediationConsentNo]: on("case", "recordHearing"),
  // The worker reports the agreed actions in writing, and checks after four and six weeks.
  [CASE_ACTION_IDS.writtenFeedback]: on("case", "recordAssessment"),
  [CASE_FORM_IDS.writtenFeedback]: on("case", "recordAssessment"),
  [CASE_FORM_IDS.followUpCheck]: on("case", "recordAssessment"),
  // Proposals: people decide.
  [CASE_ACTION_IDS.acceptAction]: on("case", "decideAction"),
  [CASE_ACTION_IDS.changeAction]: on("case", "decideAction"),
  [CASE_ACTION_IDS.skipAction]: on("case", "decideAction"),
  [CASE_ACTION_IDS.doneAction]: on("case", "decideAction"),
  [CASE_ACTION_IDS.addAction]: on("case", "decideAction"),
  [CASE_FORM_IDS.changeAction]: on("case", "decideAction"),
  [CASE_FORM_IDS.skipAction]: on("case", "decideAction"),
  [CASE_FORM_IDS.addAction]: on("case", "decideAction"),
  [CASE_ACTION_IDS.extendDeadline]: on("case", "extendDeadline"),
  [CASE_FORM_IDS.extendDeadline]: on("case", "extendDeadline"),
  // Zorgdossier: care-only notes.
  [CASE_ACTION_IDS.careNote]: on("case", "addCareNote"),
  [CASE_FORM_IDS.careNote]: on("case", "addCareNote"),
  [CASE_ACTION_IDS.resolve]: on("case", "closeCase"),
  [CASE_ACTION_IDS.close]: on("case", "closeCase"),
  [CASE_FORM_IDS.close]: on("case", "closeCase"),
  // Reading: every role of the case, each its own view (partners and admins: status and step only).
  [CASE_ACTION_IDS.summary]: on("case", "viewCase"),
  // The dossier route decides which version (landlord's or care provider's) the person may export.
  [CASE_ACTION_IDS.dossier]: on("case", "viewCase"),
  // Actie 3–6: landlord and team align on escalation; letters are the landlord's.
  [CASE_ACTION_IDS.takeStep]: on("case", "proposeEscalation"),
  [CASE_ACTION_IDS.skipStep]: on("case", "proposeEscalation"),
  [CASE_FORM_IDS.skipEscalation]: on("case", "proposeEscalation"),
  [CASE_ACTION_IDS.courtPath]: on("case", "proposeEscalation"),
  [CASE_FORM_IDS.courtPath]: on("case", "proposeEscalation"),
  [CASE_ACTION_IDS.breach]: on("case", "proposeEscalation"),
  [CASE_FORM_IDS.breach]: on("case", "proposeEscalation"),
  // Actie 6: an alternative agreed instead of court, the eviction; Nieuwe kansen: the reflection meeting.
  [CASE_ACTION_IDS.alternative]: on("case", "proposeEscalation"),
  [CASE_FORM_IDS.alternative]: on("case", "proposeEscalation"),
  [CASE_ACTION_IDS.eviction]: on("case", "proposeEscalation"),
  [CASE_FORM_IDS.eviction]: on("case", "proposeEscalation"),
  [CASE_ACTION_IDS.reflection]: on("case", "decideAction"),
  [CASE_FORM_IDS.reflection]: on("case", "decideAction"),
  [CASE_ACTION_IDS.recordLetter]: on("case", "recordLetter"),
  [CASE_FORM_IDS.letter]: on("case", "recordLetter"),
  // Interventies 1–4 are care interventions (care-only).
  [CASE_ACTION_IDS.intervention]: on("case", "offerIntervention"),
  [CASE_FORM_IDS.intervention]: on("case", "offerIntervention"),
  [CASE_ACTION_IDS.interventionOutcome]: on("case", "offerIntervention"),
  [CASE_FORM_IDS.interventionOutcome]: on("case", "offerIntervention"),
  // Nieuwe kansen: whether the support goes on after an eviction is the care team's.
  [CASE_ACTION_IDS.supportAfterEviction]: on("case", "offerIntervention"),
  [CASE_FORM_IDS.supportAfterEviction]: on("case", "offerIntervention"),
  // Preventie
  [PARTICIPANT_FORM_IDS.register]: on("none", "registerParticipant"),
  [PARTICIPANT_ACTION_IDS.itemDone]: on("participant", "tickOnboarding"),
  [PARTICIPANT_ACTION_IDS.itemSkip]: on("participant", "tickOnboarding"),
  [PARTICIPANT_ACTION_IDS.itemExtend]: on("participant", "tickOnboarding"),
  [PARTICIPANT_ACTION_IDS.itemReopen]: on("participant", "tickOnboarding"),
  [PARTICIPANT_FORM_IDS.skipItem]: on("participant", "tickOnboarding"),
  [PARTICIPANT_FORM_IDS.extendItem]: on("participant", "tickOnboarding"),
  // Signalering
  [SIGNAL_FORM_IDS.log]: on("none", "logSignal"),
  [SIGNAL_ACTION_IDS.acknowledge]: on("signal", "acknowledgeSignal"),
  [SIGNAL_ACTION_IDS.recordFollowUp]: on("signal", "acknowledgeSignal"),
  [SIGNAL_FORM_IDS.followUp]: on("signal", "acknowledgeSignal"),
  [SIGNAL_ACTION_IDS.close]: on("signal", "acknowledgeSignal"),
  [SIGNAL_ACTION_IDS.decideSharing]: on("signal", "decideSignalSharing"),
  [SIGNAL_FORM_IDS.sharing]: on("signal", "decideSignalSharing"),
  // A participant's own report becomes a case the worker hears.
  [SIGNAL_ACTION_IDS.convertToCase]: on("signal", "recordHearing"),
  // Termijnen: the nudge card's Klaar / Meer tijd / Overdragen.
  [DEADLINE_ACTION_IDS.done]: on("deadline", "extendDeadline"),
  [DEADLINE_ACTION_IDS.extend]: on("deadline", "extendDeadline"),
  [DEADLINE_ACTION_IDS.handOver]: on("deadline", "extendDeadline"),
  [DEADLINE_FORM_IDS.extend]: on("deadline", "extendDeadline"),
  [DEADLINE_FORM_IDS.handOver]: on("deadline", "extendDeadline"),
};

/** Refuses a role the action is not for (no subject yet: the service checks its organisations). */
export function requireRole(actor: Actor, action: PolicyAction): void {
  if (!ACTION_ROLES[action].includes(actor.role)) {
    throw new FlowError(POLICY_DENIED, { action, reason: "roleNotAllowed", role: actor.role });
  }
}

/** The id a payload names under `key`, or an InvalidPayloadError (an old or forged payload). */
function idIn(raw: string, key: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new InvalidPayloadError("payload is not JSON");
  }
  const id = (parsed as Record<string, unknown> | null)?.[key];
  if (typeof id !== "string" || id === "" || id.length > 100) {
    throw new InvalidPayloadError(`payload names no ${key}`);
  }
  return id;
}

/** The organisations of the subject a payload names. */
async function ownersOf(prisma: PrismaClient, subject: Exclude<RouteSubject, "none">, raw: string) {
  switch (subject) {
    case "case": {
      const id = idIn(raw, "c");
      const loaded = await loadCase(prisma, id);
      if (!loaded) throw new NotFoundError("case", id);
      return loaded.state.participant;
    }
    case "participant": {
      const id = idIn(raw, "p");
      const loaded = await loadParticipant(prisma, id);
      if (!loaded) throw new NotFoundError("participant", id);
      return loaded.state;
    }
    case "signal": {
      const id = idIn(raw, "s");
      const signal = await loadSignal(prisma, id);
      const participant = signal && (await loadParticipant(prisma, signal.state.participant.participantId));
      if (!participant) throw new NotFoundError("signal", id);
      return participant.state;
    }
    case "deadline": {
      const id = idIn(raw, "d");
      const deadline = await loadDeadline(prisma, id);
      if (!deadline) throw new NotFoundError("deadline", id);
      return loadSubjectInfo(prisma, deadline.subject);
    }
  }
}

/** Checks the route's permission on what `raw` (a button value or form metadata) names. */
export async function requireRoutePermission(acting: Acting, routeId: string, raw: string): Promise<void> {
  const permission = ROUTE_PERMISSIONS[routeId];
  // Fail closed: a route nobody classified is nobody's.
  if (!permission)
    throw new FlowError(POLICY_DENIED, {
      action: "viewCase",
      reason: "roleNotAllowed",
      role: acting.actor.role,
    });
  if (permission.subject === "none") {
    requireRole(acting.actor, permission.action);
    return;
  }
  const prisma = acting.runtime.prisma;
  const owners = await ownersOf(prisma, permission.subject, raw);
  requirePermission(acting.actor, permission.action, await scopeOf(prisma, owners));
}

/** The module's routes, each behind requireRoutePermission. */
export function guardModule(module: InteractionModule): InteractionModule {
  const actions: Record<string, ActionRoute> = {};
  const forms: Record<string, FormRoute> = {};
  for (const [id, route] of Object.entries(module.actions)) {
    actions[id] = async (value, acting) => {
      await requireRoutePermission(acting, id, value);
      return route(value, acting);
    };
  }
  for (const [id, route] of Object.entries(module.forms)) {
    forms[id] = async (metadata, values, acting) => {
      await requireRoutePermission(acting, id, metadata);
      return route(metadata, values, acting);
    };
  }
  return { actions, forms };
}
