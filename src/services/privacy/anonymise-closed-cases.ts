/**
 * AVG bewaartermijnen: the daily sweep that anonymises closed cases — the care data after
 * RETENTION_CARE_DAYS, the housing data (and with it the whole case) after RETENTION_HOUSING_DAYS,
 * never while a legal hold applies. What each part removes is decided by the pure policy in
 * src/flows/policy/retention.ts.
 *
 * Each part of each case is one transaction that starts by claiming the part on the case row, so
 * it happens once across restarts and several instances, and a second run changes nothing more.
 * The timeline keeps its hash chain: removed values leave their digests (src/store/timeline/hash.ts),
 * and the anonymisation itself is written to the case's timeline by the system.
 * Each case has its own error boundary: one bad case never stops the others.
 */

import type { CaseState } from "../../flows/cases/state.ts";
import { SYSTEM_ACTOR_ID } from "../../flows/model.ts";
import {
  anonymiseCaseState,
  DEFAULT_RETENTION_SETTINGS,
  type RetentionPart,
  type RetentionSettings,
  retentionCutoff,
  retentionPartsDue,
  timelineKeysToAnonymise,
} from "../../flows/policy/retention.ts";
import { loadCase, saveCase } from "../../store/cases/case-repository.ts";
import {
  anonymiseCaseRecords,
  claimRetentionPart,
  findCasesDueForRetention,
} from "../../store/privacy/retention-repository.ts";
import { appendTimelineEntries } from "../../store/timeline/append-timeline-entries.ts";
import { redactTimelineEntries } from "../../store/timeline/redact-timeline-entries.ts";
import { type ServiceRuntime, transact } from "../runtime.ts";

export interface RetentionReport {
  anonymised: number;
  skipped: number;
  failed: number;
}

/**
 * Anonymises `part` of one closed case if it is due and not done yet; false when there was
 * nothing to do (not due, on legal hold, already done, or another instance did it).
 */
async function anonymiseCasePart(
  runtime: ServiceRuntime,
  caseId: string,
  part: RetentionPart,
  settings: RetentionSettings = DEFAULT_RETENTION_SETTINGS,
): Promise<boolean> {
  return transact(runtime, async (tx) => {
    const now = runtime.clock.now();
    if (!(await claimRetentionPart(tx, caseId, part, retentionCutoff(now, part, settings), now))) {
      return false;
    }
    // Loaded after the claim locked the row: no decision on the case can interleave.
    const loaded = await loadCase(tx, caseId);
    if (!loaded) return false;
    const subject = `case:${caseId}` as const;
    const redactedEntries = await redactTimelineEntries(tx, subject, (entry) =>
      timelineKeysToAnonymise(entry, part),
    );
    const state: CaseState = anonymiseCaseState(loaded.state, part);
    state.timelineEntries += 1;
    // Saving through the repository bumps the version (a decision taken on the old state is
    // refused) and rewrites the projections (complaint descriptions, action texts) from the state.
    await saveCase(tx, state, loaded.version);
    await anonymiseCaseRecords(tx, caseId, part);
    await appendTimelineEntries(tx, subject, now, [
      {
        actorId: SYSTEM_ACTOR_ID,
        step: "closure",
        event: "case.anonymised",
        visibility: "shared",
        details: {
          actorId: SYSTEM_ACTOR_ID,
          part,
          retentionDays: part === "care" ? settings.careDays : settings.housingDays,
          redactedEntries,
        },
      },
    ]);
    runtime.logger.info(
      { caseId, caseNumber: state.number, part },
      "case anonymised (retention period over)",
    );
    return true;
  });
}

const BATCH = 100;
const MAX_BATCHES = 50;

/** Anonymises every part of every closed case that is due now. Safe to run at any time. */
export async function sweepRetention(
  runtime: ServiceRuntime,
  settings: RetentionSettings = DEFAULT_RETENTION_SETTINGS,
): Promise<RetentionReport> {
  const report: RetentionReport = { anonymised: 0, skipped: 0, failed: 0 };
  const tried = new Set<string>();
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const now = runtime.clock.now();
    const cutoffs = {
      care: retentionCutoff(now, "care", settings),
      housing: retentionCutoff(now, "housing", settings),
    };
    // A case done in this run drops out of the query; one that failed is left for the next run.
    const rows = await findCasesDueForRetention(runtime.prisma, cutoffs, BATCH, [...tried]);
    if (rows.length === 0) break;
    for (const row of rows) {
      tried.add(row.id);
      for (const part of retentionPartsDue(row, now, settings)) {
        try {
          if (await anonymiseCasePart(runtime, row.id, part, settings)) report.anonymised++;
          else report.skipped++;
        } catch (error) {
          report.failed++;
          runtime.logger.error(
            { err: error, caseId: row.id, part },
            "anonymisation failed; retried at the next run",
          );
        }
      }
    }
  }
  return report;
}
