/**
 * Actie 1 (binnen 1 werkdag): a landlord's complaint becomes a case. The team gets the case card
 * in the shared channel, a thread with the next steps, the assessment card (care team) and a DM to
 * the support worker; the start, four-week and three-month deadlines begin to run.
 * A participant's own report (Signalering) opens a case that never counts against them.
 */
import type { FlowContext } from "../context.ts";
import type { Decision } from "../effects.ts";
import { countingPriorComplaints } from "../ladder/detect.ts";
import { EMPTY_LADDER } from "../ladder/model.ts";
import { CaseDecision } from "./builder.ts";
import { actionView, caseRef } from "./card-specs.ts";
import type { CaseCardSpec } from "./cards.ts";
import { proposeGuidelineAction } from "./case-actions.ts";
import { complaintFromInput, draftForUnassessed } from "./complaints.ts";
import type { OpenCaseInput } from "./events.ts";
import { scheduleComplainantUpdate } from "./handlers/complainants.ts";
import type { CaseState } from "./state.ts";

export const START_DEADLINE_KEY = "actie1.start";
/** The support worker's personal message about a new case; starting the case edits it. */
export const ASSIGNMENT_KEY = (caseId: string) => `case:${caseId}:assignment`;

/** Actie 1: the support worker's message about the case, with the start button until it started. */
export function assignmentSpec(state: CaseState, startDueAt: string | null): CaseCardSpec {
  return {
    kind: "case.assignment",
    caseKind: state.kind,
    complaintType: state.complaints[0]!.type,
    startDueAt,
    startedAt: state.startedAt,
    ...caseRef(state),
  };
}
export const RESOLUTION_DEADLINE_KEY = "resolution.threeMonths";
export const FOUR_WEEK_CHECK_KEY = "check.fourWeeks";

function initialState(input: OpenCaseInput, ctx: FlowContext): CaseState {
  const complaint = complaintFromInput(input.complaint, ctx);
  const state: CaseState = {
    id: input.caseId,
    number: input.number,
    participantId: input.participantId,
    kind: input.kind,
    status: "open",
    step: input.kind === "nuisance" ? "actie1" : "signal",
    version: 0,
    participant: { ...input.participant },
    complaints: [complaint],
    priorCountingComplaints: 0,
    hearings: [],
    assessmentDraft: null,
    assessments: [],
    actions: [],
    deadlines: [],
    mediationConsent: null,
    noiseMeasurementRequestedAt: null,
    careNotes: [],
    checks: [],
    ladder: structuredClone(EMPTY_LADDER),
    openedAt: ctx.now.toISOString(),
    startedAt: null,
    approach: null,
    resolvedAt: null,
    closedAt: null,
    closure: null,
    timelineEntries: 0,
    sequence: 0,
  };
  state.priorCountingComplaints = countingPriorComplaints(input.history ?? [], state).length;
  return state;
}

export function openCase(input: OpenCaseInput, ctx: FlowContext): Decision<CaseState> {
  const d = new CaseDecision(null, initialState(input, ctx), input.actor, ctx);
  const { participant } = d.state;
  const complaint = d.state.complaints[0]!;
  const report = input.kind === "participantReport";
  const step = report ? "signal" : "actie1";

  if (report) {
    // Signalering: the participant's report; no negative effect on their trajectory.
    d.timeline("signal", "report.received", "shared", {
      complaintId: complaint.id,
      complaintType: complaint.type,
      countsTowardsEscalation: false,
    });
  } else {
    d.timeline("actie1", "complaint.received", "shared", {
      complaintId: complaint.id,
      complaintType: complaint.type,
      afterTen: complaint.afterTen,
      receivedByLandlordAt: complaint.receivedByLandlordAt,
      passedToTeamInTime: complaint.passedToTeamInTime,
    });
    d.state.assessmentDraft = draftForUnassessed(d.state, d.nextId("ass"));
  }
  // The complainant stays with the landlord (de verhuurder onderhoudt het contact met de klager).
  d.timeline(step, "complainant.recorded", "landlord", {
    complaintId: complaint.id,
    anonymous: complaint.complainantAnonymous,
  });
  d.timeline(step, "case.assigned", "shared", { supportWorkerId: participant.supportWorkerId });

  // Actie 1: the team starts within 1 working day and reports back how it will be handled. For a
  // participant's report the landlord picks it up within the same term.
  const startDue = d.schedule({
    key: START_DEADLINE_KEY,
    rule: "guideline.actie1.startAndReport",
    step,
    ownerRole: report ? "landlordStaff" : "careTeamMember",
    ownerMemberId: report ? participant.landlordContactId : participant.supportWorkerId,
    audience: "shared",
  });
  // Termijnen: resolved within 3 months of the landlord receiving the complaint.
  d.schedule({
    key: RESOLUTION_DEADLINE_KEY,
    rule: "guideline.resolution.threeMonths",
    step,
    ownerRole: "coordinator",
    ownerMemberId: participant.coordinatorId,
    from: new Date(complaint.receivedByLandlordAt),
    audience: "shared",
  });
  if (!report) {
    // Check after about four weeks for complaints that never reached the team.
    d.schedule({
      key: FOUR_WEEK_CHECK_KEY,
      rule: "guideline.check.fourWeeks",
      step: "actie2",
      ownerRole: "careTeamMember",
      ownerMemberId: participant.supportWorkerId,
      audience: "shared",
    });
  }

  if (!report) {
    // Omgaan met overlast 1: "De verhuurder heeft regie op het informeren van de buurt en het team
    // bespreekt de aanpak met de deelnemer." Proposed at the case's first complaint; people decide.
    const informNeighbourhood = proposeGuidelineAction(d, "informNeighbourhood", "actie1");
    proposeGuidelineAction(d, "discussApproachWithParticipant", "actie1");
    // Termijnen: the complainants notice that the nuisance is being worked on.
    scheduleComplainantUpdate(d);
    if (participant.landlordContactId !== null) {
      d.message({ kind: "dm", memberId: participant.landlordContactId }, null, {
        kind: "case.actionProposed",
        action: actionView(informNeighbourhood),
        ...caseRef(d.state),
      });
    }
  }

  d.message({ kind: "channel", audience: "shared", inCaseThread: true }, null, {
    kind: "case.nextSteps",
    caseKind: input.kind,
    ...caseRef(d.state),
  });
  if (participant.supportWorkerId !== null) {
    d.message(
      { kind: "dm", memberId: participant.supportWorkerId },
      ASSIGNMENT_KEY(d.state.id),
      assignmentSpec(d.state, report ? null : startDue.toISOString()),
    );
  }
  return d.finish();
}
