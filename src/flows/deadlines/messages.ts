/**
 * The messages one nudge becomes: the nudge card in the case thread and as a direct message to
 * each member it reaches (SPEC §5). Shaped like a MessageEffect without its `type`, so the service
 * can emit `{ type: "message", ...message }` once the CardSpec union includes DeadlineCardSpec.
 */
import type { MessageTarget } from "../effects.ts";
import { type DeadlineCardSpec, nudgeCardSpec } from "./card-spec.ts";
import type { DeadlineView } from "./model.ts";
import { type NudgeContacts, nudgeRecipients, nudgeTargets } from "./recipients.ts";
import type { NudgeStage } from "./schedule.ts";

export interface DeadlineMessage {
  target: MessageTarget;
  /**
   * Always null: every nudge is a new message, so it notifies. A clicked nudge card is replaced by
   * its resolved variant (resolvedNudgeCardSpec) through the click's own response.
   */
  updateKey: null;
  card: DeadlineCardSpec;
}

export function nudgeMessages(
  stage: NudgeStage,
  deadline: DeadlineView,
  contacts: NudgeContacts,
  labels: { subjectLabel: string; ownerName: string | null },
): DeadlineMessage[] {
  const card = nudgeCardSpec(stage, deadline, labels);
  return nudgeTargets(nudgeRecipients(stage, deadline, contacts)).map((target) => ({
    target,
    updateKey: null,
    card,
  }));
}
