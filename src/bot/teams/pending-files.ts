/**
 * Files offered to a person in Teams and waiting for their consent (the FileConsentCard flow). They
 * wait in the database (PendingFile), so that the consent may reach any instance behind the load
 * balancer, not only the one that made the offer: at most `max` files, each for `ttlMs`, and only
 * the person they were made for can take one — once (taking deletes it, in one statement). The
 * consent card carries nothing but the opaque id.
 */
import { randomBytes } from "node:crypto";
import type { Locale } from "../../flows/model.ts";
import type { PrivateFile } from "../../services/interactions/types.ts";
import type { PrismaClient } from "../../store/db-types.ts";
import {
  countPendingFiles,
  dropPendingFiles,
  insertPendingFile,
  takePendingFile,
} from "../../store/teams/pending-files-repository.ts";

export interface PendingFile {
  id: string;
  /** The only person who may accept the file: their Entra object id (the Emulator: their id). */
  aadObjectId: string;
  file: PrivateFile;
  locale: Locale;
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
  private readonly max: number;
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(
    private readonly prisma: PrismaClient,
    options: PendingFilesOptions = {},
  ) {
    this.max = options.max ?? MAX_PENDING_FILES;
    this.ttlMs = options.ttlMs ?? PENDING_FILE_TTL_MS;
    this.now = options.now ?? Date.now;
  }

  /** Offers that still stand. */
  size(): Promise<number> {
    return countPendingFiles(this.prisma, new Date(this.now()));
  }

  /** Keeps the file for this person; returns the opaque id the consent card carries. */
  async add(aadObjectId: string, file: PrivateFile, locale: Locale): Promise<string> {
    const id = randomBytes(16).toString("base64url");
    const now = this.now();
    await insertPendingFile(
      this.prisma,
      {
        id,
        aadObjectId,
        filename: file.filename,
        title: file.title,
        contentType: file.contentType,
        body: new Uint8Array(file.body),
        locale,
      },
      { now: new Date(now), expiresAt: new Date(now + this.ttlMs) },
      this.max,
    );
    return id;
  }

  /** The file, removed: null when unknown, expired, or meant for someone else (then it stays). */
  async take(id: string, aadObjectId: string): Promise<PendingFile | null> {
    const row = await takePendingFile(this.prisma, id, aadObjectId, new Date(this.now()));
    if (!row) return null;
    return {
      id: row.id,
      aadObjectId: row.aadObjectId,
      file: {
        filename: row.filename,
        title: row.title,
        contentType: row.contentType,
        body: Buffer.from(row.body),
      },
      locale: row.locale as Locale,
    };
  }

  /** Forgets offers that could not be delivered. */
  drop(ids: string[]): Promise<void> {
    return dropPendingFiles(this.prisma, ids);
  }
}
