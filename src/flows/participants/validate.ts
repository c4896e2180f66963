/**
 * Validation of participant details, shared by registration, updates and the registration form.
 */
import { FlowError } from "../errors.ts";
import { LEASE_TYPES } from "../model.ts";
import type { ParticipantDetails, ParticipantDetailsChanges } from "./model.ts";

/**
 * Pseudonymous reference: 2–24 letters, digits or dashes. Short on purpose, so that the shared
 * channel never needs (or invites) a participant's full name.
 */
export const REFERENCE_PATTERN = /^[\p{L}\p{N}-]{2,24}$/u;

/** Longest dwelling description accepted (an address or a short description). */
export const DWELLING_MAX_LENGTH = 200;

const REQUIRED_TEXT_FIELDS = [
  "careProviderId",
  "landlordId",
  "dwelling",
  "supportWorkerId",
  "landlordContactId",
] as const satisfies readonly (keyof ParticipantDetails)[];

/** Trims text fields and turns an empty coordinator into null. */
export function normaliseDetails(details: ParticipantDetails): ParticipantDetails {
  const coordinatorId = details.coordinatorId?.trim() ?? "";
  return {
    reference: details.reference.trim(),
    careProviderId: details.careProviderId.trim(),
    landlordId: details.landlordId.trim(),
    dwelling: details.dwelling.trim(),
    leaseType: details.leaseType,
    supportWorkerId: details.supportWorkerId.trim(),
    landlordContactId: details.landlordContactId.trim(),
    coordinatorId: coordinatorId === "" ? null : coordinatorId,
  };
}

/** Throws a FlowError when the (normalised) details are not acceptable. */
export function assertValidDetails(details: ParticipantDetails): void {
  if (!REFERENCE_PATTERN.test(details.reference)) {
    throw new FlowError("participant.invalidReference", { reference: details.reference });
  }
  for (const field of REQUIRED_TEXT_FIELDS) {
    if (details[field] === "") {
      throw new FlowError("participant.missingField", { field });
    }
  }
  if (details.dwelling.length > DWELLING_MAX_LENGTH) {
    throw new FlowError("participant.dwellingTooLong", { max: DWELLING_MAX_LENGTH });
  }
  if (!(LEASE_TYPES as readonly string[]).includes(details.leaseType)) {
    throw new FlowError("participant.invalidLeaseType", { leaseType: details.leaseType });
  }
}

/** The details after applying `changes`, normalised and validated. */
export function applyChanges(
  current: ParticipantDetails,
  changes: ParticipantDetailsChanges,
): ParticipantDetails {
  const next = normaliseDetails({ ...current, ...withoutUndefined(changes) });
  assertValidDetails(next);
  return next;
}

/** The names of the detail fields that differ between two sets of details. */
export function changedFields(
  before: ParticipantDetails,
  after: ParticipantDetails,
): (keyof ParticipantDetails)[] {
  const fields = Object.keys(after) as (keyof ParticipantDetails)[];
  return fields.filter((field) => before[field] !== after[field]);
}

function withoutUndefined(changes: ParticipantDetailsChanges): ParticipantDetailsChanges {
  return Object.fromEntries(
    Object.entries(changes).filter(([, value]) => value !== undefined),
  ) as ParticipantDetailsChanges;
}
