/**
 * Actie 6 and Nieuwe kansen: who goes to court, the participant agreeing to an alternative, the
 * eviction, support after it (continues unless the participant explicitly declines) and the
 * reflection and evaluation meeting with all parties.
 */

import { SIX_WEEK_FOLLOW_UP_KEY } from "../../assessment/templates.ts";
import type { CaseDecision } from "../../cases/builder.ts";
import { actionView, caseRef } from "../../cases/card-specs.ts";
import { completeOpenActions, proposeGuidelineAction, syncActionDeadline } from "../../cases/case-actions.ts";
import type { CaseEventOf } from "../../cases/events.ts";
import { COMPLAINANT_UPDATE_KEY } from "../../cases/handlers/complainants.ts";
import { FOUR_WEEK_CHECK_KEY, RESOLUTION_DEADLINE_KEY } from "../../cases/open-case.ts";
import { assertMaySeeCareOnly, requireText } from "../../cases/permissions.ts";
import { FlowError } from "../../errors.ts";
import { blankToNull } from "../../text-input.ts";
import { courtParty, courtReadiness } from "../court.ts";
import { refuseParticipantReports } from "./guard.ts";

export const REFLECTION_DEADLINE_KEY = "reflection.meeting";

export function courtPathDecided(d: CaseDecision, event: CaseEventOf<"courtPathDecided">): void {
  refuseParticipantReports(d);
  const leaseType = d.state.participant.leaseType;
  const result = courtParty(leaseType, event.party);
  if (!result.ok) throw new FlowError(result.code, { expected: result.expected ?? "", leaseType });
  const agreement = blankToNull(event.agreement);
  d.state.ladder.court = {
    party: result.party,
    agreement,
    decidedAt: d.nowIso,
    decidedBy: d.actor.memberId,
  };
  const completedActions = completeOpenActions(d, "decideCourtParty");
  d.timeline(
    "actie6",
    "court.pathDecided",
    "shared",
    { party: result.party, leaseType, agreement, completedActions },
    { announce: true },
  );
}

// "Een gerechtelijke procedure is niet nodig als de deelnemer instemt met alternatieve huisvesting en zorg."
export function participantAgreedAlternative(
  d: CaseDecision,
  event: CaseEventOf<"participantAgreedAlternative">,
): void {
  refuseParticipantReports(d);
  const description = requireText(event.description, "description");
  d.state.ladder.alternativeAgreed = { description, at: d.nowIso };
  const completedActions = completeOpenActions(d, "exploreAlternative");
  d.timeline(
    d.state.ladder.current ?? d.state.step,
    "alternative.agreed",
    "shared",
    { description, completedActions },
    { announce: true },
  );
}

