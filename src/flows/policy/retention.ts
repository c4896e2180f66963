/**
 * AVG (GDPR) bewaartermijnen: a closed case is anonymised in two parts, each after its own period
 * counted from the moment the case was closed. A legal hold stops both.
 *
 * Care data (RETENTION_CARE_DAYS) — what the visibility policy marks as care-only (visibility.ts:
 * assessmentReasoning, hearingNotes, careNotes, interventions; audience "careTeam"):
 *   - hearing notes (wederhoor), care notes, the assessment answers and rows (Actie 2 beoordeling),
 *     the participant's consent to mediation;
 *   - the free text of care-only actions, interventions (notes, outcome notes, "another place");
 *   - every care-only timeline entry's details, except ids, dates, counts and the guideline codes of
 *     what was done (action code, intervention kind and sub-category, outcome);
 *   - care-only correspondence (e.g. with the practitioner) and the files kept with it.
 * Housing data (RETENTION_HOUSING_DAYS) — everything else that is about the participant or third
 * parties: complaint descriptions, the complainants' identities, letter texts (names, dwelling),
 * shared correspondence and its files, agreed actions' and checks' free text, broken agreements, the approach,
 * the closing text, and the link to the participant itself (reference, participant id, the
 * people around them). Anonymising the housing data anonymises the care data too: nothing
 * personal is left once a case is no longer linked to its participant.
 *
 * What stays is a skeleton without anyone in it: the case number, organisations, kind, dates,
 * steps, complaint types, deadlines met or missed, letters sent (not their text), interventions
 * offered and their outcome (reports: rehousings; Actie 6: everything possible done), and the
 * hash chain.
 */
import type { CaseState } from "../cases/state.ts";
import type { TimelineDetails } from "../effects.ts";
import { AUDIENCES, type Audience } from "../model.ts";
import type { StoredTimelineEventName } from "../timeline-events.ts";
import { AUDIENCE_MEMBERS, FIELD_VIEWERS } from "./visibility.ts";

const RETENTION_PARTS = ["care", "housing"] as const;
export type RetentionPart = (typeof RETENTION_PARTS)[number];

export interface RetentionSettings {
  /** Days after closing before the care data is anonymised. */
  careDays: number;
  /** Days after closing before the housing data (and with it the whole case) is anonymised. */
  housingDays: number;
}

/** About two years for care data, about five years for housing data (see README). */
export const DEFAULT_RETENTION_SETTINGS: Readonly<RetentionSettings> = { careDays: 730, housingDays: 1826 };

const DAY_MS = 24 * 3600_000;

/** When `part` of a case closed at `closedAt` is due (periods are whole days of 24 hours). */
function retentionDueAt(closedAt: Date, part: RetentionPart, settings: RetentionSettings): Date {
  const days = part === "care" ? settings.careDays : settings.housingDays;
  return new Date(closedAt.getTime() + days * DAY_MS);
}

/** Cases closed at or before this moment are due for `part` at `now`. */
export function retentionCutoff(now: Date, part: RetentionPart, settings: RetentionSettings): Date {
  const days = part === "care" ? settings.careDays : settings.housingDays;
  return new Date(now.getTime() - days * DAY_MS);
}

export interface RetentionStatus {
  status: string;
  closedAt: Date | null;
  careAnonymisedAt: Date | null;
  anonymisedAt: Date | null;
  legalHoldSince: Date | null;
}

/** The parts of a case to anonymise now: closed, not on legal hold, period over, not done yet. */
export function retentionPartsDue(
  row: RetentionStatus,
  now: Date,
  settings: RetentionSettings,
): RetentionPart[] {
  if (row.status !== "closed" || row.closedAt === null || row.legalHoldSince !== null) return [];
  if (row.anonymisedAt !== null) return [];
  const due = (part: RetentionPart) =>
    now.getTime() >= retentionDueAt(row.closedAt!, part, settings).getTime();
  // The housing part covers the care part too.
  if (due("housing")) return ["housing"];
  return row.careAnonymisedAt === null && due("care") ? ["care"] : [];
}

/** An audience only the roles that may read care notes can read (the care team's). */
function isCareOnlyAudience(visibility: string): boolean {
  if (!(AUDIENCES as readonly string[]).includes(visibility)) return false;
  return AUDIENCE_MEMBERS[visibility as Audience].every((role) => FIELD_VIEWERS.careNotes.includes(role));
}

