/**
 * The admin command's legal holds and retention sweep (AVG), through the services: loaded only for
 * `hold …` and `retention run`, so that `org …` and `member …` start without the procedure's code.
 */
import { cliOption, cliPositionals, explainCliError, openCliContext, resolveMember } from "./cli-context.ts";
import type { Config } from "./config.ts";
import { sweepRetention } from "./services/privacy/anonymise-closed-cases.ts";
import { liftLegalHold, setLegalHold } from "./services/privacy/legal-hold.ts";
import { findMembersByIds } from "./store/members/members.ts";
import { listLegalHolds } from "./store/privacy/retention-repository.ts";

const HOLD_USAGE =
  'usage: hold set <case number> "<reason>" --by "<member>" | hold lift <case number> "<reason>" --by "<member>" | hold list';

/** Legal holds and the retention sweep (AVG), through the services. */
export async function privacy(config: Config, noun: string, verb: string | undefined, rest: string[]) {
  const { database, runtime } = await openCliContext(config);
  try {
    if (noun === "retention") {
      if (verb !== "run") throw new Error("usage: retention run");
      const report = await sweepRetention(runtime, {
        careDays: config.RETENTION_CARE_DAYS,
        housingDays: config.RETENTION_HOUSING_DAYS,
      });
      return `anonymised ${report.anonymised} part(s) of closed cases; ${report.failed} failed`;
    }
    if (verb === "list") {
      const holds = await listLegalHolds(runtime.prisma);
      const names = new Map(
        (
          await findMembersByIds(
            runtime.prisma,
            holds.map((hold) => hold.legalHoldById ?? ""),
          )
        ).map((m) => [m.id, m.displayName]),
      );
      return (
        holds
          .map((hold) =>
            [
              `case ${hold.number}`,
              `since ${hold.legalHoldSince?.toISOString()}`,
              `by ${names.get(hold.legalHoldById ?? "") ?? hold.legalHoldById}`,
              hold.legalHoldReason,
            ].join("  "),
          )
          .join("\n") || "(no legal holds)"
      );
    }
    const [caseNumber, reason] = cliPositionals(rest);
    const by = cliOption(rest, "--by");
    if ((verb !== "set" && verb !== "lift") || !caseNumber || !reason || !by) throw new Error(HOLD_USAGE);
    const actor = await resolveMember(runtime.prisma, by);
    const change = await (verb === "set" ? setLegalHold : liftLegalHold)(runtime, actor, caseNumber, reason);
    return verb === "set"
      ? `legal hold set on case ${change.caseNumber}: it is not anonymised until the hold is lifted`
      : `legal hold lifted on case ${change.caseNumber}: the retention periods apply again`;
  } catch (error) {
    throw explainCliError(error, config);
  } finally {
    await database.close();
  }
}
