/**
 * The nuisance dossier (overlastdossier) as exported: "alle brieven die omtrent de overlast zijn
 * verstuurd, alle correspondentie met derden en de tijdlijn van wat het team heeft ondernomen",
 * made for the court and the landlord. Two audiences: the landlord's version holds no care-only
 * content; the care team's version holds no complainant identity. The timeline keeps its hash-chain
 * fields so `npm run dossier:verify` can prove nothing was changed, removed or inserted.
 */
import type { CaseKind, CaseStatus, CloseReason } from "../../flows/cases/state.ts";
import type { StoredDeadlineRule } from "../../flows/context.ts";
import type { DeadlineSubject } from "../../flows/deadlines/subject.ts";
import type { LadderStep, LetterKind } from "../../flows/ladder/model.ts";
import type { ComplaintType, GuidelineStep, LeaseType, Locale, Role } from "../../flows/model.ts";
import type { StoredTimelineEntry } from "../../store/dossier/dossier-repository.ts";

export const DOSSIER_FORMAT = "nabuur.nuisanceDossier";
export const DOSSIER_VERSION = 1;

export type DossierAudience = "landlord" | "careTeam";
export type DossierFormat = "json" | "pdf";

/**
 * A timeline entry the audience may read: the stored entry (the hashed fields and the chain links,
 * with the per-value salts and the digests of anonymised values) and, not hashed, for the reader:
 * who, which guideline step, what.
 */
export interface DossierTimelineEntry extends StoredTimelineEntry {
  actor: string;
  stepLabel: string;
  text: string;
}

/**
 * An entry the audience may not read (care-only for the landlord, landlord-only for the care team),
 * or an entry from before per-value hashing whose content was anonymised: only its place in the
 * chain and its hash, so the chain can still be verified.
 */
export interface WithheldTimelineEntry {
  seq: number;
  withheld: "careOnly" | "landlordOnly" | "anonymised";
  hash: string;
}

export type DossierTimelineItem = DossierTimelineEntry | WithheldTimelineEntry;

export function isWithheld(item: DossierTimelineItem): item is WithheldTimelineEntry {
  return "withheld" in item;
}

export interface DossierComplaint {
  id: string;
  type: ComplaintType;
  typeLabel: string;
  description: string;
  occurredAt: string;
  afterTen: boolean;
  receivedByLandlordAt: string;
  receivedAt: string;
  passedToTeamInTime: boolean;
  justified: boolean | null;
  wronglyAttributed: boolean;
  complainantAnonymous: boolean;
  /** Landlord's version only. */
  complainant?: { name: string; contact: string } | null;
}

export interface DossierLetter {
  step: LadderStep;
  kind: LetterKind;
  label: string;
  sentAt: string;
  registered: boolean;
  signedForSeen: boolean;
  signedSeenAt: string | null;
  recordedAt: string | null;
  recordedBy: string | null;
  /** The letter's text when it was stored in Nabuur (drafted there and marked as sent). */
  text: string | null;
}

/**
 * A file kept with a correspondence item: listed, not embedded. Its SHA-256 is also in the
 * timeline entry `correspondence.fileAttached` (by `fileId`), so the hash chain vouches for it and
 * the file handed to a court can be checked against it.
 */
interface DossierCorrespondenceFile {
  fileId: string;
  name: string;
  mimeType: string;
  size: number;
  sha256: string;
  recordedAt: string;
  recordedBy: string;
}

interface DossierCorrespondence {
  party: string;
  direction: string;
  summary: string;
  at: string;
  recordedBy: string;
  careOnly: boolean;
  files: DossierCorrespondenceFile[];
}

export interface DossierAction {
  id: string;
  text: string;
  step: GuidelineStep;
  ownerRole: Role;
  status: string;
  statusLabel: string;
  origin: string;
  dueAt: string | null;
  decidedAt: string | null;
  doneAt: string | null;
  skipReason: string | null;
  careOnly: boolean;
}

export type DeadlineOutcome = "met" | "late" | "overdue" | "running" | "cancelled";

export interface DossierDeadline {
  key: string;
  rule: StoredDeadlineRule;
  description: string;
  step: string;
  ownerRole: string;
  dueAt: string;
  closedAt: string | null;
  outcome: DeadlineOutcome;
  outcomeLabel: string;
}

export interface DossierIntervention {
  id: string;
  label: string;
  detail: string;
  note: string | null;
  step: LadderStep | null;
  offeredAt: string;
  offeredBy: string;
  outcome: string | null;
  outcomeLabel: string | null;
  outcomeNote: string | null;
  outcomeAt: string | null;
}

interface DossierCareRecord {
  hearings: { heldAt: string; notes: string; recordedBy: string }[];
  assessments: { confirmedAt: string; row: string; rowLabel: string; confirmedBy: string }[];
  careNotes: { at: string; text: string; author: string }[];
}

export interface DossierReadinessCondition {
  id: string;
  met: boolean;
  label: string;
  evidence: string[];
}

export interface DossierJson {
  format: typeof DOSSIER_FORMAT;
  version: typeof DOSSIER_VERSION;
  audience: DossierAudience;
  locale: Locale;
  generatedAt: string;
  generatedBy: { actorId: string; name: string; apiKeyPrefix: string | null };
  guideline: string;
  case: {
    id: string;
    number: string;
    kind: CaseKind;
    status: CaseStatus;
    statusLabel: string;
    step: GuidelineStep;
    stepLabel: string;
    ladderStep: LadderStep | null;
    openedAt: string;
    startedAt: string | null;
    approach: string | null;
    resolvedAt: string | null;
    closedAt: string | null;
    closure: { reason: CloseReason; label: string; text: string | null } | null;
    courtParty: string | null;
    alternativeAgreed: string | null;
    evictedAt: string | null;
  };
  participant: {
    reference: string;
    dwelling: string | null;
    leaseType: LeaseType;
    leaseTypeLabel: string;
    careProvider: string;
    landlord: string;
  };
  complaints: DossierComplaint[];
  timeline: {
    subject: DeadlineSubject;
    /** Entries in the chain, including withheld ones. */
    length: number;
    withheld: number;
    /** Hash of the last entry (the chain's head when the dossier was made). */
    headHash: string;
    entries: DossierTimelineItem[];
  };
  letters: DossierLetter[];
  correspondence: DossierCorrespondence[];
  actions: DossierAction[];
  deadlines: DossierDeadline[];
  /** Care team's version only. */
  interventions: DossierIntervention[] | null;
  /** Care team's version only. */
  careRecord: DossierCareRecord | null;
  courtReadiness: { ready: boolean; conditions: DossierReadinessCondition[] };
}
