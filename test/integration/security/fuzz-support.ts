/**
 * Shared by the property tests of the chat entrances: a fingerprint of the database, a pool that
 * sends many requests at once over keep-alive connections, and a log that keeps error lines.
 */
import { Writable } from "node:stream";
import type { PrismaClient } from "../../../src/store/db-types.ts";

/**
 * Every table's row count and an md5 of its rows, except what a platform adapter legitimately
 * keeps about any request it accepts (where a Teams user can be reached) and the delivery
 * bookkeeping of messages that were already waiting.
 */
export async function databaseFingerprint(prisma: PrismaClient): Promise<Record<string, string>> {
  // Bookkeeping, not records: deliveries, message references, conversations, and the rate limits'
  // windows (every request is counted, also one that is refused).
  const skip = new Set([
    "OutboxMessage",
    "MessageRef",
    "TeamsConversation",
    "RateLimitWindow",
    "_prisma_migrations",
  ]);
  const tables = await prisma.$queryRawUnsafe<{ tablename: string }[]>(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
  );
  const fingerprint: Record<string, string> = {};
  for (const { tablename } of tables) {
    if (skip.has(tablename)) continue;
    const [row] = await prisma.$queryRawUnsafe<{ n: number; h: string }[]>(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM "${tablename}" t`,
    );
    fingerprint[tablename] = `${row!.n}:${row!.h}`;
  }
  return fingerprint;
}

/** Runs `work` over `items`, `concurrency` at a time; resolves when all are done. */
export async function inPool<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/** A pino destination that keeps every line at level error or above (50+). */
export class ErrorLog extends Writable {
  readonly errors: Record<string, unknown>[] = [];

  override _write(chunk: Buffer, _encoding: string, callback: () => void): void {
    for (const line of chunk.toString("utf8").split("\n")) {
      if (!line.trim()) continue;
      try {
        const entry = JSON.parse(line) as Record<string, unknown>;
        if (typeof entry.level === "number" && entry.level >= 50) this.errors.push(entry);
      } catch {
        this.errors.push({ unparsable: line.slice(0, 200) });
      }
    }
    callback();
  }
}

/** A short description of a payload for a failure message. */
export function preview(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > 400 ? `${text.slice(0, 400)}… (${text.length} chars)` : text;
}
