/** Renders any card spec to the neutral card model, in the reader's language. */
import { type CaseCardSpec, renderCaseCard } from "../cases/cards.ts";
import { renderCooperationCard } from "../cooperation/card.ts";
import type { CooperationCardSpec } from "../cooperation/card-spec.ts";
import { renderDeadlineCard } from "../deadlines/card.ts";
import type { DeadlineCardSpec } from "../deadlines/card-spec.ts";
import type { Locale } from "../model.ts";
import { renderParticipantCard } from "../participants/card.ts";
import type { ParticipantCardSpec } from "../participants/card-spec.ts";
import { renderSignalCard } from "../signals/card.ts";
import type { SignalCardSpec } from "../signals/card-spec.ts";
import type { Card } from "./card.ts";
import type { CardSpec } from "./spec.ts";

function family<P extends string>(spec: CardSpec, prefix: P): boolean {
  return spec.kind.startsWith(`${prefix}.`);
}

export function renderCard(spec: CardSpec, locale: Locale): Card {
  if (family(spec, "case")) return renderCaseCard(spec as CaseCardSpec, locale);
  if (family(spec, "participant")) return renderParticipantCard(spec as ParticipantCardSpec, locale);
  if (family(spec, "signal")) return renderSignalCard(spec as SignalCardSpec, locale);
  if (family(spec, "cooperation")) return renderCooperationCard(spec as CooperationCardSpec, locale);
  if (family(spec, "deadline")) return renderDeadlineCard(spec as DeadlineCardSpec, locale);
  throw new Error(`No renderer for card kind ${spec.kind}`);
}
