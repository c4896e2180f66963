/**
 * Cards name members with neutral `<@memberId>` references (src/flows/format.ts), and the outbox
 * keeps them so. Each platform gets its own form as the message goes out: Slack its own mention of
 * the member's Slack user; Teams, and members without an account on that platform, the member's
 * name. A reference by name (`memberName`: owners, assignees) is the display name everywhere. A
 * reference to a member who no longer exists becomes "?".
 */
import type { Card } from "../../flows/cards/card.ts";
import { mentionedMemberIds, replaceMentions } from "../../flows/format.ts";
import type { PrismaClient } from "../../store/db-types.ts";
import { findMembersByIds, type MemberView } from "../../store/members/members.ts";
import type { ChatPlatform } from "./chat-port.ts";

const MENTIONS: Record<ChatPlatform, (member: MemberView) => string> = {
  slack: (member) => (member.slackUserId ? `<@${member.slackUserId}>` : member.displayName),
  teams: (member) => member.displayName,
};

/** `card` with its member references rendered for `platform`. */
export async function renderMentions(
  prisma: PrismaClient,
  platform: ChatPlatform,
  card: Card,
): Promise<Card> {
  const json = JSON.stringify(card);
  const ids = mentionedMemberIds(json);
  if (ids.length === 0) return card;
  const members = new Map((await findMembersByIds(prisma, ids)).map((member) => [member.id, member]));
  const render = (memberId: string, byName: boolean) => {
    const member = members.get(memberId);
    if (!member) return "?";
    return byName ? member.displayName : MENTIONS[platform](member);
  };
  return JSON.parse(json, (_key, value) =>
    typeof value === "string" ? replaceMentions(value, render) : value,
  ) as Card;
}
