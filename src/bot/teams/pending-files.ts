/**
 * Files offered to a person in Teams and waiting for their consent (the FileConsentCard flow). They
 * stay in this process's memory only: at most `max` files, each for `ttlMs`, and only the person
 * they were made for can take one — once. The consent card carries nothing but the opaque id.
 */
import { randomBytes } from "node:crypto";
import type { Locale } from "../../flows/model.ts";
import type { PrivateFile } from "../../services/interactions/types.ts";

export interface PendingFile {
  id: string;
  /** The only person who may accept the file: their Entra object id (the Emulator: their id). */
  aadObjectId: string;
  file: PrivateFile;
  locale: Locale;
  expiresAt: number;
}

export interface PendingFilesOptions {
  /** Files kept at most; the oldest go first. */
  max?: number;
  /** How long an offer stands. */
  ttlMs?: number;
  now?: () => number;
}

const PENDING_FILE_TTL_MS = 15 * 60_000;
const MAX_PENDING_FILES = 100;

export class PendingFiles {
  private readonly entries = new Map<string, PendingFile>();
  private readonly max: number;
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(options: PendingFilesOptions = {}) {
    this.max = options.max ?? MAX_PENDING_FILES;
    this.ttlMs = options.ttlMs ?? PENDING_FILE_TTL_MS;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    this.sweep();
    return this.entries.size;
  }

  /** Keeps the file for this person; returns the opaque id the consent card carries. */
  add(aadObjectId: string, file: PrivateFile, locale: Locale): string {
    this.sweep();
    // A Map iterates in insertion order: the first key is the oldest offer.
    while (this.entries.size >= this.max) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    const id = randomBytes(16).toString("base64url");
    this.entries.set(id, { id, aadObjectId, file, locale, expiresAt: this.now() + this.ttlMs });
    return id;
  }

  /** The file, removed: null when unknown, expired, or meant for someone else (then it stays). */
  take(id: string, aadObjectId: string): PendingFile | null {
    this.sweep();
    const entry = this.entries.get(id);
    if (!entry || entry.aadObjectId !== aadObjectId) return null;
    this.entries.delete(id);
    return entry;
  }

  /** Forgets offers that could not be delivered. */
  drop(ids: string[]): void {
    for (const id of ids) this.entries.delete(id);
  }

  private sweep(): void {
    const now = this.now();
    for (const [id, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(id);
  }
}
