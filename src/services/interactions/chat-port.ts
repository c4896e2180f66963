/**
 * One port, many adapters: what the chat core needs from a chat platform. The core defines it;
 * Slack and Teams (src/bot) and the in-memory fake used by flow tests implement it and pass the
 * same contract tests.
 */
import type { Card } from "../../flows/cards/card.ts";

export type ChatPlatform = "slack" | "teams";

export type ChatDestination =
  | { kind: "channel"; channelId: string; threadMessageId: string | null }
  | { kind: "dm"; userId: string };

export interface PostedMessage {
  channelId: string;
  messageId: string;
}

export interface ChatPort {
  readonly platform: ChatPlatform;
  post(destination: ChatDestination, card: Card): Promise<PostedMessage>;
  update(message: PostedMessage, card: Card): Promise<void>;
}

/**
 * A failed delivery. `retryable` is false for errors that another attempt cannot fix (e.g. the bot
 * was removed from the channel); `retryAfterMs` honours a platform's rate limit (HTTP 429).
 */
export class ChatDeliveryError extends Error {
  override name = "ChatDeliveryError";
  readonly retryable: boolean;
  readonly retryAfterMs: number | null;

  constructor(message: string, options: { retryable: boolean; retryAfterMs?: number | null }) {
    super(message);
    this.retryable = options.retryable;
    this.retryAfterMs = options.retryAfterMs ?? null;
  }
}
