/** Slack's read markers: per person, per channel, the ts of the latest message they have seen. */
import { tsValue } from "./slack-ts.ts";

export class ReadMarks {
  private readonly marks = new Map<string, Map<string, string>>();

  /** The person has seen the channel up to this message; a marker never moves back. */
  mark(userId: string, channelId: string, ts: string): void {
    const marks = this.marks.get(userId) ?? new Map<string, string>();
    const current = marks.get(channelId);
    if (current && tsValue(current) >= tsValue(ts)) return;
    marks.set(channelId, ts);
    this.marks.set(userId, marks);
  }

  /** Whether a message with this ts came after the person's marker in the channel. */
  isUnread(userId: string, channelId: string, ts: string): boolean {
    const mark = this.marks.get(userId)?.get(channelId);
    return tsValue(ts) > (mark ? tsValue(mark) : 0);
  }

  toRecord(): Record<string, Record<string, string>> {
    return Object.fromEntries([...this.marks].map(([userId, marks]) => [userId, Object.fromEntries(marks)]));
  }

  restore(record: Record<string, Record<string, string>>): void {
    for (const [userId, marks] of Object.entries(record)) {
      this.marks.set(userId, new Map(Object.entries(marks)));
    }
  }
}
