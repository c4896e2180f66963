/**
 * Every card spec a flow can put in a message effect (stored in the outbox as JSON). Each module
 * adds its own union here; src/flows/cards/render.ts renders any of them.
 */
import type { CaseCardSpec } from "../cases/cards.ts";
import type { CooperationCardSpec } from "../cooperation/card-spec.ts";
import type { DeadlineCardSpec } from "../deadlines/card-spec.ts";
import type { ParticipantCardSpec } from "../participants/card-spec.ts";
import type { SignalCardSpec } from "../signals/card-spec.ts";

export type CardSpec =
  | CaseCardSpec
  | ParticipantCardSpec
  | SignalCardSpec
  | CooperationCardSpec
  | DeadlineCardSpec;
