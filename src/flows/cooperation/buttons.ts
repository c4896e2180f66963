/**
 * Button ids and payloads of the cooperation meeting card, and the ids of its forms.
 */
import { z } from "zod";
import { decodeValue } from "../cards/payload.ts";

export const COOPERATION_BUTTON_IDS = {
  /** Opens the "meeting held" form. */
  markHeld: "nabuur.cooperation.held",
  /** Opens the reschedule form. */
  reschedule: "nabuur.cooperation.reschedule",
} as const;

export const COOPERATION_FORM_IDS = {
  /** Plans the first meeting of a care provider and a landlord. */
  plan: "nabuur.cooperation.plan.form",
  held: "nabuur.cooperation.held.form",
  reschedule: "nabuur.cooperation.reschedule.form",
} as const;

/**
 * Payload of the card's buttons and the forms' metadata: `{"c":…,"n":…}`. The meeting number lets
 * the service notice a click on the card of a meeting that was already held or replaced.
 */
export const cooperationRefSchema = z.object({
  c: z.string().min(1).max(64),
  n: z.number().int().positive(),
});
export type CooperationRef = z.infer<typeof cooperationRefSchema>;

export function encodeCooperationRef(cooperationId: string, meetingNumber: number): string {
  return JSON.stringify({ c: cooperationId, n: meetingNumber } satisfies CooperationRef);
}

export function parseCooperationRef(value: string): CooperationRef | null {
  return decodeValue(cooperationRefSchema, value);
}

/** Metadata of the plan form: the pair (care provider `cp`, landlord `l`) the first meeting is for. */
export const cooperationPairSchema = z.object({
  cp: z.string().min(1).max(64),
  l: z.string().min(1).max(64),
});
type CooperationPair = z.infer<typeof cooperationPairSchema>;

export function encodeCooperationPair(careProviderId: string, landlordId: string): string {
  return JSON.stringify({ cp: careProviderId, l: landlordId } satisfies CooperationPair);
}
