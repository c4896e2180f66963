/** A whole case from intake to closure, used by the privacy and card tests. */
import { expect } from "vitest";
import { parseIntakeForm } from "../../../../src/flows/cases/forms.ts";
import type { PriorComplaint } from "../../../../src/flows/ladder/detect.ts";
import { coordinator, daysAfter, landlord, openInput, Scenario, T0, worker } from "./fixtures.ts";

export const COMPLAINANT_NAME = "Jan Klaagmans";
export const COMPLAINANT_CONTACT = "06-98765432";
export const SECRETS = [
  "GEHEIM-WEDERHOOR",
  "GEHEIM-ZORGNOTITIE",
  "GEHEIM-ZORGDOSSIER",
  "GEHEIM-INTERVENTIE",
  "GEHEIM-UITKOMST",
  "GEHEIM-NAZORG",
];

const PRIOR: PriorComplaint = {
  participantId: "p-1",
  caseId: "case-0",
  caseKind: "nuisance",
  complaintId: "old-1",
  type: "noise",
  occurredAt: daysAfter(-40).toISOString(),
  receivedAt: daysAfter(-40).toISOString(),
  justified: true,
  wronglyAttributed: false,
};

/** A whole case from intake to closure, touching every kind of care-only content. */
export function fullScenario(): Scenario {
  const intake = parseIntakeForm(
    {
      participant: "p-1",
      type: "noise",
      description: "Harde muziek en geschreeuw",
      occurredAt: "2024-03-03T23:30:00+01:00",
      afterTen: true,
      receivedByLandlordAt: "2024-03-04T08:00:00+01:00",
      complainantAnonymous: false,
      complainantName: COMPLAINANT_NAME,
      complainantContact: COMPLAINANT_CONTACT,
    },
    T0,
  );
  if (!intake.ok) throw new Error(JSON.stringify(intake.errors));
  expect(intake.value.complainant).toEqual({
    anonymous: false,
    name: COMPLAINANT_NAME,
    contact: COMPLAINANT_CONTACT,
  });
  const s = new Scenario(openInput({ complaint: { id: "cmp-1", ...intake.value.complaint } }));
  s.apply({ type: "caseStarted", actor: worker, approach: "Begeleider spreekt de deelnemer vandaag" });
  s.apply({ type: "hearingRecorded", actor: worker, heldAt: T0, notes: "GEHEIM-WEDERHOOR over gebruik" });
  s.assess("conscious", false, true);
  for (const action of [...s.state.actions]) {
    if (action.status === "proposed" && !action.requiresMediationConsent) {
      s.apply({ type: "actionAccepted", actor: worker, actionId: action.id });
    }
  }
  s.apply({ type: "careNoteAdded", actor: worker, text: "GEHEIM-ZORGNOTITIE: medicatie" });
  s.apply({ type: "careRecordRegistered", actor: worker, note: "GEHEIM-ZORGDOSSIER" });
  s.apply({ type: "writtenFeedbackSent", actor: worker, text: "Afspraak: geen muziek na 22:00" });
  s.at(daysAfter(7)).addComplaint("cmp-2", "noise");
  s.assess("conscious", false, true, [PRIOR]);
  s.apply({ type: "ladderStepTaken", actor: landlord, step: "actie3", situation: null });
  s.apply({
    type: "letterRecorded",
    actor: landlord,
    step: "actie3",
    sentAt: daysAfter(7),
    registered: false,
    signedForSeen: false,
  });
  s.apply({
    type: "interventionOffered",
    actor: worker,
    detail: { kind: "timeOut", reason: "safety" },
    note: "GEHEIM-INTERVENTIE",
  });
  const intervention = s.state.ladder.interventions[0]!;
  s.apply({
    type: "interventionOutcome",
    actor: worker,
    interventionId: intervention.id,
    outcome: "unsuccessful",
    note: "GEHEIM-UITKOMST",
  });
  s.at(daysAfter(20)).addComplaint("cmp-3", "visitors");
  s.assess("unconscious", false, true, [PRIOR]);
  s.apply({ type: "ladderStepTaken", actor: landlord, step: "actie4", situation: null });
  s.apply({ type: "legalAdviceRequested", actor: coordinator, step: "actie4", note: null });
  s.apply({
    type: "letterRecorded",
    actor: landlord,
    step: "actie4",
    sentAt: daysAfter(20),
    registered: false,
    signedForSeen: false,
  });
  s.apply({ type: "ladderStepTaken", actor: landlord, step: "actie5", situation: null });
  s.apply({
    type: "letterRecorded",
    actor: landlord,
    step: "actie5",
    sentAt: daysAfter(21),
    registered: true,
    signedForSeen: true,
  });
  s.apply({ type: "agreementBreachRecorded", actor: landlord, description: "Huisregels overtreden" });
  s.apply({ type: "ladderStepTaken", actor: landlord, step: "actie6", situation: null });
  s.apply({ type: "courtPathDecided", actor: coordinator, party: null, agreement: null });
  s.at(daysAfter(60)).apply({ type: "evictionRecorded", actor: landlord, at: daysAfter(60) });
  s.apply({ type: "supportAfterEviction", actor: worker, participantDeclines: false, note: "GEHEIM-NAZORG" });
  s.apply({ type: "reflectionMeetingHeld", actor: coordinator, heldAt: daysAfter(61) });
  s.apply({ type: "closed", actor: coordinator, reason: "other", text: "Ontruimd; begeleiding loopt door" });
  return s;
}
