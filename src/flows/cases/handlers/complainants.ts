/**
 * Termijnen: "Het moet duidelijk merkbaar zijn, ook voor de klagers, dat wordt gewerkt aan
 * vermindering van de overlast. Regelmatig contact tussen partijen en met de buren is gewenst."
 * The landlord keeps the contact with the complainants; a team agreement sets the rhythm of the
 * updates (`team.complainant.update`). Each update is recorded: who, when and how in the shared
 * timeline; the note, which may name the complainants, for landlord staff only.
 */
import { FlowError } from "../../errors.ts";
import { blankToNull } from "../../text-input.ts";
import type { CaseDecision } from "../builder.ts";
import type { CaseEventOf } from "../events.ts";

export const COMPLAINANT_UPDATE_KEY = "complainants.update";

/** The next update to the complainants, a rhythm's period from `from` (default: now). */
export function scheduleComplainantUpdate(d: CaseDecision, from?: Date): Date {
  return d.schedule({
    key: COMPLAINANT_UPDATE_KEY,
    rule: "team.complainant.update",
    step: d.state.step,
    ownerRole: "landlordStaff",
    ownerMemberId: d.state.participant.landlordContactId,
    ...(from === undefined ? {} : { from }),
    audience: "shared",
  });
}

export function complainantsUpdated(d: CaseDecision, event: CaseEventOf<"complainantsUpdated">): void {
  if (d.state.kind !== "nuisance") throw new FlowError("complainants.noComplainants");
  const note = blankToNull(event.note);
  const at = event.at.toISOString();
  d.state.complainantUpdates = [
    ...(d.state.complainantUpdates ?? []),
    { at, by: d.actor.memberId, how: event.how, note },
  ];
  // The next update is due a period after this one, while the nuisance is being worked on.
  d.complete(COMPLAINANT_UPDATE_KEY);
  if (d.state.status === "open" && d.state.ladder.eviction === null) scheduleComplainantUpdate(d);
  d.timeline(d.state.step, "complainants.updated", "shared", { at, how: event.how }, { announce: true });
  if (note !== null)
    d.timeline(d.state.step, "complainants.updated", "landlord", { at, how: event.how, note });
}
