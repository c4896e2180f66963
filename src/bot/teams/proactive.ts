/**
 * Sending without an inbound request: continue a stored conversation, or create the personal
 * chat with a person from where they were last seen. Errors come back to the caller (the
 * adapter's turn error handler would otherwise swallow them) and are mapped for the outbox.
 */

import type { TeamsAdapter } from "@microsoft/teams-ai";
import type { Activity, TurnContext } from "botbuilder";
import { ChatDeliveryError } from "../../services/interactions/chat-port.ts";
import type { TeamsConversationStore } from "../../store/teams/conversation-refs.ts";
import { ConnectorHttpError } from "./connector-transport.ts";
import { asConversationReference, loadReference, referenceKeys, type StoredReference } from "./references.ts";

export interface ProactiveDeps {
  adapter: TeamsAdapter;
  /** The bot's app id; "" in emulator mode. */
  botAppId: string;
  store: TeamsConversationStore;
}

/** Which failures another attempt can fix: rate limits, outages, the network — not a removed bot. */
export function toDeliveryError(error: unknown): ChatDeliveryError {
  if (error instanceof ChatDeliveryError) return error;
  if (error instanceof ConnectorHttpError) {
    if (error.status === 429) {
      return new ChatDeliveryError("Teams rate limit (HTTP 429)", {
        retryable: true,
        retryAfterMs: error.retryAfterMs ?? 1000,
      });
    }
    // 401: the bot's credentials were refused; retried, so nothing is lost while they are fixed.
    const retryable = error.status >= 500 || error.status === 408 || error.status === 401;
    return new ChatDeliveryError(`Teams: ${error.message}`, { retryable });
  }
  return new ChatDeliveryError(`Teams unreachable: ${(error as Error)?.message ?? String(error)}`, {
    retryable: true,
  });
}

/** Runs `logic` in a stored conversation and returns its result; its errors are rethrown. */
export async function inConversation<T>(
  deps: ProactiveDeps,
  reference: StoredReference,
  logic: (context: TurnContext) => Promise<T>,
): Promise<T> {
  // Errors inside the turn would go to the adapter's turn error handler: carry them out instead.
  const outcome: { done: boolean; value?: T; error?: unknown } = { done: false };
  await deps.adapter.continueConversationAsync(
    deps.botAppId,
    asConversationReference(reference),
    async (context) => {
      try {
        outcome.value = await logic(context);
      } catch (error) {
        outcome.error = error ?? new Error("unknown error");
      }
      outcome.done = true;
    },
  );
  if (!outcome.done) throw new ChatDeliveryError("Teams: the conversation did not run", { retryable: true });
  if (outcome.error !== undefined) throw outcome.error;
  return outcome.value as T;
}

export interface SentActivity {
  conversationId: string;
  activityId: string;
}

async function sendIn(deps: ProactiveDeps, reference: StoredReference, activity: Partial<Activity>) {
  const response = await inConversation(deps, reference, (context) => context.sendActivity(activity));
  if (!response?.id) throw new ChatDeliveryError("Teams: no activity id in the answer", { retryable: true });
  return { conversationId: reference.conversation.id, activityId: response.id };
}

/** Creates the personal chat with the person last seen in `seen` and sends the activity there. */
async function createPersonalChat(
  deps: ProactiveDeps,
  aadObjectId: string,
  seen: StoredReference,
  activity: Partial<Activity>,
): Promise<SentActivity> {
  const user = seen.user;
  if (!user) throw new ChatDeliveryError("Teams: no user in the stored reference", { retryable: false });
  const tenantId = seen.conversation.tenantId;
  const outcome: { sent?: SentActivity; error?: unknown } = {};
  const parameters = {
    isGroup: false,
    bot: { id: seen.bot.id, name: seen.bot.name ?? "" },
    members: [{ id: user.id, name: user.name ?? "" }],
    ...(tenantId ? { tenantId, channelData: { tenant: { id: tenantId } } } : {}),
  };
  await deps.adapter.createConversationAsync(
    deps.botAppId,
    seen.channelId,
    seen.serviceUrl,
    // No audience: the connector then uses the Bot Framework's default token scope.
    undefined as unknown as string,
    parameters as never,
    async (context) => {
      try {
        const conversationId = context.activity.conversation.id;
        const personal: StoredReference = {
          channelId: seen.channelId,
          serviceUrl: seen.serviceUrl,
          conversation: {
            id: conversationId,
            conversationType: "personal",
            ...(tenantId ? { tenantId } : {}),
          },
          bot: seen.bot,
          user: { ...user, aadObjectId },
        };
        await deps.store.save(referenceKeys.personal(aadObjectId), personal);
        await deps.store.save(referenceKeys.conversation(conversationId), personal);
        const response = await context.sendActivity(activity);
        if (response?.id) outcome.sent = { conversationId, activityId: response.id };
      } catch (error) {
        outcome.error = error ?? new Error("unknown error");
      }
    },
  );
  if (outcome.error !== undefined) throw outcome.error;
  if (!outcome.sent) throw new ChatDeliveryError("Teams: no activity id in the answer", { retryable: true });
  return outcome.sent;
}

/**
 * Sends an activity to a person's personal chat with the bot: the stored one, or a new one
 * created from where the person was last seen (tenant, service URL and their Teams user id).
 */
export async function sendToPerson(
  deps: ProactiveDeps,
  aadObjectId: string,
  activity: Partial<Activity>,
): Promise<SentActivity> {
  const personal = await loadReference(deps.store, referenceKeys.personal(aadObjectId));
  if (personal) return sendIn(deps, personal, activity);
  const seen = await loadReference(deps.store, referenceKeys.user(aadObjectId));
  if (!seen) {
    throw new ChatDeliveryError(
      "Teams: this person has not been seen by the bot yet (no conversation known)",
      {
        retryable: false,
      },
    );
  }
  return createPersonalChat(deps, aadObjectId, seen, activity);
}

/** Sends an activity in a stored conversation (a channel, a group chat or a personal chat). */
export async function sendToConversation(
  deps: ProactiveDeps,
  reference: StoredReference,
  activity: Partial<Activity>,
): Promise<SentActivity> {
  return sendIn(deps, reference, activity);
}
