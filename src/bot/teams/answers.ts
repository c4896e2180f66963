/**
 * Shows the core's answer where the person is. Teams has no ephemeral messages, so:
 * - a command's answer goes to the person privately: in the personal chat it came from, or — for a
 *   command written in a channel or group chat — in their personal chat with the bot;
 * - a button's or form's answer is the invoke response: a card that replaces the clicked card for
 *   that person (a form, a reply, or the clicked card as it is after the action), or a message.
 */
import { randomBytes } from "node:crypto";
import type { Activity, TurnContext } from "botbuilder";
import type { Card, Form } from "../../flows/cards/card.ts";
import type { Locale } from "../../flows/model.ts";
import type { Logger } from "../../logger.ts";
import type { InteractionHandler } from "../../services/interactions/handler.ts";
import { botTexts } from "../../services/interactions/texts.ts";
import type { InteractionResult } from "../../services/interactions/types.ts";
import type { MemberView } from "../../store/members/members.ts";
import { withInitialValues } from "./form-envelope.ts";
import type { PendingFiles } from "./pending-files.ts";
import { offerFiles } from "./private-files.ts";
import { type ProactiveDeps, sendToPerson } from "./proactive.ts";
import { addCardViewer, baseConversationId, findRememberedCard, rememberCard } from "./references.ts";
import {
  ADAPTIVE_CARD_CONTENT_TYPE,
  type AdaptiveCard,
  cardToAdaptiveCard,
  formToAdaptiveCard,
  noticeCard,
} from "./render-adaptive-card.ts";
import { cardActivity, textActivity } from "./teams-chat-port.ts";
import { teamsTexts } from "./texts.ts";

export interface TeamsDeps {
  logger: Logger;
  interactions: InteractionHandler;
  proactive: ProactiveDeps;
  /** Files offered in personal chats, waiting for the person's consent. */
  files: PendingFiles;
}

/** Who a command's answer is for. */
export interface CommandTarget {
  /** True when the command was written in the person's personal chat with the bot. */
  personal: boolean;
  aadObjectId: string | null;
  /** The registered member who wrote it, if any. */
  member: MemberView | null;
  locale: Locale;
}

function formActivity(form: Form, locale: Locale, channelId: string): Partial<Activity> {
  return {
    type: "message",
    summary: form.title,
    attachments: [
      {
        contentType: ADAPTIVE_CARD_CONTENT_TYPE,
        content: formToAdaptiveCard(form, undefined, locale, { cancel: true, channelId }),
      },
    ],
  };
}

/**
 * Keeps a card posted for the person: its copy (so that a form can be replaced by it again), and —
 * for a view the core builds again, such as a case summary — its place, so that the core's later
 * changes of it update this message.
 */
async function keepPostedCard(
  deps: TeamsDeps,
  target: CommandTarget,
  conversationId: string,
  activityId: string,
  card: Card,
): Promise<void> {
  await rememberCard(deps.proactive.store, conversationId, activityId, card);
  if (!card.view) return;
  await deps.interactions
    .cardPosted(target.member, {
      platform: "teams",
      channelId: baseConversationId(conversationId),
      messageId: activityId,
      view: card.view,
    })
    .catch((error: unknown) => deps.logger.warn({ err: error }, "could not keep where a card was posted"));
}

/** Sends to the person privately; falls back to a short hint in the conversation itself. */
async function deliverPrivately(
  deps: TeamsDeps,
  context: TurnContext,
  target: CommandTarget,
  activity: Partial<Activity>,
  card: Card | null,
): Promise<void> {
  if (target.personal || !target.aadObjectId) {
    const response = await context.sendActivity(activity);
    if (card && response?.id)
      await keepPostedCard(deps, target, context.activity.conversation.id, response.id, card);
    return;
  }
  try {
    const sent = await sendToPerson(deps.proactive, target.aadObjectId, activity);
    if (card) await keepPostedCard(deps, target, sent.conversationId, sent.activityId, card);
  } catch (error) {
    deps.logger.warn(
      { err: error },
      "could not reach the person in their personal chat; hinting in the conversation",
    );
    await context.sendActivity(textActivity(teamsTexts(target.locale).personalChatFailed));
  }
}

export async function answerCommand(
  deps: TeamsDeps,
  context: TurnContext,
  target: CommandTarget,
  result: InteractionResult,
): Promise<void> {
  switch (result.type) {
    case "done":
      if (!result.notice) return;
      // A notice about the conversation itself (binding a channel) is answered there.
      if (result.inConversation) await context.sendActivity(textActivity(result.notice));
      else await deliverPrivately(deps, context, target, textActivity(result.notice), null);
      return;
    case "reply":
      await deliverPrivately(deps, context, target, cardActivity(result.card), result.card);
      return;
    case "openForm": {
      // The form may be filled in in the personal chat; its submit still counts for this conversation.
      const channelId = baseConversationId(context.activity.conversation.id);
      await deliverPrivately(
        deps,
        context,
        target,
        formActivity(result.form, target.locale, channelId),
        null,
      );
      return;
    }
    case "formErrors": {
      const text = [botTexts(target.locale).formErrorsIntro, ...Object.values(result.errors)].join("\n");
      await deliverPrivately(deps, context, target, textActivity(text), null);
      return;
    }
    case "files": {
      // Files only in the personal chat; a channel or group chat gets a pointer to it.
      const offered = await offerFiles(deps, context, target, result.notice, result.files);
      if (offered === "here") return;
      const t = teamsTexts(target.locale);
      await context.sendActivity(
        textActivity(offered === "personalChat" ? t.filesInPersonalChat : t.openPersonalChatForFiles),
      );
      return;
    }
  }
}

