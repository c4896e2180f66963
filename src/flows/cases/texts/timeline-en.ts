/** English descriptions of the timeline events (dossier export, thread updates). */
import type { TimelineDescriptions } from "./timeline-events.ts";

export const timelineEn: TimelineDescriptions = {
  "complaint.received": (r) =>
    `Complaint received (Actie 1): ${r.complaintType()}${r.b("afterTen") ? ", after 22:00" : ""}. ` +
    `Received by the landlord on ${r.date("receivedByLandlordAt")}; ` +
    (r.b("passedToTeamInTime")
      ? "passed to the team within 24 hours."
      : "not passed to the team within 24 hours."),
  "complaint.added": (r) =>
    `New complaint added: ${r.complaintType()}${r.b("afterTen") ? ", after 22:00" : ""}; ` +
    (r.b("passedToTeamInTime") ? "passed on within 24 hours." : "not passed on within 24 hours."),
  "complainant.recorded": (r) =>
    r.b("anonymous")
      ? "The complainant wishes to remain anonymous (known to the landlord only)."
      : "Complainant's details recorded with the landlord.",
  "report.received": (r) =>
    `Report by the participant received: ${r.complaintType()}. Does not count against the participant.`,
  "case.assigned": (r) =>
    r.s("supportWorkerId") === ""
      ? "No support worker assigned yet."
      : "Case assigned to the participant's support worker.",
  "case.started": (r) =>
    `The team started on the complaint and told the landlord how it will be handled` +
    `${r.b("inTime") ? " (in time)" : " (after the deadline)"}${r.note("approach")}`,
  "hearing.recorded": (r) => `Hearing with the participant on ${r.date("heldAt")}${r.note("notes")}`,
  "assessment.answered": (r) => `Assessment, answer chosen: ${r.answer()}`,
  "assessment.confirmed": (r) =>
    `Assessment confirmed: ${r.row()}` +
    (r.s("source") === "derived"
      ? ` (derived by Nabuur's rule: ${r.derivedRules()})`
      : " (guideline table)") +
    (r.b("hearingRecorded") ? "." : "; no hearing recorded."),
  "assessment.completed": (r) =>
    `Complaint assessed after a hearing; ${r.n("proposedActions")} follow-up actions proposed.`,
  "actions.replaced": (r) => `Re-assessment: ${r.n("count")} undecided proposals replaced.`,
  "action.proposed": (r) => `Action proposed: ${r.action()} (${r.role()})`,
  "action.accepted": (r) =>
    `Action agreed: ${r.action()}${r.s("dueAt") === "" ? "" : ` (due ${r.date("dueAt")})`}`,
  "action.changed": (r) =>
    `Action changed and agreed: ${r.action()} (${r.role()})${r.s("dueAt") === "" ? "" : `, due ${r.date("dueAt")}`}`,
  "action.skipped": (r) => `Action skipped: ${r.action()}. Reason: ${r.s("reason")}`,
  "action.added": (r) =>
    `Action added: ${r.action()} (${r.role()})${r.s("dueAt") === "" ? "" : `, due ${r.date("dueAt")}`}`,
  "action.done": (r) => `Action done: ${r.action()}${r.note("note", ". Note: ")}`,
  "deadline.extended": (r) =>
    `Deadline extended from ${r.date("previousDueAt")} to ${r.date("dueAt")}. Reason: ${r.s("reason")}`,
  "noiseMeasurement.requested": (r) => `Noise measurement requested at the landlord${r.note("note")}`,
  "mediation.consentRecorded": (r) =>
    r.b("consent")
      ? "The participant consents to neighbour mediation."
      : "The participant does not consent to neighbour mediation.",
  "writtenFeedback.sent": (r) => `Actions and agreements reported to the landlord in writing: ${r.s("text")}`,
  "careRecord.registered": (r) => `Actions and complaints registered in the care record${r.note("note")}`,
  "careNote.added": (r) => `Care note: ${r.s("text")}`,
  "check.fourWeeks.done": (r) =>
    `Four-week check with landlord, nuisance hotline and community police officer: ` +
    `${r.b("newComplaintsFound") ? "new complaints found" : "no new complaints"}${r.note("note", ". ")}`,
  "followUp.sixWeeks.done": (r) =>
    `Six-week follow-up: ${r.b("complaintsStopped") ? "the complaints have stopped" : "the complaints have not stopped"}${r.note("note", ". ")}`,
  "complainants.updated": (r) =>
    `The landlord updated the complainants on ${r.date("at")} (${r.lookup(r.ui().contactMeans, "how")})${r.note("note", ". Note: ")}`,
  "escalation.proposed": (r) =>
    `Escalation proposed: ${r.step()} — ${r.lookup(r.ladder().situations, "situation")}` +
    ` (${r.n("countingComplaints")} justified complaints count)${r.note("reason", ". Reason: ")}`,
  "escalation.skipped": (r) => `Proposed escalation not taken: ${r.step()}. Reason: ${r.s("reason")}`,
  "escalation.withdrawn": (r) =>
    `Proposed escalation withdrawn: ${r.step()}. The complaint was re-assessed and no longer counts.`,
  "ladder.stepTaken": (r) =>
    `${r.step()} taken (${r.lookup(r.ladder().situations, "situation")})` +
    (r.n("unmetCount") > 0 ? `. Not met: ${r.preconditions()}` : "."),
  "letter.recorded": (r) =>
    `${r.lookup(r.ladder().letters, "letter")} sent on ${r.date("sentAt")}` +
    `${r.b("registered") ? ", registered" : ""}${r.b("signedForSeen") ? ", signed 'voor gezien'" : ""}` +
    (r.b("complete") ? "." : ". Note: not registered or not signed 'voor gezien'."),
  "letter.drafted": (r) => `Draft written: ${r.lookup(r.ladder().letters, "letter")}.`,
  "correspondence.recorded": (r) =>
    `Correspondence ${r.s("direction") === "incoming" ? "received from" : "sent to"} ${r.s("thirdParty")} on ${r.date("at")}: ${r.s("summary")}`,
  "correspondence.fileAttached": (r) =>
    `File ${r.s("fileName")} (${r.n("size")} bytes) kept with the correspondence; SHA-256 ${r.s("sha256")}.`,
  "intervention.offered": (r) =>
    `${r.lookup(r.ladder().interventions, "intervention")} offered` +
    (r.s("timeOutReason") === "" ? "" : ` (${r.lookup(r.ladder().timeOutReasons, "timeOutReason")})`) +
    (r.s("participantDecision") === ""
      ? ""
      : ` — ${r.lookup(r.ladder().participantDecisions, "participantDecision")}`) +
    (r.b("daily") ? " — daily" : "") +
    r.note("description", " — ") +
    r.note("note", ". "),
  "intervention.registered": () => "Intervention offered to prevent escalation (details in the care record).",
  "intervention.outcome": (r) =>
    `Intervention outcome: ${r.lookup(r.ladder().outcomes, "outcome")}${r.note("note", ". ")}`,
  "return.planned": (r) =>
    `Return home after the time-out planned for ${r.date("plannedAt")}${r.note("note", ". ")}`,
  "return.recorded": (r) => `The participant returned home on ${r.date("returnedAt")}${r.note("note", ". ")}`,
  "legalAdvice.requested": (r) => `Legal advice requested (${r.step()})${r.note("note", ". ")}`,
  "agreement.breachRecorded": (r) => `Specific agreement not kept: ${r.s("description")}`,
  "court.pathDecided": (r) =>
    `Going to court: ${r.lookup(r.ladder().courtParties, "party")}${r.note("agreement", " (agreement: ")}${r.s("agreement") === "" ? "" : ")"}.`,
  "alternative.agreed": (r) =>
    `The participant agrees to alternative housing and care; no court procedure needed: ${r.s("description")}`,
  "eviction.recorded": (r) =>
    `Eviction on ${r.date("evictedAt")}${r.n("unmetCount") > 0 ? `. Not met: ${r.preconditions()}` : "."}` +
    r.note("despiteAlternative", " Contradicts the agreed alternative (no court case needed): "),
  "support.afterEviction": (r) =>
    r.b("continues")
      ? `Support continues after the eviction${r.note("note", ". ")}`
      : `The participant explicitly does not want support after the eviction${r.note("note", ". ")}`,
  "reflection.scheduled": (r) =>
    `Reflection and evaluation meeting with all parties scheduled, by ${r.date("dueAt")}.`,
  "reflection.held": (r) => `Reflection and evaluation meeting held on ${r.date("heldAt")}.`,
  "advocacy.stepRecorded": (r) =>
    `Advocacy for alternative housing: contacted ${r.s("contacted")}. Outcome: ${r.s("outcome")}`,
  "case.resolved": (r) =>
    `Nuisance resolved${r.b("withinThreeMonths") ? " within 3 months" : " (after more than 3 months)"}${r.note("note", ". ")}`,
  "case.closed": (r) => `Case closed: ${r.closeReason()}${r.note("text", ". ")}`,
  "complaints.wronglyAttributed": (r) =>
    `${r.n("count")} complaint(s) wrongly attributed to the participant; they do not count.`,
  "case.anonymised": (r) =>
    (r.s("part") === "care"
      ? "Care data anonymised"
      : "Case anonymised: personal data and the link to the participant removed") +
    ` after the retention period of ${r.n("retentionDays")} days after closing (GDPR); ` +
    `${r.n("redactedEntries")} timeline entries changed, the hash chain stays verifiable.`,
  "legalHold.set": (r) =>
    `Legal hold set: the case is not anonymised while it applies${r.note("reason", ". Reason: ")}`,
  "legalHold.lifted": (r) =>
    `Legal hold lifted: the retention periods apply again${r.note("reason", ". Reason: ")}`,
};
