/**
 * Button ids and payloads of the deadline cards, and the ids of the deadline forms.
 * Button values are short JSON (`{"d":"<deadlineId>"}`), validated with zod when a click comes back.
 */
import { z } from "zod";
import { decodeValue } from "../cards/payload.ts";

export const DEADLINE_BUTTON_IDS = {
  /** "Klaar": report the deadline done. */
  done: "nabuur.deadline.done",
  /** "Meer tijd": open the more-time form. */
  extend: "nabuur.deadline.extend",
  /** "Overdragen": open the hand-over form. */
  handOver: "nabuur.deadline.handOver",
} as const;
export type DeadlineButtonId = (typeof DEADLINE_BUTTON_IDS)[keyof typeof DEADLINE_BUTTON_IDS];

export const DEADLINE_FORM_IDS = {
  extend: "nabuur.deadline.extend.form",
  handOver: "nabuur.deadline.handOver.form",
} as const;
export type DeadlineFormId = (typeof DEADLINE_FORM_IDS)[keyof typeof DEADLINE_FORM_IDS];

/** Payload of every deadline button and of the deadline forms' metadata. */
export const deadlineRefSchema = z.strictObject({ d: z.string().min(1).max(64) });
export type DeadlineRef = z.infer<typeof deadlineRefSchema>;

export function encodeDeadlineRef(deadlineId: string): string {
  return JSON.stringify({ d: deadlineId } satisfies DeadlineRef);
}

/** Parses a button value or form metadata; null when it is not a valid deadline reference. */
export function parseDeadlineRef(value: string): DeadlineRef | null {
  return decodeValue(deadlineRefSchema, value);
}
