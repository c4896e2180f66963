/**
 * Trigger ids: one per interaction of a person, which views.open/push may use once, within
 * TRIGGER_LIFETIME_MS (Slack allows 3 seconds; the playground is more patient with slow machines).
 */
import { randomBytes } from "node:crypto";

const TRIGGER_LIFETIME_MS = 60_000;

export class Triggers {
  private readonly triggers = new Map<string, { userId: string; issuedAt: number }>();

  issue(userId: string): string {
    const now = Date.now();
    for (const [id, trigger] of this.triggers) {
      if (now - trigger.issuedAt > TRIGGER_LIFETIME_MS) this.triggers.delete(id);
    }
    const id = `${now}.${randomBytes(6).toString("hex")}`;
    this.triggers.set(id, { userId, issuedAt: now });
    return id;
  }

  /** The person the trigger was issued to, once; null when unknown, used or expired. */
  use(triggerId: string): string | null {
    const trigger = this.triggers.get(triggerId);
    this.triggers.delete(triggerId);
    if (!trigger || Date.now() - trigger.issuedAt > TRIGGER_LIFETIME_MS) return null;
    return trigger.userId;
  }
}