/** Logs an error with a reference id and returns the person's text for it. */
export function describeFailure(
  deps: TeamsDeps,
  error: unknown,
  locale: Locale,
  userId: string | null,
): string {
  const reference = randomBytes(4).toString("hex");
  const message = deps.interactions.describeError(error, locale, reference);
  if (message.unexpected)
    deps.logger.error({ err: error, reference, user: userId }, "Teams interaction failed");
  else deps.logger.info({ reference, code: message.code }, "Teams interaction refused");
  return message.text;
}

export async function failCommand(
  deps: TeamsDeps,
  context: TurnContext,
  target: CommandTarget,
  error: unknown,
): Promise<void> {
  const text = describeFailure(deps, error, target.locale, target.aadObjectId);
  try {
    await deliverPrivately(deps, context, target, textActivity(text), null);
  } catch (notifyError) {
    deps.logger.error({ err: notifyError }, "could not show the error to the user");
  }
}

/**
 * The card the person acted on, as it is now — asked after the action committed: the core's current
 * card for the message (the newest the outbox wrote for it, or its view built again), else the copy
 * remembered when it was posted. The outbox stays the one writer of the shared message; this is the
 * same card for the person's own copy. They become one of the card's viewers, so that later updates
 * of the message refresh their copy too (`refresh.userIds`). Null when the message is unknown.
 */
async function currentCardAnswer(
  deps: TeamsDeps,
  context: TurnContext,
  member: MemberView | null,
  locale: Locale,
  notice: string | null,
): Promise<AdaptiveCard | null> {
  const activity = context.activity;
  const messageId = activity.replyToId;
  if (!messageId) return null;
  const conversationId = activity.conversation.id;
  const store = deps.proactive.store;
  const remembered = await findRememberedCard(store, conversationId, messageId).catch(() => null);
  const current = await deps.interactions
    .currentCard(member, locale, {
      platform: "teams",
      channelId: baseConversationId(conversationId),
      messageId,
      view: remembered?.view ?? null,
    })
    .catch((error: unknown) => {
      deps.logger.warn({ err: error }, "could not read the current card; showing the remembered one");
      return null;
    });
  const card = current ?? remembered;
  if (!card) return null;
  let viewers = [activity.from.id];
  try {
    if (current) await rememberCard(store, conversationId, messageId, current);
    viewers = await addCardViewer(store, conversationId, messageId, activity.from.id);
  } catch (error) {
    deps.logger.warn({ err: error }, "could not remember a Teams card's viewer");
  }
  return cardToAdaptiveCard(card, { ...(notice ? { notice } : {}), refreshFor: viewers });
}

/** "Back": the card the form or reply replaced for this person, as it is now. */
export async function restoreCard(
  deps: TeamsDeps,
  context: TurnContext,
  member: MemberView | null,
  locale: Locale,
): Promise<AdaptiveCard> {
  return (
    (await currentCardAnswer(deps, context, member, locale, null)) ?? noticeCard(teamsTexts(locale).closed)
  );
}

/** A form that came back: its shape, the values read from its inputs and where it was asked for. */
export interface FormSubmission {
  form: Form;
  values: Record<string, string>;
  channelId: string | null;
}

/** The invoke response for a button click or a form submit. */
export async function answerInvoke(
  deps: TeamsDeps,
  context: TurnContext,
  member: MemberView | null,
  locale: Locale,
  result: InteractionResult,
  submitted: FormSubmission | null,
): Promise<AdaptiveCard | string> {
  const t = teamsTexts(locale);
  const channelId = submitted?.channelId ?? baseConversationId(context.activity.conversation.id);
  switch (result.type) {
    case "done": {
      // The clicked card as it is after the action (for a form: the card the form replaced), with
      // the core's notice if it has one; a message only when the card is not known.
      const card = await currentCardAnswer(deps, context, member, locale, result.notice ?? null);
      if (card) return card;
      if (submitted) return noticeCard(result.notice ?? t.done);
      return result.notice ?? t.done;
    }
    case "reply":
      return cardToAdaptiveCard(result.card, { backLabel: t.back });
    case "openForm":
      return formToAdaptiveCard(result.form, undefined, locale, { cancel: true, channelId });
    case "formErrors":
      if (submitted) {
        const form = withInitialValues(submitted.form, submitted.values);
        return formToAdaptiveCard(form, result.errors, locale, { cancel: true, channelId });
      }
      return [botTexts(locale).formErrorsIntro, ...Object.values(result.errors)].join("\n");
    case "files": {
      const recipient = {
        personal: context.activity.conversation.conversationType === "personal",
        aadObjectId: context.activity.from.aadObjectId ?? null,
        locale,
      };
      const offered = await offerFiles(deps, context, recipient, result.notice, result.files);
      if (offered === "here") return t.filesInThisChat;
      return offered === "personalChat" ? t.filesInPersonalChat : t.openPersonalChatForFiles;
    }
  }
}
