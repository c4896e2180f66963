/**
 * The playground's Slack workspace, in memory: channels, messages with threads, ephemeral
 * messages, open modals (a stack per person) and each person's App Home. The Web API emulation
 * writes it, the page reads it; every change bumps `version` and tells the listeners.
 */
import { randomBytes } from "node:crypto";
import type { Clock } from "../services/clock.ts";

export type Blocks = Record<string, unknown>[];

const TRIGGER_LIFETIME_MS = 60_000;

export interface PlayChannel {
  id: string;
  /** Without the leading #; a DM is named after the person. */
  name: string;
  kind: "channel" | "dm";
  /** The person of a DM with the bot. */
  userId: string | null;
}

/** A file shared in a message (files.uploadV2); its bytes are kept in memory only. */
export interface PlayFile {
  id: string;
  name: string;
  title: string;
  mimetype: string;
  size: number;
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

/** Files kept with their bytes at most; the oldest are forgotten first. */
const MAX_FILES = 200;

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

export interface PlayView {
  id: string;
  userId: string;
  type: "modal" | "home";
  view: Record<string, unknown>;
  hash: string;
  /** Field errors returned by the app (response_action "errors"), per block_id. */
  errors: Record<string, string>;
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

/** Slack ts "seconds.micros" as a number of microseconds, for comparing. */
function tsValue(ts: string): number {
  const [seconds = "0", micros = "0"] = ts.split(".");
  return Number(seconds) * 1e6 + Number(micros);
}

export class Workspace {
  readonly channels = new Map<string, PlayChannel>();
  private readonly messages = new Map<string, PlayMessage[]>();
  private readonly modals = new Map<string, PlayView[]>();
  private readonly homes = new Map<string, PlayView>();
  private readonly triggers = new Map<string, { userId: string; issuedAt: number }>();
  private readonly files = new Map<
    string,
    { file: PlayFile; bytes: Buffer | null; channel: string | null }
  >();
  private fileCounter = 0;
  private readonly readMarks = new Map<string, Map<string, string>>();
  /** Messages posted since the start; the clock tells how many a step brought. */
  posted = 0;
  private readonly listeners = new Set<() => void>();
  private lastTs = 0;
  private viewCounter = 0;
  version = 0;

  constructor(
    readonly clock: Clock,
    readonly teamId: string,
    readonly botUserId: string,
  ) {}

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

  /** A Slack ts ("seconds.micros") on the workspace clock, strictly increasing. */
  private nextTs(): string {
    const micros = Math.max(this.clock.now().getTime() * 1000, this.lastTs + 1);
    this.lastTs = micros;
    return `${Math.floor(micros / 1e6)}.${String(micros % 1e6).padStart(6, "0")}`;
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
      ts: this.nextTs(),
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
    message.editedTs = this.nextTs();
    this.changed();
    return message;
  }

  /** The person has seen the channel up to this message (Slack's read marker). */
  markRead(userId: string, channelId: string, ts: string): void {
    const marks = this.readMarks.get(userId) ?? new Map<string, string>();
    const current = marks.get(channelId);
    if (current && tsValue(current) >= tsValue(ts)) return;
    marks.set(channelId, ts);
    this.readMarks.set(userId, marks);
  }

