/**
 * Legal hold (AVG art. 17 lid 3 sub e: data needed for a legal claim): while a hold is on a case it
 * is never anonymised, whatever its retention periods say. A coordinator or an admin sets and lifts
 * it, always with a reason; both land in the case's timeline. Lifting it lets the next retention
 * run anonymise whatever is due by then.
 */
import type { Actor } from "../../flows/model.ts";
import { requirePermission } from "../../flows/policy/permissions.ts";
import { loadCase } from "../../store/cases/case-repository.ts";
import { findCaseIdByNumber } from "../../store/dossier/dossier-repository.ts";
import {
  liftLegalHoldRow,
  loadRetentionRow,
  type RetentionRow,
  setLegalHoldRow,
} from "../../store/privacy/retention-repository.ts";
import { appendTimelineEntries } from "../../store/timeline/append-timeline-entries.ts";
import { parseCaseNumber } from "../dossier/export-dossier.ts";
import { NotFoundError } from "../errors.ts";
import { type ServiceRuntime, transact } from "../runtime.ts";
import { scopeOf } from "../scope.ts";

const LEGAL_HOLD_REFUSALS = ["reasonRequired", "alreadyHeld", "notHeld", "anonymised"] as const;
export type LegalHoldRefusal = (typeof LEGAL_HOLD_REFUSALS)[number];

const MESSAGES: Record<LegalHoldRefusal, string> = {
  reasonRequired: "a reason is required (at most 1000 characters)",
  alreadyHeld: "the case is already on legal hold",
  notHeld: "the case is not on legal hold",
  anonymised: "the case is already anonymised: there is nothing left to hold",
};

export class LegalHoldRefused extends Error {
  override name = "LegalHoldRefused";
  constructor(readonly code: LegalHoldRefusal) {
    super(MESSAGES[code]);
  }
}

const REASON_MAX = 1000;

export interface LegalHoldChange {
  caseId: string;
  caseNumber: string;
  hold: RetentionRow;
}

async function changeHold(
  runtime: ServiceRuntime,
  actor: Actor,
  caseNumber: string | number,
  reasonText: string,
  change: "set" | "lifted",
): Promise<LegalHoldChange> {
  const reason = reasonText.trim();
  if (reason === "" || reason.length > REASON_MAX) throw new LegalHoldRefused("reasonRequired");
  const number = parseCaseNumber(caseNumber);
  const caseId = number === null ? null : await findCaseIdByNumber(runtime.prisma, number);
  if (caseId === null) throw new NotFoundError("case", String(caseNumber));
  return transact(runtime, async (tx) => {
    const loaded = await loadCase(tx, caseId);
    if (!loaded) throw new NotFoundError("case", String(caseNumber));
    requirePermission(actor, "setLegalHold", await scopeOf(tx, loaded.state.participant));
    const now = runtime.clock.now();
    if (change === "set") {
      if (!(await setLegalHoldRow(tx, caseId, { since: now, reason, byId: actor.memberId }))) {
        const row = await loadRetentionRow(tx, caseId);
        throw new LegalHoldRefused(row?.anonymisedAt ? "anonymised" : "alreadyHeld");
      }
    } else if (!(await liftLegalHoldRow(tx, caseId))) {
      throw new LegalHoldRefused("notHeld");
    }
    await appendTimelineEntries(tx, `case:${caseId}`, now, [
      {
        actorId: actor.memberId,
        step: "closure",
        event: change === "set" ? "legalHold.set" : "legalHold.lifted",
        visibility: "shared",
        details: { actorId: actor.memberId, reason },
      },
    ]);
    runtime.logger.info(
      { caseId, caseNumber: loaded.state.number, memberId: actor.memberId },
      `legal hold ${change}`,
    );
    const hold = (await loadRetentionRow(tx, caseId))!;
    return { caseId, caseNumber: loaded.state.number, hold };
  });
}

/** Sets a legal hold on a case (coordinator or admin of one of the case's organisations). */
export function setLegalHold(
  runtime: ServiceRuntime,
  actor: Actor,
  caseNumber: string | number,
  reason: string,
): Promise<LegalHoldChange> {
  return changeHold(runtime, actor, caseNumber, reason, "set");
}

/** Lifts the legal hold of a case; the retention periods apply again from the next run. */
export function liftLegalHold(
  runtime: ServiceRuntime,
  actor: Actor,
  caseNumber: string | number,
  reason: string,
): Promise<LegalHoldChange> {
  return changeHold(runtime, actor, caseNumber, reason, "lifted");
}
