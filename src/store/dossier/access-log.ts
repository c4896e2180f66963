/** AVG: every access to a dossier (and every use of an intake API key on a case) is logged. */
import type { PrismaClient, Tx } from "../db-types.ts";

type Db = Tx | PrismaClient;

export interface AccessLogEntry {
  memberId: string | null;
  apiKeyId: string | null;
  /** e.g. "dossier.export.landlord.pdf", "api.complaint.filed", "api.case.viewed". */
  action: string;
  /** "case:<id>", "participant:<id>", "signal:<id>". */
  subject: string;
  /** Left out: the database's clock at the insert. */
  at?: Date;
}

export async function logAccess(db: Db, entry: AccessLogEntry): Promise<void> {
  await db.accessLog.create({ data: entry });
}

/** Several accesses in one insert (an export that reads several subjects at once). */
export async function logAccesses(db: Db, entries: AccessLogEntry[]): Promise<void> {
  await db.accessLog.createMany({ data: entries });
}
