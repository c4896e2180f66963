/**
 * The playground's Slack workspace, in memory: channels, messages with threads and ephemeral
 * messages, each person's read markers, and — in their own modules — the shared files, trigger
 * ids and views (modals and App Homes). The Web API emulation writes it, the page reads it; every
 * change bumps `version` and tells the listeners.
 */
import type { Clock } from "../services/clock.ts";
import { type PlayFile, PlayFiles } from "./play-files.ts";
import { type PlayView, PlayViews } from "./play-views.ts";
import { ReadMarks } from "./read-marks.ts";
import { SlackTsClock } from "./slack-ts.ts";
import { Triggers } from "./triggers.ts";

export type Blocks = Record<string, unknown>[];

export interface PlayChannel {
  id: string;
  /** Without the leading #; a DM is named after the person. */
  name: string;
  kind: "channel" | "dm";
  /** The person of a DM with the bot. */
  userId: string | null;
}

/**
 * What the bot sent to make or change a message, for the page's "show payload": the Web API
 * method (or the HTTP response to a slash command) and its arguments, without the token and the
 * blocks (those are the message's own).
 */
export interface SentPayload {
  /** "chat.postMessage", "chat.update", …, or "response" for a slash command's HTTP response. */
  method: string;
  /** The slash command answered, for method "response". */
  command?: string;
  args: Record<string, unknown>;
}

export interface PlayMessage {
  ts: string;
  channel: string;
  /** Slack user id of the author (the bot's own user id for the bot). */
  user: string;
  text: string;
  blocks: Blocks | null;
  /** The thread's root ts for a reply, null for a top-level message. */
  threadTs: string | null;
  /** Set for an ephemeral message: only this person sees it. */
  ephemeralFor: string | null;
  /** When the message was last changed (chat.update), as a ts. */
  editedTs: string | null;
  /** Files shared with the message (files.completeUploadExternal). */
  files?: PlayFile[];
  /** The bot's latest call for this message (absent for people's own messages). */
  sent?: SentPayload;
}

export interface WorkspaceSnapshot {
  channels: PlayChannel[];
  messages: PlayMessage[];
  homes: PlayView[];
  /** How far the playground's clock was moved forward (OffsetClock.offset). */
  clockOffsetMs?: number;
  /** Per person, per channel: the ts of the latest message they have seen. */
  readMarks?: Record<string, Record<string, string>>;
}

export class Workspace {
  readonly channels = new Map<string, PlayChannel>();
  private readonly messages = new Map<string, PlayMessage[]>();
  private readonly readMarks = new ReadMarks();
  private readonly ts: SlackTsClock;
  /** Files shared in messages, with their bytes. */
  readonly files = new PlayFiles();
  /** Trigger ids for views.open and views.push. */
  readonly triggers = new Triggers();
  /** Each person's modals and App Home. */
  readonly views = new PlayViews(() => this.changed());
  /** Messages posted since the start; the clock tells how many a step brought. */
  posted = 0;
  private readonly listeners = new Set<() => void>();
  version = 0;

