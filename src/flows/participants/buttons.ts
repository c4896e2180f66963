/**
 * Button ids and payloads of the onboarding checklist card, and the ids of its forms.
 * Button values are short JSON, validated with zod when a click comes back.
 */
import { z } from "zod";
import { decodeValue } from "../cards/payload.ts";
import { ONBOARDING_ITEM_KEYS, type OnboardingItemKey } from "./model.ts";

export const PARTICIPANT_BUTTON_IDS = {
  /** Tick an onboarding item as done. */
  itemDone: "nabuur.participant.item.done",
  /** Open the skip-with-reason form. */
  itemSkip: "nabuur.participant.item.skip",
  /** Open the "more time" form. */
  itemExtend: "nabuur.participant.item.extend",
  /** Reopen a done or skipped item. */
  itemReopen: "nabuur.participant.item.reopen",
} as const;
export type ParticipantButtonId = (typeof PARTICIPANT_BUTTON_IDS)[keyof typeof PARTICIPANT_BUTTON_IDS];

export const PARTICIPANT_FORM_IDS = {
  register: "nabuur.participant.register.form",
  skipItem: "nabuur.participant.item.skip.form",
  extendItem: "nabuur.participant.item.extend.form",
} as const;
export type ParticipantFormId = (typeof PARTICIPANT_FORM_IDS)[keyof typeof PARTICIPANT_FORM_IDS];

/** Payload of every checklist item button and of the skip/extend forms' metadata: `{"p":…,"i":…}`. */
export const onboardingItemRefSchema = z.object({
  p: z.string().min(1).max(64),
  i: z.enum(ONBOARDING_ITEM_KEYS),
});
export type OnboardingItemRef = z.infer<typeof onboardingItemRefSchema>;

export function encodeItemRef(participantId: string, itemKey: OnboardingItemKey): string {
  return JSON.stringify({ p: participantId, i: itemKey } satisfies OnboardingItemRef);
}

/** Parses a button value or form metadata; null when it is not a valid item reference. */
export function parseItemRef(value: string): OnboardingItemRef | null {
  return decodeValue(onboardingItemRefSchema, value);
}
