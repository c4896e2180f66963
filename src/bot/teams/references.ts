/**
 * Conversation references: where the bot can post without being asked. Every inbound activity
 * refreshes them: the conversation itself, the person's personal chat (when it is one) and the
 * last place the person was seen (from which a personal chat can be created). Cards with buttons
 * that Nabuur posted are remembered too, so that "back" can show them again.
 */
import { type Activity, type ConversationReference, TurnContext } from "botbuilder";
import { z } from "zod";
import type { Card } from "../../flows/cards/card.ts";
import type { Logger } from "../../logger.ts";
import type { TeamsConversationStore } from "../../store/teams/conversation-refs.ts";
import { hasButtons, MAX_REFRESH_USERS } from "./render-adaptive-card.ts";

/** A channel thread is the channel's id plus ";messageid=<root activity id>". */
export function baseConversationId(conversationId: string): string {
  const index = conversationId.indexOf(";messageid=");
  return index === -1 ? conversationId : conversationId.slice(0, index);
}

export const referenceKeys = {
  conversation: (conversationId: string) => `conversation:${baseConversationId(conversationId)}`,
  personal: (aadObjectId: string) => `personal:${aadObjectId}`,
  user: (aadObjectId: string) => `user:${aadObjectId}`,
  card: (conversationId: string, activityId: string) =>
    `card:${baseConversationId(conversationId)}:${activityId}`,
};

const account = z.looseObject({
  id: z.string().min(1),
  name: z.string().optional(),
  aadObjectId: z.string().optional(),
});

const referenceSchema = z.looseObject({
  channelId: z.string().min(1),
  serviceUrl: z.string().min(1),
  conversation: z.looseObject({
    id: z.string().min(1),
    conversationType: z.string().optional(),
    tenantId: z.string().optional(),
  }),
  bot: account,
  user: account.optional(),
});

export type StoredReference = z.infer<typeof referenceSchema>;

/** The reference as botbuilder takes it. */
export function asConversationReference(reference: StoredReference): ConversationReference {
  return reference as unknown as ConversationReference;
}

export function tenantOf(activity: Partial<Activity>): string {
  const channelData = activity.channelData as { tenant?: { id?: string } } | undefined;
  return activity.conversation?.tenantId ?? channelData?.tenant?.id ?? "";
}

/** The reference of an inbound activity, for the conversation as a whole (not a thread). */
function referenceOf(activity: Partial<Activity>): StoredReference | null {
  const raw = TurnContext.getConversationReference(activity) as Record<string, unknown>;
  const parsed = referenceSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { activityId: _activityId, ...reference } = parsed.data;
  const tenantId = tenantOf(activity);
  return {
    ...reference,
    conversation: {
      ...reference.conversation,
      id: baseConversationId(reference.conversation.id),
      ...(tenantId ? { tenantId } : {}),
    },
  };
}

export async function loadReference(
  store: TeamsConversationStore,
  key: string,
): Promise<StoredReference | null> {
  const parsed = referenceSchema.safeParse(await store.find(key));
  return parsed.success ? parsed.data : null;
}

/** Saves the references an inbound activity tells about. Never fails the turn. */
export async function saveInboundReferences(
  store: TeamsConversationStore,
  activity: Partial<Activity>,
  logger: Logger,
): Promise<void> {
  const reference = referenceOf(activity);
  if (!reference) return;
  const aadObjectId = activity.from?.aadObjectId;
  const saves = [store.save(referenceKeys.conversation(reference.conversation.id), reference)];
  if (aadObjectId) {
    saves.push(store.save(referenceKeys.user(aadObjectId), reference));
    if (reference.conversation.conversationType === "personal") {
      saves.push(store.save(referenceKeys.personal(aadObjectId), reference));
    }
  }
  const results = await Promise.allSettled(saves);
  for (const result of results) {
    if (result.status === "rejected")
      logger.error({ err: result.reason }, "could not save a Teams conversation reference");
  }
}

/** Remembers where a mentioned person can be reached (the conversation they were mentioned in). */
export async function saveMentionedUser(
  store: TeamsConversationStore,
  activity: Partial<Activity>,
  user: { id: string; name: string; aadObjectId: string },
): Promise<void> {
  const reference = referenceOf(activity);
  if (!reference) return;
  await store.save(referenceKeys.user(user.aadObjectId), { ...reference, user });
}

const rememberedCardSchema = z.object({
  card: z.looseObject({ summary: z.string(), blocks: z.array(z.any()) }),
  /** Teams user ids of the people who were shown their own copy of the card (refresh.userIds). */
  viewers: z.array(z.string()).default([]),
});

type RememberedCard = z.infer<typeof rememberedCardSchema>;

async function findRemembered(
  store: TeamsConversationStore,
  conversationId: string,
  activityId: string,
): Promise<RememberedCard | null> {
  const parsed = rememberedCardSchema.safeParse(
    await store.find(referenceKeys.card(conversationId, activityId)),
  );
  return parsed.success ? parsed.data : null;
}

/** Remembers a posted card when it has buttons (only those can be replaced by a form). */
export async function rememberCard(
  store: TeamsConversationStore,
  conversationId: string,
  activityId: string,
  card: Card,
): Promise<void> {
  if (!hasButtons(card)) return;
  const viewers = (await findRemembered(store, conversationId, activityId))?.viewers ?? [];
  await store.save(referenceKeys.card(conversationId, activityId), { card, viewers });
}

export async function findRememberedCard(
  store: TeamsConversationStore,
  conversationId: string,
  activityId: string,
): Promise<Card | null> {
  const remembered = await findRemembered(store, conversationId, activityId);
  return remembered ? (remembered.card as unknown as Card) : null;
}

/** The people whose copy of a posted card Teams refreshes automatically. */
export async function cardViewers(
  store: TeamsConversationStore,
  conversationId: string,
  activityId: string,
): Promise<string[]> {
  return (await findRemembered(store, conversationId, activityId))?.viewers ?? [];
}

/**
 * Adds a person to the card's viewers: they were shown their own copy (the answer to their action),
 * so later updates of the card must reach their copy too. The newest 60 are kept (Teams' limit).
 */
export async function addCardViewer(
  store: TeamsConversationStore,
  conversationId: string,
  activityId: string,
  teamsUserId: string,
): Promise<string[]> {
  const remembered = await findRemembered(store, conversationId, activityId);
  if (!remembered) return [teamsUserId];
  const viewers = [...remembered.viewers.filter((id) => id !== teamsUserId), teamsUserId].slice(
    -MAX_REFRESH_USERS,
  );
  await store.save(referenceKeys.card(conversationId, activityId), { ...remembered, viewers });
  return viewers;
}
