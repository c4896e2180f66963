/** Where an outbox message goes, resolved from a flow's MessageTarget when it is written. */
import { z } from "zod";

export const outboxTargetSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("channel"),
    channelId: z.string(),
    /** updateKey of the message whose thread this message replies in (e.g. "case:<id>:card"). */
    threadKey: z.string().nullable(),
  }),
  z.object({ kind: z.literal("dm"), userId: z.string(), memberId: z.string() }),
  /** No channel bound for this audience yet: the message waits (parked) until one is bound. */
  z.object({
    kind: z.literal("unbound"),
    audience: z.enum(["shared", "careTeam"]),
    scopeKey: z.string(),
    threadKey: z.string().nullable(),
  }),
]);
export type OutboxTarget = z.infer<typeof outboxTargetSchema>;
