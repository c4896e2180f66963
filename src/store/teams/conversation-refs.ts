/**
 * What the Teams adapter remembers between requests, as JSON by key (TeamsConversation):
 * conversation references (where to post proactively: channel, personal chat, the last place a
 * user was seen) and the cards of Nabuur's messages with buttons (so a card replaced by a form
 * can be shown again). The adapter chooses the keys; this module only stores them.
 */
import type { PrismaClient } from "../db-types.ts";
import { toJson } from "../db-types.ts";

type StoredJson = Record<string, unknown>;

/** The store as the Teams adapter uses it. */
export interface TeamsConversationStore {
  save(key: string, value: StoredJson): Promise<void>;
  find(key: string): Promise<StoredJson | null>;
}

async function saveTeamsConversation(prisma: PrismaClient, key: string, value: StoredJson): Promise<void> {
  const reference = toJson(value);
  await prisma.teamsConversation.upsert({
    where: { key },
    create: { key, reference },
    update: { reference },
  });
}

async function findTeamsConversation(prisma: PrismaClient, key: string): Promise<StoredJson | null> {
  const row = await prisma.teamsConversation.findUnique({ where: { key } });
  const value = row?.reference;
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as StoredJson) : null;
}

export function createTeamsConversationStore(prisma: PrismaClient): TeamsConversationStore {
  return {
    save: (key, value) => saveTeamsConversation(prisma, key, value),
    find: (key) => findTeamsConversation(prisma, key),
  };
}
