/** An in-memory ChatPort: records every post and update (for tests that need no platform). */

import type { Card } from "../../src/flows/cards/card.ts";
import type {
  ChatDestination,
  ChatPlatform,
  ChatPort,
  PostedMessage,
} from "../../src/services/interactions/chat-port.ts";

export interface RecordedPost {
  destination: ChatDestination;
  card: Card;
  message: PostedMessage;
}

export class MemoryChat implements ChatPort {
  readonly posts: RecordedPost[] = [];
  readonly updates: { message: PostedMessage; card: Card }[] = [];
  private counter = 0;

  constructor(readonly platform: ChatPlatform = "slack") {}

  async post(destination: ChatDestination, card: Card): Promise<PostedMessage> {
    const channelId = destination.kind === "dm" ? `D${destination.userId}` : destination.channelId;
    const message = { channelId, messageId: `m${++this.counter}` };
    this.posts.push({ destination, card, message });
    return message;
  }

  async update(message: PostedMessage, card: Card): Promise<void> {
    this.updates.push({ message, card });
  }
}