export function evictionRecorded(d: CaseDecision, event: CaseEventOf<"evictionRecorded">): void {
  refuseParticipantReports(d);
  // "Een gerechtelijke procedure is niet nodig als de deelnemer instemt met alternatieve huisvesting
  // en zorg": asked first; when the person goes on, the contradiction goes into the dossier.
  const alternative = d.state.ladder.alternativeAgreed;
  if (alternative !== null && event.despiteAlternative !== true)
    throw new FlowError("eviction.alternativeAgreed");
  // Recorded, not refused: what was missing before the eviction goes into the dossier.
  const unmet: string[] = [];
  if (d.state.ladder.current !== "actie6") unmet.push("previousStepTaken");
  for (const condition of courtReadiness(d.state).conditions) if (!condition.met) unmet.push(condition.id);
  d.state.ladder.eviction = { at: event.at.toISOString(), recordedAt: d.nowIso };
  // Nieuwe kansen: "wanneer de woning stopt, de begeleiding doorgaat. Tenzij de deelnemer dit nadrukkelijk niet wenst."
  d.state.ladder.supportAfterEviction = "continues";
  d.state.step = "afterEviction";
  for (const key of [
    FOUR_WEEK_CHECK_KEY,
    SIX_WEEK_FOLLOW_UP_KEY,
    RESOLUTION_DEADLINE_KEY,
    COMPLAINANT_UPDATE_KEY,
  ])
    d.cancel(key, "eviction");
  d.timeline(
    "actie6",
    "eviction.recorded",
    "shared",
    {
      evictedAt: event.at.toISOString(),
      unmetPreconditions: unmet.join(","),
      unmetCount: unmet.length,
      ...(alternative === null ? {} : { despiteAlternative: alternative.description }),
    },
    { announce: true },
  );
  d.timeline("afterEviction", "support.afterEviction", "careTeam", { continues: true, note: null });
  // A moment of reflection and evaluation with all parties.
  const dueAt = d.schedule({
    key: REFLECTION_DEADLINE_KEY,
    rule: "team.reflection.meeting",
    step: "afterEviction",
    ownerRole: "coordinator",
    ownerMemberId: d.state.participant.coordinatorId,
    from: event.at,
    audience: "shared",
  });
  d.state.ladder.reflection = { scheduledDueAt: dueAt.toISOString(), heldAt: null };
  d.timeline(
    "afterEviction",
    "reflection.scheduled",
    "shared",
    { dueAt: dueAt.toISOString() },
    { announce: true },
  );
  // Nieuwe kansen: "Het team zal optreden als pleitbezorger voor fatsoenlijke, alternatieve
  // huisvesting en het voorkomen van terugval in dakloosheid." Proposed to the care team.
  const advocacy = proposeGuidelineAction(d, "advocateHousing", "afterEviction");
  const { supportWorkerId } = d.state.participant;
  if (supportWorkerId !== null) {
    d.message({ kind: "dm", memberId: supportWorkerId }, null, {
      kind: "case.advocacy",
      ...caseRef(d.state),
      action: actionView(advocacy),
    });
  }
}

/** Nieuwe kansen: one step as advocate for alternative housing: whom the team contacted, the outcome. */
export function advocacyStepRecorded(d: CaseDecision, event: CaseEventOf<"advocacyStepRecorded">): void {
  refuseParticipantReports(d);
  assertMaySeeCareOnly(d.actor.role);
  if (d.state.ladder.eviction === null) throw new FlowError("eviction.notRecorded");
  const contacted = requireText(event.contacted, "contacted");
  const outcome = requireText(event.outcome, "outcome");
  d.state.ladder.advocacy = [
    ...(d.state.ladder.advocacy ?? []),
    { at: d.nowIso, by: d.actor.memberId, contacted, outcome },
  ];
  // Taking a step is deciding to advocate: the proposal is agreed, the next step due a period on.
  const action = d.state.actions.find(
    (a) => a.code === "advocateHousing" && (a.status === "proposed" || a.status === "accepted"),
  );
  if (action !== undefined) {
    if (action.status === "proposed") {
      action.status = "accepted";
      action.decidedAt = d.nowIso;
      action.decidedBy = d.actor.memberId;
    }
    syncActionDeadline(d, action, d.ctx.dueAt("team.advocacy.housing", d.now));
  }
  d.timeline("afterEviction", "advocacy.stepRecorded", "careTeam", { contacted, outcome });
}

export function supportAfterEviction(d: CaseDecision, event: CaseEventOf<"supportAfterEviction">): void {
  refuseParticipantReports(d);
  if (d.state.ladder.eviction === null) throw new FlowError("eviction.notRecorded");
  d.state.ladder.supportAfterEviction = event.participantDeclines ? "declinedByParticipant" : "continues";
  d.timeline("afterEviction", "support.afterEviction", "careTeam", {
    continues: !event.participantDeclines,
    note: blankToNull(event.note),
  });
}

export function reflectionMeetingHeld(d: CaseDecision, event: CaseEventOf<"reflectionMeetingHeld">): void {
  refuseParticipantReports(d);
  const heldAt = event.heldAt.toISOString();
  d.complete(REFLECTION_DEADLINE_KEY);
  d.state.ladder.reflection = { scheduledDueAt: d.state.ladder.reflection?.scheduledDueAt ?? heldAt, heldAt };
  d.timeline("afterEviction", "reflection.held", "shared", { heldAt }, { announce: true });
}
