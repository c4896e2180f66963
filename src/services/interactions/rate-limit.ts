/**
 * Per-member rate limit on what people do in chat (commands, button clicks, form submits), for
 * Slack and Teams alike. A member — or a platform user who is not registered — who sends more than
 * CHAT_RATE_LIMIT_PER_MINUTE within a minute is told to slow down, in their own language, and
 * nothing of it reaches the procedure: a script flooding the bot with a stolen session or a stuck
 * client cannot fill the timeline or the database. The window is the one the intake API uses too
 * (src/services/rate-limiter.ts), kept in the database so that every instance counts together, and
 * run on the real clock.
 */
import type { Locale } from "../../flows/model.ts";
import type { PrismaClient } from "../../store/db-types.ts";
import { type Clock, systemClock } from "../clock.ts";
import { createRateLimiter } from "../rate-limiter.ts";
import type { InteractionHandler } from "./handler.ts";
import type { Interaction, InteractionContext, InteractionResult } from "./types.ts";

const RATE_LIMIT_TEXTS: Record<Locale, (limit: number, retryAfter: number) => string> = {
  nl: (limit, retryAfter) =>
    `Rustig aan: je hebt meer dan ${limit} opdrachten of klikken in één minuut gegeven. Dit is niet uitgevoerd; probeer het over ${retryAfter} seconden opnieuw.`,
  en: (limit, retryAfter) =>
    `Slow down: you sent more than ${limit} commands or clicks within one minute. This was not carried out; try again in ${retryAfter} seconds.`,
};

export interface ChatRateLimitOptions {
  /** Commands, clicks and form submits per member per minute. */
  perMinute: number;
  /** The real clock by default: the procedure's clock can be moved (playground, tests). */
  clock?: Clock;
  /** Where the windows are counted (shared by every instance on the database). */
  prisma: PrismaClient;
}

/** Who is counted: the member, or the platform user who is not registered yet. */
function keyOf(context: InteractionContext): string {
  return context.member
    ? `member:${context.member.id}`
    : `${context.where.platform}:${context.platformUserId}`;
}

/** The refusal: a form stays open with the message on its first field; anything else gets a notice. */
function slowDown(interaction: Interaction, text: string): InteractionResult {
  const firstField = interaction.kind === "formSubmit" ? Object.keys(interaction.values)[0] : undefined;
  return firstField ? { type: "formErrors", errors: { [firstField]: text } } : { type: "done", notice: text };
}

/** `handler`, with every interaction counted against its member's minute. */
export function withChatRateLimit(
  handler: InteractionHandler,
  options: ChatRateLimitOptions,
): InteractionHandler {
  const limiter = createRateLimiter({
    perMinute: options.perMinute,
    clock: options.clock ?? systemClock,
    prisma: options.prisma,
  });
  return {
    defaultLocale: handler.defaultLocale,
    resolveMember: (platform, platformUserId) => handler.resolveMember(platform, platformUserId),
    describeError: (error, locale, reference) => handler.describeError(error, locale, reference),
    homeCard: (member, locale) => handler.homeCard(member, locale),
    currentCard: (member, locale, shown) => handler.currentCard(member, locale, shown),
    cardPosted: (member, shown) => handler.cardPosted(member, shown),
    personAppeared: (platform, platformUserId) => handler.personAppeared(platform, platformUserId),
    async handle(interaction, context) {
      const retryAfter = await limiter.take(keyOf(context));
      if (retryAfter !== null) {
        return slowDown(interaction, RATE_LIMIT_TEXTS[context.locale](options.perMinute, retryAfter));
      }
      return handler.handle(interaction, context);
    },
  };
}
