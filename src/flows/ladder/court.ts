/**
 * Actie 6 (voortduring en ontbinding): who goes to court, and whether the dossier holds what the
 * court looks for before it evicts (a nuisance dossier, broken specific agreements, everything
 * possible done).
 */

import type { CaseState } from "../cases/state.ts";
import type { LeaseType } from "../model.ts";
import type { CourtParty, InterventionOutcome, LetterKind, LetterStep } from "./model.ts";

/**
 * Huur op eigen naam → the landlord; intermediaire verhuur → the care provider;
 * driepartijenovereenkomst → as agreed, so the party must be named.
 */
export type CourtPartyResult =
  | { ok: true; party: CourtParty }
  | { ok: false; code: "court.partyRequired" | "court.partyMismatch"; expected: CourtParty | null };

export function courtParty(leaseType: LeaseType, named: CourtParty | null): CourtPartyResult {
  const byLease: CourtParty | null =
    leaseType === "own" ? "landlord" : leaseType === "intermediary" ? "careProvider" : null;
  if (byLease === null) {
    return named === null
      ? { ok: false, code: "court.partyRequired", expected: null }
      : { ok: true, party: named };
  }
  if (named !== null && named !== byLease)
    return { ok: false, code: "court.partyMismatch", expected: byLease };
  return { ok: true, party: byLease };
}

interface LetterEvidence {
  step: LetterStep;
  kind: LetterKind;
  sentAt: string;
}

export type ReadinessCondition =
  /** Het overlastdossier: all letters, correspondence and the team's timeline. */
  | { id: "nuisanceDossier"; met: boolean; letters: LetterEvidence[]; timelineEntries: number }
  /** Specific agreements in the lease and support agreement were not kept. */
  | { id: "agreementsBroken"; met: boolean; breaches: { description: string; recordedAt: string }[] }
  /** Everything possible was done to stop the behaviour (interventions offered). */
  | {
      id: "everythingPossibleDone";
      met: boolean;
      interventionsOffered: number;
      outcomes: { [O in InterventionOutcome | "pending"]: number };
    };

export interface CourtReadiness {
  ready: boolean;
  conditions: ReadinessCondition[];
}

/** The three conditions before Actie 6, each with the evidence the case holds. */
export function courtReadiness(state: Pick<CaseState, "ladder" | "timelineEntries">): CourtReadiness {
  const { ladder } = state;
  const letters = ladder.letters.map((l) => ({ step: l.step, kind: l.kind, sentAt: l.sentAt }));
  const outcomes = { successful: 0, unsuccessful: 0, declinedByParticipant: 0, pending: 0 };
  for (const intervention of ladder.interventions) outcomes[intervention.outcome ?? "pending"] += 1;
  const conditions: ReadinessCondition[] = [
    {
      id: "nuisanceDossier",
      met: letters.length > 0 && state.timelineEntries > 0,
      letters,
      timelineEntries: state.timelineEntries,
    },
    {
      id: "agreementsBroken",
      met: ladder.breaches.length > 0,
      breaches: ladder.breaches.map((b) => ({ description: b.description, recordedAt: b.recordedAt })),
    },
    {
      id: "everythingPossibleDone",
      met: ladder.interventions.length > 0,
      interventionsOffered: ladder.interventions.length,
      outcomes,
    },
  ];
  return { ready: conditions.every((c) => c.met), conditions };
}
