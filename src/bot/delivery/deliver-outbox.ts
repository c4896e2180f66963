/**
 * Delivers the outbox: immediately after each commit and again on every scheduler tick. Failed
 * messages are retried with exponential backoff (honouring Retry-After); after MAX_ATTEMPTS they are
 * parked and an alert is logged — never dropped silently.
 */
import type { Logger } from "../../logger.ts";
import {
  ChatDeliveryError,
  type ChatDestination,
  type ChatPlatform,
  type ChatPort,
} from "../../services/interactions/chat-port.ts";
import { renderMentions } from "../../services/interactions/mentions.ts";
import type { PrismaClient } from "../../store/db-types.ts";
import { findMessageRef, saveMessageRef } from "../../store/outbox/message-refs.ts";
import {
  type ClaimedOutboxMessage,
  claimDueOutboxMessages,
  markOutboxFailed,
  markOutboxSent,
} from "../../store/outbox/outbox-repository.ts";

export const MAX_ATTEMPTS = 8;
const BASE_BACKOFF_MS = 5_000;
const MAX_BACKOFF_MS = 30 * 60_000;

/** Backoff after the n-th failed attempt (1-based): 5 s, 10 s, 20 s … capped at 30 minutes. */
function backoffMs(attempt: number): number {
  return Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** Math.max(0, attempt - 1));
}

export interface DeliveryDeps {
  prisma: PrismaClient;
  ports: Partial<Record<ChatPlatform, ChatPort>>;
  logger: Logger;
  instanceId: string;
  now: () => Date;
}

export interface DeliveryReport {
  sent: number;
  retried: number;
  parked: number;
}

/**
 * Where a message goes. A thread reply goes under the message registered for its thread key in
 * the same channel; when there is none yet, this message is posted at the top level and becomes
 * the root of that thread (so a case's care-team messages share one thread in the care channel).
 */
async function destinationOf(
  deps: DeliveryDeps,
  message: ClaimedOutboxMessage,
): Promise<{ destination: ChatDestination; becomesThreadRoot: string | null }> {
  const { target } = message;
  if (target.kind === "dm")
    return { destination: { kind: "dm", userId: target.userId }, becomesThreadRoot: null };
  if (target.kind === "unbound") throw new ChatDeliveryError("no channel bound", { retryable: false });
  const topLevel = { kind: "channel" as const, channelId: target.channelId, threadMessageId: null };
  if (!target.threadKey) return { destination: topLevel, becomesThreadRoot: null };
  const parent = await findMessageRef(deps.prisma, message.platform, target.threadKey);
  if (!parent || parent.channelId !== target.channelId) {
    return { destination: topLevel, becomesThreadRoot: parent ? null : target.threadKey };
  }
  return {
    destination: { kind: "channel", channelId: target.channelId, threadMessageId: parent.messageId },
    becomesThreadRoot: null,
  };
}

async function deliverOne(deps: DeliveryDeps, message: ClaimedOutboxMessage): Promise<void> {
  const port = deps.ports[message.platform];
  if (!port) throw new ChatDeliveryError(`${message.platform} is not configured`, { retryable: true });
  const card = await renderMentions(deps.prisma, message.platform, message.card);
  if (message.updateKey) {
    const existing = await findMessageRef(deps.prisma, message.platform, message.updateKey);
    if (existing) {
      await port.update(existing, card);
      return;
    }
  }
  const { destination, becomesThreadRoot } = await destinationOf(deps, message);
  const posted = await port.post(destination, card);
  if (message.updateKey) await saveMessageRef(deps.prisma, message.platform, message.updateKey, posted);
  if (becomesThreadRoot) await saveMessageRef(deps.prisma, message.platform, becomesThreadRoot, posted);
}

/** One delivery round: claims due messages and sends them. Each message has its own error boundary. */
export async function deliverOutbox(deps: DeliveryDeps, limit = 50): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retried: 0, parked: 0 };
  // Loop so that the next message of a case goes out in the same round as the one before it.
  for (let round = 0; round < 20; round++) {
    const claimed = await claimDueOutboxMessages(deps.prisma, deps.instanceId, deps.now(), limit);
    if (claimed.length === 0) break;
    for (const message of claimed) {
      try {
        await deliverOne(deps, message);
        await markOutboxSent(deps.prisma, message.id, deps.instanceId, deps.now());
        report.sent++;
      } catch (error) {
        const attempt = message.attempts + 1;
        const deliveryError = error instanceof ChatDeliveryError ? error : null;
        const retryable = deliveryError ? deliveryError.retryable : true;
        const park = !retryable || attempt >= MAX_ATTEMPTS;
        const waitMs = Math.max(deliveryError?.retryAfterMs ?? 0, backoffMs(attempt));
        const retryAt = park ? null : new Date(deps.now().getTime() + waitMs);
        await markOutboxFailed(deps.prisma, message.id, deps.instanceId, (error as Error).message, retryAt);
        if (park) {
          report.parked++;
          deps.logger.error(
            {
              outboxId: message.id,
              orderingKey: message.orderingKey,
              platform: message.platform,
              attempt,
              err: error,
            },
            "ALERT: message could not be delivered and was parked; see the OutboxMessage table",
          );
        } else {
          report.retried++;
          deps.logger.warn(
            { outboxId: message.id, platform: message.platform, attempt, retryAt, err: error },
            "delivery failed; will retry",
          );
        }
      }
    }
    // A failed head blocks its case until the retry: stop this round after failures.
    if (report.retried + report.parked > 0) break;
  }
  return report;
}
