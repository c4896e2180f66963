/**
 * The nuisance dossier (overlastdossier): the letters of Actie 3, 4 and 5, legal advice at
 * Actie 4–6 and the specific agreements the participant did not keep.
 */
import type { CaseDecision } from "../../cases/builder.ts";
import { completeOpenActions } from "../../cases/case-actions.ts";
import type { CaseEventOf } from "../../cases/events.ts";
import { requireText } from "../../cases/permissions.ts";
import { LETTER_KIND_BY_STEP } from "../model.ts";
import { LETTER_ACTION } from "../steps.ts";
import { refuseParticipantReports } from "./guard.ts";

export function letterRecorded(d: CaseDecision, event: CaseEventOf<"letterRecorded">): void {
  refuseParticipantReports(d);
  const kind = LETTER_KIND_BY_STEP[event.step];
  d.state.ladder.letters.push({
    step: event.step,
    kind,
    sentAt: event.sentAt.toISOString(),
    registered: event.registered,
    signedForSeen: event.signedForSeen,
    recordedAt: d.nowIso,
    recordedBy: d.actor.memberId,
  });
  const completedActions = completeOpenActions(d, LETTER_ACTION[event.step], event.step);
  // Actie 5: the summons letter is registered and signed "voor gezien"; a gap is recorded, not refused.
  const complete = event.step !== "actie5" || (event.registered && event.signedForSeen);
  const stepTaken = d.state.ladder.steps.some((s) => s.step === event.step);
  d.timeline(
    event.step,
    "letter.recorded",
    "shared",
    {
      step: event.step,
      letter: kind,
      sentAt: event.sentAt.toISOString(),
      registered: event.registered,
      signedForSeen: event.signedForSeen,
      complete,
      stepTaken,
      completedActions,
    },
    { announce: true },
  );
}

// "Bij de stappen onder actie 4, 5 en 6 wordt juridisch advies gevraagd."
export function legalAdviceRequested(d: CaseDecision, event: CaseEventOf<"legalAdviceRequested">): void {
  refuseParticipantReports(d);
  d.state.ladder.legalAdvice.push({ step: event.step, requestedAt: d.nowIso, requestedBy: d.actor.memberId });
  const completedActions = completeOpenActions(d, "legalAdvice", event.step);
  const note = (event.note ?? "").trim();
  d.timeline(
    event.step,
    "legalAdvice.requested",
    "shared",
    { step: event.step, note: note === "" ? null : note, completedActions },
    { announce: true },
  );
}

// Actie 6: "de deelnemer specifieke afspraken ... niet is nagekomen".
export function agreementBreachRecorded(
  d: CaseDecision,
  event: CaseEventOf<"agreementBreachRecorded">,
): void {
  refuseParticipantReports(d);
  const description = requireText(event.description, "description");
  d.state.ladder.breaches.push({ description, recordedAt: d.nowIso, recordedBy: d.actor.memberId });
  d.timeline(
    d.state.ladder.current ?? d.state.step,
    "agreement.breachRecorded",
    "shared",
    { description },
    { announce: true },
  );
}
