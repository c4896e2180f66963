/** Where a message with an updateKey landed on a platform, so later updates edit that message. */
import type { PrismaClient, Tx } from "../db-types.ts";
import type { Platform } from "../generated/prisma/enums.ts";

export interface PlatformMessage {
  channelId: string;
  messageId: string;
}

export async function findMessageRef(
  prisma: PrismaClient,
  platform: Platform,
  key: string,
): Promise<PlatformMessage | null> {
  const ref = await prisma.messageRef.findUnique({ where: { platform_key: { platform, key } } });
  if (!ref) return null;
  const channelId = ref.slackChannelId ?? ref.teamsConversationId;
  const messageId = ref.slackTs ?? ref.teamsActivityId;
  return channelId && messageId ? { channelId, messageId } : null;
}

export async function saveMessageRef(
  prisma: PrismaClient,
  platform: Platform,
  key: string,
  message: PlatformMessage,
): Promise<void> {
  const columns =
    platform === "slack"
      ? { slackChannelId: message.channelId, slackTs: message.messageId }
      : { teamsConversationId: message.channelId, teamsActivityId: message.messageId };
  await prisma.messageRef.upsert({
    where: { platform_key: { platform, key } },
    create: { platform, key, ...columns },
    update: columns,
  });
}

/**
 * The keys registered for the message posted at `message` — the card a person acted on: its update
 * key, and the thread key when it roots a thread. A Teams channel message is addressed by the
 * channel id alone or with ";messageid=<root>" (its thread), so both forms of the channel id match.
 */
export async function findMessageKeys(
  prisma: PrismaClient,
  platform: Platform,
  message: PlatformMessage,
): Promise<string[]> {
  const refs =
    platform === "slack"
      ? await prisma.messageRef.findMany({
          where: { platform, slackChannelId: message.channelId, slackTs: message.messageId },
        })
      : await prisma.messageRef.findMany({
          where: {
            platform,
            teamsActivityId: message.messageId,
            OR: [
              { teamsConversationId: message.channelId },
              { teamsConversationId: { startsWith: `${message.channelId};messageid=` } },
            ],
          },
        });
  return refs.map((ref) => ref.key);
}

/** The platform messages registered under keys that start with `prefix` (e.g. one per member). */
export async function findMessageRefsUnder(
  db: Tx | PrismaClient,
  prefix: string,
): Promise<{ platform: Platform; key: string }[]> {
  return db.messageRef.findMany({
    where: { key: { startsWith: prefix } },
    select: { platform: true, key: true },
    orderBy: [{ platform: "asc" }, { key: "asc" }],
  });
}
