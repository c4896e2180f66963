/** The core's side of every chat interaction, shared by the Slack and Teams adapters. */

import type { Card } from "../../flows/cards/card.ts";
import type { Locale } from "../../flows/model.ts";
import type { MemberView } from "../../store/members/members.ts";
import type { ChatPlatform } from "./chat-port.ts";
import type { Interaction, InteractionContext, InteractionResult, ShownCard } from "./types.ts";

export interface DescribedError {
  text: string;
  code: string | null;
  /** True for bugs and outages (logged as errors); false for refusals a person caused. */
  unexpected: boolean;
}

export interface InteractionHandler {
  defaultLocale: Locale;
  resolveMember(platform: ChatPlatform, platformUserId: string): Promise<MemberView | null>;
  handle(interaction: Interaction, context: InteractionContext): Promise<InteractionResult>;
  describeError(error: unknown, locale: Locale, reference: string): DescribedError;
  homeCard(member: MemberView | null, locale: Locale): Promise<Card>;
  /**
   * The card a message shows as it is now — after an action on it has committed: the newest card
   * the outbox wrote for that message, or the view (home, lists) built again for this member.
   * Null when the message is no card the core knows.
   */
  currentCard(member: MemberView | null, locale: Locale, shown: ShownCard): Promise<Card | null>;
  /**
   * The adapter posted an answer card for this member as a message of its own that stays on
   * screen (Teams: in the personal chat). A case's summary is kept by where it landed, so that
   * later changes of the case update that message in place, as they update the channel's case card.
   */
  cardPosted(member: MemberView | null, shown: ShownCard): Promise<void>;
  /**
   * A person the platform could not reach appeared (installed the app, wrote to the bot): their
   * direct messages that waited for that are sent now. Returns how many were waiting.
   */
  personAppeared(platform: ChatPlatform, platformUserId: string): Promise<number>;
}
