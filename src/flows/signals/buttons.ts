/**
 * Button ids and payloads of the signal card, and the ids of the signal forms.
 * Button values are short JSON, validated with zod when a click comes back.
 */
import { z } from "zod";
import { decodeValue } from "../cards/payload.ts";

export const SIGNAL_BUTTON_IDS = {
  /** Signalering 1: the receiving side confirms it received the signal (completes the 48 h deadline). */
  acknowledge: "nabuur.signal.acknowledge",
  /** Opens the follow-up form. */
  recordFollowUp: "nabuur.signal.followUp",
  /** Signalering 3: opens the form to decide, with the team, whether to share with the participant. */
  decideSharing: "nabuur.signal.sharing",
  /** Turns a participant's own report into a participant-report case. */
  convertToCase: "nabuur.signal.convertToCase",
  close: "nabuur.signal.close",
} as const;
export type SignalButtonId = (typeof SIGNAL_BUTTON_IDS)[keyof typeof SIGNAL_BUTTON_IDS];

export const SIGNAL_FORM_IDS = {
  log: "nabuur.signal.log.form",
  sharing: "nabuur.signal.sharing.form",
  followUp: "nabuur.signal.followUp.form",
} as const;
export type SignalFormId = (typeof SIGNAL_FORM_IDS)[keyof typeof SIGNAL_FORM_IDS];

/** Payload of every signal button and of the sharing/follow-up forms' metadata: `{"s":…}`. */
export const signalRefSchema = z.object({ s: z.string().min(1).max(64) });
export type SignalRef = z.infer<typeof signalRefSchema>;

export function encodeSignalRef(signalId: string): string {
  return JSON.stringify({ s: signalId } satisfies SignalRef);
}

/** Parses a button value or form metadata; null when it is not a valid signal reference. */
export function parseSignalRef(value: string): SignalRef | null {
  return decodeValue(signalRefSchema, value);
}
