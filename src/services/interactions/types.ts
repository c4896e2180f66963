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
      /** Files sent with the message (Teams: in the personal chat with the bot). */
      files?: IncomingFile[];
    }
  | { kind: "cardAction"; actionId: string; value: string }
  | {
      kind: "formSubmit";
      formId: string;
      metadata: string;
      values: Record<string, string>;
      /** Files given in the form's file field (Slack's file_input). */
      files?: IncomingFile[];
    };

/**
 * A file a person sent to the bot, not yet downloaded: the core checks its name and announced
 * size first, and reads the bytes only when those pass (src/flows/dossier/correspondence-file.ts).
 */
export interface IncomingFile {
  /** The name the person's file has. */
  name: string;
  /** The size the platform announced, if it did. */
  size: number | null;
  /**
   * Downloads the bytes from the platform; null when there are more than `maxBytes` (the download
   * stops there). Throws when the platform does not hand the file out.
   */
  read(maxBytes: number): Promise<Buffer | null>;
}

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
  | {
      type: "done";
      notice?: string;
      inConversation?: boolean;
      /**
       * Work that may take longer than the platform waits for its answer (fetching a file the
       * person gave): the adapter answers first, then runs it and tells the person its outcome.
       * It never throws: a failure is in the text it gives.
       */
      followUp?: () => Promise<string>;
    }
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
