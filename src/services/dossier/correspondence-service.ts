/**
 * Correspondence with third parties (correspondentie met derden), part of the nuisance dossier:
 * who wrote to whom, when, and what about. Care-only correspondence (e.g. with the practitioner)
 * stays out of the landlord's version, out of the shared channel and out of the landlord's view
 * of the timeline. Every item lands in the case timeline (who, when, what, guideline step).
 */
import {
  CORRESPONDENCE_PARTY_MAX,
  CORRESPONDENCE_SUMMARY_MAX,
  type CorrespondenceDirection,
} from "../../flows/dossier/correspondence.ts";
import { FlowError } from "../../flows/errors.ts";
import type { Actor } from "../../flows/model.ts";
import { requirePermission } from "../../flows/policy/permissions.ts";
import { insertCorrespondence } from "../../store/dossier/dossier-repository.ts";
import { appendTimelineEntries } from "../../store/timeline/append-timeline-entries.ts";
import { loadCaseFor } from "../load-case-for.ts";
import { type ServiceRuntime, type TransactionHooks, transact } from "../runtime.ts";

export interface CorrespondenceInput {
  /** The third party, e.g. "Wijkagent", "Gemeente Utrecht", "Advocaat verhuurder". */
  party: string;
  direction: CorrespondenceDirection;
  summary: string;
  at: Date;
  /** Care-only (care team members and coordinators record it; the landlord never sees it). */
  careOnly: boolean;
}

export interface RecordedCorrespondence {
  id: string;
  caseId: string;
  caseNumber: string;
}

export async function recordCorrespondence(
  runtime: ServiceRuntime,
  actor: Actor,
  caseId: string,
  input: CorrespondenceInput,
  hooks: TransactionHooks<RecordedCorrespondence> = {},
): Promise<RecordedCorrespondence> {
  const party = input.party.trim();
  const summary = input.summary.trim();
  if (party === "" || party.length > CORRESPONDENCE_PARTY_MAX)
    throw new FlowError("input.textRequired", { field: "party" });
  if (summary === "" || summary.length > CORRESPONDENCE_SUMMARY_MAX)
    throw new FlowError("input.textRequired", { field: "summary" });
  return transact(
    runtime,
    async (tx) => {
      const { state, scope } = await loadCaseFor(tx, actor, caseId, "recordCorrespondence");
      // Care-only correspondence is the care team's, as care notes are.
      if (input.careOnly) requirePermission(actor, "addCareNote", scope);
      const now = runtime.clock.now();
      const visibility = input.careOnly ? "careTeam" : "shared";
      const id = await insertCorrespondence(tx, {
        caseId,
        party,
        direction: input.direction,
        summary,
        at: input.at,
        visibility,
        createdById: actor.memberId,
        createdAt: now,
      });
      await appendTimelineEntries(tx, `case:${caseId}`, now, [
        {
          actorId: actor.memberId,
          step: state.step,
          event: "correspondence.recorded",
          visibility,
          details: {
            actorId: actor.memberId,
            correspondenceId: id,
            // Not "party": that key is a guideline code elsewhere and kept by the retention; a third
            // party's name is free text and anonymised with the case.
            thirdParty: party,
            direction: input.direction,
            at: input.at.toISOString(),
            summary,
          },
        },
      ]);
      return { id, caseId, caseNumber: state.number };
    },
    hooks,
  );
}
