/** Channels bound as the shared channel (care provider + landlord) or the care team's channel. */
import type { PrismaClient, Tx } from "../db-types.ts";
import type { Platform } from "../generated/prisma/enums.ts";
import { releaseUnboundOutboxMessages } from "../outbox/outbox-repository.ts";

export type ChannelKind = "shared" | "careTeam";

export function sharedScopeKey(careProviderId: string, landlordId: string): string {
  return `${careProviderId}:${landlordId}`;
}

interface ChannelBindingView {
  platform: Platform;
  kind: ChannelKind;
  channelId: string;
  careProviderId: string;
  landlordId: string | null;
  workspaceId: string | null;
}

function view(row: {
  platform: Platform;
  kind: string;
  channelId: string;
  careProviderId: string;
  landlordId: string | null;
  workspaceId: string | null;
}): ChannelBindingView {
  return { ...row, kind: row.kind as ChannelKind };
}

export async function findBindings(db: Tx | PrismaClient, kind: ChannelKind, scopeKey: string) {
  const rows = await db.channelBinding.findMany({ where: { kind, scopeKey } });
  return rows.map(view);
}

/** Every channel bound on the platform. */
export async function findBindingsOnPlatform(db: Tx | PrismaClient, platform: Platform) {
  const rows = await db.channelBinding.findMany({ where: { platform } });
  return rows.map(view);
}

/** Binds a channel and releases messages that waited for it. Returns how many were released. */
export async function bindChannel(
  tx: Tx,
  input: {
    platform: Platform;
    kind: ChannelKind;
    channelId: string;
    workspaceId: string | null;
    careProviderId: string;
    landlordId: string | null;
    createdById: string;
    conversationRef?: object | null;
  },
  now: Date,
): Promise<number> {
  const scopeKey =
    input.kind === "shared"
      ? sharedScopeKey(input.careProviderId, input.landlordId ?? "")
      : input.careProviderId;
  const data = {
    channelId: input.channelId,
    workspaceId: input.workspaceId,
    careProviderId: input.careProviderId,
    landlordId: input.landlordId,
    createdById: input.createdById,
    conversationRef: input.conversationRef ?? undefined,
  };
  await tx.channelBinding.upsert({
    where: { platform_kind_scopeKey: { platform: input.platform, kind: input.kind, scopeKey } },
    create: { platform: input.platform, kind: input.kind, scopeKey, ...data },
    update: data,
  });
  return releaseUnboundOutboxMessages(tx, input.platform, input.kind, scopeKey, input.channelId, now);
}