/** Ids, dates and counts: no content about anyone. */
function isStructuralKey(key: string): boolean {
  return (
    key === "actorId" ||
    /Ids?$/.test(key) ||
    /At$/.test(key) ||
    key === "count" ||
    key === "completedActions" ||
    key === "proposedActions"
  );
}

/** Guideline codes of what was done in a care-only entry (kept for reports and Actie 6). */
const CARE_KEPT_CODES = new Set([
  "actionCode",
  "ownerRole",
  "intervention",
  "timeOutReason",
  "participantDecision",
  "daily",
  "outcome",
]);

/**
 * Detail keys whose (string) values are codes of the guideline or of Nabuur, never free text.
 * Any other string value of a housing entry is treated as personal and removed.
 */
const HOUSING_KEPT_CODES = new Set([
  ...CARE_KEPT_CODES,
  "complaintType",
  "signalKind",
  "step",
  "key",
  "rule",
  "letter",
  "leaseType",
  "party",
  "proposedBy",
  "situation",
  "unmetPreconditions",
  "part",
]);

/** Codes that share a name with free text elsewhere, kept only for these events. */
const EVENT_KEPT_CODES: Record<string, readonly string[]> = {
  // The closing reason is one of CLOSE_REASONS; its free text is "text".
  "case.closed": ["reason"],
};

export interface AnonymisableEntry {
  event: StoredTimelineEventName;
  visibility: string;
  details: TimelineDetails;
}

/** The detail keys of a timeline entry whose values `part` removes. */
export function timelineKeysToAnonymise(entry: AnonymisableEntry, part: RetentionPart): string[] {
  const keys = Object.keys(entry.details).filter((key) => {
    const value = entry.details[key];
    return value !== null && value !== undefined && !isStructuralKey(key);
  });
  const care = isCareOnlyAudience(entry.visibility);
  if (care) {
    // Care-only entries keep only what was done, never what was found or said.
    return keys.filter((key) => !CARE_KEPT_CODES.has(key));
  }
  if (part === "care") return [];
  const eventCodes = EVENT_KEPT_CODES[entry.event] ?? [];
  return keys.filter(
    (key) =>
      typeof entry.details[key] === "string" && !HOUSING_KEPT_CODES.has(key) && !eventCodes.includes(key),
  );
}

/** The case state without its care data. Applying it twice changes nothing more. */
function withoutCareData(state: CaseState): CaseState {
  return {
    ...state,
    hearings: state.hearings.map((hearing) => ({ ...hearing, notes: "" })),
    assessmentDraft: null,
    assessments: [],
    mediationConsent: null,
    careNotes: state.careNotes.map((note) => ({ ...note, text: "" })),
    actions: state.actions.map((action) =>
      action.audience === "careTeam" ? { ...action, text: null, skipReason: null } : action,
    ),
    ladder: {
      ...state.ladder,
      interventions: state.ladder.interventions.map((intervention) => ({
        ...intervention,
        detail:
          intervention.detail.kind === "otherPlace"
            ? { ...intervention.detail, description: "" }
            : intervention.detail,
        note: null,
        outcomeNote: null,
      })),
    },
  };
}

/** The case state without its housing data and without its link to the participant. */
function withoutHousingData(state: CaseState): CaseState {
  const { ladder } = state;
  return {
    ...state,
    participantId: "",
    participant: {
      ...state.participant,
      reference: "",
      supportWorkerId: null,
      landlordContactId: null,
      coordinatorId: null,
    },
    complaints: state.complaints.map((complaint) => ({ ...complaint, description: "" })),
    actions: state.actions.map((action) => ({ ...action, text: null, skipReason: null })),
    checks: state.checks.map((check) => ({ ...check, note: null })),
    approach: state.approach === null ? null : "",
    closure: state.closure === null ? null : { ...state.closure, text: null },
    ladder: {
      ...ladder,
      proposals: ladder.proposals.map((proposal) => ({ ...proposal, reason: null, skipReason: null })),
      breaches: ladder.breaches.map((breach) => ({ ...breach, description: "" })),
      court: ladder.court === null ? null : { ...ladder.court, agreement: null },
      alternativeAgreed:
        ladder.alternativeAgreed === null ? null : { ...ladder.alternativeAgreed, description: "" },
    },
  };
}

/** The case state with `part` anonymised (the housing part includes the care part). */
export function anonymiseCaseState(state: CaseState, part: RetentionPart): CaseState {
  const care = withoutCareData(state);
  return part === "care" ? care : withoutHousingData(care);
}
