/**
 * Files kept with correspondence items (the letter or e-mail itself), and the items they are
 * attached to. The bytes are read only where a file is handed out; listings carry name, size,
 * type and hash.
 */
import type { PrismaClient, Tx } from "../db-types.ts";

type Db = Tx | PrismaClient;

export interface CorrespondenceItem {
  id: string;
  caseId: string;
  party: string;
  at: Date;
  /** "shared" or "careTeam". */
  visibility: string;
  createdById: string;
}

const ITEM_SELECT = {
  id: true,
  caseId: true,
  party: true,
  at: true,
  visibility: true,
  createdById: true,
} as const;

export async function findCorrespondenceItem(db: Db, id: string): Promise<CorrespondenceItem | null> {
  return db.correspondence.findUnique({ where: { id }, select: ITEM_SELECT });
}

/** The item this member recorded last with the case (by when it was recorded), if any. */
export async function findLatestCorrespondenceBy(
  db: Db,
  caseId: string,
  memberId: string,
): Promise<CorrespondenceItem | null> {
  return db.correspondence.findFirst({
    where: { caseId, createdById: memberId },
    orderBy: { createdAt: "desc" },
    select: ITEM_SELECT,
  });
}

export interface CorrespondenceFileRow {
  id: string;
  correspondenceId: string;
  fileName: string;
  mimeType: string;
  size: number;
  sha256: string;
  visibility: string;
  createdById: string;
  createdAt: Date;
}

export async function insertCorrespondenceFile(
  db: Db,
  row: Omit<CorrespondenceFileRow, "id"> & { caseId: string; body: Buffer },
): Promise<string> {
  const created = await db.correspondenceFile.create({
    data: { ...row, body: new Uint8Array(row.body) },
    select: { id: true },
  });
  return created.id;
}

/** The case's files without their bytes, oldest first. */
export async function listCorrespondenceFiles(db: Db, caseId: string): Promise<CorrespondenceFileRow[]> {
  return db.correspondenceFile.findMany({
    where: { caseId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      correspondenceId: true,
      fileName: true,
      mimeType: true,
      size: true,
      sha256: true,
      visibility: true,
      createdById: true,
      createdAt: true,
    },
  });
}
