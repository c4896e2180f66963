/**
 * The one executor of a flow's effects, inside the caller's transaction: timeline entries,
 * deadline rows and outbox messages are committed together with the new state, or not at all.
 * Cards go into the outbox with their neutral `<@memberId>` references; delivery renders them
 * for each platform (src/bot/delivery). A DM's card holds only the buttons its member may use; a
 * channel's card holds them all.
 */
import { type Card, caseSummaryView } from "../../flows/cards/card.ts";
import { cardForViewer, caseKindOfSpec } from "../../flows/cards/for-viewer.ts";
import type { CardSpec } from "../../flows/cards/spec.ts";
import type { DeadlineSubject } from "../../flows/deadlines/subject.ts";
import type { Effect, MessageEffect } from "../../flows/effects.ts";
import type { Locale } from "../../flows/model.ts";
import { findBindings, sharedScopeKey } from "../channels/channel-bindings.ts";
import type { Tx } from "../db-types.ts";
import type { Platform } from "../generated/prisma/enums.ts";
import { findMembersByIds } from "../members/members.ts";
import { findMessageRefsUnder } from "../outbox/message-refs.ts";
import { enqueueOutboxMessages, type NewOutboxMessage } from "../outbox/outbox-repository.ts";
import { appendTimelineEntries } from "../timeline/append-timeline-entries.ts";

export interface NudgePlanner {
  /** The first nudge of a deadline created at `createdAt` and due at `dueAt` (null: none). */
  first(createdAt: Date, dueAt: Date): { at: Date; stage: number } | null;
}

export interface EffectEnvironment {
  /** Chat platforms that are switched on; messages are written for each of them. */
  platforms: Platform[];
  defaultLocale: Locale;
  renderCard(spec: CardSpec, locale: Locale): Card;
  nudges: NudgePlanner;
}

export interface EffectContext {
  /** "case:<id>", "participant:<id>", "signal:<id>", "cooperation:<id>". */
  subject: DeadlineSubject;
  /** updateKey of the subject's root message; thread replies go under it. */
  threadKey: string | null;
  actorId: string;
  now: Date;
  careProviderId: string;
  landlordId: string;
  /** Receives messages addressed to the "landlord" audience (landlord staff only), by DM. */
  landlordContactId: string | null;
}

/** A direct message has its own conversation: an update key is made unique per member. */
export function directMessageKey(updateKey: string, memberId: string): string {
  return `${updateKey}:dm:${memberId}`;
}

/**
 * The care team's case summaries that people keep on screen: an update of each, in the member's
 * language and with their buttons, for members of the case's care provider who still have a care
 * role. Only where one was registered (message ref `<updateKey>:dm:<memberId>`), so nothing is posted.
 */
async function resolveShownCareSummaries(
  tx: Tx,
  env: EffectEnvironment,
  context: EffectContext,
  effect: MessageEffect,
): Promise<NewOutboxMessage[]> {
  if (!effect.updateKey || effect.card.kind !== "case.summary") return [];
  // Still the view the person asked for: an action on it answers with the summary built again.
  const view = caseSummaryView(effect.card.caseId);
  const prefix = directMessageKey(effect.updateKey, "");
  const refs = (await findMessageRefsUnder(tx, prefix)).filter((ref) => env.platforms.includes(ref.platform));
  if (refs.length === 0) return [];
  const members = await findMembersByIds(tx, [...new Set(refs.map((ref) => ref.key.slice(prefix.length)))]);
  const messages: NewOutboxMessage[] = [];
  for (const ref of refs) {
    const member = members.find((candidate) => candidate.id === ref.key.slice(prefix.length));
    const careRole = member?.role === "careTeamMember" || member?.role === "coordinator";
    if (!member?.active || !careRole || member.organisationId !== context.careProviderId) continue;
    const userId = ref.platform === "slack" ? member.slackUserId : member.teamsUserId;
    if (!userId) continue;
    messages.push({
      orderingKey: context.subject,
      updateKey: ref.key,
      platform: ref.platform,
      card: {
        ...cardForViewer(
          env.renderCard(effect.card, member.locale),
          member.role,
          caseKindOfSpec(effect.card),
        ),
        view,
      },
      target: { kind: "dm", userId, memberId: member.id },
    });
  }
  return messages;
}

