/** The ChatPort on Slack's Web API (chat.postMessage / chat.update; DMs via conversations.open). */
import { ErrorCode, type WebClient } from "@slack/web-api";
import type { Card } from "../../flows/cards/card.ts";
import {
  ChatDeliveryError,
  type ChatDestination,
  type ChatPort,
  type PostedMessage,
} from "../../services/interactions/chat-port.ts";
import { cardToBlockKit } from "./render-blocks.ts";

/** Platform errors another attempt cannot fix. */
const PERMANENT_ERRORS = new Set([
  "channel_not_found",
  "not_in_channel",
  "is_archived",
  "msg_too_long",
  "invalid_blocks",
  "invalid_blocks_format",
  "message_not_found",
  "cant_update_message",
  "user_not_found",
  "account_inactive",
  "user_disabled",
]);

function toDeliveryError(error: unknown): ChatDeliveryError {
  const slackError = error as {
    code?: string;
    retryAfter?: number;
    data?: { error?: string };
    message?: string;
  };
  if (slackError.code === ErrorCode.RateLimitedError) {
    return new ChatDeliveryError("Slack rate limit", {
      retryable: true,
      retryAfterMs: (slackError.retryAfter ?? 1) * 1000,
    });
  }
  if (slackError.code === ErrorCode.PlatformError) {
    const code = slackError.data?.error ?? "unknown_error";
    return new ChatDeliveryError(`Slack: ${code}`, { retryable: !PERMANENT_ERRORS.has(code) });
  }
  return new ChatDeliveryError(`Slack unreachable: ${slackError.message ?? String(error)}`, {
    retryable: true,
  });
}

export function createSlackChatPort(client: WebClient): ChatPort {
  async function channelOf(destination: ChatDestination): Promise<{ channel: string; thread_ts?: string }> {
    if (destination.kind === "channel") {
      return {
        channel: destination.channelId,
        ...(destination.threadMessageId ? { thread_ts: destination.threadMessageId } : {}),
      };
    }
    const opened = await client.conversations.open({ users: destination.userId });
    const channel = opened.channel?.id;
    if (!channel)
      throw new ChatDeliveryError("Slack: conversations.open returned no channel", { retryable: true });
    return { channel };
  }

  return {
    platform: "slack",
    async post(destination: ChatDestination, card: Card): Promise<PostedMessage> {
      try {
        const where = await channelOf(destination);
        const result = await client.chat.postMessage({
          ...where,
          ...cardToBlockKit(card),
          unfurl_links: false,
        });
        if (!result.ts || !result.channel)
          throw new ChatDeliveryError("Slack: no ts in reply", { retryable: true });
        return { channelId: result.channel, messageId: result.ts };
      } catch (error) {
        throw error instanceof ChatDeliveryError ? error : toDeliveryError(error);
      }
    },
    async update(message: PostedMessage, card: Card): Promise<void> {
      try {
        await client.chat.update({
          channel: message.channelId,
          ts: message.messageId,
          ...cardToBlockKit(card),
        });
      } catch (error) {
        throw toDeliveryError(error);
      }
    },
  };
}
