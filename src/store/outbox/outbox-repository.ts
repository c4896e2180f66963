/**
 * The transactional outbox: messages are written in the same transaction as the decision that
 * caused them, then delivered by src/bot/delivery. Each message is claimed with a conditional
 * update before it is sent, so several instances never send it twice; only the oldest pending
 * message of an ordering key (a case) can be claimed, so a case's messages arrive in order.
 */
import type { Card } from "../../flows/cards/card.ts";
import { type PrismaClient, type Tx, toJson } from "../db-types.ts";
import type { Platform } from "../generated/prisma/enums.ts";
import { type OutboxTarget, outboxTargetSchema } from "./target.ts";

export interface NewOutboxMessage {
  orderingKey: string;
  platform: Platform;
  target: OutboxTarget;
  card: Card;
  updateKey: string | null;
}

export interface ClaimedOutboxMessage {
  id: string;
  orderingKey: string;
  platform: Platform;
  target: OutboxTarget;
  card: Card;
  updateKey: string | null;
  attempts: number;
}

export async function enqueueOutboxMessages(tx: Tx, messages: NewOutboxMessage[], now: Date): Promise<void> {
  for (const message of messages) {
    await tx.outboxMessage.create({
      data: {
        orderingKey: message.orderingKey,
        platform: message.platform,
        target: toJson(message.target),
        card: toJson(message.card),
        updateKey: message.updateKey,
        // A message for an audience whose channel is not bound yet waits until one is bound.
        status: message.target.kind === "unbound" ? "parked" : "pending",
        lastError: message.target.kind === "unbound" ? `no ${message.target.audience} channel bound` : null,
        nextAttemptAt: now,
        createdAt: now,
      },
    });
  }
}

interface ClaimedRow {
  id: string;
  orderingKey: string;
  platform: Platform;
  target: unknown;
  card: unknown;
  updateKey: string | null;
  attempts: number;
}

/**
 * Claims the due head message of each ordering key for `leaseMs` — longer than a platform call
 * takes (the Web API clients time out sooner), short enough that a message held by a crashed
 * instance goes out again soon.
 */
export async function claimDueOutboxMessages(
  prisma: PrismaClient,
  instanceId: string,
  now: Date,
  limit: number,
  leaseMs = 30_000,
): Promise<ClaimedOutboxMessage[]> {
  const rows = await prisma.$queryRawUnsafe<ClaimedRow[]>(
    `UPDATE "OutboxMessage" AS o
        SET "claimedBy" = $1, "claimedUntil" = $3
      WHERE o.id IN (
        SELECT head.id FROM (
          SELECT DISTINCT ON ("orderingKey") id, "nextAttemptAt", "claimedUntil", seq
            FROM "OutboxMessage"
           WHERE status = 'pending'
           ORDER BY "orderingKey", seq
        ) AS head
        WHERE head."nextAttemptAt" <= $2 AND (head."claimedUntil" IS NULL OR head."claimedUntil" < $2)
        ORDER BY head.seq
        LIMIT $4
      )
      AND o.status = 'pending' AND (o."claimedUntil" IS NULL OR o."claimedUntil" < $2)
      RETURNING o.id, o."orderingKey", o.platform, o.target, o.card, o."updateKey", o.attempts`,
    instanceId,
    now,
    new Date(now.getTime() + leaseMs),
    limit,
  );
  return rows.map((row) => ({
    ...row,
    target: outboxTargetSchema.parse(row.target),
    card: row.card as Card,
  }));
}

export async function markOutboxSent(prisma: PrismaClient, id: string, instanceId: string, now: Date) {
  await prisma.outboxMessage.updateMany({
    where: { id, claimedBy: instanceId },
    data: { status: "sent", sentAt: now, claimedBy: null, claimedUntil: null, attempts: { increment: 1 } },
  });
}

/** Records a failed attempt: retry at `retryAt`, or park the message (never dropped) when null. */
export async function markOutboxFailed(
  prisma: PrismaClient,
  id: string,
  instanceId: string,
  error: string,
  retryAt: Date | null,
) {
  await prisma.outboxMessage.updateMany({
    where: { id, claimedBy: instanceId },
    data: {
      status: retryAt ? "pending" : "parked",
      lastError: error.slice(0, 1000),
      nextAttemptAt: retryAt ?? undefined,
      claimedBy: null,
      claimedUntil: null,
      attempts: { increment: 1 },
    },
  });
}

/**
 * The newest card written for one of these update keys on a platform — what their message shows
 * once the outbox has delivered it (delivered or not yet). Null when nothing was written for them.
 */
export async function latestOutboxCard(
  prisma: PrismaClient,
  platform: Platform,
  updateKeys: string[],
): Promise<Card | null> {
  if (updateKeys.length === 0) return null;
  const row = await prisma.outboxMessage.findFirst({
    where: { platform, updateKey: { in: updateKeys } },
    orderBy: { seq: "desc" },
    select: { card: true },
  });
  return row ? (row.card as unknown as Card) : null;
}

/**
 * Re-queues a person's direct messages that were parked because the platform could not reach them
 * yet (no conversation with them known); called when the person first shows up.
 */
export async function releaseParkedDirectMessages(
  prisma: PrismaClient,
  platform: Platform,
  userId: string,
  now: Date,
): Promise<number> {
  const released = await prisma.outboxMessage.updateMany({
    where: {
      platform,
      status: "parked",
      AND: [{ target: { path: ["kind"], equals: "dm" } }, { target: { path: ["userId"], equals: userId } }],
    },
    data: { status: "pending", nextAttemptAt: now, lastError: null, attempts: 0 },
  });
  return released.count;
}

/** Re-queues parked messages that waited for a channel of this scope (called when one is bound). */
export async function releaseUnboundOutboxMessages(
  tx: Tx,
  platform: Platform,
  audience: "shared" | "careTeam",
  scopeKey: string,
  channelId: string,
  now: Date,
): Promise<number> {
  const parked = await tx.outboxMessage.findMany({
    where: { platform, status: "parked" },
    orderBy: { seq: "asc" },
  });
  let released = 0;
  for (const message of parked) {
    const target = outboxTargetSchema.parse(message.target);
    if (target.kind !== "unbound" || target.audience !== audience || target.scopeKey !== scopeKey) continue;
    await tx.outboxMessage.update({
      where: { id: message.id },
      data: {
        status: "pending",
        nextAttemptAt: now,
        lastError: null,
        target: toJson({ kind: "channel", channelId, threadKey: target.threadKey } satisfies OutboxTarget),
      },
    });
    released++;
  }
  return released;
}

/** Messages in the outbox per platform and status (for the metrics endpoint). */
export async function countOutboxByPlatformAndStatus(
  prisma: PrismaClient,
): Promise<{ platform: string; status: string; count: number }[]> {
  const rows = await prisma.outboxMessage.groupBy({ by: ["platform", "status"], _count: { _all: true } });
  return rows.map((row) => ({ platform: row.platform, status: row.status, count: row._count._all }));
}
