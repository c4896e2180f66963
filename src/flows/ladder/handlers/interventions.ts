/**
 * Interventie 1–4, offered at every step from Actie 3 to prevent escalation. What was offered is
 * care-only; the shared timeline only records that an intervention was offered.
 */
import type { CaseDecision } from "../../cases/builder.ts";
import { caseRef } from "../../cases/card-specs.ts";
import { completeOpenActions } from "../../cases/case-actions.ts";
import type { CaseEventOf } from "../../cases/events.ts";
import { assertMaySeeCareOnly, requireText } from "../../cases/permissions.ts";
import type { TimelineDetails } from "../../effects.ts";
import { FlowError } from "../../errors.ts";
import { blankToNull } from "../../text-input.ts";
import type { InterventionDetail, TimeOutReason } from "../model.ts";
import { refuseParticipantReports } from "./guard.ts";

function detailFields(detail: InterventionDetail): TimelineDetails {
  switch (detail.kind) {
    case "scaleUpCare":
      return { intervention: detail.kind, daily: detail.daily };
    case "timeOut":
      return { intervention: detail.kind, timeOutReason: detail.reason };
    case "rehousing":
      return { intervention: detail.kind, participantDecision: detail.participantDecision };
    case "otherPlace":
      return { intervention: detail.kind, description: detail.description };
  }
}

function validated(detail: InterventionDetail): InterventionDetail {
  if (detail.kind !== "otherPlace") return detail;
  // Interventie 4: "niet op voorhand genomen door professionals, maar in samenspraak met de persoon".
  if ((detail.decidedWithParticipant as boolean) !== true)
    throw new FlowError("intervention.otherPlaceWithParticipant");
  return { ...detail, description: requireText(detail.description, "description") };
}

export function interventionOffered(d: CaseDecision, event: CaseEventOf<"interventionOffered">): void {
  refuseParticipantReports(d);
  const detail = validated(event.detail);
  const note = blankToNull(event.note);
  const id = d.nextId("int");
  const step = d.state.ladder.current;
  d.state.ladder.interventions.push({
    id,
    detail,
    note,
    step,
    offeredAt: d.nowIso,
    offeredBy: d.actor.memberId,
    outcome: null,
    outcomeNote: null,
    outcomeAt: null,
  });
  if (step !== null) completeOpenActions(d, "considerInterventions", step);
  const timelineStep = step ?? d.state.step;
  d.timeline(timelineStep, "intervention.offered", "careTeam", {
    interventionId: id,
    ...detailFields(detail),
    note,
  });
  d.timeline(timelineStep, "intervention.registered", "shared", { interventionId: id });
  if (detail.kind === "timeOut") planReturnPrompt(d, id, detail.reason);
}

export const RETURN_HOME_KEY_PREFIX = "return.";

/** The deadline of the return home after time-out `interventionId`. */
function returnHomeKey(interventionId: string): string {
  return `${RETURN_HOME_KEY_PREFIX}${interventionId}`;
}

// Interventie 2: "Nadien kan de deelnemer terugkeren naar de eigen woning." On a recorded time-out
// the support worker is asked to plan the return; a deadline nudges them until it is recorded.
function planReturnPrompt(d: CaseDecision, interventionId: string, reason: TimeOutReason): void {
  const intervention = d.state.ladder.interventions.find((i) => i.id === interventionId)!;
  intervention.returnHome = { plannedAt: null, plannedNote: null, returnedAt: null, note: null };
  const { supportWorkerId } = d.state.participant;
  const dueAt = d.schedule({
    key: returnHomeKey(interventionId),
    rule: "team.timeOut.return",
    step: intervention.step ?? d.state.step,
    ownerRole: "careTeamMember",
    ownerMemberId: supportWorkerId,
    audience: "careTeam",
  });
  if (supportWorkerId !== null) {
    d.message({ kind: "dm", memberId: supportWorkerId }, null, {
      kind: "case.returnHome",
      ...caseRef(d.state),
      interventionId,
      reason,
      dueAt: dueAt.toISOString(),
    });
  }
}

function timeOut(d: CaseDecision, interventionId: string) {
  assertMaySeeCareOnly(d.actor.role);
  const intervention = d.state.ladder.interventions.find((i) => i.id === interventionId);
  if (intervention === undefined) throw new FlowError("intervention.unknown");
  if (intervention.detail.kind !== "timeOut") throw new FlowError("returnHome.notTimeOut");
  const returnHome = intervention.returnHome ?? {
    plannedAt: null,
    plannedNote: null,
    returnedAt: null,
    note: null,
  };
  if (returnHome.returnedAt !== null) throw new FlowError("returnHome.alreadyReturned");
  intervention.returnHome = returnHome;
  return { intervention, returnHome };
}

export function returnHomePlanned(d: CaseDecision, event: CaseEventOf<"returnHomePlanned">): void {
  refuseParticipantReports(d);
  const { intervention, returnHome } = timeOut(d, event.interventionId);
  returnHome.plannedAt = event.plannedAt.toISOString();
  returnHome.plannedNote = blankToNull(event.note);
  // The deadline moves to the planned day: that day the worker records the return.
  d.schedule({
    key: returnHomeKey(intervention.id),
    rule: "team.timeOut.return",
    step: intervention.step ?? d.state.step,
    ownerRole: "careTeamMember",
    ownerMemberId: d.state.participant.supportWorkerId,
    dueAt: event.plannedAt,
    audience: "careTeam",
  });
  d.timeline(intervention.step ?? d.state.step, "return.planned", "careTeam", {
    interventionId: intervention.id,
    plannedAt: returnHome.plannedAt,
    note: returnHome.plannedNote,
  });
}

export function returnHomeRecorded(d: CaseDecision, event: CaseEventOf<"returnHomeRecorded">): void {
  refuseParticipantReports(d);
  const { intervention, returnHome } = timeOut(d, event.interventionId);
  returnHome.returnedAt = event.returnedAt.toISOString();
  returnHome.note = blankToNull(event.note);
  d.complete(returnHomeKey(intervention.id));
  d.timeline(intervention.step ?? d.state.step, "return.recorded", "careTeam", {
    interventionId: intervention.id,
    returnedAt: returnHome.returnedAt,
    note: returnHome.note,
  });
}

export function interventionOutcome(d: CaseDecision, event: CaseEventOf<"interventionOutcome">): void {
  refuseParticipantReports(d);
  assertMaySeeCareOnly(d.actor.role);
  const intervention = d.state.ladder.interventions.find((i) => i.id === event.interventionId);
  if (intervention === undefined) throw new FlowError("intervention.unknown");
  intervention.outcome = event.outcome;
  intervention.outcomeNote = blankToNull(event.note);
  intervention.outcomeAt = d.nowIso;
  // Interventie 3: the decision to move is the participant's own.
  // Interventie 2: a time-out the participant declined has no return to plan.
  if (intervention.detail.kind === "timeOut" && event.outcome === "declinedByParticipant")
    d.cancel(returnHomeKey(intervention.id), "declinedByParticipant");
  if (intervention.detail.kind === "rehousing" && event.participantDecision !== undefined) {
    intervention.detail = { kind: "rehousing", participantDecision: event.participantDecision };
  }
  d.timeline(intervention.step ?? d.state.step, "intervention.outcome", "careTeam", {
    interventionId: intervention.id,
    ...detailFields(intervention.detail),
    outcome: event.outcome,
    note: intervention.outcomeNote,
  });
}
