/**
 * Builds the nuisance dossier (overlastdossier) of one case for one audience, checks that the
 * viewer may export it, and logs the access (AVG). The landlord's version leaves out care-only
 * entries and notes; the care team's version leaves out the complainant's identity.
 */
import type { CaseState } from "../../flows/cases/state.ts";
import { uiTexts } from "../../flows/cases/texts.ts";
import { LETTER_KIND_BY_STEP } from "../../flows/ladder/model.ts";
import { ladderTexts } from "../../flows/ladder/texts.ts";
import {
  type Actor,
  AUDIENCES,
  type Audience,
  type Locale,
  type Role,
  SYSTEM_ACTOR_ID,
} from "../../flows/model.ts";
import { may } from "../../flows/policy/permissions.ts";
import { mayReadAudience } from "../../flows/policy/visibility.ts";
import { findComplainantIdentities } from "../../store/cases/case-repository.ts";
import type { PrismaClient } from "../../store/db-types.ts";
import { logAccess } from "../../store/dossier/access-log.ts";
import { listCorrespondenceFiles } from "../../store/dossier/correspondence-files.ts";
import {
  findCurrentDwelling,
  type LetterRow,
  listCorrespondence,
  listDeadlineRecords,
  listLetters,
  listTimelineEntries,
  organisationNames,
  type StoredTimelineEntry,
} from "../../store/dossier/dossier-repository.ts";
import { findMembersByIds } from "../../store/members/members.ts";
import { isSealed } from "../../store/timeline/hash.ts";
import { loadCaseFor } from "../load-case-for.ts";
import {
  describeEntry,
  dossierActions,
  dossierCareRecord,
  dossierDeadlines,
  dossierInterventions,
  dossierReadiness,
  type NameOf,
  stepLabel,
} from "./dossier-sections.ts";
import { dossierTexts } from "./dossier-texts.ts";
import {
  DOSSIER_FORMAT,
  DOSSIER_VERSION,
  type DossierAudience,
  type DossierComplaint,
  type DossierFormat,
  type DossierJson,
  type DossierLetter,
  type DossierTimelineItem,
} from "./dossier-types.ts";

export interface DossierViewer {
  actor: Actor;
  /** The intake API key that asked for the export, if any (named in the access log). */
  apiKeyId?: string | null;
  apiKeyPrefix?: string | null;
  /** Logged with the access (default json). */
  format?: DossierFormat;
  /** Language of the labels and texts in the dossier (default Dutch). */
  locale?: Locale;
  now?: Date;
}

/** The role whose reading rights an audience's export follows. */
const READER_ROLE: Record<DossierAudience, Role> = { landlord: "landlordStaff", careTeam: "careTeamMember" };

function isAudience(value: string): value is Audience {
  return (AUDIENCES as readonly string[]).includes(value);
}

function timelineItems(
  entries: StoredTimelineEntry[],
  audience: DossierAudience,
  locale: Locale,
  nameOf: NameOf,
): DossierTimelineItem[] {
  return entries.map((entry) => {
    // Anonymised before per-value hashing: its content no longer matches its hash; its place does.
    if (isSealed(entry)) return { seq: entry.seq, withheld: "anonymised", hash: entry.hash };
    if (isAudience(entry.visibility) && mayReadAudience(READER_ROLE[audience], entry.visibility)) {
      return {
        ...entry,
        actor: nameOf(entry.actorId),
        stepLabel: stepLabel(entry.step, locale),
        text: describeEntry(entry.event, entry.details, locale),
      };
    }
    return {
      seq: entry.seq,
      withheld: entry.visibility === "landlord" ? "landlordOnly" : "careOnly",
      hash: entry.hash,
    };
  });
}

