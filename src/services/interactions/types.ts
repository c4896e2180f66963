/**
 * What a person does in a chat platform, normalised by the adapters (Slack, Teams) into one shape,
 * and what the core answers. Adapters never interpret the procedure; the core never sees a
 * platform payload.
 */

import type { Card, CardView, Form } from "../../flows/cards/card.ts";
import type { Locale } from "../../flows/model.ts";
import type { MemberView } from "../../store/members/members.ts";
import type { ChatPlatform } from "./chat-port.ts";

export type CommandName = "overlast" | "signaal" | "nabuur";

export interface PlatformContext {
  platform: ChatPlatform;
  /** Slack workspace / Teams tenant. */
  workspaceId: string;
  channelId: string | null;
}

export type Interaction =
  | {
      kind: "command";
      command: CommandName;
      /** The text after the command, with mentions replaced by MENTION_TOKEN placeholders. */
      text: string;
      /** People mentioned in the text, in order: platform user id and display name. */
      mentions: { platformUserId: string; displayName: string }[];
    }
  | { kind: "cardAction"; actionId: string; value: string }
  | { kind: "formSubmit"; formId: string; metadata: string; values: Record<string, string> };

/** A file for one person only (e.g. a nuisance dossier), delivered privately by the adapter. */
export interface PrivateFile {
  filename: string;
  /** Shown with the file (Slack's file title, the description on Teams' consent card). */
  title: string;
  contentType: string;
  body: Buffer;
}

export type InteractionResult =
  /**
   * Done; `notice` is shown to the person only (ephemeral), if given. `inConversation`: the notice
   * is about the conversation the command was given in (e.g. "this channel is now the shared
   * channel") and is answered there, not in a personal chat.
   */
  | { type: "done"; notice?: string; inConversation?: boolean }
  | { type: "openForm"; form: Form }
  /** A form came back with errors: show them on the fields (field id → message). */
  | { type: "formErrors"; errors: Record<string, string> }
  /** A card shown to the person only (ephemeral), e.g. a case summary. */
  | { type: "reply"; card: Card }
  /**
   * Files for this person privately, never in a shared channel: Slack uploads them to the
   * person's DM with the bot, Teams offers them in the personal chat (after the person's consent).
   * `notice` goes with the files.
   */
  | { type: "files"; notice: string; files: PrivateFile[] };

/** The message a person acted on: where it was posted, and which view it shows (if one). */
export interface ShownCard {
  platform: ChatPlatform;
  /** The conversation (a Teams channel without its thread part). */
  channelId: string;
  messageId: string;
  view: CardView | null;
}

export interface InteractionContext {
  /** The registered member acting; null when the platform user is not registered yet. */
  member: MemberView | null;
  /** The platform user's own id (for registration messages). */
  platformUserId: string;
  locale: Locale;
  where: PlatformContext;
}
