/** Signalering: a participant's own report never leads to an escalation step. */
import type { CaseDecision } from "../../cases/builder.ts";
import { FlowError } from "../../errors.ts";

export function refuseParticipantReports(d: CaseDecision): void {
  if (d.state.kind === "participantReport") throw new FlowError("participantReport.neverEscalates");
}
