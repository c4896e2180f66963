/**
 * Button values and form metadata are short JSON payloads, checked against a zod schema when a
 * click or a form comes back.
 */
import type { z } from "zod";

/** Slack's limit for a button value. */
const MAX_BUTTON_VALUE_LENGTH = 2000;

/** Serialise a payload, checked against its schema and the platform's size limit. */
export function encodeValue<T>(schema: z.ZodType<T>, value: T): string {
  const json = JSON.stringify(schema.parse(value));
  if (json.length > MAX_BUTTON_VALUE_LENGTH) throw new Error(`Button value too long (${json.length} chars)`);
  return json;
}

/** Parse a payload coming back from a click or a form; null when it is not valid. */
export function decodeValue<T>(schema: z.ZodType<T>, raw: string): T | null {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  const result = schema.safeParse(data);
  return result.success ? result.data : null;
}
