/**
 * Activities as Teams sends them to the bot's /api/messages: a message in a channel thread (with
 * the bot @-mentioned) or in a personal chat, an Action.Execute invoke from an Adaptive Card and a
 * file consent answer — for an invented tenant, bot and person.
 */

export const TENANT = "tenant-1";
export const BOT_ID = "28:nabuur-bot";
export const CHANNEL = "19:shared-channel@thread.tacv2";
export const USER = { id: "29:user-anna", name: "Anna de Vries", aadObjectId: "aad-anna" };

let activityCounter = 0;

function base(serviceUrl: string, conversation: Record<string, unknown>, from = USER) {
  activityCounter++;
  return {
    id: `activity-${activityCounter}`,
    channelId: "msteams",
    serviceUrl,
    timestamp: new Date().toISOString(),
    from,
    recipient: { id: BOT_ID, name: "Nabuur" },
    conversation: { tenantId: TENANT, ...conversation },
    channelData: { tenant: { id: TENANT } },
    locale: "nl-NL",
  };
}

export const conversations = {
  /** A thread in the shared channel (Teams puts the root message id in the conversation id). */
  channelThread: (rootId = "1700000000000") => ({
    id: `${CHANNEL};messageid=${rootId}`,
    conversationType: "channel",
    isGroup: true,
  }),
  personal: (id = "a:personal-anna") => ({ id, conversationType: "personal" }),
};

const botMention = { type: "mention", text: "<at>Nabuur</at>", mentioned: { id: BOT_ID, name: "Nabuur" } };

export function channelMessage(serviceUrl: string, text: string, entities: unknown[] = [], from = USER) {
  return {
    ...base(serviceUrl, conversations.channelThread(), from),
    type: "message",
    text: `<at>Nabuur</at> ${text}`,
    textFormat: "plain",
    entities: [botMention, ...entities],
  };
}

/** A message in a person's personal chat with the bot (Anna's, unless another chat id is given). */
export function personalMessage(serviceUrl: string, text: string, from = USER, chatId?: string) {
  return {
    ...base(serviceUrl, conversations.personal(chatId), from),
    type: "message",
    text,
    textFormat: "plain",
  };
}

export function cardInvoke(
  serviceUrl: string,
  verb: string,
  data: Record<string, unknown>,
  options: { replyToId?: string; conversation?: Record<string, unknown>; from?: typeof USER } = {},
) {
  return {
    ...base(serviceUrl, options.conversation ?? conversations.channelThread(), options.from),
    type: "invoke",
    name: "adaptiveCard/action",
    replyToId: options.replyToId ?? "1700000000000",
    value: { action: { type: "Action.Execute", verb, data }, trigger: "manual" },
  };
}

/** The person's answer on a file consent card, from their personal chat (`fileConsent/invoke`). */
export function fileConsentInvoke(
  serviceUrl: string,
  action: "accept" | "decline",
  context: unknown,
  options: { uploadInfo?: Record<string, unknown>; from?: typeof USER; conversationId?: string } = {},
) {
  return {
    ...base(serviceUrl, conversations.personal(options.conversationId), options.from),
    type: "invoke",
    name: "fileConsent/invoke",
    value: {
      type: "fileUpload",
      action,
      context,
      ...(options.uploadInfo ? { uploadInfo: options.uploadInfo } : {}),
    },
  };
}