/** Sent letters from the case, each with its stored text when Nabuur holds it. */
function dossierLetters(
  state: CaseState,
  rows: LetterRow[],
  locale: Locale,
  nameOf: NameOf,
): DossierLetter[] {
  const sent = rows.filter((row) => row.sentAt !== null);
  const used = new Set<string>();
  return state.ladder.letters.map((record) => {
    const candidates = sent.filter((row) => !used.has(row.id) && row.kind === record.kind);
    const row =
      candidates.find((c) => c.sentAt?.getTime() === Date.parse(record.sentAt)) ?? candidates.at(-1) ?? null;
    if (row) used.add(row.id);
    return {
      step: record.step,
      kind: LETTER_KIND_BY_STEP[record.step],
      label: ladderTexts[locale].letters[record.kind],
      sentAt: record.sentAt,
      registered: record.registered,
      signedForSeen: record.signedForSeen,
      signedSeenAt: row?.signedSeenAt?.toISOString() ?? (record.signedForSeen ? record.recordedAt : null),
      recordedAt: record.recordedAt,
      recordedBy: nameOf(record.recordedBy),
      text: row?.body ?? null,
    };
  });
}

function memberIdsOf(state: CaseState, entries: StoredTimelineEntry[], extra: string[]): string[] {
  const ids = new Set<string>([
    ...entries.map((e) => e.actorId),
    ...state.ladder.letters.map((l) => l.recordedBy),
    ...state.ladder.interventions.map((i) => i.offeredBy),
    ...state.hearings.map((h) => h.recordedBy),
    ...state.assessments.map((a) => a.confirmedBy),
    ...state.careNotes.map((n) => n.authorId),
    ...extra,
  ]);
  ids.delete(SYSTEM_ACTOR_ID);
  return [...ids];
}