async function resolveMessages(
  tx: Tx,
  env: EffectEnvironment,
  context: EffectContext,
  effect: MessageEffect,
): Promise<NewOutboxMessage[]> {
  const base = { orderingKey: context.subject, updateKey: effect.updateKey };
  const target = effect.target;
  if (target.kind === "shownCareSummaries") return resolveShownCareSummaries(tx, env, context, effect);
  const dmMemberIds =
    target.kind === "dm"
      ? [target.memberId]
      : target.audience === "landlord" && context.landlordContactId
        ? [context.landlordContactId]
        : [];
  if (target.kind === "dm" || target.audience === "landlord") {
    const members = await findMembersByIds(tx, dmMemberIds);
    const messages: NewOutboxMessage[] = [];
    for (const member of members.filter((candidate) => candidate.active)) {
      // A DM is a private surface: it shows only the buttons this member's role may use.
      const card = cardForViewer(
        env.renderCard(effect.card, member.locale),
        member.role,
        caseKindOfSpec(effect.card),
      );
      // A DM has its own conversation: an update key is made unique per member.
      const updateKey = effect.updateKey ? directMessageKey(effect.updateKey, member.id) : null;
      if (member.slackUserId && env.platforms.includes("slack")) {
        messages.push({
          ...base,
          updateKey,
          platform: "slack",
          card,
          target: { kind: "dm", userId: member.slackUserId, memberId: member.id },
        });
      }
      if (member.teamsUserId && env.platforms.includes("teams")) {
        messages.push({
          ...base,
          updateKey,
          platform: "teams",
          card,
          target: { kind: "dm", userId: member.teamsUserId, memberId: member.id },
        });
      }
    }
    return messages;
  }
  const audience = target.audience;
  const scopeKey =
    audience === "shared"
      ? sharedScopeKey(context.careProviderId, context.landlordId)
      : context.careProviderId;
  // Each channel has its own thread per subject: the care team's thread is rooted in its own channel.
  const threadKey =
    target.inCaseThread && context.threadKey
      ? audience === "shared"
        ? context.threadKey
        : `${context.threadKey}:${audience}`
      : null;
  const card = env.renderCard(effect.card, env.defaultLocale);
  const bindings = await findBindings(tx, audience, scopeKey);
  return env.platforms.map((platform) => {
    const binding = bindings.find((candidate) => candidate.platform === platform);
    return {
      ...base,
      platform,
      card,
      target: binding
        ? { kind: "channel" as const, channelId: binding.channelId, threadKey }
        : { kind: "unbound" as const, audience, scopeKey, threadKey },
    };
  });
}

export async function applyEffects(
  tx: Tx,
  env: EffectEnvironment,
  context: EffectContext,
  effects: Effect[],
): Promise<void> {
  const { subject, now } = context;
  await appendTimelineEntries(
    tx,
    subject,
    now,
    effects.flatMap((effect) =>
      effect.type === "timeline"
        ? [
            {
              actorId: context.actorId,
              step: effect.step,
              event: effect.event,
              visibility: effect.visibility,
              details: effect.details,
            },
          ]
        : [],
    ),
  );
  const outbox: NewOutboxMessage[] = [];
  for (const effect of effects) {
    switch (effect.type) {
      case "timeline":
        break;
      case "deadline.schedule": {
        const nudge = env.nudges.first(now, effect.dueAt);
        const data = {
          rule: effect.rule,
          step: effect.step,
          ownerRole: effect.ownerRole,
          ownerMemberId: effect.ownerMemberId,
          dueAt: effect.dueAt,
          plannedFrom: now,
          state: "open" as const,
          nextNudgeAt: nudge?.at ?? null,
          nudgeStage: nudge?.stage ?? 0,
          claimedBy: null,
          claimedUntil: null,
          closedAt: null,
        };
        await tx.deadline.upsert({
          where: { subject_key: { subject, key: effect.key } },
          create: { subject, key: effect.key, ...data, createdAt: now },
          update: data,
        });
        break;
      }
      case "deadline.complete":
      case "deadline.cancel":
        await tx.deadline.updateMany({
          where: { subject, key: effect.key, state: "open" },
          data: {
            state: effect.type === "deadline.complete" ? "done" : "cancelled",
            closedAt: now,
            nextNudgeAt: null,
          },
        });
        break;
      case "message":
        outbox.push(...(await resolveMessages(tx, env, context, effect)));
        break;
    }
  }
  await enqueueOutboxMessages(tx, outbox, now);
}
