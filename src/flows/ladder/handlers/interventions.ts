/**
 * Interventie 1–4, offered at every step from Actie 3 to prevent escalation. What was offered is
 * care-only; the shared timeline only records that an intervention was offered.
 */
import type { CaseDecision } from "../../cases/builder.ts";
import { completeOpenActions } from "../../cases/case-actions.ts";
import type { CaseEventOf } from "../../cases/events.ts";
import { assertMaySeeCareOnly, requireText } from "../../cases/permissions.ts";
import type { TimelineDetails } from "../../effects.ts";
import { FlowError } from "../../errors.ts";
import { blankToNull } from "../../text-input.ts";
import type { InterventionDetail } from "../model.ts";
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
