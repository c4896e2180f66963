/**
 * The rules of Signalering that do not depend on an event: which side an actor is on, who still
 * has to receive a signal, who owns which deadline, and whether a signal may ever count towards
 * escalation.
 */
import type { Actor, Role } from "../model.ts";
import type { Side, SignalKind, SignalParticipant, SignalSource, SignalState } from "./model.ts";
import { SIDES } from "./model.ts";

/** The side an actor acts for; partners (municipality, police) and admins are on neither. */
export function sideOf(actor: Actor): Side | null {
  switch (actor.role) {
    case "careTeamMember":
    case "coordinator":
      return "careTeam";
    case "landlordStaff":
      return "landlord";
    case "partner":
    case "admin":
      return null;
  }
}

/** The side a source belongs to, when it is one of the two cooperating parties. */
function sideOfSource(source: SignalSource): Side | null {
  switch (source) {
    case "careTeam":
      return "careTeam";
    case "landlord":
      return "landlord";
    case "municipality":
    case "police":
    case "neighbourhood":
      return null;
  }
}

/** The sides that already know the signal: the side of the person logging it and of its source. */
export function knowingSides(loggerSide: Side | null, source: SignalSource): Side[] {
  const sourceSide = sideOfSource(source);
  return SIDES.filter((side) => side === loggerSide || side === sourceSide);
}

/**
 * Signalering 1: the directly cooperating parties pass signals to each other within 48 hours.
 * Every side that did not know the signal yet has to receive (acknowledge) it.
 */
export function receivingSides(knownTo: readonly Side[]): Side[] {
  return SIDES.filter((side) => !knownTo.includes(side));
}

/** The role and person who own a side's acknowledgement deadline. */
export function sideOwner(
  side: Side,
  participant: SignalParticipant,
): { ownerRole: Role; ownerMemberId: string } {
  switch (side) {
    case "careTeam":
      return { ownerRole: "careTeamMember", ownerMemberId: participant.supportWorkerId };
    case "landlord":
      return { ownerRole: "landlordStaff", ownerMemberId: participant.landlordContactId };
  }
}

/** Deadline key of a side's 48-hour acknowledgement; unique per signal. */
export function shareDeadlineKey(side: Side): string {
  return `signal.share.${side}`;
}

/** Deadline key of the follow-up action (missed rent, neighbourhood signal). */
export const FOLLOW_UP_DEADLINE_KEY = "signal.followUp";

/**
 * Whether a signal may be weighed in the escalation ladder (Actie 3–6) at all.
 * Signalering: a participant's own report of nuisance by neighbours "heeft geen nadelige effecten
 * op het traject van de deelnemer" — it never counts. A missed rent payment is a housing matter,
 * not nuisance, so it does not count either. Only a sign of nuisance may be weighed (as background:
 * escalation itself follows from justified complaints, not from signals).
 */
export function countsTowardsEscalation(signal: Pick<SignalState, "kind">): boolean {
  return kindCountsTowardsEscalation(signal.kind);
}

function kindCountsTowardsEscalation(kind: SignalKind): boolean {
  switch (kind) {
    case "nuisanceSign":
      return true;
    case "missedRent":
    case "participantReport":
      return false;
  }
}

/** Signalering 3: only a signal of nuisance needs a decision on sharing it with the participant. */
export function needsSharingDecision(kind: SignalKind): boolean {
  return kind === "nuisanceSign";
}