  /**
   * New top-level messages for this person in this channel: after their read marker, not their
   * own, ephemeral ones only when meant for them. Thread replies do not count, as in Slack.
   */
  unreadCount(userId: string, channelId: string): number {
    const mark = this.readMarks.get(userId)?.get(channelId);
    const after = mark ? tsValue(mark) : 0;
    return this.messagesOf(channelId).filter(
      (message) =>
        !message.threadTs &&
        message.user !== userId &&
        (message.ephemeralFor === null || message.ephemeralFor === userId) &&
        tsValue(message.ts) > after,
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

  /** files.getUploadURLExternal: a file id for bytes that are still to come. */
  announceFile(name: string, mimetype: string, size: number): PlayFile {
    while (this.files.size >= MAX_FILES) {
      const oldest = this.files.keys().next().value;
      if (oldest === undefined) break;
      this.files.delete(oldest);
    }
    this.fileCounter++;
    const id = `F${String(this.fileCounter).padStart(8, "0")}${randomBytes(4).toString("hex").toUpperCase()}`;
    const file: PlayFile = { id, name, title: name, mimetype, size };
    this.files.set(id, { file, bytes: null, channel: null });
    return file;
  }

  /** The bytes POSTed to a file's upload URL; false for an unknown file or the wrong length. */
  receiveFile(id: string, bytes: Buffer): boolean {
    const entry = this.files.get(id);
    if (!entry || entry.channel !== null || bytes.length !== entry.file.size) return false;
    entry.bytes = bytes;
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
    const entries = files.map((file) => this.files.get(file.id));
    if (entries.length === 0 || entries.some((entry) => !entry?.bytes || entry.channel !== null)) return null;
    for (const [index, entry] of entries.entries()) {
      entry!.channel = channel;
      entry!.file.title = files[index]!.title || entry!.file.name;
    }
    const message = this.post({ channel, user, text: comment });
    message.files = entries.map((entry) => ({ ...entry!.file }));
    this.changed();
    return message;
  }

  /** A shared file with its bytes and the channel it is in, or null (unknown, or forgotten). */
  fileOf(id: string): { file: PlayFile; bytes: Buffer; channel: string } | null {
    const entry = this.files.get(id);
    return entry?.bytes && entry.channel
      ? { file: entry.file, bytes: entry.bytes, channel: entry.channel }
      : null;
  }

  /**
   * A trigger id for one interaction of this person; views.open/push may use it once, within
   * TRIGGER_LIFETIME_MS (Slack allows 3 seconds; the playground is more patient with slow machines).
   */
  issueTrigger(userId: string): string {
    const now = Date.now();
    for (const [id, trigger] of this.triggers) {
      if (now - trigger.issuedAt > TRIGGER_LIFETIME_MS) this.triggers.delete(id);
    }
    const id = `${now}.${randomBytes(6).toString("hex")}`;
    this.triggers.set(id, { userId, issuedAt: now });
    return id;
  }

  useTrigger(triggerId: string): string | null {
    const trigger = this.triggers.get(triggerId);
    this.triggers.delete(triggerId);
    if (!trigger || Date.now() - trigger.issuedAt > TRIGGER_LIFETIME_MS) return null;
    return trigger.userId;
  }

  private newView(userId: string, type: PlayView["type"], view: Record<string, unknown>): PlayView {
    this.viewCounter++;
    return {
      id: `V${String(this.viewCounter).padStart(8, "0")}`,
      userId,
      type,
      view,
      hash: `${this.viewCounter}.${randomBytes(4).toString("hex")}`,
      errors: {},
    };
  }

  modalsOf(userId: string): readonly PlayView[] {
    return this.modals.get(userId) ?? [];
  }

  /** views.open replaces the person's modals; views.push stacks one more (Slack allows three). */
  openModal(userId: string, view: Record<string, unknown>, push = false): PlayView | null {
    const stack = push ? [...this.modalsOf(userId)] : [];
    if (stack.length >= 3) return null;
    const opened = this.newView(userId, "modal", view);
    stack.push(opened);
    this.modals.set(userId, stack);
    this.changed();
    return opened;
  }

  findView(viewId: string): PlayView | null {
    for (const stack of this.modals.values()) {
      const found = stack.find((view) => view.id === viewId);
      if (found) return found;
    }
    for (const home of this.homes.values()) if (home.id === viewId) return home;
    return null;
  }

  findViewByExternalId(externalId: string): PlayView | null {
    for (const stack of this.modals.values()) {
      const found = stack.find((view) => view.view.external_id === externalId);
      if (found) return found;
    }
    return null;
  }

  replaceView(target: PlayView, view: Record<string, unknown>): PlayView {
    target.view = view;
    target.errors = {};
    target.hash = `${++this.viewCounter}.${randomBytes(4).toString("hex")}`;
    this.changed();
    return target;
  }

  setErrors(viewId: string, errors: Record<string, string>): void {
    const view = this.findView(viewId);
    if (!view) return;
    view.errors = errors;
    this.changed();
  }

  /** Closes one modal (and those stacked on it); `all` closes every modal of the person. */
  closeModal(userId: string, viewId: string, all = false): void {
    const stack = [...this.modalsOf(userId)];
    const index = stack.findIndex((view) => view.id === viewId);
    if (index === -1 && !all) return;
    this.modals.set(userId, all ? [] : stack.slice(0, index));
    this.changed();
  }

  homeOf(userId: string): PlayView | null {
    return this.homes.get(userId) ?? null;
  }

  publishHome(userId: string, view: Record<string, unknown>): PlayView {
    const existing = this.homes.get(userId);
    if (existing) return this.replaceView(existing, view);
    const home = this.newView(userId, "home", view);
    this.homes.set(userId, home);
    this.changed();
    return home;
  }

  snapshot(): WorkspaceSnapshot {
    return {
      channels: [...this.channels.values()],
      messages: [...this.messages.values()].flat(),
      homes: [...this.homes.values()],
      readMarks: Object.fromEntries(
        [...this.readMarks].map(([userId, marks]) => [userId, Object.fromEntries(marks)]),
      ),
    };
  }

  /** Restores a snapshot written by `snapshot()` (e.g. after a restart of the playground). */
  restore(snapshot: WorkspaceSnapshot): void {
    for (const channel of snapshot.channels) this.channels.set(channel.id, channel);
    for (const message of snapshot.messages) {
      const list = this.messages.get(message.channel) ?? [];
      list.push(message);
      this.messages.set(message.channel, list);
      this.lastTs = Math.max(this.lastTs, tsValue(message.ts));
    }
    for (const [userId, marks] of Object.entries(snapshot.readMarks ?? {})) {
      this.readMarks.set(userId, new Map(Object.entries(marks)));
    }
    for (const home of snapshot.homes) {
      this.homes.set(home.userId, home);
      this.viewCounter = Math.max(this.viewCounter, Number(home.id.slice(1)) || 0);
    }
    this.changed();
  }
}
