/**
 * A kind of follow-up action the guideline proposes (Actie 2 table, Actie 3–6). Templates are
 * plain data; a case turns them into `CaseAction`s that people accept, change, skip or finish.
 */
import type { DeadlineRule } from "../context.ts";
import type { Role } from "../model.ts";

/** Who may see an action: the shared channel, or the care team only (zorg-only content). */
export type ActionAudience = "shared" | "careTeam";

export interface ActionTemplate<Code extends string = string> {
  code: Code;
  ownerRole: Role;
  audience: ActionAudience;
  /** Shown to landlord staff once agreed (besides actions the landlord owns). */
  relevantToLandlord: boolean;
  /** Rule for the deadline set when the action is agreed; null = no deadline unless a person sets one. */
  deadlineRule: DeadlineRule | null;
  /** Buurtbemiddeling: only with the participant's consent. */
  requiresMediationConsent?: boolean;
  /** Created as agreed, with its deadline running, and cannot be skipped (legal advice, Actie 4–6). */
  agreedOnCreate?: boolean;
  /** The deadline starts when the action is proposed, under this fixed key (six-week follow-up). */
  scheduledOnProposal?: { key: string; rule: DeadlineRule };
}
