/**
 * A case driven through the services on a real database, from intake to Actie 5, touching every
 * part of the nuisance dossier: complaints (with a named complainant), care-only notes, the three
 * letters with their texts, interventions, a broken agreement and correspondence with third parties
 * (each item with its file: the letter itself, kept in the database).
 */
import type { Actor } from "../../../src/flows/model.ts";
import { fileComplaint, handleCaseEvent } from "../../../src/services/case-service.ts";
import type { ManualClock } from "../../../src/services/clock.ts";
import { attachCorrespondenceFile } from "../../../src/services/dossier/correspondence-file-service.ts";
import { recordCorrespondence } from "../../../src/services/dossier/correspondence-service.ts";
import type { IncomingFile } from "../../../src/services/interactions/types.ts";
import { draftCaseLetter, recordLetterSent } from "../../../src/services/letters/letter-service.ts";
import { registerParticipant } from "../../../src/services/participant-service.ts";
import type { ServiceRuntime } from "../../../src/services/runtime.ts";
import { assessConsciousJustified } from "../../helpers/procedure.ts";
import type { World } from "../../helpers/world.ts";

export const COMPLAINANT_NAME = "Mevrouw Geheim-Buurvrouw";
export const COMPLAINANT_CONTACT = "06-12345678";
/** Care-only content that must never reach the landlord's version. */
export const CARE_SECRETS = [
  "GEHEIM-WEDERHOOR",
  "GEHEIM-ZORGNOTITIE",
  "GEHEIM-INTERVENTIE",
  "GEHEIM-UITKOMST",
  "GEHEIM-BEHANDELAAR",
  // The care-only correspondence's file: its name and its bytes.
  "GEHEIM-ZORGBESTAND",
];
export const DAY = 24 * 3600_000;

/** The files kept with the scenario's correspondence: the shared letter and a care-only one. */
export const SHARED_FILE = {
  name: "mail-politie-WOONBESTAND.txt",
  text: "Mail van de wijkagent: WOONBESTAND-INHOUD, politie-inzet na 23:00.",
};
const CARE_FILE = {
  name: "GEHEIM-ZORGBESTAND-behandelplan.txt",
  text: "GEHEIM-ZORGBESTAND-INHOUD: behandelplan.",
};

/** A file as a platform hands it to the core: its name, its size, its bytes on request. */
function givenFile(file: { name: string; text: string }): IncomingFile {
  const bytes = Buffer.from(file.text, "utf8");
  return { name: file.name, size: bytes.length, read: async () => bytes };
}

async function complaint(
  runtime: ServiceRuntime,
  clock: ManualClock,
  landlord: Actor,
  participantId: string,
) {
  const now = clock.now().getTime();
  return fileComplaint(runtime, landlord, {
    participantId,
    complaint: {
      type: "noise",
      description: "Harde muziek na middernacht, drie nachten achter elkaar.",
      occurredAt: new Date(now - 10 * 3600_000),
      afterTen: true,
      receivedByLandlordAt: new Date(now - 2 * 3600_000),
      complainantAnonymous: false,
    },
    complainant: { anonymous: false, name: COMPLAINANT_NAME, contact: COMPLAINANT_CONTACT },
  });
}

export async function driveCaseToActie5(
  runtime: ServiceRuntime,
  clock: ManualClock,
  world: World,
): Promise<{ caseId: string; caseNumber: string }> {
  const worker = world.actor(world.worker);
  const landlord = world.actor(world.landlordStaff);
  const coordinator = world.actor(world.coordinator);
  const participant = await registerParticipant(runtime, worker, {
    reference: "HF-007",
    careProviderId: world.careProvider.id,
    landlordId: world.landlord.id,
    dwelling: "Biltstraat 7, 3572 AB Utrecht",
    leaseType: "own",
    supportWorkerId: world.worker.id,
    landlordContactId: world.landlordStaff.id,
    coordinatorId: world.coordinator.id,
  });
  const opened = await complaint(runtime, clock, landlord, participant.participantId);
  const caseId = opened.id;
  const event = (e: Parameters<typeof handleCaseEvent>[2]) => handleCaseEvent(runtime, caseId, e);

  // Actie 1 and 2.
  await event({ type: "caseStarted", actor: worker, approach: "Begeleider spreekt de deelnemer vandaag" });
  await event({
    type: "hearingRecorded",
    actor: worker,
    heldAt: clock.now(),
    notes: "GEHEIM-WEDERHOOR over gebruik",
  });
  await assessConsciousJustified(runtime, caseId, worker);
  await event({ type: "careNoteAdded", actor: worker, text: "GEHEIM-ZORGNOTITIE: medicatie" });
  await event({ type: "writtenFeedbackSent", actor: worker, text: "Afspraak: geen muziek na 22:00" });

  // Actie 3: a second similar, justified complaint; warning letter.
  clock.advance(7 * DAY);
  await complaint(runtime, clock, landlord, participant.participantId);
  await assessConsciousJustified(runtime, caseId, worker);
  await event({ type: "ladderStepTaken", actor: landlord, step: "actie3", situation: null });
  await draftCaseLetter(runtime, landlord, caseId, "actie3", { participantName: "J. de Vries" });
  await recordLetterSent(runtime, landlord, caseId, {
    step: "actie3",
    sentAt: clock.now(),
    registered: false,
    signedForSeen: false,
  });
  const offered = await event({
    type: "interventionOffered",
    actor: worker,
    detail: { kind: "timeOut", reason: "safety" },
    note: "GEHEIM-INTERVENTIE",
  });
  const intervention = offered.ladder.interventions[0]!;
  await event({
    type: "interventionOutcome",
    actor: worker,
    interventionId: intervention.id,
    outcome: "unsuccessful",
    note: "GEHEIM-UITKOMST",
  });

  // Actie 4 and 5.
  clock.advance(14 * DAY);
  await event({ type: "ladderStepTaken", actor: landlord, step: "actie4", situation: null });
  await event({ type: "legalAdviceRequested", actor: coordinator, step: "actie4", note: null });
  await draftCaseLetter(runtime, landlord, caseId, "actie4");
  await recordLetterSent(runtime, landlord, caseId, {
    step: "actie4",
    sentAt: clock.now(),
    registered: false,
    signedForSeen: false,
  });
  clock.advance(7 * DAY);
  await event({ type: "ladderStepTaken", actor: landlord, step: "actie5", situation: null });
  await draftCaseLetter(runtime, landlord, caseId, "actie5");
  await recordLetterSent(runtime, landlord, caseId, {
    step: "actie5",
    sentAt: clock.now(),
    registered: true,
    signedForSeen: true,
    signedSeenAt: new Date(clock.now().getTime() + DAY),
  });
  await event({
    type: "agreementBreachRecorded",
    actor: landlord,
    description: "Huisregels: geen muziek na 22:00",
  });
  const police = await recordCorrespondence(runtime, landlord, caseId, {
    party: "Wijkagent Utrecht-Oost",
    direction: "incoming",
    summary: "Melding van politie-inzet op 12 december na 23:00",
    at: clock.now(),
    careOnly: false,
  });
  await attachCorrespondenceFile(runtime, landlord, police.id, givenFile(SHARED_FILE));
  const practitioner = await recordCorrespondence(runtime, worker, caseId, {
    party: "Behandelaar GGZ",
    direction: "outgoing",
    summary: "GEHEIM-BEHANDELAAR: overleg over opschaling",
    at: clock.now(),
    careOnly: true,
  });
  await attachCorrespondenceFile(runtime, worker, practitioner.id, givenFile(CARE_FILE));
  return { caseId, caseNumber: opened.number };
}
