/**
 * AVG inzage (art. 15) and dataportabiliteit (art. 20): everything Nabuur holds about one
 * participant as one JSON document. The export is itself written to the access log, on the
 * participant and on every case and signal it contains, in the same transaction that reads them.
 */

import type { DeadlineSubject } from "../../flows/deadlines/subject.ts";
import type { TimelineDetails } from "../../flows/effects.ts";
import type { Actor, Locale } from "../../flows/model.ts";
import { SYSTEM_ACTOR_ID } from "../../flows/model.ts";
import { requirePermission } from "../../flows/policy/permissions.ts";
import { decodeState } from "../../store/db-types.ts";
import { logAccesses } from "../../store/dossier/access-log.ts";
import { findMembersByIds } from "../../store/members/members.ts";
import {
  findParticipantOwners,
  listParticipantSubjects,
  loadParticipantRecords,
  type ParticipantRecords,
} from "../../store/privacy/participant-records.ts";
import { describeEntry } from "../dossier/dossier-sections.ts";
import { NotFoundError } from "../errors.ts";
import type { ServiceRuntime } from "../runtime.ts";
import { scopeOf } from "../scope.ts";
import { participantExportTexts } from "./export-texts.ts";

const PARTICIPANT_EXPORT_FORMAT = "nabuur.participantExport";
const PARTICIPANT_EXPORT_VERSION = 1;

/** Access-log action of an export; with `.cli` when nobody in the chat asked for it. */
const PARTICIPANT_EXPORT_ACTION = "participant.export";

export interface ParticipantExportOptions {
  /** The member who asked for the export (a coordinator of the participant's care provider). */
  requestedBy?: Actor | null;
  locale?: Locale;
}

type Rows = ParticipantRecords;

function timelineOf(records: Rows, subject: DeadlineSubject, locale: Locale) {
  return records.timeline
    .filter((row) => row.subject === subject)
    .map((row) => ({
      subject: row.subject,
      seq: row.seq,
      at: row.at,
      actorId: row.actorId,
      step: row.step,
      event: row.event,
      visibility: row.visibility,
      details: row.details,
      ...(row.salts === null ? {} : { salts: row.salts }),
      ...(row.redacted === null ? {} : { redacted: row.redacted }),
      prevHash: row.prevHash,
      hash: row.hash,
      text: describeEntry(row.event, row.details as TimelineDetails, locale),
    }));
}

function deadlinesOf(records: Rows, subject: DeadlineSubject) {
  return records.deadlines
    .filter((row) => row.subject === subject)
    .map(({ claimedBy: _claimedBy, claimedUntil: _claimedUntil, ...row }) => row);
}

function accessLogOf(records: Rows, subject: DeadlineSubject) {
  return records.accessLog.filter((row) => row.subject === subject);
}

function memberIdsOf(records: Rows, requestedBy: Actor | null): string[] {
  const ids = new Set<string>([
    ...records.timeline.map((row) => row.actorId),
    ...records.deadlines.flatMap((row) => (row.ownerMemberId ? [row.ownerMemberId] : [])),
    ...records.accessLog.flatMap((row) => (row.memberId ? [row.memberId] : [])),
    ...records.correspondence.map((row) => row.createdById),
    ...records.assessments.map((row) => row.recordedById),
    ...records.cases.flatMap((row) => [
      ...(row.legalHoldById ? [row.legalHoldById] : []),
      ...row.letters.map((letter) => letter.createdById),
      ...row.careNotes.map((note) => note.authorId),
      ...row.actions.flatMap((action) => (action.decidedById ? [action.decidedById] : [])),
    ]),
    ...(requestedBy ? [requestedBy.memberId] : []),
  ]);
  ids.delete(SYSTEM_ACTOR_ID);
  return [...ids];
}

