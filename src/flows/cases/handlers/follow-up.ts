/**
 * Omgaan met overlast: what fits the case (noise measurement, neighbour mediation consent), the
 * written feedback to the landlord, the care record, care notes, and the four-week and six-week
 * checks.
 */
import { SIX_WEEK_FOLLOW_UP_KEY } from "../../assessment/templates.ts";
import { FlowError } from "../../errors.ts";
import { blankToNull } from "../../text-input.ts";
import type { CaseDecision } from "../builder.ts";
import { caseRef, landlordAgreedActions } from "../card-specs.ts";
import { completeOpenActions } from "../case-actions.ts";
import type { CaseEventOf } from "../events.ts";
import { FOUR_WEEK_CHECK_KEY } from "../open-case.ts";
import { requireText } from "../permissions.ts";

// Geluidsoverlast: a measurement shows whether it exceeds the normal living noise.
export function noiseMeasurementRequested(
  d: CaseDecision,
  event: CaseEventOf<"noiseMeasurementRequested">,
): void {
  if (!d.state.complaints.some((c) => c.type === "noise")) throw new FlowError("noiseMeasurement.noiseOnly");
  d.state.noiseMeasurementRequestedAt = d.nowIso;
  const completedActions = completeOpenActions(d, "requestNoiseMeasurement");
  d.timeline(
    "actie2",
    "noiseMeasurement.requested",
    "shared",
    { note: blankToNull(event.note), completedActions },
    { announce: true },
  );
}

// Buurtbemiddeling "in overleg met de deelnemer": the participant's consent.
export function mediationConsentRecorded(
  d: CaseDecision,
  event: CaseEventOf<"mediationConsentRecorded">,
): void {
  d.state.mediationConsent = event.consent;
  d.timeline("actie2", "mediation.consentRecorded", "careTeam", { consent: event.consent });
}

// "De begeleider koppelt genomen acties en afspraken schriftelijk terug aan de verhuurder."
export function writtenFeedbackSent(d: CaseDecision, event: CaseEventOf<"writtenFeedbackSent">): void {
  const text = requireText(event.text, "text");
  const completedActions = completeOpenActions(d, "reportInWriting");
  d.timeline("actie2", "writtenFeedback.sent", "shared", { text, completedActions });
  d.message({ kind: "channel", audience: "shared", inCaseThread: true }, null, {
    kind: "case.writtenFeedback",
    ...caseRef(d.state),
    text,
    authorId: d.actor.memberId,
    agreedActions: landlordAgreedActions(d.state),
  });
}

// "De zorgaanbieder registreert de beschreven acties en klachten altijd in het zorgdossier."
export function careRecordRegistered(d: CaseDecision, event: CaseEventOf<"careRecordRegistered">): void {
  const completedActions = completeOpenActions(d, "registerInCareRecord");
  d.timeline(d.state.step, "careRecord.registered", "careTeam", {
    note: blankToNull(event.note),
    completedActions,
  });
}

export function careNoteAdded(d: CaseDecision, event: CaseEventOf<"careNoteAdded">): void {
  const text = requireText(event.text, "text");
  d.state.careNotes.push({ at: d.nowIso, authorId: d.actor.memberId, text });
  d.timeline(d.state.step, "careNote.added", "careTeam", { text });
  d.message({ kind: "channel", audience: "careTeam", inCaseThread: true }, null, {
    kind: "case.careNote",
    ...caseRef(d.state),
    text,
    authorId: d.actor.memberId,
    at: d.nowIso,
  });
}

// "Check na een week of vier opnieuw bij de verhuurder, een eventueel meldpunt overlast of de wijkagent."
export function fourWeekCheckDone(d: CaseDecision, event: CaseEventOf<"fourWeekCheckDone">): void {
  const note = blankToNull(event.note);
  d.complete(FOUR_WEEK_CHECK_KEY);
  d.state.checks.push({
    kind: "fourWeeks",
    at: d.nowIso,
    by: d.actor.memberId,
    nuisanceContinues: event.newComplaintsFound,
    note,
  });
  d.timeline(
    "actie2",
    "check.fourWeeks.done",
    "shared",
    { newComplaintsFound: event.newComplaintsFound, note },
    { announce: true },
  );
}

// Actie 2 (onbewust, terecht): "Na zes weken informeert de begeleider bij de verhuurder."
export function sixWeekFollowUpDone(d: CaseDecision, event: CaseEventOf<"sixWeekFollowUpDone">): void {
  const note = blankToNull(event.note);
  const completedActions = completeOpenActions(d, "followUpSixWeeks");
  d.complete(SIX_WEEK_FOLLOW_UP_KEY);
  d.state.checks.push({
    kind: "sixWeeks",
    at: d.nowIso,
    by: d.actor.memberId,
    nuisanceContinues: !event.complaintsStopped,
    note,
  });
  d.timeline(
    "actie2",
    "followUp.sixWeeks.done",
    "shared",
    { complaintsStopped: event.complaintsStopped, note, completedActions },
    { announce: true },
  );
}
