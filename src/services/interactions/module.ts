/** A member acting in the chat, and the small helpers every step route uses. */
import type { Actor, Locale } from "../../flows/model.ts";
import type { MemberView } from "../../store/members/members.ts";
import type { ServiceRuntime } from "../runtime.ts";
import type { IncomingFile, InteractionResult, PlatformContext } from "./types.ts";

/** A registered member acting somewhere. */
export interface Acting {
  runtime: ServiceRuntime;
  member: MemberView;
  actor: Actor;
  locale: Locale;
  where: PlatformContext;
  /** Files the person sent with this command or form (none for most). */
  files?: IncomingFile[];
}

/** A button value or form metadata that does not parse: an old or forged payload. */
export class InvalidPayloadError extends Error {
  override name = "InvalidPayloadError";
}

export function requireParsed<T>(value: T | null): T {
  if (value === null) throw new InvalidPayloadError("invalid button value or form metadata");
  return value;
}

export const done = (notice?: string): InteractionResult =>
  notice ? { type: "done", notice } : { type: "done" };
