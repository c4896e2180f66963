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
export type CooperationButtonId = (typeof COOPERATION_BUTTON_IDS)[keyof typeof COOPERATION_BUTTON_IDS];

export const COOPERATION_FORM_IDS = {
  held: "nabuur.cooperation.held.form",
  reschedule: "nabuur.cooperation.reschedule.form",
} as const;
export type CooperationFormId = (typeof COOPERATION_FORM_IDS)[keyof typeof COOPERATION_FORM_IDS];

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
