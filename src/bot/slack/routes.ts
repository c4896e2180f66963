/**
 * Which signed Slack requests Nabuur has a listener for. A body is routable when it has the shape
 * of a kind Nabuur listens to (slash command, block action, modal submission, event; the fields
 * Nabuur reads, parsed with its own schemas) and names one of its routes, as the listener modules
 * register them: their slash commands, action id and callback id patterns, and event types.
 *
 * Bolt itself acknowledges nothing that no listener takes: it holds such a request for 3 seconds,
 * then answers 404 and logs "not acknowledged" as an error. A body Bolt cannot even type (an
 * array, `null`, an object without a known field) never reaches a middleware at all. So the check
 * runs where the receiver hands a request to Bolt, and a request that fails it is refused at once.
 */
import { z } from "zod";
import { ACTION_ID_PATTERN } from "./listeners/actions.ts";
import { SLASH_COMMANDS } from "./listeners/commands.ts";
import { SLACK_EVENT_TYPES } from "./listeners/events.ts";
import { CALLBACK_ID_PATTERN } from "./listeners/views.ts";
import { blockActionSchema, slashCommandSchema, viewSubmissionSchema } from "./payloads.ts";

/** A signed request that matches no listener of Nabuur's: answered 400 (HTTP) and logged at warn. */
export class UnroutableSlackRequestError extends Error {
  override name = "UnroutableSlackRequestError";
}

const eventEnvelopeSchema = z.object({
  type: z.literal("event_callback"),
  event: z.object({ type: z.string().min(1).max(100) }),
});

/**
 * Why a request body reaches no listener, or null when one takes it. The kinds are told apart in
 * the order Bolt tells them apart (an `event` field first, then `command`, then options requests,
 * then `actions`, shortcuts, views), so the check and Bolt always agree on what a body is. The
 * reasons are fixed texts: nothing of the (untrusted) payload goes into the log.
 */
export function unroutableReason(body: unknown): string | null {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return "payload is not an object";
  const fields = body as Record<string, unknown>;
  if (fields.event !== undefined) {
    const parsed = eventEnvelopeSchema.safeParse(body);
    if (!parsed.success) return "malformed event";
    return SLACK_EVENT_TYPES.includes(parsed.data.event.type) ? null : "event type not listened to";
  }
  if (fields.command !== undefined) {
    const parsed = slashCommandSchema.safeParse(body);
    if (!parsed.success) return "malformed slash command";
    return Object.hasOwn(SLASH_COMMANDS, parsed.data.command) ? null : "unknown slash command";
  }
  if (fields.name !== undefined || fields.type === "block_suggestion")
    return "options request (none offered)";
  if (fields.actions !== undefined || fields.type === "dialog_submission") {
    const parsed = blockActionSchema.safeParse(body);
    if (!parsed.success) return "malformed block action";
    // Bolt routes a block action on its first action.
    return ACTION_ID_PATTERN.test(parsed.data.actions[0]!.action_id) ? null : "unknown action id";
  }
  if (fields.type === "view_submission") {
    const parsed = viewSubmissionSchema.safeParse(body);
    if (!parsed.success) return "malformed view submission";
    return CALLBACK_ID_PATTERN.test(parsed.data.view.callback_id) ? null : "unknown view callback id";
  }
  return "no listener for this kind of payload";
}