  constructor(
    readonly clock: Clock,
    readonly teamId: string,
    readonly botUserId: string,
  ) {
    this.ts = new SlackTsClock(clock);
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tells the page something changed outside the workspace (e.g. the clock moved). */
  touch(): void {
    this.changed();
  }

  private changed(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }

  addChannel(id: string, name: string): PlayChannel {
    const existing = this.channels.get(id);
    if (existing) return existing;
    const channel: PlayChannel = { id, name, kind: "channel", userId: null };
    this.channels.set(id, channel);
    this.changed();
    return channel;
  }

  /** The DM between the bot and this person (Slack's conversations.open). */
  openDm(userId: string, name: string): PlayChannel {
    const id = `D${userId.slice(1)}`;
    const existing = this.channels.get(id);
    if (existing) return existing;
    const channel: PlayChannel = { id, name, kind: "dm", userId };
    this.channels.set(id, channel);
    this.changed();
    return channel;
  }

  dmOf(userId: string): PlayChannel | null {
    return this.channels.get(`D${userId.slice(1)}`) ?? null;
  }

  messagesOf(channelId: string): readonly PlayMessage[] {
    return this.messages.get(channelId) ?? [];
  }

  findMessage(channelId: string, ts: string): PlayMessage | null {
    return this.messagesOf(channelId).find((message) => message.ts === ts) ?? null;
  }

  post(input: {
    channel: string;
    user: string;
    text: string;
    blocks?: Blocks | null;
    threadTs?: string | null;
    ephemeralFor?: string | null;
    sent?: SentPayload;
  }): PlayMessage {
    // A reply to a reply belongs to the same thread; an unknown parent makes a top-level message.
    const parent = input.threadTs ? this.findMessage(input.channel, input.threadTs) : null;
    const message: PlayMessage = {
      ts: this.ts.next(),
      channel: input.channel,
      user: input.user,
      text: input.text,
      blocks: input.blocks ?? null,
      threadTs: parent ? (parent.threadTs ?? parent.ts) : null,
      ephemeralFor: input.ephemeralFor ?? null,
      editedTs: null,
      ...(input.sent ? { sent: input.sent } : {}),
    };
    this.posted++;
    const list = this.messages.get(input.channel) ?? [];
    list.push(message);
    this.messages.set(input.channel, list);
    this.changed();
    return message;
  }

  update(
    channelId: string,
    ts: string,
    change: { text: string; blocks: Blocks | null; sent?: SentPayload },
  ): PlayMessage | null {
    const message = this.findMessage(channelId, ts);
    if (!message) return null;
    message.text = change.text;
    message.blocks = change.blocks;
    if (change.sent) message.sent = change.sent;
    message.editedTs = this.ts.next();
    this.changed();
    return message;
  }

  /** The person has seen the channel up to this message (Slack's read marker). */
  markRead(userId: string, channelId: string, ts: string): void {
    this.readMarks.mark(userId, channelId, ts);
  }

  /**
   * New top-level messages for this person in this channel: after their read marker, not their
   * own, ephemeral ones only when meant for them. Thread replies do not count, as in Slack.
   */
  unreadCount(userId: string, channelId: string): number {
    return this.messagesOf(channelId).filter(
      (message) =>
        !message.threadTs &&
        message.user !== userId &&
        (message.ephemeralFor === null || message.ephemeralFor === userId) &&
        this.readMarks.isUnread(userId, channelId, message.ts),
    ).length;
  }

  remove(channelId: string, ts: string): boolean {
    const list = this.messages.get(channelId) ?? [];
    const index = list.findIndex((message) => message.ts === ts);
    if (index === -1) return false;
    list.splice(index, 1);
    this.changed();
    return true;
  }

  /**
   * files.completeUploadExternal: posts one message with the files (and the comment) in the
   * channel; null when a file is unknown, still without its bytes, or shared already.
   */
  shareFiles(
    channel: string,
    files: { id: string; title?: string }[],
    comment: string,
    user: string,
  ): PlayMessage | null {
    const shared = this.files.share(channel, files);
    if (!shared) return null;
    const message = this.post({ channel, user, text: comment });
    message.files = shared;
    this.changed();
    return message;
  }

  snapshot(): WorkspaceSnapshot {
    return {
      channels: [...this.channels.values()],
      messages: [...this.messages.values()].flat(),
      homes: this.views.allHomes(),
      readMarks: this.readMarks.toRecord(),
    };
  }

  /** Restores a snapshot written by `snapshot()` (e.g. after a restart of the playground). */
  restore(snapshot: WorkspaceSnapshot): void {
    for (const channel of snapshot.channels) this.channels.set(channel.id, channel);
    for (const message of snapshot.messages) {
      const list = this.messages.get(message.channel) ?? [];
      list.push(message);
      this.messages.set(message.channel, list);
      this.ts.seen(message.ts);
    }
    this.readMarks.restore(snapshot.readMarks ?? {});
    this.views.restoreHomes(snapshot.homes);
    this.changed();
  }
}