function shape(records: Rows, locale: Locale) {
  const { participant } = records;
  const participantSubject = `participant:${participant.id}` as const;
  return {
    participant: {
      id: participant.id,
      reference: participant.reference,
      careProvider: participant.careProvider,
      landlord: participant.landlord,
      state: decodeState(participant.state),
      version: participant.version,
      createdAt: participant.createdAt,
      updatedAt: participant.updatedAt,
      anonymisedAt: participant.anonymisedAt,
      tenancies: participant.tenancies,
      timeline: timelineOf(records, participantSubject, locale),
      deadlines: deadlinesOf(records, participantSubject),
      accessLog: accessLogOf(records, participantSubject),
    },
    cases: records.cases.map((row) => {
      const subject = `case:${row.id}` as const;
      return {
        id: row.id,
        number: row.number,
        kind: row.kind,
        status: row.status,
        step: row.step,
        openedAt: row.openedAt,
        closedAt: row.closedAt,
        careAnonymisedAt: row.careAnonymisedAt,
        anonymisedAt: row.anonymisedAt,
        legalHold: row.legalHoldSince
          ? { since: row.legalHoldSince, reason: row.legalHoldReason, byId: row.legalHoldById }
          : null,
        state: decodeState(row.state),
        complaints: row.complaints.map(({ complainant, ...complaint }) => ({
          ...complaint,
          complainantIdentityHeld: complainant !== null,
        })),
        actions: row.actions,
        assessments: records.assessments.filter((assessment) => assessment.caseId === row.id),
        letters: row.letters,
        correspondence: records.correspondence.filter((item) => item.caseId === row.id),
        careNotes: row.careNotes,
        timeline: timelineOf(records, subject, locale),
        deadlines: deadlinesOf(records, subject),
        accessLog: accessLogOf(records, subject),
      };
    }),
    signals: records.signals.map((row) => {
      const subject = `signal:${row.id}` as const;
      return {
        id: row.id,
        kind: row.kind,
        state: decodeState(row.state),
        createdAt: row.createdAt,
        updatedAt: row.updatedAt,
        timeline: timelineOf(records, subject, locale),
        deadlines: deadlinesOf(records, subject),
        accessLog: accessLogOf(records, subject),
      };
    }),
  };
}

export type ParticipantExport = Awaited<ReturnType<typeof exportParticipant>>;

/** Everything held about the participant; logs the export on each subject it contains. */
export async function exportParticipant(
  runtime: ServiceRuntime,
  participantId: string,
  options: ParticipantExportOptions = {},
) {
  const requestedBy = options.requestedBy ?? null;
  const locale = options.locale ?? runtime.effects.defaultLocale;
  const now = runtime.clock.now();
  const records = await runtime.prisma.$transaction(
    async (tx) => {
      const found = await findParticipantOwners(tx, participantId);
      if (!found) throw new NotFoundError("participant", participantId);
      if (requestedBy) requirePermission(requestedBy, "exportParticipantData", await scopeOf(tx, found));
      const subjects = await listParticipantSubjects(tx, participantId);
      // AVG: the export is an access like any other; logged first so it shows in itself.
      await logAccesses(
        tx,
        subjects.map((subject) => ({
          memberId: requestedBy?.memberId ?? null,
          apiKeyId: null,
          action: requestedBy ? PARTICIPANT_EXPORT_ACTION : `${PARTICIPANT_EXPORT_ACTION}.cli`,
          subject,
          at: now,
        })),
      );
      return (await loadParticipantRecords(tx, participantId))!;
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
  const members = await findMembersByIds(runtime.prisma, memberIdsOf(records, requestedBy));
  const texts = participantExportTexts[locale];
  return {
    format: PARTICIPANT_EXPORT_FORMAT,
    version: PARTICIPANT_EXPORT_VERSION,
    locale,
    generatedAt: now.toISOString(),
    requestedBy: requestedBy ? { memberId: requestedBy.memberId } : null,
    about: texts.about,
    leftOut: [
      texts.leftOut.complainantIdentities,
      texts.leftOut.anonymisedCases,
      texts.leftOut.deliveryCopies,
    ],
    ...shape(records, locale),
    people: Object.fromEntries(
      members.map((member) => [
        member.id,
        { name: member.displayName, role: member.role, organisation: member.organisationName },
      ]),
    ),
  };
}
