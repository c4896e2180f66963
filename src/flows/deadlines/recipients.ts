/**
 * Who a nudge reaches (SPEC §5): every nudge is posted in the case thread and sent to the owner by
 * direct message; the overdue escalation also goes to the coordinator and the landlord contact.
 * The service looks up who those are for the deadline's subject and passes them in.
 */
import { assertNever, type MessageTarget } from "../effects.ts";
import type { Role } from "../model.ts";
import type { NudgeStage } from "./schedule.ts";

const NUDGE_RECIPIENTS = ["owner", "coordinator", "landlordContact"] as const;
type NudgeRecipient = (typeof NUDGE_RECIPIENTS)[number];

/** The coordinator and landlord contact of the deadline's case or participant, when known. */
export interface NudgeContacts {
  coordinatorId: string | null;
  landlordContactId: string | null;
}

const NO_CONTACTS: NudgeContacts = { coordinatorId: null, landlordContactId: null };

export interface NudgeRecipients {
  /** Post the nudge in the case thread (shared channel). */
  thread: boolean;
  /** Who is addressed by direct message, in this order. */
  recipients: NudgeRecipient[];
  /** The member ids to message directly: one per person, even when one person has two roles. */
  dmMemberIds: string[];
  /** Addressed recipients without a known member; the thread post is all they get. */
  unresolved: NudgeRecipient[];
}

function recipientsOf(stage: NudgeStage): NudgeRecipient[] {
  switch (stage) {
    case "headsUp":
    case "due":
      return ["owner"];
    // Termijnen: an overdue deadline is escalated to the coordinator and the landlord contact.
    case "overdue":
      return ["owner", "coordinator", "landlordContact"];
    default:
      return assertNever(stage);
  }
}

export function nudgeRecipients(
  stage: NudgeStage,
  deadline: { ownerRole: Role; ownerMemberId: string | null },
  contacts: NudgeContacts = NO_CONTACTS,
): NudgeRecipients {
  const recipients = recipientsOf(stage);
  const memberOf: Record<NudgeRecipient, string | null> = {
    owner: deadline.ownerMemberId,
    coordinator: contacts.coordinatorId,
    landlordContact: contacts.landlordContactId,
  };
  const dmMemberIds: string[] = [];
  const unresolved: NudgeRecipient[] = [];
  for (const recipient of recipients) {
    const memberId = memberOf[recipient];
    if (memberId === null || memberId === "") unresolved.push(recipient);
    else if (!dmMemberIds.includes(memberId)) dmMemberIds.push(memberId);
  }
  return { thread: true, recipients, dmMemberIds, unresolved };
}

/** Where the nudge messages go: the case thread (shared channel) and one DM per member. */
export function nudgeTargets(recipients: NudgeRecipients): MessageTarget[] {
  const targets: MessageTarget[] = [];
  if (recipients.thread) targets.push({ kind: "channel", audience: "shared", inCaseThread: true });
  for (const memberId of recipients.dmMemberIds) targets.push({ kind: "dm", memberId });
  return targets;
}
