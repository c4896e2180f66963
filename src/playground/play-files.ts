/**
 * Files shared in the workspace (files.uploadV2's three steps): announced with a name and size,
 * their bytes received, then shared in one channel. The bytes are kept in memory only, for the
 * newest MAX_FILES files.
 */
import { randomBytes } from "node:crypto";

/** A file shared in a message (files.uploadV2). */
export interface PlayFile {
  id: string;
  name: string;
  title: string;
  mimetype: string;
  size: number;
}

/** Files kept with their bytes at most; the oldest are forgotten first. */
const MAX_FILES = 200;

export class PlayFiles {
  private readonly files = new Map<
    string,
    { file: PlayFile; bytes: Buffer | null; channel: string | null }
  >();
  private fileCounter = 0;

  /** files.getUploadURLExternal: a file id for bytes that are still to come. */
  announce(name: string, mimetype: string, size: number): PlayFile {
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
  receive(id: string, bytes: Buffer): boolean {
    const entry = this.files.get(id);
    if (!entry || entry.channel !== null || bytes.length !== entry.file.size) return false;
    entry.bytes = bytes;
    return true;
  }

  /**
   * files.completeUploadExternal: the files, with their titles, now shared in the channel; null
   * when a file is unknown, still without its bytes, or shared already.
   */
  share(channel: string, files: { id: string; title?: string }[]): PlayFile[] | null {
    const entries = files.map((file) => this.files.get(file.id));
    if (entries.length === 0 || entries.some((entry) => !entry?.bytes || entry.channel !== null)) return null;
    for (const [index, entry] of entries.entries()) {
      entry!.channel = channel;
      entry!.file.title = files[index]!.title || entry!.file.name;
    }
    return entries.map((entry) => ({ ...entry!.file }));
  }

  /** A shared file with its bytes and the channel it is in, or null (unknown, or forgotten). */
  fileOf(id: string): { file: PlayFile; bytes: Buffer; channel: string } | null {
    const entry = this.files.get(id);
    return entry?.bytes && entry.channel
      ? { file: entry.file, bytes: entry.bytes, channel: entry.channel }
      : null;
  }
}
