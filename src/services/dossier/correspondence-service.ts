/**
 * Correspondence with third parties (correspondentie met derden), part of the nuisance dossier:
 * who wrote to whom, when, and what about. Care-only correspondence (e.g. with the practitioner)
 * stays out of the landlord's version.
 */
import { FlowError } from "../../flows/errors.ts";
import type { Actor } from "../../flows/model.ts";
import { requirePermission } from "../../flows/policy/permissions.ts";
import { loadCase } from "../../store/cases/case-repository.ts";
import { insertCorrespondence } from "../../store/dossier/dossier-repository.ts";
import { NotFoundError } from "../errors.ts";
import { type ServiceRuntime, transact } from "../runtime.ts";
import { scopeOf } from "../scope.ts";

export const CORRESPONDENCE_DIRECTIONS = ["incoming", "outgoing"] as const;
export type CorrespondenceDirection = (typeof CORRESPONDENCE_DIRECTIONS)[number];

export interface CorrespondenceInput {
  /** The third party, e.g. "Wijkagent", "Gemeente Utrecht", "Advocaat verhuurder". */
  party: string;
  direction: CorrespondenceDirection;
  summary: string;
  at: Date;
  /** Care-only (care team members and coordinators record it; the landlord never sees it). */
  careOnly: boolean;
}

const PARTY_MAX = 200;
const SUMMARY_MAX = 3000;

export async function recordCorrespondence(
  runtime: ServiceRuntime,
  actor: Actor,
  caseId: string,
  input: CorrespondenceInput,
): Promise<string> {
  const party = input.party.trim();
  const summary = input.summary.trim();
  if (party === "" || party.length > PARTY_MAX) throw new FlowError("input.textRequired", { field: "party" });
  if (summary === "" || summary.length > SUMMARY_MAX)
    throw new FlowError("input.textRequired", { field: "summary" });
  return transact(runtime, async (tx) => {
    const loaded = await loadCase(tx, caseId);
    if (!loaded) throw new NotFoundError("case", caseId);
    const scope = await scopeOf(tx, loaded.state.participant);
    requirePermission(actor, input.careOnly ? "addCareNote" : "decideAction", scope);
    return insertCorrespondence(tx, {
      caseId,
      party,
      direction: input.direction,
      summary,
      at: input.at,
      visibility: input.careOnly ? "careTeam" : "shared",
      createdById: actor.memberId,
      createdAt: runtime.clock.now(),
    });
  });
}
