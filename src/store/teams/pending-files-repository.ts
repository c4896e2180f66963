/**
 * Teams file offers waiting for their person's consent (PendingFile): kept in the database so the
 * consent may reach any instance behind the load balancer. src/bot/teams/pending-files.ts decides
 * what an offer is; this file only stores and takes them.
 */
import type { PrismaClient } from "../db-types.ts";

export interface PendingFileRow {
  id: string;
  aadObjectId: string;
  filename: string;
  title: string;
  contentType: string;
  body: Uint8Array<ArrayBuffer>;
  locale: string;
}

/** Offers that still stand at `now`. */
export function countPendingFiles(prisma: PrismaClient, now: Date): Promise<number> {
  return prisma.pendingFile.count({ where: { expiresAt: { gt: now } } });
}

/** Keeps one offer, then removes the expired ones and, beyond `max`, the oldest. */
export async function insertPendingFile(
  prisma: PrismaClient,
  row: PendingFileRow,
  times: { now: Date; expiresAt: Date },
  max: number,
): Promise<void> {
  await prisma.pendingFile.create({ data: { ...row, expiresAt: times.expiresAt, createdAt: times.now } });
  await prisma.pendingFile.deleteMany({ where: { expiresAt: { lte: times.now } } });
  const beyond = await prisma.pendingFile.findMany({
    select: { id: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: max,
  });
  if (beyond.length) await prisma.pendingFile.deleteMany({ where: { id: { in: beyond.map((f) => f.id) } } });
}

/**
 * Takes the offer for this person, removing it: null when unknown, expired or someone else's (then it
 * stays). One statement: of two instances that get the same consent, one takes the file. The time as
 * text, read as UTC: the column holds UTC without a time zone, whatever the session's.
 */
export async function takePendingFile(
  prisma: PrismaClient,
  id: string,
  aadObjectId: string,
  now: Date,
): Promise<PendingFileRow | null> {
  const [row] = await prisma.$queryRaw<PendingFileRow[]>`DELETE FROM "PendingFile"
      WHERE "id" = ${id} AND "aadObjectId" = ${aadObjectId}
        AND "expiresAt" > ${now.toISOString()}::timestamp(3)
      RETURNING "id", "aadObjectId", "filename", "title", "contentType", "body", "locale"`;
  return row ?? null;
}

/** Forgets offers that could not be delivered. */
export async function dropPendingFiles(prisma: PrismaClient, ids: string[]): Promise<void> {
  await prisma.pendingFile.deleteMany({ where: { id: { in: ids } } });
}
