/**
 * The guideline's figures (SPEC §6 Reports) over the participants and cases of some organisations:
 * a care provider's (the coordinator's `/nabuur rapport`) or a landlord's (the landlord's own
 * participants only, for `/nabuur rapport` by landlord staff and the intake API's GET /reports).
 * Loads the data and hands it to the one computation in flows/reports.
 */
import { computeReport, type ReportFigures } from "../../flows/reports/cooperation-report.ts";
import type { ReportPeriod } from "../../flows/reports/report-period.ts";
import { listCasesOfOrganisations } from "../../store/cases/case-repository.ts";
import { listParticipants } from "../../store/participants/participant-repository.ts";
import { listSignalsOfParticipants } from "../../store/signals/list-signals-of-participants.ts";
import type { ServiceRuntime } from "../runtime.ts";

export async function guidelineReport(
  runtime: ServiceRuntime,
  organisationIds: string[],
  period: ReportPeriod | null,
): Promise<ReportFigures> {
  const { prisma } = runtime;
  const participants = await listParticipants(prisma, organisationIds);
  const participantIds = participants.map(({ state }) => state.participantId);
  const [cases, signals] = await Promise.all([
    listCasesOfOrganisations(prisma, organisationIds),
    listSignalsOfParticipants(prisma, participantIds),
  ]);
  return computeReport(
    {
      participants: participants.map(({ state }) => ({
        participantId: state.participantId,
        registeredAt: state.registeredAt,
      })),
      cases,
      signals,
    },
    { period, now: runtime.clock.now() },
  );
}
