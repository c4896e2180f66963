/**
 * Intake API keys of landlords. Each key acts as its own system member (role landlordStaff, never
 * active as a person), so everything it does is on the timeline under that member. Only a hash of
 * the key's secret is stored.
 */
import type { Role } from "../../flows/model.ts";
import type { PrismaClient, Tx } from "../db-types.ts";

type Db = Tx | PrismaClient;

export interface ApiKeyRow {
  id: string;
  organisationId: string;
  organisationName: string;
  organisationKind: string;
  memberId: string;
  /** The role of the key's member (landlordStaff, unless the row was edited by hand). */
  memberRole: Role;
  prefix: string;
  hash: string;
  label: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const include = {
  organisation: { select: { name: true, kind: true } },
  member: { select: { role: true } },
} as const;

function row(record: {
  id: string;
  organisationId: string;
  organisation: { name: string; kind: string };
  member: { role: Role };
  memberId: string;
  prefix: string;
  hash: string;
  label: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}): ApiKeyRow {
  const { organisation, member, ...rest } = record;
  return {
    ...rest,
    organisationName: organisation.name,
    organisationKind: organisation.kind,
    memberRole: member.role,
  };
}

export interface NewApiKey {
  organisationId: string;
  prefix: string;
  hash: string;
  label: string;
  /** Name of the key's system member, as the timeline and the cards show it. */
  memberName: string;
}

/** Creates the key and its system member in one transaction. */
export async function insertApiKey(prisma: PrismaClient, key: NewApiKey): Promise<ApiKeyRow> {
  return prisma.$transaction(async (tx) => {
    const member = await tx.member.create({
      data: {
        organisationId: key.organisationId,
        role: "landlordStaff",
        displayName: key.memberName,
        // Not a person: never listed as a choice, never messaged.
        active: false,
      },
    });
    const created = await tx.apiKey.create({
      data: {
        organisationId: key.organisationId,
        memberId: member.id,
        prefix: key.prefix,
        hash: key.hash,
        label: key.label,
      },
      include,
    });
    return row(created);
  });
}

export async function findApiKeyByPrefix(db: Db, prefix: string): Promise<ApiKeyRow | null> {
  const found = await db.apiKey.findUnique({ where: { prefix }, include });
  return found ? row(found) : null;
}

export async function listApiKeys(db: Db): Promise<ApiKeyRow[]> {
  const rows = await db.apiKey.findMany({ include, orderBy: { createdAt: "asc" } });
  return rows.map(row);
}

/** Revokes a key; false when there is no such key or it was revoked already. */
export async function revokeApiKey(db: Db, prefix: string, at: Date): Promise<boolean> {
  const result = await db.apiKey.updateMany({ where: { prefix, revokedAt: null }, data: { revokedAt: at } });
  return result.count > 0;
}

export async function touchApiKey(db: Db, id: string, at: Date): Promise<void> {
  await db.apiKey.update({ where: { id }, data: { lastUsedAt: at } });
}
