/**
 * The ChatPort on the Bot Connector: channel posts (top level or in a thread), updates of posted
 * cards, and direct messages in a person's personal chat with the bot.
 */
import type { Activity } from "botbuilder";
import type { Card } from "../../flows/cards/card.ts";
import type { Logger } from "../../logger.ts";
import {
  ChatDeliveryError,
  type ChatDestination,
  type ChatPort,
  type PostedMessage,
} from "../../services/interactions/chat-port.ts";
import {
  inConversation,
  type ProactiveDeps,
  type SentActivity,
  sendToConversation,
  sendToPerson,
  toDeliveryError,
} from "./proactive.ts";
import { baseConversationId, cardViewers, loadReference, referenceKeys, rememberCard } from "./references.ts";
import {
  ADAPTIVE_CARD_CONTENT_TYPE,
  cardSummary,
  cardToAdaptiveCard,
  toCardMarkdown,
} from "./render-adaptive-card.ts";

/** A message activity with a text (Nabuur's `*bold*` as Teams markdown). */
export function textActivity(text: string): Partial<Activity> {
  return { type: "message", text: toCardMarkdown(text), textFormat: "markdown" };
}

/** A message activity carrying one card; `refreshFor`: see CardRenderOptions. */
export function cardActivity(card: Card, refreshFor?: string[]): Partial<Activity> {
  return {
    type: "message",
    summary: cardSummary(card),
    attachments: [
      {
        contentType: ADAPTIVE_CARD_CONTENT_TYPE,
        content: cardToAdaptiveCard(card, refreshFor ? { refreshFor } : {}),
      },
    ],
  };
}

export function createTeamsChatPort(deps: ProactiveDeps & { logger: Logger }): ChatPort {
  async function remember(conversationId: string, activityId: string, card: Card) {
    try {
      await rememberCard(deps.store, conversationId, activityId, card);
    } catch (error) {
      deps.logger.warn({ err: error }, "could not remember a Teams card");
    }
  }

  async function postToChannel(channelId: string, threadMessageId: string | null, card: Card) {
    const reference = await loadReference(deps.store, referenceKeys.conversation(channelId));
    if (!reference) {
      throw new ChatDeliveryError("Teams: the bot has not seen this conversation (no reference stored)", {
        retryable: false,
      });
    }
    // Replies in a channel thread go to "<channel>;messageid=<root>"; chats have no threads.
    const inThread = threadMessageId && reference.conversation.conversationType === "channel";
    const conversationId = inThread
      ? `${reference.conversation.id};messageid=${threadMessageId}`
      : reference.conversation.id;
    return sendToConversation(
      deps,
      { ...reference, conversation: { ...reference.conversation, id: conversationId } },
      cardActivity(card),
    );
  }

  return {
    platform: "teams",
    async post(destination: ChatDestination, card: Card): Promise<PostedMessage> {
      let sent: SentActivity;
      try {
        sent =
          destination.kind === "channel"
            ? await postToChannel(destination.channelId, destination.threadMessageId, card)
            : await sendToPerson(deps, destination.userId, cardActivity(card));
      } catch (error) {
        throw toDeliveryError(error);
      }
      await remember(sent.conversationId, sent.activityId, card);
      return { channelId: sent.conversationId, messageId: sent.activityId };
    },
    async update(message: PostedMessage, card: Card): Promise<void> {
      try {
        const reference = await loadReference(
          deps.store,
          referenceKeys.conversation(baseConversationId(message.channelId)),
        );
        if (!reference) {
          throw new ChatDeliveryError("Teams: the bot has not seen this conversation (no reference stored)", {
            retryable: false,
          });
        }
        const inMessage = {
          ...reference,
          conversation: { ...reference.conversation, id: message.channelId },
        };
        // Whoever was shown their own copy of the card (an answer to their action) gets it refreshed.
        const viewers = await cardViewers(deps.store, message.channelId, message.messageId).catch(() => []);
        await inConversation(deps, inMessage, (context) =>
          context.updateActivity({ ...cardActivity(card, viewers), id: message.messageId }),
        );
      } catch (error) {
        throw toDeliveryError(error);
      }
      await remember(message.channelId, message.messageId, card);
    },
  };
}