export async function buildDossier(
  prisma: PrismaClient,
  caseId: string,
  audience: DossierAudience,
  viewer: DossierViewer,
): Promise<DossierJson> {
  const { state, scope } = await loadCaseFor(
    prisma,
    viewer.actor,
    caseId,
    audience === "landlord" ? "exportDossierLandlord" : "exportDossierCare",
  );
  const locale = viewer.locale ?? "nl";
  const now = viewer.now ?? new Date();
  const t = dossierTexts[locale];
  const ui = uiTexts[locale];
  const subject = `case:${state.id}` as const;

  const entries = await listTimelineEntries(prisma, subject);
  const letterRows = await listLetters(prisma, state.id);
  const correspondenceRows = await listCorrespondence(prisma, state.id);
  const fileRows = await listCorrespondenceFiles(prisma, state.id);
  const deadlineRows = await listDeadlineRecords(prisma, subject);
  // An anonymised case is no longer linked to the participant (participantId is empty).
  const dwelling = state.participantId ? await findCurrentDwelling(prisma, state.participantId) : null;
  const organisations = await organisationNames(prisma, [scope.careProviderId, scope.landlordId]);
  const members = new Map(
    (
      await findMembersByIds(
        prisma,
        memberIdsOf(state, entries, [
          viewer.actor.memberId,
          ...correspondenceRows.map((c) => c.createdById),
          ...fileRows.map((f) => f.createdById),
        ]),
      )
    ).map((m) => [m.id, m]),
  );
  const nameOf: NameOf = (id) => {
    if (id === null) return "";
    if (id === SYSTEM_ACTOR_ID) return t.system;
    const member = members.get(id);
    return member ? `${member.displayName} (${member.organisationName})` : id;
  };
  // The complainant's identity: the landlord's version only, and only for landlord staff.
  const identities =
    audience === "landlord" && may(viewer.actor, "viewComplainantIdentity", scope)
      ? new Map((await findComplainantIdentities(prisma, state.id)).map((i) => [i.complaintId, i]))
      : null;

  const complaints: DossierComplaint[] = state.complaints.map((c) => ({
    id: c.id,
    type: c.type,
    typeLabel: ui.complaintTypes[c.type],
    description: c.description,
    occurredAt: c.occurredAt,
    afterTen: c.afterTen,
    receivedByLandlordAt: c.receivedByLandlordAt,
    receivedAt: c.receivedAt,
    passedToTeamInTime: c.passedToTeamInTime,
    justified: c.justified,
    wronglyAttributed: c.wronglyAttributed,
    complainantAnonymous: c.complainantAnonymous,
    ...(identities
      ? {
          complainant: identities.has(c.id)
            ? { name: identities.get(c.id)!.name, contact: identities.get(c.id)!.contact }
            : null,
        }
      : {}),
  }));
  const timeline = timelineItems(entries, audience, locale, nameOf);
  const care = audience === "careTeam";
  const { ladder } = state;

  const dossier: DossierJson = {
    format: DOSSIER_FORMAT,
    version: DOSSIER_VERSION,
    audience,
    locale,
    generatedAt: now.toISOString(),
    generatedBy: {
      actorId: viewer.actor.memberId,
      name: nameOf(viewer.actor.memberId),
      apiKeyPrefix: viewer.apiKeyPrefix ?? null,
    },
    guideline: t.guideline,
    case: {
      id: state.id,
      number: state.number,
      kind: state.kind,
      status: state.status,
      statusLabel: ui.statuses[state.status],
      step: state.step,
      stepLabel: stepLabel(state.step, locale),
      ladderStep: ladder.current,
      openedAt: state.openedAt,
      startedAt: state.startedAt,
      approach: state.approach,
      resolvedAt: state.resolvedAt,
      closedAt: state.closedAt,
      closure: state.closure
        ? {
            reason: state.closure.reason,
            label: ui.closeReasons[state.closure.reason],
            text: state.closure.text,
          }
        : null,
      courtParty: ladder.court ? ladderTexts[locale].courtParties[ladder.court.party] : null,
      alternativeAgreed: ladder.alternativeAgreed?.description ?? null,
      evictedAt: ladder.eviction?.at ?? null,
    },
    participant: {
      reference: state.participant.reference,
      dwelling,
      leaseType: state.participant.leaseType,
      leaseTypeLabel: t.leaseTypes[state.participant.leaseType],
      careProvider: organisations.get(scope.careProviderId) ?? "",
      landlord: organisations.get(scope.landlordId) ?? "",
    },
    complaints,
    timeline: {
      subject,
      length: entries.length,
      withheld: timeline.filter((item) => "withheld" in item).length,
      headHash: entries.at(-1)?.hash ?? "",
      entries: timeline,
    },
    letters: dossierLetters(state, letterRows, locale, nameOf),
    correspondence: correspondenceRows
      .filter((row) => care || row.visibility === "shared")
      .map((row) => ({
        party: row.party,
        direction: row.direction,
        summary: row.summary,
        at: row.at.toISOString(),
        recordedBy: nameOf(row.createdById),
        careOnly: row.visibility !== "shared",
        // The item's files, with its visibility: a care-only item's files only where it shows.
        files: fileRows
          .filter((file) => file.correspondenceId === row.id && (care || file.visibility === "shared"))
          .map((file) => ({
            fileId: file.id,
            name: file.fileName,
            mimeType: file.mimeType,
            size: file.size,
            sha256: file.sha256,
            recordedAt: file.createdAt.toISOString(),
            recordedBy: nameOf(file.createdById),
          })),
      })),
    actions: dossierActions(state, audience, locale),
    deadlines: dossierDeadlines(state, deadlineRows, audience, locale, now),
    interventions: care ? dossierInterventions(state, locale, nameOf) : null,
    careRecord: care ? dossierCareRecord(state, locale, nameOf) : null,
    courtReadiness: dossierReadiness(state, locale),
  };
  await logAccess(prisma, {
    memberId: viewer.actor.memberId,
    apiKeyId: viewer.apiKeyId ?? null,
    action: `dossier.export.${audience}.${viewer.format ?? "json"}`,
    subject,
    at: now,
  });
  return dossier;
}
